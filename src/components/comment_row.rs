//! One published (or pending) comment in the thread, with its actions. A component of its own,
//! compared cheaply, so folding one thread or typing a reply re-renders only the rows that changed,
//! however long the thread.

use std::rc::Rc;

use yew::prelude::*;

use super::comment_card::{CardParts, author_label, comment_card};
use super::copy_link::CopyLink;
use crate::app_model::pending::PendingKind;
use crate::hooks::use_words;
use crate::words::Words;
use lectern_format::Comment;
use lectern_format::link::safe_href;
use lectern_format::thread::{ReplyNote, ThreadItem};

/// Props for [`CommentRow`].
#[derive(Properties)]
pub struct CommentRowProps {
    /// Every comment of the post (published, then the reader's pending ones).
    pub comments: Rc<Vec<Comment>>,
    /// Where this row sits in the thread.
    pub item: ThreadItem,
    /// Its replies are folded away.
    pub folded: bool,
    /// It is the reader's own comment, awaiting moderation.
    pub is_pending: bool,
    /// "Reply" was pressed: the comment's id.
    pub on_reply: Callback<String>,
    /// "Hide/show replies" was pressed: the comment's index.
    pub on_toggle: Callback<usize>,
    /// "Remove my comment" was pressed: the comment's id.
    pub on_remove: Callback<String>,
    /// The post takes replies (a closed one shows no "Reply").
    pub can_reply: bool,
    /// The post's page on its site, where a reader can reply there instead.
    #[prop_or_default]
    pub post_page: Option<AttrValue>,
}

impl PartialEq for CommentRowProps {
    /// The comment list is compared by identity: it is rebuilt only when it changes, and
    /// comparing every comment's text for every row would cost more than rendering.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.comments, &other.comments)
            && self.item == other.item
            && self.folded == other.folded
            && self.is_pending == other.is_pending
            && self.on_reply == other.on_reply
            && self.on_toggle == other.on_toggle
            && self.on_remove == other.on_remove
            && self.can_reply == other.can_reply
            && self.post_page == other.post_page
    }
}

/// A comment in the thread: its card, "in reply to" note, status banner and actions.
#[component]
pub fn CommentRow(props: &CommentRowProps) -> Html {
    let item = &props.item;
    let say = use_words();
    let Some(comment) = props.comments.get(item.comment) else {
        return Html::default();
    };
    let name = author_label(comment, &say);
    let note = item.note.as_ref().map(|note| match note {
        ReplyNote::To { parent } => {
            let parent = props.comments.get(*parent);
            let (anchor, name) = parent.map_or_else(
                || (String::new(), say.get("comment.a-comment").to_owned()),
                |p| (p.anchor.clone(), author_label(p, &say)),
            );
            let (before, after) = say.around("comment.in-reply-to", "name");
            html! {
                <p class="comment-note">{before.to_owned()}<a href={format!("#{anchor}")}>{name}</a>{after.to_owned()}</p>
            }
        }
        ReplyNote::Unavailable => html! { <p class="comment-note">{say.get("comment.reply-unavailable").to_owned()}</p> },
    });
    let banner = props.is_pending.then(|| {
        pending_banner(
            &PendingKind::of(&comment.id),
            props.post_page.as_ref(),
            &say,
        )
    });
    let anchor = comment.anchor.clone();
    let reply = {
        let on_reply = props.on_reply.clone();
        let id = comment.id.clone();
        Callback::from(move |_: MouseEvent| on_reply.emit(id.clone()))
    };
    let fold = (item.descendants > 0).then(|| {
        let on_toggle = props.on_toggle.clone();
        let index = item.comment;
        let label = if props.folded {
            say.count("comment.replies-hidden", item.descendants, &[])
        } else {
            say.count("comment.hide-replies", item.descendants, &[])
        };
        let toggle = Callback::from(move |_: MouseEvent| on_toggle.emit(index));
        html! { <button type="button" class="link-button" aria-expanded={(!props.folded).to_string()} onclick={toggle}>{label}</button> }
    });
    let remove = props.is_pending.then(|| {
        let on_remove = props.on_remove.clone();
        let id = comment.id.clone();
        let on_click = Callback::from(move |_: MouseEvent| on_remove.emit(id.clone()));
        html! { <button type="button" class="link-button" onclick={on_click}>{say.get("comment.remove").to_owned()}</button> }
    });
    let row_actions = html! {
        <p class="comment-actions">
            <a class="comment-permalink" href={format!("#{anchor}")}>{say.get("comment.permalink").to_owned()}</a>
            <CopyLink fragment={anchor.clone()} label={say.fill("comment.copy-link", &[("name", &name)])} />
            if !props.is_pending && props.can_reply {
                <button type="button" class="link-button" id={format!("reply-{anchor}")} onclick={reply}
                    aria-label={say.fill("comment.reply-to", &[("name", &name)])}>{say.get("comment.reply").to_owned()}</button>
            }
            {fold}
            {remove}
        </p>
    };
    // The thread is a flat list on screen (indents are classes); its tree is given to assistive
    // technology: each comment's level and place among its siblings, and whom a reply answers.
    let structure = item.structure;
    let answers = structure
        .parent
        .and_then(|parent| props.comments.get(parent))
        .map(|parent| html! { <span class="visually-hidden">{format!("{}. ", say.fill("comment.reply-to", &[("name", &author_label(parent, &say))]))}</span> });
    html! {
        <li id={anchor.clone()} tabindex="-1"
            class={classes!("comment", depth_class(item.depth), props.is_pending.then_some("comment--pending"))}
            aria-level={structure.level.to_string()} aria-posinset={structure.position.to_string()}
            aria-setsize={structure.set_size.to_string()}>
            {answers}
            {comment_card(comment, CardParts { note, banner, actions: Some(row_actions) }, &say)}
        </li>
    }
}

/// A row's indent class, and the deepest the stylesheet indents (drawn by `lectern_draw` too).
pub use lectern_draw::{DEEPEST_INDENT, depth_class};

/// What the reader is told about their own pending comment: what the site did with it, as far
/// as this page can know.
fn pending_banner(kind: &PendingKind, post_page: Option<&AttrValue>, say: &Words) -> Html {
    match kind {
        PendingKind::SentToForm => {
            let elsewhere = post_page.and_then(|page| safe_href(page.split('#').next()?)).map(|page| {
                let (before, after) = say.around("comment.reply-on-site", "link");
                html! { <>{" "}{before.to_owned()}<a href={format!("{page}#respond")}>{say.get("comment.reply-on-site-link").to_owned()}</a>{after.to_owned()}</> }
            });
            html! {
                <p class="comment-banner comment-banner--pending">
                    {say.get("comment.sent-to-form").to_owned()}
                    {for elsewhere}
                </p>
            }
        }
        PendingKind::Held(_) | PendingKind::Local => html! {
            <p class="comment-banner comment-banner--pending">
                {say.get("comment.awaiting").to_owned()}
            </p>
        },
    }
}
