//! A whole post laid out for reading: header, table of contents, sections and comments.

use std::rc::Rc;

use yew::prelude::*;

use super::comments::CommentList;
use super::comments_app::{CommentsPlacement, comments_placeholder};
use super::header::PostHeader;
use super::landmarks::{landmark_name, main_content, skip_link};
use super::listen_bar::ListenBar;
use super::notes::{OpenNote, render_notes};
use super::quote::ListenFrom;
use super::resume_offer::ResumeOffer;
use super::section::PostSection;
use super::shortcut_help::ShortcutHelp;
use super::text_settings::TextSettings;
use super::toc::TableOfContents;
use crate::app_model::settings::TextDefaults;
use crate::app_model::speech::{Utterance, script};
use crate::hooks::{
    ShortcutTargets, use_current_section, use_fragment, use_fragment_navigation, use_growing_count,
    use_listen, use_note_marks, use_performance_mark, use_reading_place, use_reading_progress,
    use_reading_shortcuts, use_root, use_text_settings, use_words,
};
use crate::state::{FoldAction, Folds, ListenStatus};
use lectern_format::Post;
use lectern_format::direction::text_direction;
use lectern_format::outline::{LAYOUT_PACE, PostOutline, shown_in_section};

/// Props for [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The post to show.
    pub post: Rc<Post>,
    /// Status lines from the app (offline copy shown, update available), above the article.
    #[prop_or_default]
    pub banner: Html,
    /// A quiet status for the header's reading line ("Available offline"): it appears when the
    /// service worker has saved the page, so it takes no line of its own (no layout shift).
    #[prop_or_default]
    pub header_note: Option<AttrValue>,
    /// Ids of quotations that start open (see `AppProps::initially_open`).
    #[prop_or_default]
    pub initially_open: Rc<[String]>,
    /// The contents entry marked at the start (see `AppProps::initially_current`).
    #[prop_or_default]
    pub initially_current: usize,
    /// Whether the comments are part of this tree or live in their own root.
    #[prop_or_default]
    pub comments: CommentsPlacement,
    /// Whether the first render is the whole post, as hydration needs (the markup already in
    /// the page is whole). Otherwise a long post is laid out a part at a time.
    #[prop_or_default]
    pub all_at_once: bool,
    /// The text settings to start from and whether the reader may change them.
    #[prop_or_default]
    pub text: TextDefaults,
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
    let say = use_words();
    // Words counted once per post; the summaries, ids and layout length come from that count.
    let outline = use_memo(post.clone(), |post| PostOutline::of(post));
    let summaries = outline.summaries.clone();
    let anchors = outline.anchors.clone();
    let foldable = outline.foldable.clone();
    let folds = {
        let open = props.initially_open.clone();
        use_reducer(move || Folds {
            open: open.iter().cloned().collect(),
        })
    };
    let reading = use_text_settings(props.text);
    let embedded = use_root().is_embedded();
    let current = use_current_section(anchors.clone(), ARTICLE_END_ID, props.initially_current);
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
    // "Listen": the post as utterances (made once per post; each render shares them).
    let speech: Rc<[Utterance]> = (*use_memo((post.clone(), say.clone()), |(post, say)| {
        Rc::<[Utterance]>::from(script(post, say))
    }))
    .clone();
    let listen = use_listen(speech, post.lang.clone());
    let listening = listen.state.status != ListenStatus::Stopped;
    // A long post rendered here is laid out a part at a time (the first fills many screens), so
    // the reader can start at once; hydration, the server's render and a deep link (whose
    // target must exist), "Continue" and "Listen" take the whole post at once.
    let all_at_once = listening
        || props.all_at_once
        || fragment.target.is_some()
        || place.taken
        || !cfg!(target_arch = "wasm32");
    let whole = outline.layout_words;
    let words = use_growing_count(
        LAYOUT_PACE.first_words,
        LAYOUT_PACE.step_words,
        whole,
        all_at_once,
    );
    let shown = if words >= whole {
        usize::MAX
    } else {
        outline.counts.blocks_within(words)
    };
    use_fragment_navigation(folds.clone(), fragment);
    let marks = use_note_marks();
    // Effects run once the markup is live (rendered or hydrated): the article can be used now,
    // and so can the whole page when the comments are part of it (comments in their own root
    // say so themselves, once they are live too).
    let inline_comments = props.comments == CommentsPlacement::Inline;
    use_performance_mark("lectern-article-interactive", true);
    use_performance_mark("lectern-interactive", inline_comments);
    use_performance_mark("lectern-laid-out", words >= whole);

    let help = use_reading_shortcuts(ShortcutTargets {
        sections: anchors,
        quotations: outline.quotations.clone(),
        foldable: foldable.clone(),
        folds: folds.clone(),
        listen: listen.clone(),
    });

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
            <div class="reader-tools" role="group" aria-label={say.get("tools.quotations").to_owned()}>
                <button type="button" class="tool-button" data-folds="open" onclick={expand}>{say.get("tools.expand-all").to_owned()}</button>
                <button type="button" class="tool-button" data-folds="close" onclick={collapse}>{say.get("tools.collapse-all").to_owned()}</button>
            </div>
        }
    });
    let listen_all = {
        let listen = listen.clone();
        Callback::from(move |_: MouseEvent| listen.from_start())
    };
    let listen_tools = html! {
        <div class="reader-tools listen-tools">
            <button type="button" class="tool-button listen-start" aria-keyshortcuts="l"
                onclick={listen_all}>{say.get("listen.start").to_owned()}</button>
            if let Some(why) = listen.unavailable {
                <p class="listen-note" role="status">{say.get(why).to_owned()}</p>
            }
        </div>
    };
    let listen_from_section = {
        let listen = listen.clone();
        Callback::from(move |section: usize| listen.from_section(section))
    };
    let listen_from_quote = {
        let listen = listen.clone();
        ListenFrom(Callback::from(move |id: String| listen.quotation(&id)))
    };
    let reading_now: AttrValue = listen
        .section()
        .and_then(|i| summaries.get(i))
        .map_or_else(|| post.title.clone(), |s| s.title.clone())
        .into();
    let resume_title = place.offer.as_ref().map(|offered| {
        let title = summaries
            .iter()
            .find(|s| s.anchor == offered.section)
            .map_or_else(|| post.title.clone(), |s| s.title.clone());
        AttrValue::from(title)
    });
    html! {
        <ContextProvider<UseReducerHandle<Folds>> context={folds.clone()}>
        <ContextProvider<ListenFrom> context={listen_from_quote}>
        <ContextProvider<OpenNote> context={marks.open.clone()}>
            {skip_link(embedded, say.get("landmark.skip"))}
            <div class={classes!("lectern-layout", (!post.notes.is_empty()).then_some("has-notes"))}>
                <aside class="lectern-side" aria-label={landmark_name(say.get("landmark.tools"), &post.title, embedded)}>
                    <TableOfContents sections={summaries.clone()} label={landmark_name(say.get("landmark.toc"), &post.title, embedded)} {current} {progress} finished={place.finished}
                    on_listen={listen_from_section} />
                    // An embedded reader's host may keep its own look (see docs/embedding.md).
                    <TextSettings {reading} hidden={!props.text.reader_may_choose} />
                </aside>
                {main_content(embedded, "lectern-main", html! { <>
                    {props.banner.clone()}
                    <article id={ARTICLE_ID} class="post" onclick={marks.on_click.clone()} onkeydown={marks.on_keydown.clone()} lang={post.lang.clone()} dir={post.lang.as_deref().map_or("auto", text_direction)}>
                        <PostHeader post={post.clone()} words={outline.words} note={props.header_note.clone()} />
                        {tools}
                        {listen_tools}
                        {for post.sections.iter().zip(summaries.iter()).enumerate().scan(0, |before, (index, (section, summary))| {
                            let blocks = shown_in_section(section, *before, shown);
                            *before += section.blocks.len();
                            Some(html! {
                                <PostSection key={section.anchor.clone()} post={post.clone()} {index} {blocks}
                                    summary={summary.clone()} />
                            })
                        })}
                        // The notes once every section is laid out, so they never move down.
                        if shown == usize::MAX { {render_notes(&post.notes, &say)} }
                        <div id={ARTICLE_END_ID} class="article-end" aria-hidden="true"></div>
                    </article>
                    <ShortcutHelp open={help.open} on_close={help.close} />
                    <ListenBar status={listen.state.status} speed={listen.state.speed}
                        reading={reading_now} on_action={listen.act.clone()} />
                    <ResumeOffer section_title={resume_title.filter(|_| !listening)} on_take={place.take.clone()}
                        on_dismiss={place.dismiss.clone()} />
                    if inline_comments {
                        <CommentList post={post.clone()} />
                    } else {
                        {comments_placeholder()}
                    }
                </> })}
            </div>
        </ContextProvider<OpenNote>>
        </ContextProvider<ListenFrom>>
        </ContextProvider<UseReducerHandle<Folds>>>
    }
}
