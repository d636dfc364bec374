//! JSON text to a tree, for the reader's own use: a small recursive-descent parser.
//!
//! Why not serde_json in the browser: the reader only needs a tree to walk (see the parent
//! module), and serde_json's deserializer, its B-tree map and its float parsing are several
//! kilobytes of wasm for that. Numbers are kept as written, since the format only has whole
//! numbers (a count is read from the digits; nothing ever parses a float). Syntax errors give the
//! line and column as serde_json does (the column of the offending character, or of the last one
//! read when the text ends early; but in characters, where serde_json counts bytes) and use its
//! wording; a test compares the two on malformed inputs.

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number, exactly as written (`12`, `-3`, `2.5e3`).
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's members in document order; a repeated name keeps its last value.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The value of member `name` of an object (the last one, if repeated).
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Self::Object(members) => member(members, name),
            _ => None,
        }
    }

    /// The value as a whole number from 0 up, when it is one written in plain digits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Self::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }
}

/// The value of member `name` among an object's members: the last one, if the name repeats (as
/// in serde_json and JavaScript's `JSON.parse`).
pub fn member<'a>(members: &'a [(String, Value)], name: &str) -> Option<&'a Value> {
    members
        .iter()
        .rev()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

/// Why the text is not JSON, and where (1-based line; column as described in the module doc).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Line of the problem, from 1.
    pub line: usize,
    /// Column of the problem; 0 when the text is empty.
    pub column: usize,
    /// What the parser expected, in serde_json's words.
    pub message: String,
}

/// Nesting that reaches this many levels is refused rather than risking the stack (serde_json's
/// limit: 127 levels read, the 128th refused).
const MAX_DEPTH: usize = 128;

