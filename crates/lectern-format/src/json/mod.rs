//! Reading typed data out of parsed JSON while keeping the exact path to every problem.
//!
//! A post is parsed once into a [`Value`] (by [`parse`]); the model's `from_json` functions then walk
//! that tree with [`At`] and [`Fields`], so an error reads `sections[1].blocks[3].text: missing
//! field`. Hand-written instead of derived: one small walker replaces a monomorphised
//! deserializer per type (about a tenth of the reader's wasm), and the messages are ours.

mod value;

pub use value::{SyntaxError, Value, parse};

/// A decoding problem and the JSON path where it happened (empty for the document itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    /// Path such as `sections[1].blocks[3].text`.
    pub path: String,
    /// What is wrong, for a person: `missing field`, `expected a string, found a number`, …
    pub message: String,
}

impl PathError {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// A JSON value and where it sits in the document.
#[derive(Debug, Clone, Copy)]
pub struct At<'a> {
    /// The value.
    pub value: &'a Value,
    path: &'a Path<'a>,
}

/// A path as a chain of steps from the root, built on the stack while walking and turned into
/// text only when there is an error to report.
#[derive(Debug)]
pub enum Path<'a> {
    /// The document itself.
    Root,
    /// A field of an object.
    Key(&'a Path<'a>, &'a str),
    /// An item of an array.
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    /// The path as people read it: `sections[1].blocks[3].text`.
    pub fn render(&self) -> String {
        match self {
            Self::Root => String::new(),
            Self::Key(parent, key) => {
                let base = parent.render();
                if base.is_empty() {
                    (*key).to_owned()
                } else {
                    format!("{base}.{key}")
                }
            }
            Self::Index(parent, index) => format!("{}[{index}]", parent.render()),
        }
    }
}

impl<'a> At<'a> {
    /// The document's root value.
    pub fn root(value: &'a Value) -> Self {
        Self {
            value,
            path: &Path::Root,
        }
    }

    /// An error about this value.
    pub fn error(&self, message: impl Into<String>) -> PathError {
        PathError::new(self.path.render(), message)
    }

    /// "expected …, found …" for this value.
    pub fn expected(&self, what: &str) -> PathError {
        self.error(format!("expected {what}, found {}", describe(self.value)))
    }

    /// The value as a string.
    pub fn string(&self) -> Result<String, PathError> {
        match self.value {
            Value::String(text) => Ok(text.clone()),
            _ => Err(self.expected("a string")),
        }
    }

    /// The value as an identifier: a string, or a whole number written in digits (exports from
    /// blogging systems number their comments), read as those digits.
    pub fn identifier(&self) -> Result<String, PathError> {
        let digits = match self.value {
            Value::String(text) => return Ok(text.clone()),
            Value::Number(_) => self.value.as_u64().map(|n| n.to_string()),
            _ => None,
        };
        digits.ok_or_else(|| self.expected("a string (or a whole number)"))
    }

    /// The value as `true` or `false`.
    pub fn boolean(&self) -> Result<bool, PathError> {
        match self.value {
            Value::Bool(flag) => Ok(*flag),
            _ => Err(self.expected("true or false")),
        }
    }

    /// The value as a whole number that is zero or more.
    pub fn count(&self) -> Result<usize, PathError> {
        self.value
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| self.expected("a whole number (0 or more)"))
    }

    /// The value as an object whose fields can be read by name.
    pub fn fields(&self) -> Result<Fields<'a>, PathError> {
        match self.value {
            Value::Object(members) => Ok(Fields {
                members,
                path: self.path,
            }),
            _ => Err(self.expected("an object")),
        }
    }

    /// Decodes every item of an array with `item`, passing each its own position.
    pub fn each<T>(
        &self,
        mut item: impl FnMut(At<'_>) -> Result<T, PathError>,
    ) -> Result<Vec<T>, PathError> {
        let Value::Array(items) = self.value else {
            return Err(self.expected("an array"));
        };
        let mut out = Vec::with_capacity(items.len());
        for (index, value) in items.iter().enumerate() {
            let path = Path::Index(self.path, index);
            out.push(item(At { value, path: &path })?);
        }
        Ok(out)
    }
}

/// The fields of a JSON object, read by name. Fields the reader does not know are ignored, so
/// later versions of the format can add some.
#[derive(Debug, Clone, Copy)]
pub struct Fields<'a> {
    members: &'a [(String, Value)],
    path: &'a Path<'a>,
}

