//! A whole post laid out for reading: header, table of contents, sections and comments.

use std::rc::Rc;

use yew::prelude::*;

use super::comments::CommentList;
use super::comments_app::{CommentsPlacement, comments_placeholder};
use super::header::PostHeader;
use super::resume_offer::ResumeOffer;
use super::section::PostSection;
use super::text_settings::TextSettings;
use super::toc::TableOfContents;
use crate::hooks::{
    use_current_section, use_fragment, use_fragment_navigation, use_growing_count,
    use_performance_mark, use_reading_place, use_reading_progress, use_reading_settings, use_root,
};
use crate::model::Post;
use crate::model::direction::text_direction;
use crate::model::outline::{
    LAYOUT_PACE, blocks_within, foldable_quote_ids, layout_words, shown_in_section, summarise,
};
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
    /// Whether the first render is the whole post, as hydration needs (the markup already in
    /// the page is whole). Otherwise a long post is laid out a part at a time.
    #[prop_or_default]
    pub all_at_once: bool,
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
    let reading = use_reading_settings();
    let root_is_embedded = use_root().is_embedded();
    let current = use_current_section(anchors, ARTICLE_END_ID);
    let progress = use_reading_progress(ARTICLE_ID);
    let fragment = use_fragment();
    let place = use_reading_place(
        post.id.clone(),
        post.sections
            .first()
            .map(|s| s.anchor.clone())
            .unwrap_or_default(),
        progress,
        fragment.target.is_some(),
    );
    // A long post rendered here is laid out a part at a time (the first fills many screens), so
    // the reader can start at once; hydration, the server's render and a deep link (whose
    // target must exist) take the whole post at once.
    let all_at_once = props.all_at_once
        || fragment.target.is_some()
        || place.taken
        || !cfg!(target_arch = "wasm32");
    let whole = *use_memo(post.clone(), |post| layout_words(post));
    let words = use_growing_count(
        LAYOUT_PACE.first_words,
        LAYOUT_PACE.step_words,
        whole,
        all_at_once,
    );
    let shown = if words >= whole {
        usize::MAX
    } else {
        blocks_within(&post, words)
    };
    use_fragment_navigation(folds.clone(), fragment);
    // Effects run once the markup is live (rendered or hydrated): the reader can be used now
    // (comments in their own root say so themselves, once they are live too).
    let inline_comments = props.comments == CommentsPlacement::Inline;
    use_performance_mark("lectern-interactive", inline_comments);
    use_performance_mark("lectern-laid-out", words >= whole);

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
    let resume_title = place.offer.as_ref().map(|offered| {
        let title = summaries
            .iter()
            .find(|s| s.anchor == offered.section)
            .map_or_else(|| post.title.clone(), |s| s.title.clone());
        AttrValue::from(title)
    });
    html! {
        <ContextProvider<UseReducerHandle<Folds>> context={folds.clone()}>
            <div class="lectern-layout">
                <aside class="lectern-side" aria-label="Reading tools">
                    <TableOfContents sections={summaries.clone()} {current} {progress} finished={place.finished} />
                    // An embedded reader follows its host page's look (see docs/embedding.md).
                    if !root_is_embedded {
                        <TextSettings {reading} />
                    }
                </aside>
                <main id="main" class="lectern-main">
                    {props.banner.clone()}
                    <article id={ARTICLE_ID} class="post" lang={post.lang.clone()} dir={post.lang.as_deref().map_or("auto", text_direction)}>
                        <PostHeader post={post.clone()} />
                        {tools}
                        {for post.sections.iter().enumerate().scan(0, |before, (index, section)| {
                            let blocks = shown_in_section(section, *before, shown);
                            *before += section.blocks.len();
                            Some(html! {
                                <PostSection key={section.anchor.clone()} post={post.clone()} {index} {blocks} />
                            })
                        })}
                        <div id={ARTICLE_END_ID} class="article-end" aria-hidden="true"></div>
                    </article>
                    <ResumeOffer section_title={resume_title} on_take={place.take.clone()}
                        on_dismiss={place.dismiss.clone()} />
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