/// Parses a whole JSON document; anything after the value other than white space is an error.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = parser.value()?;
    parser.skip_space();
    if parser.at < parser.bytes.len() {
        return Err(parser.error_here("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    /// An error at the current position: the character there, or the end of the text.
    fn error_here(&self, message: &str) -> SyntaxError {
        self.error_at(self.at, message)
    }

    /// An error at byte `at`. Where that is a line break, serde_json has already counted the
    /// new line: line + 1, column 0.
    fn error_at(&self, at: usize, message: &str) -> SyntaxError {
        // A byte inside a character counts as that character.
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        if self.bytes.get(at) == Some(&b'\n') {
            let before = &self.text[..at];
            return SyntaxError {
                line: before.matches('\n').count() + 2,
                column: 0,
                message: message.to_owned(),
            };
        }
        let before = &self.text[..at.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        let column = before[line_start..].chars().count();
        SyntaxError {
            line: before.matches('\n').count() + 1,
            column: if at < self.bytes.len() {
                column + 1
            } else {
                column
            },
            message: message.to_owned(),
        }
    }

    fn eof(&self, what: &str) -> SyntaxError {
        self.error_here(&format!("EOF while parsing {what}"))
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.eof("a value")),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error_here("expected value")),
        }
    }

    fn nested(
        &mut self,
        inner: fn(&mut Self) -> Result<Value, SyntaxError>,
    ) -> Result<Value, SyntaxError> {
        // serde_json counts the level being opened: 127 levels read, the 128th is refused.
        if self.depth + 1 >= MAX_DEPTH {
            return Err(self.error_here("recursion limit exceeded"));
        }
        self.depth += 1;
        let value = inner(self);
        self.depth -= 1;
        value
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        for expected in word.bytes() {
            match self.peek() {
                None => return Err(self.eof("a value")),
                Some(b) if b == expected => self.at += 1,
                Some(_) => return Err(self.error_here("expected ident")),
            }
        }
        Ok(value)
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.at += 1;
            }
            p.at - from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    return Err(self.error_here("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                digits(self);
            }
            None => return Err(self.eof("a value")),
            Some(_) => return Err(self.error_here("invalid number")),
        }
        let need_digits = |p: &mut Self| match digits(p) {
            0 if p.peek().is_none() => Err(p.eof("a value")),
            0 => Err(p.error_here("invalid number")),
            _ => Ok(()),
        };
        if self.peek() == Some(b'.') {
            self.at += 1;
            need_digits(self)?;
        }
        let mut exponent = None;
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            let positive = self.peek() != Some(b'-');
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            exponent = Some((self.at, positive));
            need_digits(self)?;
        }
        // serde_json stops at the exponent digit that no longer fits an i32, when the number is
        // then certainly infinite (a positive exponent and a significand that is not zero).
        if let Some((from, true)) = exponent {
            let significand = &self.bytes[start..from];
            if significand.iter().any(|b| (b'1'..=b'9').contains(b)) {
                let mut value: i32 = 0;
                for (offset, &b) in self.bytes[from..self.at].iter().enumerate() {
                    let digit = i32::from(b - b'0');
                    if value >= i32::MAX / 10 && (value > i32::MAX / 10 || digit > i32::MAX % 10) {
                        return Err(self.error_at(from + offset, "number out of range"));
                    }
                    value = value * 10 + digit;
                }
            }
        }
        let written = &self.text[start..self.at];
        if overflows_f64(written) {
            // serde_json reads every number as a float first, and refuses one that is infinite
            // there, pointing at its last character.
            let end = self.at;
            self.at -= 1;
            let error = self.error_here("number out of range");
            self.at = end;
            return Err(error);
        }
        Ok(Value::Number(written.to_owned()))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once.
            let run = self.bytes[self.at..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .map_or(self.bytes.len(), |n| self.at + n);
            out.push_str(&self.text[self.at..run]);
            self.at = run;
            match self.peek() {
                None => return Err(self.eof("a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => {
                    return Err(self.error_here(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ));
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let Some(code) = self.peek() else {
            return Err(self.eof("a string"));
        };
        self.at += 1;
        let c = match code {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode_escape()?,
            _ => {
                self.at -= 1;
                return Err(self.error_here("invalid escape"));
            }
        };
        out.push(c);
        Ok(())
    }

    /// `\uXXXX`, with a UTF-16 surrogate pair written as two escapes.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        // A surrogate that is not the first half of a pair is refused where serde_json refuses
        // it: at the last hex digit read, in its words.
        let lone = |p: &Self| p.error_at(p.at - 1, "lone leading surrogate in hex escape");
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                // The second half must follow at once, as `\\u` and four digits.
                match self.peek() {
                    None => return Err(self.eof("a string")),
                    Some(b'\\') => self.at += 1,
                    Some(_) => return Err(self.error_here("unexpected end of hex escape")),
                }
                match self.peek() {
                    None => return Err(self.eof("a string")),
                    Some(b'u') => self.at += 1,
                    Some(_) => return Err(self.error_here("unexpected end of hex escape")),
                }
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(lone(self));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(lone(self)),
            other => other,
        };
        char::from_u32(code).ok_or_else(|| self.error_here("invalid unicode code point"))
    }

    /// Four hex digits. Like serde_json, all four are taken before any is checked: a bad one is
    /// reported at the fourth.
    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let Some(four) = self.bytes.get(self.at..self.at + 4) else {
            self.at = self.bytes.len();
            return Err(self.eof("a string"));
        };
        let mut code = 0;
        for &b in four {
            match (b as char).to_digit(16) {
                Some(digit) => code = code * 16 + digit,
                None => return Err(self.error_at(self.at + 3, "invalid escape")),
            }
        }
        self.at += 4;
        Ok(code)
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_space();
            match self.peek() {
                None => return Err(self.eof("a list")),
                Some(b',') => {
                    self.at += 1;
                    self.skip_space();
                    if self.peek() == Some(b']') {
                        return Err(self.error_here("trailing comma"));
                    }
                }
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                Some(_) => return Err(self.error_here("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_space();
            match self.peek() {
                None => return Err(self.eof("an object")),
                Some(b'"') => {}
                Some(_) => return Err(self.error_here("key must be a string")),
            }
            let key = self.string()?;
            self.skip_space();
            match self.peek() {
                None => return Err(self.eof("an object")),
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.error_here("expected `:`")),
            }
            let value = self.value()?;
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                None => return Err(self.eof("an object")),
                Some(b',') => {
                    self.at += 1;
                    self.skip_space();
                    if self.peek() == Some(b'}') {
                        return Err(self.error_here("trailing comma"));
                    }
                }
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(members));
                }
                Some(_) => return Err(self.error_here("expected `,` or `}`")),
            }
        }
    }
}

/// The decimal digits of the smallest number that rounds to infinity as an `f64` (the midpoint
/// between `f64::MAX` and 2^1024, which rounds to even: up), written as 0.DIGITS × 10^309.
const OVERFLOW_DIGITS: &str = "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";

