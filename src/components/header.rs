//! The post's title block: title, subtitle, byline, date and reading time.

use std::rc::Rc;

use yew::prelude::*;

use super::text::raw;
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
    let post = &props.post;
    // Drawn by `lectern_draw` (written once; see `text.rs`); the note, which comes and goes
    // while the post is read, is the component's, so the drawn part is never redrawn for it.
    html! {
        <header class="post-header">
            {raw(|out| lectern_draw::title(out, post))}
            <p class="post-meta">
                {raw(|out| lectern_draw::meta(out, post, props.words, &say))}
                if let Some(note) = &props.note {
                    <span class="header-note" role="status">{note.clone()}</span>
                }
            </p>
        </header>
    }
}
