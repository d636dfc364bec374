//! Rich text: a plain string, or a list of runs that may carry emphasis, strength, code,
//! superscript or subscript, a link, or a reference to one of the post's notes.

#[cfg(feature = "schema")]
use std::borrow::Cow;

use super::json::{At, PathError, Value};
#[cfg(feature = "schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

/// A piece of post text. Always text: no field is ever read as HTML.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text(pub Vec<Span>);

/// One run of text with its inline formatting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Span {
    /// The characters shown.
    pub text: String,
    /// Link target; shown as a link only if [`super::link::safe_href`] allows it.
    #[cfg_attr(feature = "schema", serde(default))]
    pub href: Option<String>,
    /// Emphasis (italic).
    #[cfg_attr(feature = "schema", serde(default))]
    pub em: bool,
    /// Strong importance (bold).
    #[cfg_attr(feature = "schema", serde(default))]
    pub strong: bool,
    /// Code, a key or a program's output, in a monospace face (`<code>`, `<kbd>`, `<samp>`).
    #[cfg_attr(feature = "schema", serde(default))]
    pub code: bool,
    /// Set above the line: an exponent or a footnote mark (`<sup>`); wins over `sub`.
    #[cfg_attr(feature = "schema", serde(default))]
    pub sup: bool,
    /// Set below the line, as in H₂O (`<sub>`).
    #[cfg_attr(feature = "schema", serde(default))]
    pub sub: bool,
    /// A reference to a note of the post: the `id` of one of its `notes`. The run's text is the
    /// mark shown (usually the note's number); readers follow it to the note and back.
    #[cfg_attr(feature = "schema", serde(default))]
    pub note: Option<String>,
    /// The page anchor of the note `note` names, set when the post is loaded (see
    /// [`super::parse::assign_anchors`]); empty otherwise.
    #[cfg_attr(feature = "schema", serde(skip))]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub note_anchor: String,
    /// This reference's own id on the page (`<note anchor>-ref`, then `-ref-2`, … when the
    /// post cites the same note again), set with `note_anchor`.
    #[cfg_attr(feature = "schema", serde(skip))]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub note_ref: String,
}

impl Span {
    /// A run with no formatting.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }
}

impl Text {
    /// Text made of one unformatted run.
    pub fn plain(text: impl Into<String>) -> Self {
        Self(vec![Span::plain(text)])
    }

    /// The characters of all runs, for word counts, search and titles.
    pub fn to_plain(&self) -> String {
        self.0.iter().map(|span| span.text.as_str()).collect()
    }

    /// Number of words, counted as in [`count_words`].
    pub fn word_count(&self) -> usize {
        count_words_in(self.0.iter().map(|span| span.text.as_str()))
    }

    /// Reads text written as a string or as a list of runs.
    pub fn from_json(at: At<'_>) -> Result<Self, PathError> {
        match at.value {
            Value::String(text) => Ok(Self::plain(text.clone())),
            Value::Array(_) => at.each(Span::from_json).map(Self),
            _ => Err(at.expected("a string or an array of text runs")),
        }
    }
}

impl Span {
    /// Reads one run: a bare string, or `{"text", "href"?, "em"?, "strong"?, "code"?, "sup"?,
    /// "sub"?, "note"?}`.
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        match at.value {
            Value::String(text) => Ok(Self::plain(text.clone())),
            Value::Object(_) => {
                let fields = at.fields()?;
                Ok(Self {
                    text: fields.required("text", |v| v.string())?,
                    href: fields.optional("href", |v| v.string())?,
                    em: fields.optional("em", |v| v.boolean())?.unwrap_or(false),
                    strong: fields.optional("strong", |v| v.boolean())?.unwrap_or(false),
                    code: fields.optional("code", |v| v.boolean())?.unwrap_or(false),
                    sup: fields.optional("sup", |v| v.boolean())?.unwrap_or(false),
                    sub: fields.optional("sub", |v| v.boolean())?.unwrap_or(false),
                    note: fields.optional("note", |v| v.string())?,
                    note_anchor: String::new(),
                    note_ref: String::new(),
                })
            }
            _ => Err(at.expected(r#"a string or a text run like {"text": "…"}"#)),
        }
    }
}

/// Counts words the way a reader would: runs of characters separated by white space that contain
/// at least one letter or digit (a lone dash or ellipsis is not a word).
pub fn count_words(text: &str) -> usize {
    count_words_in([text])
}

/// [`count_words`] over text in runs (the spans of a [`Text`], without joining them first; a
/// word may go on across runs). One pass, no allocation: word counts are taken for every section
/// and quotation while a post starts, so ASCII, most text, skips Unicode's tables.
fn count_words_in<'a>(runs: impl IntoIterator<Item = &'a str>) -> usize {
    let mut words = 0;
    let mut counted = false;
    for run in runs {
        let bytes = run.as_bytes();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            let (space, word, width) = if byte.is_ascii() {
                let space = byte.is_ascii_whitespace() || byte == 0x0b;
                (space, byte.is_ascii_alphanumeric(), 1)
            } else {
                match run.get(at..).and_then(|rest| rest.chars().next()) {
                    Some(c) => (c.is_whitespace(), c.is_alphanumeric(), c.len_utf8()),
                    None => (false, false, 1),
                }
            };
            if space {
                counted = false;
            } else if !counted && word {
                words += 1;
                counted = true;
            }
            at += width;
        }
    }
    words
}

#[cfg(feature = "schema")]
impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let span = generator.subschema_for::<Span>();
        json_schema!({
            "description": "Plain text, or a list of runs (strings or {text, href?, em?, strong?, code?, sup?, sub?}). Never HTML.",
            "oneOf": [
                { "type": "string" },
                { "type": "array", "items": { "oneOf": [ { "type": "string" }, span ] } }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_shortcut_counts_as_unicode_does() {
        // Every ASCII character, alone and between letters, counts as the Unicode rules count it.
        for c in (0_u8..=127).map(char::from) {
            let unicode = |text: &str| {
                let mut words = 0;
                let mut counted = false;
                for c in text.chars() {
                    if c.is_whitespace() {
                        counted = false;
                    } else if !counted && c.is_alphanumeric() {
                        words += 1;
                        counted = true;
                    }
                }
                words
            };
            for text in [format!("{c}"), format!("a{c}b"), format!("{c}a {c}")] {
                assert_eq!(count_words(&text), unicode(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn counts_words_not_punctuation() {
        assert_eq!(count_words("  Hello,   world — again …  "), 3);
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("S-400 costs $2.5 billion"), 4);
        assert_eq!(count_words("— … -- «word»\u{a0}again\nand\tmore"), 4);
        let runs = Text(vec![
            Span::plain("split"),
            Span::plain("word and "),
            Span::plain("more"),
        ]);
        assert_eq!(runs.word_count(), 3, "runs that touch form one word");
    }

    #[test]
    fn reads_plain_and_run_lists() {
        let value =
            crate::json::parse(r#"["a ", {"text": "b", "em": true}]"#).unwrap_or(Value::Null);
        let text = Text::from_json(At::root(&value)).unwrap_or_default();
        assert_eq!(text.to_plain(), "a b");
        assert!(text.0[1].em);
    }
}