/// Whether a JSON number (as written, already checked) is too large for an `f64`: serde_json
/// refuses such numbers, and the reader gives the same verdict without reading floats.
fn overflows_f64(number: &str) -> bool {
    let unsigned = number.strip_prefix('-').unwrap_or(number);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], &unsigned[at + 1..]),
        None => (unsigned, "0"),
    };
    let (negative, exp_digits) = match exponent.as_bytes().first() {
        Some(b'-') => (true, &exponent[1..]),
        Some(b'+') => (false, &exponent[1..]),
        _ => (false, exponent),
    };
    // Saturates: an exponent too long to count is far beyond either limit anyway.
    let magnitude = exp_digits.bytes().fold(0_i64, |n, b| {
        n.saturating_mul(10).saturating_add(i64::from(b - b'0'))
    });
    let exponent = if negative { -magnitude } else { magnitude };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let leading = whole.bytes().take_while(|&b| b == b'0').count();
    let digits: String = whole[leading..].chars().chain(fraction.chars()).collect();
    let zeros = digits.bytes().take_while(|&b| b == b'0').count();
    let significant = digits[zeros..].trim_end_matches('0');
    if significant.is_empty() {
        return false;
    }
    // The value is 0.SIGNIFICANT × 10^point.
    let point = (whole.len() - leading) as i64 - zeros as i64;
    match point.saturating_add(exponent).cmp(&309) {
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => {
            let width = significant.len().max(OVERFLOW_DIGITS.len());
            let pad = |d: &str| format!("{d:0<width$}");
            pad(significant) >= pad(OVERFLOW_DIGITS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> (usize, usize, String) {
        match parse(text) {
            Ok(value) => panic!("{text:?} parsed as {value:?}"),
            Err(e) => (e.line, e.column, e.message),
        }
    }

    #[test]
    fn reads_every_kind_of_value() {
        let value = parse(
            r#" {"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "a": {}} "#,
        );
        let Ok(Value::Object(members)) = &value else {
            panic!("{value:?}");
        };
        assert_eq!(members.len(), 3);
        assert_eq!(
            value.as_ref().ok().and_then(|v| v.get("a")),
            Some(&Value::Object(vec![])),
            "a repeated name keeps its last value"
        );
        assert_eq!(
            members[0].1,
            Value::Array(vec![
                Value::Number("1".into()),
                Value::Number("-2.5e3".into()),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null
            ])
        );
        assert_eq!(
            members[1].1,
            Value::String("x\"\\/\u{8}\u{c}\n\r\té😀".into())
        );
        assert_eq!(Value::Number("12".into()).as_u64(), Some(12));
        assert_eq!(Value::Number("-1".into()).as_u64(), None);
        assert_eq!(Value::Number("1.0".into()).as_u64(), None);
    }

    #[test]
    fn positions_and_wording_match_serde_json() {
        let mut mismatches = Vec::new();
        for text in [
            "",
            "{\"a\": 1",
            "{\n  \"a\": 1\n  \"b\": 2\n}",
            "[1, 2",
            "[1 2]",
            "{\"a\" 1}",
            "{1: 2}",
            "\"abc",
            "\"a\\qb\"",
            "\"a\u{1}b\"",
            "tru",
            "nul",
            "[1,]",
            "{\"a\": 1,}",
            "01",
            "-",
            "1.",
            "1e",
            "{} x",
            "[\n\n  @]",
        ] {
            let ours = error(text);
            let theirs = serde_json::from_str::<serde_json::Value>(text)
                .err()
                .map(|e| {
                    let message = e.to_string();
                    let at = format!(" at line {} column {}", e.line(), e.column());
                    let bare = message.strip_suffix(&at).unwrap_or(&message).to_owned();
                    (e.line(), e.column(), bare)
                });
            if Some(&ours) != theirs.as_ref() {
                mismatches.push(format!("{text:?}: ours {ours:?}, serde_json {theirs:?}"));
            }
        }
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    }

    #[test]
    fn columns_count_characters_and_bad_escapes_are_refused() {
        // serde_json counts bytes; a person counts characters.
        assert_eq!(
            error("{\"é\": [1, 2}"),
            (1, 12, "expected `,` or `]`".to_owned())
        );
        assert_eq!(error("\"\\u12G4\"").2, "invalid escape");
        assert_eq!(error("\"\\ud800\"").2, "unexpected end of hex escape");
        assert_eq!(
            error("\"\\udc00x\"").2,
            "lone leading surrogate in hex escape"
        );
    }

    #[test]
    fn deep_nesting_is_refused() {
        let text = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(error(&text).2, "recursion limit exceeded");
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&fine).is_ok());
    }
}
