//! The options an embedding page passes to `mount()` (and that `<lectern-reader>` builds from its
//! attributes): which post, where quotations fold, the text settings it starts from, whether
//! the reader may change them, and who is logged in on the post's site (a page the site itself
//! serves, such as the WordPress plugin's). Pure Rust, so every rule and every error message is tested
//! natively; the browser layer only reduces each JavaScript value to a [`GivenOption`].

use super::settings::{Choice, TEXT_SIZES, TextDefaults, TextSettings};

/// One option's value as the page gave it; `null` and `undefined` count as not given.
#[derive(Debug, Clone, PartialEq)]
pub enum GivenOption {
    /// A string.
    Text(String),
    /// A number (JavaScript has only floats).
    Number(f64),
    /// `true` or `false`.
    Flag(bool),
    /// Anything else, named for the error message: "a boolean", "an object", …
    Other(&'static str),
}

impl GivenOption {
    /// Names the value for "found …" without printing a float (which would pull float
    /// formatting into the wasm for one message).
    fn describe(&self) -> String {
        match self {
            Self::Text(text) => lectern_format::json::shown(text),
            Self::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => (*n as i64).to_string(),
            Self::Number(_) => "a fractional or out-of-range number".to_owned(),
            Self::Flag(_) => "a boolean".to_owned(),
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
    pub src: Option<GivenOption>,
    /// Whether the post itself was given (an object, or JSON text).
    pub post: bool,
    /// Fold quotations longer than this many words (0 = never).
    pub collapse_words: Option<GivenOption>,
    /// The text size to start from, in percent (one of [`TEXT_SIZES`]).
    pub text_size: Option<GivenOption>,
    /// `narrow`, `medium` or `wide`.
    pub line_width: Option<GivenOption>,
    /// `tight`, `normal` or `loose`.
    pub line_spacing: Option<GivenOption>,
    /// `serif`, `sans` or `legible`.
    pub font: Option<GivenOption>,
    /// `auto`, `light`, `sepia` or `dark`.
    pub theme: Option<GivenOption>,
    /// Whether the reader may choose their own text settings (default `true`).
    pub reader_settings: Option<GivenOption>,
    /// The display name of the reader logged in on the post's site (with `rest_nonce`).
    pub commenter: Option<GivenOption>,
    /// WordPress's REST nonce for that reader (`wp_create_nonce('wp_rest')`).
    pub rest_nonce: Option<GivenOption>,
    /// The language of Lectern's words when the post does not say its own (`de`, `pt-BR`).
    pub lang: Option<GivenOption>,
}

/// The reader logged in on the post's own site, as the page that site serves says: they reply
/// as themselves (no name or email to give), with the nonce WordPress checks on its cookie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    /// Their display name on the site.
    pub name: String,
    /// The `X-WP-Nonce` for the site's REST API.
    pub rest_nonce: String,
}

/// Where an embedded reader gets its post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedPost {
    /// Fetch it from this address.
    Src(String),
    /// It was given inline.
    Inline,
}

/// Checked options: exactly one post, an optional folding threshold, the text settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Where the post comes from.
    pub post: EmbedPost,
    /// Overrides the post's own `reader.collapse_words`.
    pub collapse_words: Option<usize>,
    /// The host's text settings and whether the reader's own choice wins over them.
    pub text: TextDefaults,
    /// Who is logged in on the post's site, if the page says so.
    pub signed_in: Option<SignedIn>,
    /// The language of Lectern's words when the post does not say its own.
    pub lang: Option<String>,
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
    /// `src` not blank, a whole-number threshold, known text settings.
    pub fn check(self) -> Result<EmbedOptions, OptionsError> {
        let wrong = |name: &str, expected: &str, given: &GivenOption| {
            OptionsError(format!(
                "option `{name}`: expected {expected}, found {}",
                given.describe()
            ))
        };
        let src = match self.src {
            None => None,
            Some(GivenOption::Text(src)) => Some(src),
            Some(other) => return Err(wrong("src", "a string (the post's address)", &other)),
        };
        let collapse_words = match self.collapse_words {
            None => None,
            Some(GivenOption::Number(n)) if whole(n).is_some() => whole(n),
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
        let base = TextSettings::default();
        let base = TextSettings {
            size: text_size(self.text_size)?.unwrap_or(base.size),
            width: choice("lineWidth", self.line_width)?.unwrap_or(base.width),
            spacing: choice("lineSpacing", self.line_spacing)?.unwrap_or(base.spacing),
            font: choice("font", self.font)?.unwrap_or(base.font),
            theme: choice("theme", self.theme)?.unwrap_or(base.theme),
        };
        let reader_may_choose = match self.reader_settings {
            None => true,
            Some(GivenOption::Flag(flag)) => flag,
            Some(other) => return Err(wrong("readerSettings", "true or false", &other)),
        };
        let text_option = |name: &str, given: Option<GivenOption>| match given {
            None => Ok(None),
            Some(GivenOption::Text(text)) if !text.trim().is_empty() => {
                Ok(Some(text.trim().to_owned()))
            }
            Some(other) => Err(wrong(name, "a string that is not empty", &other)),
        };
        let signed_in = match (
            text_option("commenter", self.commenter)?,
            text_option("restNonce", self.rest_nonce)?,
        ) {
            (Some(name), Some(rest_nonce)) => Some(SignedIn { name, rest_nonce }),
            (None, None) => None,
            (Some(_), None) | (None, Some(_)) => {
                return Err(OptionsError(
                    "give `commenter` (who is logged in) and `restNonce` (their REST nonce) together"
                        .to_owned(),
                ));
            }
        };
        let lang = text_option("lang", self.lang)?;
        Ok(EmbedOptions {
            lang,
            signed_in,
            post,
            collapse_words,
            text: TextDefaults {
                base,
                reader_may_choose,
            },
        })
    }
}

/// One of a setting's named values (`theme: "sepia"`), by its stored value.
fn choice<C: Choice>(name: &str, given: Option<GivenOption>) -> Result<Option<C>, OptionsError> {
    let values: Vec<&str> = C::OPTIONS.iter().map(|(value, _)| *value).collect();
    match given {
        None => Ok(None),
        Some(GivenOption::Text(text)) => C::from_value(&text).map(Some).ok_or_else(|| {
            OptionsError(format!(
                "option `{name}`: unknown variant `{text}`, expected one of `{}`",
                values.join("`, `")
            ))
        }),
        Some(other) => Err(OptionsError(format!(
            "option `{name}`: expected one of \"{}\", found {}",
            values.join("\", \""),
            other.describe()
        ))),
    }
}

/// The `textSize` option: a percentage the text settings offer, as its index.
fn text_size(given: Option<GivenOption>) -> Result<Option<usize>, OptionsError> {
    let Some(given) = given else {
        return Ok(None);
    };
    let index = match &given {
        GivenOption::Number(n) => {
            whole(*n).and_then(|n| TEXT_SIZES.iter().position(|s| usize::from(*s) == n))
        }
        _ => None,
    };
    index.map(Some).ok_or_else(|| {
        let sizes: Vec<String> = TEXT_SIZES.iter().map(u16::to_string).collect();
        OptionsError(format!(
            "option `textSize`: expected a text size in percent, one of {}, found {}",
            sizes.join(", "),
            given.describe()
        ))
    })
}

/// The option names `mount()` knows, in the order the documentation lists them.
pub const OPTION_NAMES: [&str; 12] = [
    "src",
    "post",
    "collapseWords",
    "textSize",
    "lineWidth",
    "lineSpacing",
    "font",
    "theme",
    "readerSettings",
    "commenter",
    "restNonce",
    "lang",
];

/// Refuses a name that is not an option (a typo must never be silently ignored).
pub fn check_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<(), OptionsError> {
    match names.into_iter().find(|name| !OPTION_NAMES.contains(name)) {
        None => Ok(()),
        Some(name) => Err(OptionsError(format!(
            "option `{name}`: unknown field `{name}`, expected one of `{}`",
            OPTION_NAMES.join("`, `")
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::OPTION_NAMES;
    use lectern_first::settings::{HOST_OPTIONS, READER_SETTINGS_OPTION};

    #[test]
    fn the_first_screen_reads_options_the_reader_knows() {
        for (option, _) in HOST_OPTIONS {
            assert!(OPTION_NAMES.contains(&option), "{option}");
        }
        assert!(OPTION_NAMES.contains(&READER_SETTINGS_OPTION));
    }
}
