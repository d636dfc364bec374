//! The post's title block: title, subtitle, byline, date and reading time.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_words;
use lectern_format::Post;

pub use lectern_draw::reading_line;

/// Props for [`PostHeader`].
#[derive(Properties, PartialEq)]
pub struct PostHeaderProps {
    /// The post whose header is shown.
    pub post: Rc<Post>,
    /// Words in its body (counted once by the reader).
    pub words: usize,
    /// A status after the reading time ("Available offline").
    #[prop_or_default]
    pub note: Option<AttrValue>,
}

/// Shows what the post is and how long it takes to read, before the reader commits to it.
#[component]
pub fn PostHeader(props: &PostHeaderProps) -> Html {
    let say = use_words();
    let mut out = lectern_draw::Html::new();
    lectern_draw::header(
        &mut out,
        &props.post,
        props.words,
        props.note.as_deref(),
        &say,
    );
    // Drawn by `lectern_draw` (written once; see `text.rs`): escaped text, safe links only.
    Html::from_html_unchecked(out.into_string().into())
}
