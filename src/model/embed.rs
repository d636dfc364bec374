//! The options an embedding page passes to `mount()` (and that `<lectern-reader>` builds from its
//! attributes): which post, which theme, where quotations fold. Pure Rust, so every rule and
//! every error message is tested natively; the browser layer only reduces each JavaScript value
//! to a [`Given`].

/// Colour scheme of an embedded reader.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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

/// One option's value as the page gave it; `null` and `undefined` count as not given.
#[derive(Debug, Clone, PartialEq)]
pub enum Given {
    /// A string.
    Text(String),
    /// A number (JavaScript has only floats).
    Number(f64),
    /// Anything else, named for the error message: "a boolean", "an object", …
    Other(&'static str),
}

impl Given {
    /// Names the value for "found …" without printing a float (which would pull float
    /// formatting into the wasm for one message).
    fn describe(&self) -> String {
        match self {
            Self::Text(text) => super::json::shown(text),
            Self::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => (*n as i64).to_string(),
            Self::Number(_) => "a fractional or out-of-range number".to_owned(),
            Self::Other(kind) => (*kind).to_owned(),
        }
    }
}

/// `n` as a count, when it is a whole number from 0 to 2³².
fn whole(n: f64) -> Option<usize> {
    (n.fract() == 0.0 && (0.0..=4_294_967_295.0).contains(&n)).then_some(n as usize)
}

/// `mount()` options exactly as given. `post` is only checked for presence here: its value is
/// JavaScript data the browser layer reads.
#[derive(Debug, Default)]
pub struct RawEmbedOptions {
    /// Address of the post JSON, relative to the host page.
    pub src: Option<Given>,
    /// Whether the post itself was given (an object, or JSON text).
    pub post: bool,
    /// `light`, `dark` or `auto`.
    pub theme: Option<Given>,
    /// Fold quotations longer than this many words (0 = never).
    pub collapse_words: Option<Given>,
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
    /// Checks each option's type and the rules between them: exactly one of `src` and `post`,
    /// `src` not blank, a known theme, a whole-number threshold.
    pub fn check(self) -> Result<EmbedOptions, OptionsError> {
        let wrong = |name: &str, expected: &str, given: &Given| {
            OptionsError(format!(
                "option `{name}`: expected {expected}, found {}",
                given.describe()
            ))
        };
        let src = match self.src {
            None => None,
            Some(Given::Text(src)) => Some(src),
            Some(other) => return Err(wrong("src", "a string (the post's address)", &other)),
        };
        let theme = match self.theme {
            None => Theme::Auto,
            Some(Given::Text(name)) => match name.as_str() {
                "auto" => Theme::Auto,
                "light" => Theme::Light,
                "dark" => Theme::Dark,
                _ => {
                    return Err(OptionsError(format!(
                        "option `theme`: unknown variant `{name}`, expected one of `auto`, `light`, `dark`"
                    )));
                }
            },
            Some(other) => {
                return Err(wrong(
                    "theme",
                    "one of \"auto\", \"light\", \"dark\"",
                    &other,
                ));
            }
        };
        let collapse_words = match self.collapse_words {
            None => None,
            Some(Given::Number(n)) if whole(n).is_some() => whole(n),
            Some(other) => {
                return Err(wrong(
                    "collapseWords",
                    "a whole number of words (0 or more)",
                    &other,
                ));
            }
        };
        let post = match (src, self.post) {
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
            theme,
            collapse_words,
        })
    }
}

/// The option names `mount()` knows, in the order the documentation lists them.
pub const OPTION_NAMES: [&str; 4] = ["src", "post", "theme", "collapseWords"];

/// Refuses a name that is not an option (a typo must never be silently ignored).
pub fn check_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<(), OptionsError> {
    match names.into_iter().find(|name| !OPTION_NAMES.contains(name)) {
        None => Ok(()),
        Some(name) => Err(OptionsError(format!(
            "option `{name}`: unknown field `{name}`, expected one of `src`, `post`, `theme`, `collapseWords`"
        ))),
    }
}
