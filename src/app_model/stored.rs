//! What the reader keeps in browser storage (drafts, pending comments, the open reply), written
//! and read back as JSON by hand. Field names are those earlier versions stored, so drafts saved
//! before survive an upgrade; anything unreadable is treated as absent by the browser layer.

use lectern_format::draft::{Draft, PendingComment};
use lectern_format::json::{At, PathError, quote};

/// A value that can be saved to and restored from browser storage as JSON text.
pub trait Stored: Sized {
    /// The value as JSON text.
    fn to_json(&self) -> String;
    /// The value read back from parsed JSON.
    fn from_json(at: At<'_>) -> Result<Self, PathError>;
}

/// Writes `{"name": value, …}` from already-encoded values.
fn object(fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(name, value)| format!("{}:{value}", quote(name)))
        .collect();
    format!("{{{}}}", body.join(","))
}

/// A string field that may be missing from older or hand-edited data.
fn text_or_empty(at: &lectern_format::json::Fields<'_>, name: &str) -> Result<String, PathError> {
    Ok(at.optional(name, |v| v.string())?.unwrap_or_default())
}

impl Stored for Option<String> {
    fn to_json(&self) -> String {
        self.as_deref().map_or_else(|| "null".to_owned(), quote)
    }

    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        match at.value {
            lectern_format::json::Value::Null => Ok(None),
            _ => at.string().map(Some),
        }
    }
}

impl<T: Stored> Stored for Vec<T> {
    fn to_json(&self) -> String {
        let items: Vec<String> = self.iter().map(Stored::to_json).collect();
        format!("[{}]", items.join(","))
    }

    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        at.each(T::from_json)
    }
}

impl Stored for Draft {
    fn to_json(&self) -> String {
        object(&[
            ("parent", self.parent.to_json()),
            ("text", quote(&self.text)),
            ("name", quote(&self.name)),
            ("email", quote(&self.email)),
            ("website", quote(&self.website)),
            ("remember", self.remember.to_string()),
        ])
    }

    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            parent: fields.optional("parent", |v| v.string())?,
            text: text_or_empty(&fields, "text")?,
            name: text_or_empty(&fields, "name")?,
            email: text_or_empty(&fields, "email")?,
            website: text_or_empty(&fields, "website")?,
            remember: fields
                .optional("remember", |v| v.boolean())?
                .unwrap_or(false),
        })
    }
}

impl Stored for PendingComment {
    fn to_json(&self) -> String {
        object(&[
            ("id", quote(&self.id)),
            ("parent", self.parent.to_json()),
            ("name", quote(&self.name)),
            ("website", quote(&self.website)),
            ("text", quote(&self.text)),
        ])
    }

    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            id: fields.required("id", |v| v.string())?,
            parent: fields.optional("parent", |v| v.string())?,
            name: text_or_empty(&fields, "name")?,
            website: text_or_empty(&fields, "website")?,
            text: text_or_empty(&fields, "text")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lectern_format::json::{Value, parse};

    fn round_trip<T: Stored>(value: &T) -> Result<T, PathError> {
        let parsed: Value = parse(&value.to_json()).unwrap_or(Value::Bool(false));
        T::from_json(At::root(&parsed))
    }

    #[test]
    fn drafts_and_pending_comments_survive_a_round_trip() {
        let draft = Draft {
            parent: Some("c\"1".into()),
            text: "Line one\n\n> quoted </script> \\ é".into(),
            name: "Ann".into(),
            email: "ann@example.org".into(),
            website: String::new(),
            remember: true,
        };
        assert_eq!(round_trip(&draft), Ok(draft));
        let pending = vec![PendingComment {
            id: "local-1".into(),
            parent: None,
            name: "B".into(),
            website: "https://b.example".into(),
            text: "\u{7}bell".into(),
        }];
        assert_eq!(round_trip(&pending), Ok(pending));
        assert_eq!(round_trip(&None::<String>), Ok(None));
    }

    #[test]
    fn reads_what_earlier_versions_stored() {
        let old = r#"{"parent":null,"text":"hi","name":"A","email":"a@b.c","website":"","remember":false}"#;
        let parsed: Value = parse(old).unwrap_or(Value::Null);
        let draft = Draft::from_json(At::root(&parsed));
        assert_eq!(draft.map(|d| d.text), Ok("hi".to_owned()));
    }
}
