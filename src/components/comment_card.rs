//! One comment as readers see it. Used for published comments, the reader's pending comments
//! and the live preview alike, so the preview is exactly what will be shown.

use yew::prelude::*;

use super::text::{Author, render_blocks};
use crate::words::Words;
use lectern_format::Comment;
use lectern_format::link::safe_href;

/// What surrounds a comment's text in a given place.
#[derive(Default)]
pub struct CardParts {
    /// "In reply to …" line, if any.
    pub note: Option<Html>,
    /// A status banner (preview, awaiting moderation).
    pub banner: Option<Html>,
    /// Buttons and links under the text.
    pub actions: Option<Html>,
}

/// The name a comment is shown under (drawn by `lectern_draw` too).
pub use lectern_draw::author_label;

/// Renders a comment's header, text and surroundings.
pub fn comment_card(comment: &Comment, parts: CardParts, say: &Words) -> Html {
    let name = author_label(comment, say);
    let author = match comment
        .author
        .as_ref()
        .and_then(|a| a.url.as_deref())
        .and_then(safe_href)
    {
        Some(href) => {
            html! { <a class="comment-author" href={href} rel="nofollow ugc noopener" dir="auto">{name.clone()}</a> }
        }
        None => html! { <span class="comment-author" dir="auto">{name.clone()}</span> },
    };
    let date = comment
        .published
        .as_ref()
        .map(|d| html! { <time datetime={d.raw.clone()}>{say.date(d)}</time> });
    html! {
        <article class="comment-body" aria-label={say.fill("comment.by", &[("name", &name)])}>
            {parts.banner}
            <header class="comment-meta">{author}{date}</header>
            {parts.note}
            <div class="comment-content" dir="auto">{render_blocks(&comment.blocks, Author::Reader, say)}</div>
            {parts.actions}
        </article>
    }
}
