//! The conversation: "N thoughts on …", the thread (threaded, collapsible, paged, either order), the
//! reader's own pending comments, and the composer that moves under the comment replied to.

use std::rc::Rc;

use yew::prelude::*;

use super::comment_card::author_label;
use super::comment_row::{CommentRow, depth_class};
use super::composer::Composer;
use crate::app_model::mount_options::SignedIn;
use crate::app_model::pending::{PendingKind, is_published};
use crate::hooks::{
    Sent, use_after_render, use_comment_permalink, use_dom_actions, use_draft_store,
    use_pending_comments, use_remote_thread, use_reply_sender, use_selection_quote, use_words,
};
use crate::state::{DraftAction, DraftsAction, FoldedThreads, ThreadAction};
use lectern_format::draft::{Draft, PendingComment};
use lectern_format::thread::{Order, PAGE_SIZE, ThreadItem, build_thread};
use lectern_format::{Comment, Post};

/// Props for [`CommentList`].
#[derive(Properties, PartialEq)]
pub struct CommentListProps {
    /// The post whose comments are shown.
    pub post: Rc<Post>,
}

use lectern_draw::LONG_THREAD_ROWS;

/// "N thoughts on “…”", the thread, and "Leave a Reply".
#[component]
pub fn CommentList(props: &CommentListProps) -> Html {
    // A WordPress post's thread is read from its site after the post shows.
    let remote = use_remote_thread(props.post.clone());
    let say = use_words();
    let post = remote.post.clone();
    let site = post.conversation.wordpress.clone();
    let open = post.conversation.open;
    let order = use_state(Order::default);
    let collapsed = use_reducer(FoldedThreads::default);
    let pages = use_state(|| 1_usize);
    let notice = use_state(|| None::<String>);
    let store = use_draft_store(AttrValue::from(post.id.clone()));
    let pending = use_pending_comments(post.clone());
    let selection = use_selection_quote();
    let after = use_after_render();
    let dom = use_dom_actions();
    let reply_to = store.drafts.replying_to.clone();

    let comments: Rc<Vec<Comment>> =
        use_memo((post.clone(), pending.list.clone()), |(post, pending)| {
            // A reply sent to the site is shown here until the site's thread has it.
            post.comments
                .iter()
                .cloned()
                .chain(
                    pending
                        .iter()
                        .filter(|p| !is_published(p, &post.comments))
                        .map(PendingComment::to_comment),
                )
                .collect()
        });
    let max_depth = post.reader.max_depth();
    let items: Rc<Vec<ThreadItem>> = use_memo(
        (comments.clone(), *order, max_depth),
        |(comments, order, depth)| build_thread(comments, *depth, *order),
    );
    let published = post.comments.len();
    // While a site's thread is still arriving, the heading counts what the site says it has.
    let counted = remote
        .progress
        .as_ref()
        .and_then(|p| p.total)
        .map_or(published, |total| (total as usize).max(published));

    // A permalink to a comment on a later page or in a folded subtree reveals it.
    use_comment_permalink(
        items.clone(),
        comments.clone(),
        pages.clone(),
        collapsed.dispatcher(),
    );

    // A reply that waits for moderation shows in place, marked as such, and is kept here.
    let show_pending = {
        let say = say.clone();
        let (store, pending, notice, after, dom) = (
            store.clone(),
            pending.clone(),
            notice.clone(),
            after.clone(),
            dom.clone(),
        );
        Callback::from(move |(draft, kind): (Draft, PendingKind)| {
            let (comment, kept) = pending.add(&draft, kind);
            match kept {
                // Kept: only now does the draft leave storage.
                Ok(()) => {
                    notice.set(None);
                    store.sent(true);
                }
                Err(problem) => {
                    notice.set(Some(
                        say.fill("comments.not-saved", &[("problem", &problem)]),
                    ));
                    store.sent(false);
                }
            }
            let anchor = comment.to_comment().anchor;
            let dom = dom.clone();
            after.run(move || {
                dom.scroll_to(&anchor, false);
                dom.focus_without_scroll(&anchor);
            });
        })
    };
    let on_published = {
        let (store, publish, after, dom) = (
            store.clone(),
            remote.publish.clone(),
            after.clone(),
            dom.clone(),
        );
        Callback::from(move |(_, comment): (Draft, Comment)| {
            let anchor = format!("comment-{}", comment.id);
            publish.emit(comment);
            store.sent(true);
            let dom = dom.clone();
            after.run(move || {
                dom.scroll_to(&anchor, false);
                dom.focus_without_scroll(&anchor);
            });
        })
    };
    let on_sent = {
        let show_pending = show_pending.clone();
        Callback::from(move |(draft, sent): (Draft, Sent)| match sent {
            Sent::Held(id) => show_pending.emit((draft, PendingKind::Held(id))),
            Sent::ToForm => show_pending.emit((draft, PendingKind::SentToForm)),
            Sent::Published(comment) => on_published.emit((draft, comment)),
        })
    };
    // A reader logged in on the post's site replies as themselves.
    let signed_in = use_context::<Option<SignedIn>>().flatten();
    let sender = use_reply_sender(site.clone(), signed_in.clone(), on_sent);
    // Replies go to the site that holds the conversation, else they stay in this browser.
    let on_submit = match &site {
        Some(_) => sender.send.clone(),
        None => show_pending.reform(|draft: Draft| (draft, PendingKind::Local)),
    };
    let on_cancel = {
        let (store, after, dom) = (store.clone(), after.clone(), dom.clone());
        let comments = comments.clone();
        let reply_to = reply_to.clone();
        Callback::from(move |()| {
            if let Some(anchor) = reply_to
                .as_ref()
                .and_then(|id| comments.iter().find(|c| &c.id == id))
                .map(|c| c.anchor.clone())
            {
                let dom = dom.clone();
                after.run(move || dom.focus_without_scroll(&format!("reply-{anchor}")));
            }
            store.reply_to(None);
        })
    };
    // Stable callbacks, so rows whose own state did not change skip rendering.
    let on_reply = use_callback(store.drafts.dispatcher(), |id: String, drafts| {
        drafts.dispatch(DraftsAction::ReplyTo(Some(id)))
    });
    let on_toggle = use_callback(collapsed.dispatcher(), |index: usize, threads| {
        threads.dispatch(ThreadAction::Toggle(index))
    });
    let on_remove = pending.remove.clone();
    let composer = |parent: Option<(AttrValue, AttrValue)>| {
        let key = parent.as_ref().map(|p| p.0.to_string()).unwrap_or_default();
        let on_edit = {
            let store = store.clone();
            Callback::from(move |action: DraftAction| store.edit(action))
        };
        let on_discard = {
            let store = store.clone();
            Callback::from(move |()| store.discard())
        };
        html! {
            <Composer key={key} {parent} draft={store.drafts.active()}
                read={store.drafts.loaded.contains(&store.drafts.replying_to)}
                sending={sender.sending} send_error={sender.error.clone().map(AttrValue::from)}
                restored={store.drafts.active_was_restored()}
                storage_problem={store.problem.clone().map(AttrValue::from)}
                signed_in_as={signed_in.as_ref().map(|s| AttrValue::from(s.name.clone()))}
                {on_edit} {on_discard} on_cancel={on_cancel.clone()} on_submit={on_submit.clone()} />
        }
    };

    // The visible rows: pages of top-level conversations, folded subtrees skipped.
    let limit = *pages * PAGE_SIZE;
    let reply_position = reply_to
        .as_ref()
        .and_then(|id| items.iter().position(|i| &comments[i.comment].id == id));
    let insert_after = reply_position.map(|t| t + items[t].descendants);
    let post_page = post.url.clone().map(AttrValue::from);
    let mut rows = Vec::new();
    let mut index = 0;
    while index < items.len() {
        let item = &items[index];
        if item.top_level_index >= limit {
            break;
        }
        let folded = collapsed.is_folded(item.comment);
        let is_pending = item.comment >= published;
        rows.push(html! {
            <CommentRow key={comments[item.comment].anchor.clone()} comments={comments.clone()}
                item={item.clone()} {folded} {is_pending} on_reply={on_reply.clone()}
                on_toggle={on_toggle.clone()} on_remove={on_remove.clone()} can_reply={open}
                post_page={post_page.clone()} />
        });
        let next = index + if folded { item.descendants + 1 } else { 1 };
        // The composer goes after the replied-to comment's subtree, one level deeper.
        if let (Some(target), Some(after)) = (reply_position, insert_after)
            && (index..next).contains(&after)
        {
            let parent = &comments[items[target].comment];
            let depth = (items[target].depth + 1).min(max_depth - 1);
            let slot = composer(Some((
                parent.id.clone().into(),
                author_label(parent, &say).into(),
            )));
            rows.push(
                html! { <li class={classes!("comment-slot", depth_class(depth))}>{slot}</li> },
            );
        }
        index = next;
    }
    let long_thread = rows.len() > LONG_THREAD_ROWS;
    let top_level_total = items.last().map_or(0, |i| i.top_level_index + 1);
    let more = (top_level_total > limit).then(|| {
        let pages = pages.clone();
        let remaining = top_level_total - limit;
        html! {
            <button type="button" class="button button--quiet" onclick={Callback::from(move |_: MouseEvent| pages.set(*pages + 1))}>
                {say.count("comments.more", remaining, &[])}
            </button>
        }
    });
    // The title keeps its own direction inside the English sentence (an Arabic title, say).
    // Nothing shown yet from a site still being read, or that could not be read, is not "none".
    let thread_unknown = remote
        .progress
        .as_ref()
        .is_some_and(|p| p.failed.is_some() || !p.is_complete());
    let count = match counted {
        0 if thread_unknown => html! { {say.get("comments.heading").to_owned()} },
        0 => html! { {say.get("comments.none").to_owned()} },
        n => {
            let line = say.count("comments.thoughts", n, &[]);
            let (before, after) = line.split_once("{title}").unwrap_or((&line, ""));
            html! { <>{before.to_owned()}<bdi>{post.title.clone()}</bdi>{after.to_owned()}</> }
        }
    };
    let order_button = (published > 1).then(|| {
        let order = order.clone();
        let label = say.get(if *order == Order::OldestFirst { "comments.newest-first" } else { "comments.oldest-first" }).to_owned();
        let next = if *order == Order::OldestFirst { Order::NewestFirst } else { Order::OldestFirst };
        html! { <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| order.set(next))}>{label}</button> }
    });
    // "Quote in reply" adds the selected text to the draft being written and moves there.
    let quote_button = selection.map(|(text, by)| {
        let (store, after, dom) = (store.clone(), after.clone(), dom.clone());
        let keep_selection = Callback::from(|event: MouseEvent| event.prevent_default());
        let on_click = Callback::from(move |_: MouseEvent| {
            store.edit(DraftAction::AddQuotation {
                quote: text.clone(),
                by: by.clone(),
            });
            let dom = dom.clone();
            after.run(move || dom.focus("lectern-comment"));
        });
        html! {
            <button type="button" class="button quote-reply-button" onmousedown={keep_selection} onclick={on_click}>
                {say.get("comments.quote-in-reply").to_owned()}
            </button>
        }
    });
    let notice = (*notice).clone().or_else(|| pending.problem.clone());
    // How far reading the site's thread has come, and what failed.
    let thread_status = remote.progress.as_ref().and_then(|progress| {
        let shown = say.number(progress.comments.len());
        let total = progress.total.map(|t| say.number(t as usize));
        if let Some(why) = &progress.failed {
            let retry = remote.retry.reform(|_: MouseEvent| ());
            let what = match (published, &total) {
                (0, _) => say.fill("comments.failed", &[("why", why)]),
                (published, Some(total)) => say.fill("comments.some-failed-of", &[("shown", &say.number(published)), ("total", total), ("why", why)]),
                (published, None) => say.fill("comments.some-failed", &[("shown", &say.number(published)), ("why", why)]),
            };
            return Some(html! {
                <div class="thread-status thread-status--failed" role="alert">
                    <p>{what}</p>
                    <button type="button" class="button" onclick={retry}>{say.get("app.try-again").to_owned()}</button>
                </div>
            });
        }
        (!progress.is_complete()).then(|| html! {
            <p class="thread-status" role="status">{match &total {
                Some(total) => say.fill("comments.loading-of", &[("shown", &shown), ("total", total)]),
                None => say.fill("comments.loading", &[("shown", &shown)]),
            }}</p>
        })
    });
    html! {
        <section id="comments" class="comments" aria-labelledby="comments-heading">
            {quote_button}
            <h2 id="comments-heading">{count}</h2>
            {order_button}
            if let Some(text) = notice { <p class="storage-notice" role="status">{text}</p> }
            <ol class={classes!("comment-list", long_thread.then_some("comment-list--long"))}>{for rows}</ol>
            {more}
            {thread_status}
            if !open {
                <p class="comments-closed">{say.get("comments.closed").to_owned()}</p>
            } else if reply_to.is_none() || reply_position.is_none() { {composer(None)} }
        </section>
    }
}
