//! Exact JSON paths for the parts of a post that are decoded in two steps.
//!
//! Blocks and rich text are first read as a `serde_json::Value` (a block's `type` decides how the
//! rest of it is read, and text may be a string or a list of runs). serde_path_to_error tracks the
//! path down to that value; this module tracks the rest of the way and hands the combined path
//! back through serde's error channel, so a reader sees `sections[1].blocks[3].text: missing
//! field` rather than a path that stops at the block.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// Separates the path from the message inside a serde error raised by a nested decode.
const MARK: char = '\u{1f}';

/// A decoding problem and the JSON path (relative to where decoding started) where it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    /// Path such as `sections[1].blocks[3].text`; empty for the value itself.
    pub path: String,
    /// What is wrong, for a person: `missing field`, `expected a string`, …
    pub message: String,
}

impl PathError {
    /// A problem at `path` (relative to the value being decoded).
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }

    /// Builds the error from what serde_path_to_error reports: its path and serde's message,
    /// which may itself carry a deeper path from a nested decode.
    pub fn from_serde(path: &serde_path_to_error::Path, message: String) -> Self {
        Self::from_path_text(&path.to_string(), message)
    }

    /// Like [`Self::from_serde`], from the path's text (`.` is the root).
    pub fn from_path_text(path: &str, message: String) -> Self {
        let outer = if path == "." { "" } else { path };
        let (inner, message) = split_marked(&message);
        let mut error = Self::new(join(outer, &inner), message);
        error.name_missing_field();
        error
    }

    /// The same problem seen from one level up: `prefix` is the key or `[index]` leading here.
    pub fn under(mut self, prefix: &str) -> Self {
        self.path = join(prefix, &self.path);
        self
    }

    /// Encodes the error as a serde error so it can travel up through a `Deserialize` impl.
    pub fn into_serde<E: serde::de::Error>(self) -> E {
        E::custom(format!("{MARK}{}{MARK}{}", self.path, self.message))
    }

    /// serde says "missing field `text`" at the parent; readers want the field in the path.
    fn name_missing_field(&mut self) {
        let field = self
            .message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.strip_suffix('`'))
            .map(str::to_owned);
        if let Some(field) = field {
            self.path = join(&self.path, &field);
            self.message = "missing field".to_owned();
        }
    }
}

/// Decodes a buffered JSON value, keeping the path to any problem inside it.
pub fn decode<T: DeserializeOwned>(value: Value) -> Result<T, PathError> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        PathError::from_serde(&error.path().clone(), error.into_inner().to_string())
    })
}

/// Splits a message produced by [`PathError::into_serde`] into its path and message.
fn split_marked(message: &str) -> (String, String) {
    let Some(marked) = message.strip_prefix(MARK) else {
        return (String::new(), message.to_owned());
    };
    match marked.split_once(MARK) {
        Some((path, rest)) => (path.to_owned(), strip_position(rest).to_owned()),
        None => (String::new(), marked.to_owned()),
    }
}

/// serde_json appends " at line L column C" to custom messages; inside a block that position
/// points past the block, so it is dropped and the path alone locates the problem.
fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(at) if message[at..].contains(" column ") => &message[..at],
        _ => message,
    }
}

/// Joins two path fragments: `a` + `b` = `a.b`, `a` + `[2]` = `a[2]`.
fn join(base: &str, sub: &str) -> String {
    match (base.is_empty(), sub.is_empty()) {
        (true, _) => sub.to_owned(),
        (_, true) => base.to_owned(),
        _ if sub.starts_with('[') => format!("{base}{sub}"),
        _ => format!("{base}.{sub}"),
    }
}

/// Names the JSON kind of a value for messages such as "expected a string, found a number".
pub fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_keys_and_indexes() {
        assert_eq!(join("a", "b"), "a.b");
        assert_eq!(join("a", "[2].c"), "a[2].c");
        assert_eq!(join("", "c"), "c");
        assert_eq!(join("a", ""), "a");
    }

    #[test]
    fn unwraps_a_marked_message() {
        let error: serde_json::Error =
            PathError::new("blocks[0].text", "missing field").into_serde();
        let (path, message) = split_marked(&error.to_string());
        assert_eq!(path, "blocks[0].text");
        assert_eq!(message, "missing field");
    }

    #[test]
    fn plain_messages_pass_through() {
        assert_eq!(split_marked("oops"), (String::new(), "oops".to_owned()));
    }
}
