//! The words of the reader's language: built in, given by the page, or fetched once.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser;
use crate::words::{Words, language_for};

/// The words for `lang` (a language tag: the post's, else the embedding's or page's), once they
/// are at hand: `None` while its file is being fetched. `given` are words the page carried (a
/// prerendered page in its post's language), used when they are that language's. A language
/// Lectern does not speak, or whose file cannot be fetched, reads in English.
///
/// ```ignore
/// let say = use_language(post.lang.clone(), props.words.clone());
/// ```
#[hook]
pub fn use_language(lang: Option<String>, given: Option<Rc<Words>>) -> Option<Rc<Words>> {
    let language = lang.as_deref().and_then(language_for).unwrap_or("en");
    // Words fetched (or first given): the language they are for, and the words (English if the
    // file could not be had). Kept across renders, so new options never fetch them again.
    let fetched = {
        let given = given.clone();
        use_state(move || {
            given.and_then(|words| language_for(&words.lang).map(|lang| (lang, words)))
        })
    };
    let at_hand = given
        .filter(|words| words.lang == language)
        .or_else(|| {
            fetched
                .as_ref()
                .filter(|(lang, _)| *lang == language)
                .map(|(_, words)| words.clone())
        })
        .or_else(|| Words::built_in(language));
    {
        let fetched = fetched.clone();
        let needed = at_hand.is_none();
        use_effect_with((language, needed), move |(language, needed)| {
            let language: &'static str = language;
            if *needed && fetched.as_ref().is_none_or(|(lang, _)| *lang != language) {
                spawn_local(async move {
                    let url = browser::languages::language_file(language);
                    let words = browser::fetch::fetch_text(&url)
                        .await
                        .ok()
                        .and_then(|text| Words::fetched(&text).ok())
                        .unwrap_or_else(Words::english);
                    fetched.set(Some((language, words)));
                });
            }
        });
    }
    at_hand
}
