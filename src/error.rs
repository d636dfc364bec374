//! What can go wrong when loading a post, worded for the person reading.

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

/// Why the reader could not show a post: fetching it failed, or its content was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The `?post=` address is not one this reader may load.
    BadAddress {
        /// The address as given.
        url: String,
        /// Why it was refused.
        reason: String,
    },
    /// The request never got an answer (offline, refused by CORS, DNS, …).
    Network {
        /// The address requested.
        url: String,
        /// What the browser reported.
        detail: String,
    },
    /// The server answered with an error status.
    Http {
        /// The address requested.
        url: String,
        /// HTTP status code.
        status: u16,
        /// HTTP status text, possibly empty.
        status_text: String,
    },
    /// The answer arrived but is not a valid post.
    Post {
        /// The address requested, or a description of where the JSON came from.
        url: String,
        /// What is wrong with it.
        error: PostError,
    },
}

impl LoadError {
    /// A short heading for the error panel.
    pub fn title(&self) -> &'static str {
        match self {
            Self::BadAddress { .. } => "This post address can’t be used",
            Self::Network { .. } => "The post could not be downloaded",
            Self::Http { .. } => "The server did not return the post",
            Self::Post {
                error: PostError::Syntax { .. },
                ..
            } => "The post file is not valid JSON",
            Self::Post { .. } => "The post file does not match the Lectern post format",
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BadAddress { url, reason } => write!(f, "{url}: {reason}"),
            Self::Network { url, detail } => write!(
                f,
                "No answer for {url} ({detail}). Check the connection, or, if the post is on another site, that it allows cross-origin requests (CORS)."
            ),
            Self::Http {
                url,
                status,
                status_text,
            } => {
                write!(f, "{url} answered HTTP {status}")?;
                if !status_text.is_empty() {
                    write!(f, " {status_text}")?;
                }
                Ok(())
            }
            Self::Post { url, error } => write!(f, "{url}: {error}"),
        }
    }
}

impl std::error::Error for LoadError {}
