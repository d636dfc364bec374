//! A whole post laid out for reading: header, table of contents, sections and comments.

use std::rc::Rc;

use yew::prelude::*;

use super::comments::CommentList;
use super::header::PostHeader;
use super::section::PostSection;
use super::toc::TableOfContents;
use crate::model::Post;
use crate::model::outline::summarise;

/// Props for [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The post to show.
    pub post: Rc<Post>,
}

/// The reading view of a loaded post. Pure rendering: no effects, so it renders the same under
/// SSR and in the browser.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let post = props.post.clone();
    let summaries: Rc<[_]> = use_memo(post.clone(), |post| summarise(post))
        .iter()
        .cloned()
        .collect();
    html! {
        <div class="lectern-layout">
            <TableOfContents sections={summaries} />
            <main id="main" class="lectern-main">
                <article class="post" lang={post.lang.clone()}>
                    <PostHeader post={post.clone()} />
                    {for (0..post.sections.len()).map(|index| html! {
                        <PostSection key={post.sections[index].anchor.clone()} post={post.clone()} {index} />
                    })}
                </article>
                <CommentList post={post.clone()} />
            </main>
        </div>
    }
}
