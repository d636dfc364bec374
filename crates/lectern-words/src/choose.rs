//! Which of Lectern's languages serves a language tag, and the words built into this build.

use std::rc::Rc;

use super::catalog::Words;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// One of Lectern's languages.
pub type Language = &'static str;

/// The language of Lectern's that serves `tag` (a post's `lang`, an embed's, a page's): the
/// same tag (any case), else the same language (`de-AT` → `de`, `pt` → `pt-BR`, `zh-Hans` →
/// `zh-CN`). Traditional Chinese is not served by Simplified (`zh-TW` → none: English).
pub fn language_for(tag: &str) -> Option<Language> {
    let tag = tag.trim();
    if let Some(exact) = LANGUAGES.iter().find(|l| l.eq_ignore_ascii_case(tag)) {
        return Some(exact);
    }
    let lower = tag.to_ascii_lowercase().replace('_', "-");
    let mut parts = lower.split('-');
    let primary = parts.next().unwrap_or_default();
    if primary == "zh" && parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo")) {
        return None;
    }
    LANGUAGES.iter().copied().find(|l| {
        l.split('-')
            .next()
            .is_some_and(|p| p.eq_ignore_ascii_case(primary))
    })
}

thread_local! {
    // The English file is checked by the tests, so `bare` is never reached in a build that
    // passed them; it keeps a value rather than panicking.
    static ENGLISH: Rc<Words> = Rc::new(parse_built_in("en").unwrap_or_else(Words::bare));
}

fn parse_built_in(lang: &str) -> Option<Words> {
    let (_, text) = BUILT_IN.iter().find(|(tag, _)| *tag == lang)?;
    Words::parse(text).ok()
}

impl Words {
    /// Lectern's English words, built into every build.
    pub fn english() -> Rc<Words> {
        ENGLISH.with(Rc::clone)
    }

    /// The words of `lang` (one of [`LANGUAGES`]) when this build carries them (English always;
    /// every language natively), with English behind them.
    pub fn built_in(lang: Language) -> Option<Rc<Words>> {
        if lang == "en" {
            return Some(Self::english());
        }
        parse_built_in(lang).map(|words| Rc::new(words.with_fallback(Self::english())))
    }

    /// Words fetched for `lang`, read, with English behind them.
    pub fn fetched(text: &str) -> Result<Rc<Words>, super::CatalogError> {
        Words::parse(text).map(|words| Rc::new(words.with_fallback(Self::english())))
    }
}

/// The language Lectern's words take for a post written in `lang` (English when it names
/// none, or one Lectern does not speak).
pub fn language_of(lang: Option<&str>) -> Language {
    lang.and_then(language_for).unwrap_or("en")
}

/// The text of `language`'s file when this build carries it: a page published in that language
/// carries it (see `INLINE_WORDS_ID`), so the browser needs no request to say the same words.
pub fn file_of(language: Language) -> Option<&'static str> {
    BUILT_IN
        .iter()
        .find(|(tag, _)| *tag == language)
        .map(|(_, text)| *text)
}
