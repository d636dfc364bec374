//! Why the reader could not show a post, worded for the person reading.

use std::fmt;

use lectern_wordpress::refusal;

pub use lectern_format::error::PostError;

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
    /// A WordPress site refused, and said why (its REST API's error `code`).
    WordPress {
        /// The address requested.
        url: String,
        /// HTTP status code.
        status: u16,
        /// WordPress's error code, e.g. `rest_post_invalid_id`.
        code: String,
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
    /// The key of a short heading for the error panel, in the reader's words.
    pub fn title(&self) -> &'static str {
        match self {
            Self::BadAddress { .. } => "error.bad-address",
            Self::Network { .. } => "error.network",
            Self::Http { status: 404, .. } => "error.not-found",
            Self::Http {
                status: 401 | 403, ..
            } => "error.forbidden",
            Self::Http { .. } => "error.http",
            Self::WordPress { code, status, .. } => match refusal::refusal_title(code, *status) {
                "The post was not found" => "error.not-found",
                "This WordPress site does not answer that address" => "error.no-route",
                "This post is private or password-protected" => "error.private",
                "This site has switched off its REST API for visitors" => "error.rest-off",
                _ => "error.site-refused",
            },
            Self::Post {
                error: PostError::Syntax { .. },
                ..
            } => "error.syntax",
            Self::Post { .. } => "error.format",
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
            Self::WordPress { url, status, code } => write!(
                f,
                "{url} answered HTTP {status} ({code}): {}",
                refusal::refusal_meaning(code, *status)
            ),
            Self::Post { url, error } => write!(f, "{url}: {error}"),
        }
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// The error for an answer with status `status`: WordPress's own error (a JSON body with a
    /// `code`) when the body is one, else the plain HTTP error.
    pub fn refused(url: &str, status: u16, status_text: String, body: &str) -> Self {
        match refusal::error_code(body) {
            Some(code) => Self::WordPress {
                url: url.to_owned(),
                status,
                code,
            },
            None => Self::Http {
                url: url.to_owned(),
                status,
                status_text,
            },
        }
    }
}
