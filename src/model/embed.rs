//! The options an embedding page passes to `mount()` (and that `<lectern-reader>` builds from its
//! attributes): which post, which theme, where quotations fold. Plain serde, so every rule and
//! every error message is tested natively; the browser layer only converts from JavaScript.

use serde::Deserialize;
use serde::de::IgnoredAny;

/// Colour scheme of an embedded reader.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The value written to the host's `data-lectern-theme` attribute, which the CSS reads.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// `mount()` options exactly as given; unknown names are refused so a typo is never silent.
/// `post` is only checked for presence here: its value is JavaScript data the browser layer reads.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RawEmbedOptions {
    /// Address of the post JSON, relative to the host page.
    #[serde(default)]
    pub src: Option<String>,
    /// The post itself (an object, or JSON text).
    #[serde(default)]
    pub post: Option<IgnoredAny>,
    /// `light`, `dark` or `auto`.
    #[serde(default)]
    pub theme: Option<Theme>,
    /// Fold quotations longer than this many words (0 = never).
    #[serde(default)]
    pub collapse_words: Option<usize>,
}

/// Where an embedded reader gets its post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedPost {
    /// Fetch it from this address.
    Src(String),
    /// It was given inline.
    Inline,
}

/// Checked options: exactly one post, a theme, an optional folding threshold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Where the post comes from.
    pub post: EmbedPost,
    /// The colour scheme.
    pub theme: Theme,
    /// Overrides the post's own `reader.collapse_words`.
    pub collapse_words: Option<usize>,
}

/// Why options were refused, naming the option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionsError(pub String);

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lectern: {}", self.0)
    }
}

impl std::error::Error for OptionsError {}

impl RawEmbedOptions {
    /// Applies the rules that serde cannot: exactly one of `src` and `post`, `src` not blank.
    pub fn check(self) -> Result<EmbedOptions, OptionsError> {
        let post = match (self.src, self.post.is_some()) {
            (Some(_), true) => {
                return Err(OptionsError(
                    "give either `src` (the post's address) or `post` (the post itself), not both"
                        .to_owned(),
                ));
            }
            (Some(src), false) if src.trim().is_empty() => {
                return Err(OptionsError("option `src` is empty".to_owned()));
            }
            (Some(src), false) => EmbedPost::Src(src.trim().to_owned()),
            (None, true) => EmbedPost::Inline,
            (None, false) => {
                return Err(OptionsError(
                    "no post to show: give `src` (the post's address) or `post` (the post itself)"
                        .to_owned(),
                ));
            }
        };
        Ok(EmbedOptions {
            post,
            theme: self.theme.unwrap_or_default(),
            collapse_words: self.collapse_words,
        })
    }
}

/// The option names `mount()` knows, in the order the documentation lists them.
pub const OPTION_NAMES: [&str; 4] = ["src", "post", "theme", "collapseWords"];

/// Refuses a name that is not an option (a typo must never be silently ignored). Deserializers
/// that only look up the names they know report nothing, so callers check every given name.
pub fn check_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<(), OptionsError> {
    match names.into_iter().find(|name| !OPTION_NAMES.contains(name)) {
        None => Ok(()),
        Some(name) => Err(OptionsError(format!(
            "option `{name}`: unknown field `{name}`, expected one of `src`, `post`, `theme`, `collapseWords`"
        ))),
    }
}

/// Turns a deserializer error with its path into a message naming the option.
pub fn describe_error(path: &str, message: &str) -> OptionsError {
    // serde-wasm-bindgen's messages are JavaScript errors printed as "Error: …".
    let message = message.strip_prefix("Error: ").unwrap_or(message);
    if path.is_empty() || path == "." {
        OptionsError(format!("bad options: {message}"))
    } else {
        OptionsError(format!("option `{path}`: {message}"))
    }
}
