//! The words of the reader's language, for any component that says something.

use std::rc::Rc;

use yew::prelude::*;

use crate::words::Words;

/// The words the app chose for its post (English when nothing chose: a component rendered on
/// its own in a test).
///
/// ```ignore
/// let words = use_words();
/// html! { <button>{words.get("comment.reply")}</button> }
/// ```
#[hook]
pub fn use_words() -> Rc<Words> {
    use_context::<Rc<Words>>().unwrap_or_else(Words::english)
}
