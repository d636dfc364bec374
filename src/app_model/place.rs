//! Where a reader stopped in a post: the block at the top of their window, as the section's id
//! and the block's position in it (not a pixel offset, so it survives another window width,
//! text size or folding), and whether they read to the end.

use super::stored::Stored;
use lectern_format::json::{At, PathError, quote};

/// A reader's place in one post.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReadingPlace {
    /// The id of the section (`russia-turkey`).
    pub section: String,
    /// The block's position among the section's elements (its heading first).
    pub block: usize,
    /// How far into that block the window's top was, in thousandths.
    pub into: u16,
    /// Whether the reader has reached the end of the post.
    pub finished: bool,
    /// The page load that saved it (`lectern_first::place::visit_id`): one saved during this
    /// load is where the reader is now, not a place to offer back.
    pub visit: Option<String>,
}

impl ReadingPlace {
    /// Whether there is anything to go back to: somewhere past the very start of the post.
    pub fn is_past_start(&self, first_section: &str) -> bool {
        !self.section.is_empty() && (self.section != first_section || self.block > 1)
    }
}

impl Stored for ReadingPlace {
    fn to_json(&self) -> String {
        let visit = self
            .visit
            .as_deref()
            .map(|visit| format!(",\"visit\":{}", quote(visit)))
            .unwrap_or_default();
        format!(
            "{{\"section\":{},\"block\":{},\"into\":{},\"finished\":{}{visit}}}",
            quote(&self.section),
            self.block,
            self.into,
            self.finished
        )
    }

    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            section: fields
                .optional("section", |v| v.string())?
                .unwrap_or_default(),
            block: fields.optional("block", |v| v.count())?.unwrap_or(0),
            into: fields
                .optional("into", |v| v.count())?
                .map_or(0, |n| u16::try_from(n.min(1000)).unwrap_or(1000)),
            finished: fields
                .optional("finished", |v| v.boolean())?
                .unwrap_or(false),
            visit: fields.optional("visit", |v| v.string())?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lectern_format::json::{Value, parse};

    fn read(json: &str) -> Result<ReadingPlace, PathError> {
        let value = parse(json).unwrap_or(Value::Null);
        ReadingPlace::from_json(At::root(&value))
    }

    #[test]
    fn a_place_survives_a_round_trip() {
        let place = ReadingPlace {
            section: "russia-\"turkey".into(),
            block: 7,
            into: 420,
            finished: true,
            visit: Some("1733331234567".into()),
        };
        assert_eq!(read(&place.to_json()), Ok(place));
        assert_eq!(
            read(r#"{"section":"s","block":2,"into":5000}"#).map(|p| p.into),
            Ok(1000)
        );
        assert!(read(r#"{"block":-1}"#).is_err());
    }

    #[test]
    fn only_a_place_past_the_start_is_worth_offering() {
        let at = |section: &str, block| ReadingPlace {
            section: section.into(),
            block,
            ..Default::default()
        };
        assert!(!at("syria", 0).is_past_start("syria"));
        assert!(!at("syria", 1).is_past_start("syria"));
        assert!(at("syria", 4).is_past_start("syria"));
        assert!(at("stalin-myth", 0).is_past_start("syria"));
        assert!(!ReadingPlace::default().is_past_start("syria"));
    }
}
