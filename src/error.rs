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
    /// A short heading for the error panel.
    pub fn title(&self) -> &'static str {
        match self {
            Self::BadAddress { .. } => "This post address can’t be used",
            Self::Network { .. } => "The post could not be downloaded",
            Self::Http { status: 404, .. } => "The post was not found",
            Self::Http {
                status: 401 | 403, ..
            } => "The site does not let this post be read",
            Self::Http { .. } => "The server did not return the post",
            Self::WordPress { code, status, .. } => wordpress_title(code, *status),
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
            Self::WordPress { url, status, code } => write!(
                f,
                "{url} answered HTTP {status} ({code}): {}",
                wordpress_meaning(code, *status)
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
        match wordpress_error_code(body) {
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

/// The `code` of a WordPress REST error body (`{"code": "…", "message": "…", "data": …}`).
pub fn wordpress_error_code(body: &str) -> Option<String> {
    let value = crate::model::json::parse(body).ok()?;
    match value.get("code")? {
        crate::model::json::Value::String(code) if value.get("message").is_some() => {
            Some(code.clone())
        }
        _ => None,
    }
}

/// A heading for a WordPress refusal.
fn wordpress_title(code: &str, status: u16) -> &'static str {
    match code {
        "rest_post_invalid_id" | "rest_invalid_param" if status == 404 => "The post was not found",
        "rest_no_route" => "This WordPress site does not answer that address",
        "rest_forbidden"
        | "rest_cannot_read"
        | "rest_forbidden_context"
        | "rest_post_incorrect_password" => "This post is private or password-protected",
        "rest_disabled" | "rest_cannot_access" | "rest_login_required" | "rest_not_logged_in" => {
            "This site has switched off its REST API for visitors"
        }
        _ if status == 404 => "The post was not found",
        _ => "The WordPress site refused the request",
    }
}

/// What a WordPress refusal means, in the reader's words.
fn wordpress_meaning(code: &str, status: u16) -> &'static str {
    match wordpress_title(code, status) {
        "The post was not found" => {
            "there is no post with that id or slug on this site (it may have been deleted or moved)"
        }
        "This WordPress site does not answer that address" => {
            "the address does not name a REST route of this site; the REST API may be switched off, or the address mistyped"
        }
        "This post is private or password-protected" => {
            "only the site's logged-in users, or readers with the post's password, may read it"
        }
        "This site has switched off its REST API for visitors" => {
            "the site answers its REST API only to logged-in users"
        }
        _ => "the site gave this reason code",
    }
}
