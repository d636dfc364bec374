//! The differential rule between our JSON parser and serde_json, shared by the native test
//! (`crates/lectern-format/tests/json_differential.rs`) and the coverage-guided fuzz target
//! (`fuzz/`): the same verdict on every input, the same values when both accept, the same error line and column (in
//! characters) when both refuse.

use lectern_format::json::{self, Value};

/// Our tree as serde_json's, for comparing values (numbers through serde_json's own reading of
/// the digits we kept).
fn as_serde(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(text) => {
            serde_json::from_str(text).expect("a number we kept reads in serde_json")
        }
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(as_serde).collect()),
        Value::Object(members) => {
            let mut map = serde_json::Map::new();
            for (k, v) in members {
                map.insert(k.clone(), as_serde(v));
            }
            serde_json::Value::Object(map)
        }
    }
}

/// serde_json's column is in bytes; ours in characters. The character column of serde's byte
/// position on `line`.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let end = byte_column.min(line_text.len());
    let mut boundary = end;
    while !line_text.is_char_boundary(boundary) {
        boundary += 1;
    }
    let whole = line_text[..boundary.min(line_text.len())].chars().count();
    // serde_json points at the last byte of a character it stopped inside.
    if boundary > end {
        whole
    } else {
        whole.max(usize::from(byte_column > 0 && end == 0))
    }
}

/// Compares the two parsers on `text`; `Err` describes the first disagreement.
pub fn compare(text: &str) -> Result<(), String> {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (ours, theirs) {
        (Ok(a), Ok(b)) => {
            let a = as_serde(&a);
            (a == b)
                .then_some(())
                .ok_or_else(|| format!("different values: ours {a}, serde_json {b}"))
        }
        (Err(a), Err(b)) => {
            let column = char_column(text, b.line(), b.column());
            if a.line == b.line() && a.column == column {
                Ok(())
            } else {
                Err(format!(
                    "errors at different places: ours {}:{} ({}), serde_json {}:{} ({b})",
                    a.line,
                    a.column,
                    a.message,
                    b.line(),
                    column
                ))
            }
        }
        (Ok(a), Err(b)) => Err(format!(
            "we accept ({:?}), serde_json refuses: {b}",
            as_serde(&a)
        )),
        (Err(a), Ok(b)) => Err(format!(
            "we refuse ({}:{} {}), serde_json accepts {b}",
            a.line, a.column, a.message
        )),
    }
}
