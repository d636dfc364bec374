//! The conversation under the post: the thread (nested, collapsible, paged, either order), the
//! reader's own pending comments, and the composer that moves under the comment replied to.

use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use super::comment_row::CommentRow;
use super::composer::{Composer, DraftMemory, IDENTITY_KEY, active_key};
use crate::browser;
use crate::hooks::use_root;
use crate::model::draft::{Draft, PendingComment, draft_key};
use crate::model::thread::{Order, PAGE_SIZE, ThreadItem, build_thread};
use crate::model::{Comment, Post};
use crate::state::{FoldedThreads, ThreadAction};

/// Props for [`CommentList`].
#[derive(Properties, PartialEq)]
pub struct CommentListProps {
    /// The post whose comments are shown.
    pub post: Rc<Post>,
}

/// Shown rows beyond which off-screen comments skip layout (`comment-list--long` in main.css).
const LONG_THREAD_ROWS: usize = 40;

fn pending_key(post_id: &str) -> String {
    format!("lectern:pending:{post_id}")
}

/// "N thoughts on “…”", the thread, and "Leave a Reply".
#[component]
pub fn CommentList(props: &CommentListProps) -> Html {
    let post = props.post.clone();
    let order = use_state(Order::default);
    let collapsed = use_reducer(FoldedThreads::default);
    let pages = use_state(|| 1_usize);
    let reply_to = use_state(|| None::<String>);
    let pending = use_state(Vec::<PendingComment>::new);
    let notice = use_state(|| None::<String>);
    let memory = use_memo((), |()| DraftMemory::default());
    let composer_generation = use_state(|| 0_u32);
    let selection = use_state(|| None::<(String, String)>);
    let insert = use_state(|| None::<(AttrValue, AttrValue, u32)>);
    let root = use_root();

    // "Quote in reply" is offered while text is selected in the post or a comment.
    {
        let selection = selection.clone();
        use_effect_with(root.clone(), move |root| {
            let root = root.clone();
            let listener = browser::dom::listen_document("selectionchange", move |_| {
                let now = browser::dom::selected_quote(&root);
                if *selection != now {
                    selection.set(now);
                }
            });
            move || drop(listener)
        });
    }

    // Pending comments and the reply being written come back after a reload.
    {
        let (pending, reply_to, notice, post_id) = (
            pending.clone(),
            reply_to.clone(),
            notice.clone(),
            post.id.clone(),
        );
        use_effect_with(post_id, move |post_id| {
            match browser::storage::load::<Vec<PendingComment>>(&pending_key(post_id)) {
                Ok(saved) => pending.set(saved.unwrap_or_default()),
                Err(problem) => notice.set(Some(format!(
                    "Your pending comments can’t be read ({problem})."
                ))),
            }
            if let Ok(Some(Some(parent))) =
                browser::storage::load::<Option<String>>(&active_key(post_id))
                && matches!(browser::storage::load::<Draft>(&draft_key(post_id, Some(&parent))), Ok(Some(d)) if !d.is_blank())
            {
                reply_to.set(Some(parent));
            }
        });
    }

    let comments: Rc<Vec<Comment>> =
        use_memo((post.clone(), (*pending).clone()), |(post, pending)| {
            post.comments
                .iter()
                .cloned()
                .chain(pending.iter().map(PendingComment::to_comment))
                .collect()
        });
    let max_depth = post.reader.max_depth();
    let items: Rc<Vec<ThreadItem>> = use_memo(
        (comments.clone(), *order, max_depth),
        |(comments, order, depth)| build_thread(comments, *depth, *order),
    );
    let published = post.comments.len();

    // A permalink to a comment on a later page or in a folded subtree reveals it; the scroll
    // waits for the render that puts it on the page.
    let scroll_target = use_mut_ref(|| None::<String>);
    {
        let scroll_target = scroll_target.clone();
        let root = root.clone();
        use_effect(move || {
            let target = scroll_target.borrow_mut().take();
            if let Some(target) = target {
                if browser::dom::exists(&root, &target) {
                    browser::dom::scroll_to(&root, &target, false);
                } else {
                    *scroll_target.borrow_mut() = Some(target);
                }
            }
        });
    }
    {
        let (items, comments, pages, threads) = (
            items.clone(),
            comments.clone(),
            pages.clone(),
            collapsed.dispatcher(),
        );
        let scroll_target = scroll_target.clone();
        use_effect_with(items.len(), move |_| {
            let reveal = move || {
                let Some(target) = browser::dom::current_fragment() else {
                    return;
                };
                let Some(position) = items
                    .iter()
                    .position(|i| comments[i.comment].anchor == target)
                else {
                    return;
                };
                let item = &items[position];
                let needed = item.top_level_index / PAGE_SIZE + 1;
                // Its ancestors: any of them may have its replies folded (this closure may hold an
                // older state, so unfold them all; unfolding an open one changes nothing).
                let ancestors: HashSet<usize> = (0..position)
                    .filter(|&i| i + items[i].descendants >= position)
                    .map(|i| items[i].comment)
                    .collect();
                if *pages >= needed && ancestors.is_empty() {
                    return;
                }
                *scroll_target.borrow_mut() = Some(target);
                if *pages < needed {
                    pages.set(needed);
                }
                if !ancestors.is_empty() {
                    threads.dispatch(ThreadAction::Unfold(ancestors));
                }
            };
            reveal();
            let listener = browser::dom::listen_window("hashchange", move |_| reveal());
            move || drop(listener)
        });
    }

    let on_submit = {
        let (pending, reply_to, notice, generation, post_id) = (
            pending.clone(),
            reply_to.clone(),
            notice.clone(),
            composer_generation.clone(),
            post.id.clone(),
        );
        let memory = memory.clone();
        let root = root.clone();
        Callback::from(move |draft: Draft| {
            let next_number = pending.len() + 1;
            let comment = PendingComment {
                id: format!("local-{}-{next_number}", js_now()),
                parent: draft.parent.clone(),
                name: draft.name.trim().to_owned(),
                website: draft.website.trim().to_owned(),
                text: draft.text.clone(),
            };
            let mut all = (*pending).clone();
            all.push(comment.clone());
            match browser::storage::save(&pending_key(&post_id), &all) {
                Ok(()) => {
                    // Accepted: only now is the draft removed.
                    let key = draft_key(&post_id, draft.parent.as_deref());
                    let _ = browser::storage::remove(&key);
                    let _ = browser::storage::remove(&active_key(&post_id));
                    notice.set(None);
                }
                Err(problem) => notice.set(Some(format!(
                    "Your comment is shown below but could not be saved in this browser ({problem}); your draft is kept."
                ))),
            }
            let identity = Draft {
                parent: None,
                text: String::new(),
                ..draft.clone()
            };
            let _ = if draft.remember {
                browser::storage::save(IDENTITY_KEY, &identity)
            } else {
                browser::storage::remove(IDENTITY_KEY)
            };
            memory.put(
                &draft_key(&post_id, draft.parent.as_deref()),
                &Draft {
                    text: String::new(),
                    ..draft.clone()
                },
            );
            memory.put(
                "identity",
                &if draft.remember {
                    identity
                } else {
                    Draft::default()
                },
            );
            pending.set(all);
            reply_to.set(None);
            generation.set(generation.wrapping_add(1));
            let anchor = comment.to_comment().anchor;
            let root = root.clone();
            browser::dom::after_render(move || {
                browser::dom::scroll_to(&root, &anchor, false);
                browser::dom::focus_without_scroll(&root, &anchor);
            });
        })
    };
    let on_cancel = {
        let reply_to = reply_to.clone();
        let comments = comments.clone();
        let root = root.clone();
        Callback::from(move |()| {
            if let Some(anchor) = reply_to
                .as_ref()
                .and_then(|id| comments.iter().find(|c| &c.id == id))
                .map(|c| c.anchor.clone())
            {
                let root = root.clone();
                browser::dom::after_render(move || {
                    browser::dom::focus_without_scroll(&root, &format!("reply-{anchor}"))
                });
            }
            reply_to.set(None);
        })
    };
    // Stable callbacks, so rows whose own state did not change skip rendering.
    let on_reply = use_callback(reply_to.setter(), |id: String, setter| setter.set(Some(id)));
    let on_toggle = use_callback(collapsed.dispatcher(), |index: usize, threads| {
        threads.dispatch(ThreadAction::Toggle(index))
    });
    let on_remove = use_callback(
        ((*pending).clone(), post.id.clone(), pending.setter()),
        |id: String, (list, post_id, setter)| {
            let left: Vec<_> = list.iter().filter(|p| p.id != id).cloned().collect();
            let _ = browser::storage::save(&pending_key(post_id), &left);
            setter.set(left);
        },
    );
    let composer = |parent: Option<(AttrValue, AttrValue)>| {
        let key = format!(
            "{}:{}",
            parent.as_ref().map(|p| p.0.to_string()).unwrap_or_default(),
            *composer_generation
        );
        html! {
            <Composer key={key} post_id={AttrValue::from(post.id.clone())} {parent} memory={memory.clone()}
                on_cancel={on_cancel.clone()} on_submit={on_submit.clone()} insert={(*insert).clone()} />
        }
    };

    // The visible rows: pages of top-level conversations, folded subtrees skipped.
    let limit = *pages * PAGE_SIZE;
    let reply_position = reply_to
        .as_ref()
        .and_then(|id| items.iter().position(|i| &comments[i.comment].id == id));
    let insert_after = reply_position.map(|t| t + items[t].descendants);
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
                on_toggle={on_toggle.clone()} on_remove={on_remove.clone()} />
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
                parent.author_name().to_owned().into(),
            )));
            rows.push(
                html! { <li class="comment-slot" style={format!("--depth: {depth}")}>{slot}</li> },
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
                {format!("Show more comments ({remaining} more)")}
            </button>
        }
    });
    // The title keeps its own direction inside the English sentence (an Arabic title, say).
    let count = match published {
        0 => html! { {"No comments yet"} },
        n => html! {
            <>
                {if n == 1 { "1 thought on “".to_owned() } else { format!("{n} thoughts on “") }}
                <bdi>{post.title.clone()}</bdi>{"”"}
            </>
        },
    };
    let order_button = (published > 1).then(|| {
        let order = order.clone();
        let label = if *order == Order::OldestFirst { "Show newest first" } else { "Show oldest first" };
        let next = if *order == Order::OldestFirst { Order::NewestFirst } else { Order::OldestFirst };
        html! { <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| order.set(next))}>{label}</button> }
    });
    let quote_button = selection.as_ref().map(|(text, by)| {
        let insert = insert.clone();
        let (text, by) = (text.clone(), by.clone());
        let keep_selection = Callback::from(|event: MouseEvent| event.prevent_default());
        let on_click = Callback::from(move |_: MouseEvent| {
            let number = insert.as_ref().map_or(1, |(_, _, n)| n + 1);
            insert.set(Some((text.clone().into(), by.clone().into(), number)));
        });
        html! {
            <button type="button" class="button quote-reply-button" onmousedown={keep_selection} onclick={on_click}>
                {"Quote in reply"}
            </button>
        }
    });
    html! {
        <section id="comments" class="comments" aria-labelledby="comments-heading">
            {quote_button}
            <h2 id="comments-heading">{count}</h2>
            {order_button}
            if let Some(text) = (*notice).clone() { <p class="storage-notice" role="status">{text}</p> }
            <ol class={classes!("comment-list", long_thread.then_some("comment-list--long"))}>{for rows}</ol>
            {more}
            if reply_to.is_none() || reply_position.is_none() { {composer(None)} }
        </section>
    }
}

fn js_now() -> u64 {
    js_sys::Date::now() as u64
}
