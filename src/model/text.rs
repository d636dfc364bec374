//! Rich text: a plain string, or a list of runs that may carry emphasis, strength and a link.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::nested::{PathError, decode, kind_of};

/// A piece of post text. Always text: no field is ever read as HTML.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text(pub Vec<Span>);

/// One run of text with its inline formatting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct Span {
    /// The characters shown.
    pub text: String,
    /// Link target; shown as a link only if [`super::link::safe_href`] allows it.
    #[serde(default)]
    pub href: Option<String>,
    /// Emphasis (italic).
    #[serde(default)]
    pub em: bool,
    /// Strong importance (bold).
    #[serde(default)]
    pub strong: bool,
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
        count_words(&self.to_plain())
    }

    fn from_value(value: Value) -> Result<Self, PathError> {
        match value {
            Value::String(text) => Ok(Self::plain(text)),
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(index, item)| {
                    Self::span_from_value(item).map_err(|e| e.under(&format!("[{index}]")))
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Self),
            other => Err(PathError::new(
                "",
                format!(
                    "expected a string or an array of text runs, found {}",
                    kind_of(&other)
                ),
            )),
        }
    }

    fn span_from_value(item: Value) -> Result<Span, PathError> {
        match item {
            Value::String(text) => Ok(Span::plain(text)),
            Value::Object(_) => decode(item),
            other => Err(PathError::new(
                "",
                format!(
                    "expected a string or a text run like {{\"text\": \"…\"}}, found {}",
                    kind_of(&other)
                ),
            )),
        }
    }
}

/// Counts words the way a reader would: runs of characters separated by white space that contain
/// at least one letter or digit (a lone dash or ellipsis is not a word).
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Self::from_value(value).map_err(PathError::into_serde)
    }
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let span = generator.subschema_for::<Span>();
        json_schema!({
            "description": "Plain text, or a list of runs (strings or {text, href?, em?, strong?}). Never HTML.",
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
    fn counts_words_not_punctuation() {
        assert_eq!(count_words("  Hello,   world — again …  "), 3);
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("S-400 costs $2.5 billion"), 4);
    }

    #[test]
    fn reads_plain_and_run_lists() {
        let text: Text =
            serde_json::from_str(r#"["a ", {"text": "b", "em": true}]"#).unwrap_or_default();
        assert_eq!(text.to_plain(), "a b");
        assert!(text.0[1].em);
    }
}