impl<'a> Fields<'a> {
    /// Decodes the field `name`, which must be present (a `null` there is read, and refused
    /// as what it is: "expected a string, found null").
    pub fn required<T>(
        &self,
        name: &str,
        read: impl FnOnce(At<'_>) -> Result<T, PathError>,
    ) -> Result<T, PathError> {
        let path = Path::Key(self.path, name);
        match value::member(self.members, name) {
            None => Err(PathError::new(path.render(), "missing field")),
            Some(value) => read(At { value, path: &path }),
        }
    }

    /// Decodes the field `name` when present; absent and `null` both give `None`.
    pub fn optional<T>(
        &self,
        name: &str,
        read: impl FnOnce(At<'_>) -> Result<T, PathError>,
    ) -> Result<Option<T>, PathError> {
        let path = Path::Key(self.path, name);
        match value::member(self.members, name) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => read(At { value, path: &path }).map(Some),
        }
    }
}

/// Names a JSON value for "found …": short scalars as written, anything else by its kind.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => flag.to_string(),
        // As written: numbers are kept as text, so nothing is reformatted.
        Value::Number(number) if number.len() <= 40 => number.clone(),
        Value::Number(_) => "a very long number".to_owned(),
        Value::String(text) => shown(text),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

/// Quotes text from the input for an error message, cut to 40 characters so a message stays
/// readable whatever was given.
pub fn shown(text: &str) -> String {
    match text.char_indices().nth(40) {
        None => quote(text),
        Some((cut, _)) => format!("{}…", quote(&text[..cut])),
    }
}

/// Writes `text` as a JSON string literal (for the little JSON the reader stores itself).
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value {
        super::parse(text).unwrap_or(Value::Null)
    }

    #[test]
    fn paths_name_keys_and_indexes() {
        let doc = parse(r#"{"a": [{"b": 1}, {"c": 2}]}"#);
        let error = At::root(&doc)
            .fields()
            .and_then(|f| {
                f.required("a", |a| {
                    a.each(|item| item.fields()?.required("b", |b| b.count()))
                })
            })
            .err();
        assert_eq!(error, Some(PathError::new("a[1].b", "missing field")));
    }

    #[test]
    fn wrong_kinds_say_what_was_found() {
        let doc = parse(r#"{"n": -3, "f": 1.5, "s": "yes", "o": {}}"#);
        let fields = At::root(&doc).fields();
        let message = |name: &str| {
            fields
                .clone()
                .and_then(|f| f.required(name, |v| v.count()))
                .err()
                .map(|e| e.to_string_for_test())
        };
        assert_eq!(
            message("n").as_deref(),
            Some("n: expected a whole number (0 or more), found -3")
        );
        assert_eq!(
            message("f").as_deref(),
            Some("f: expected a whole number (0 or more), found 1.5")
        );
        assert_eq!(
            message("s").as_deref(),
            Some("s: expected a whole number (0 or more), found \"yes\"")
        );
        assert_eq!(
            message("o").as_deref(),
            Some("o: expected a whole number (0 or more), found an object")
        );
    }

    #[test]
    fn null_is_absent_when_optional() {
        let doc = parse(r#"{"a": null}"#);
        let fields = At::root(&doc).fields();
        assert_eq!(
            fields.clone().and_then(|f| f.optional("a", |v| v.string())),
            Ok(None)
        );
        assert_eq!(
            fields.clone().and_then(|f| f.required("a", |v| v.string())),
            Err(PathError::new("a", "expected a string, found null"))
        );
        assert_eq!(
            fields.and_then(|f| f.required("b", |v| v.string())),
            Err(PathError::new("b", "missing field"))
        );
    }

    #[test]
    fn long_input_is_cut_in_messages() {
        assert_eq!(shown("en_GB!"), r#""en_GB!""#);
        let long = "é".repeat(50);
        assert_eq!(shown(&long), format!("\"{}\"…", "é".repeat(40)));
    }

    #[test]
    fn quoted_strings_read_back() {
        let text = "a \"b\" \\ c\n\u{1}é";
        assert_eq!(parse(&quote(text)), Value::String(text.to_owned()));
    }

    impl PathError {
        fn to_string_for_test(&self) -> String {
            format!("{}: {}", self.path, self.message)
        }
    }
}
