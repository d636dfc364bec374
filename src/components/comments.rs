//! The reader comments under the post.

use std::rc::Rc;

use yew::prelude::*;

use super::text::render_blocks;
use crate::model::link::safe_href;
use crate::model::{Comment, Post};

/// Props for [`CommentList`].
#[derive(Properties, PartialEq)]
pub struct CommentListProps {
    /// The post whose comments are shown.
    pub post: Rc<Post>,
}

/// "2 thoughts on “…”" and the comments, oldest first.
#[component]
pub fn CommentList(props: &CommentListProps) -> Html {
    let post = &props.post;
    if post.comments.is_empty() {
        return Html::default();
    }
    let count = match post.comments.len() {
        1 => "1 thought".to_owned(),
        n => format!("{n} thoughts"),
    };
    html! {
        <section id="comments" class="comments" aria-labelledby="comments-heading">
            <h2 id="comments-heading">{format!("{count} on “{}”", post.title)}</h2>
            <ol class="comment-list">
                {for post.comments.iter().map(render_comment)}
            </ol>
        </section>
    }
}

fn render_comment(comment: &Comment) -> Html {
    let author = match comment
        .author
        .as_ref()
        .and_then(|a| a.url.as_deref())
        .and_then(safe_href)
    {
        Some(href) => html! {
            <a class="comment-author" href={href} rel="nofollow ugc noopener">{comment.author_name().to_owned()}</a>
        },
        None => html! { <span class="comment-author">{comment.author_name().to_owned()}</span> },
    };
    let date = comment.published.as_ref().map(|d| {
        html! {
            <time datetime={d.raw.clone()}>{d.human()}</time>
        }
    });
    let mut no_ids = std::iter::empty();
    html! {
        <li key={comment.anchor.clone()} id={comment.anchor.clone()} class="comment">
            <article class="comment-body" aria-label={format!("Comment by {}", comment.author_name())}>
                <header class="comment-meta">{author}{date}</header>
                <div class="comment-content">{render_blocks(&comment.blocks, &mut no_ids)}</div>
            </article>
        </li>
    }
}
