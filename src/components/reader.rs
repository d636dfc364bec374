//! A whole post laid out for reading: header, table of contents, sections and comments.

use std::rc::Rc;

use yew::prelude::*;

use super::comments::CommentList;
use super::comments_app::{CommentsPlacement, comments_placeholder};
use super::header::PostHeader;
use super::section::PostSection;
use super::toc::TableOfContents;
use crate::hooks::{
    use_current_section, use_fragment_navigation, use_interactive_mark, use_reading_progress,
};
use crate::model::Post;
use crate::model::direction::text_direction;
use crate::model::outline::{foldable_quote_ids, summarise};
use crate::state::{FoldAction, Folds};

/// Props for [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The post to show.
    pub post: Rc<Post>,
    /// Status lines from the app (offline copy, update available), shown above the article.
    #[prop_or_default]
    pub banner: Html,
    /// Ids of quotations that start open (see `AppProps::initially_open`).
    #[prop_or_default]
    pub initially_open: Rc<[String]>,
    /// Whether the comments are part of this tree or live in their own root.
    #[prop_or_default]
    pub comments: CommentsPlacement,
}

/// Id of the article element (reading progress is measured on it).
const ARTICLE_ID: &str = "article";
/// Id of the marker at the end of the article (the last section becomes current there).
const ARTICLE_END_ID: &str = "article-end";

/// The reading view of a loaded post. Effects (observers, fragment handling) run only in the
/// browser; under SSR it renders the same markup with every foldable quotation folded.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let post = props.post.clone();
    let summaries: Rc<[_]> = use_memo(post.clone(), |post| summarise(post))
        .iter()
        .cloned()
        .collect();
    let anchors: Rc<[String]> = summaries.iter().map(|s| s.anchor.clone()).collect();
    let foldable = use_memo(post.clone(), |post| foldable_quote_ids(post));
    let folds = {
        let open = props.initially_open.clone();
        use_reducer(move || Folds {
            open: open.iter().cloned().collect(),
        })
    };
    let current = use_current_section(anchors, ARTICLE_END_ID);
    let progress = use_reading_progress(ARTICLE_ID);
    use_fragment_navigation(folds.clone());
    // Effects run once the markup is live (rendered or hydrated): the reader can be used now
    // (comments in their own root say so themselves, once they are live too).
    let inline_comments = props.comments == CommentsPlacement::Inline;
    use_interactive_mark(inline_comments);

    let tools = (!foldable.is_empty()).then(|| {
        let expand = {
            let folds = folds.clone();
            let ids = foldable.clone();
            Callback::from(move |_: MouseEvent| folds.dispatch(FoldAction::OpenAll(ids.to_vec())))
        };
        let collapse = {
            let folds = folds.clone();
            Callback::from(move |_: MouseEvent| folds.dispatch(FoldAction::CloseAll))
        };
        html! {
            <div class="reader-tools" role="group" aria-label="Quotations">
                <button type="button" class="tool-button" onclick={expand}>{"Expand all quotations"}</button>
                <button type="button" class="tool-button" onclick={collapse}>{"Collapse all"}</button>
            </div>
        }
    });
    html! {
        <ContextProvider<UseReducerHandle<Folds>> context={folds.clone()}>
            <div class="lectern-layout">
                <TableOfContents sections={summaries} {current} {progress} />
                <main id="main" class="lectern-main">
                    {props.banner.clone()}
                    <article id={ARTICLE_ID} class="post" lang={post.lang.clone()} dir={post.lang.as_deref().map_or("auto", text_direction)}>
                        <PostHeader post={post.clone()} />
                        {tools}
                        {for (0..post.sections.len()).map(|index| html! {
                            <PostSection key={post.sections[index].anchor.clone()} post={post.clone()} {index} />
                        })}
                        <div id={ARTICLE_END_ID} class="article-end" aria-hidden="true"></div>
                    </article>
                    if inline_comments {
                        <CommentList post={post.clone()} />
                    } else {
                        {comments_placeholder()}
                    }
                </main>
            </div>
        </ContextProvider<UseReducerHandle<Folds>>>
    }
}
