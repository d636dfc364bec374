//! Why a post's text was refused, worded for the person reading: where (line and column, or
//! the field's JSON path) and why.

use std::fmt;

/// Why a post's JSON was refused. Every variant says where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostError {
    /// The text is not JSON.
    Syntax {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What the JSON parser expected.
        message: String,
    },
    /// The JSON is well-formed but a field is missing or wrong.
    Invalid {
        /// JSON path of the field, e.g. `sections[1].blocks[3].text`.
        path: String,
        /// What is wrong with it.
        message: String,
    },
}

impl fmt::Display for PostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax {
                line,
                column,
                message,
            } => write!(
                f,
                "JSON syntax error at line {line}, column {column}: {message}"
            ),
            Self::Invalid { path, message } if path.is_empty() => f.write_str(message),
            Self::Invalid { path, message } => write!(f, "{path}: {message}"),
        }
    }
}

impl std::error::Error for PostError {}
