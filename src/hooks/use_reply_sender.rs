//! Sending a reply to the WordPress site that holds the conversation, once per click.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser;
use lectern_format::draft::Draft;
use lectern_format::json::Value;
use lectern_format::link::host_of;
use lectern_format::{Comment, WordPressThread};
use lectern_wordpress::reply::{ReplyOutcome, reply_body, reply_outcome};
use lectern_wordpress::rest::read_comments;

/// What [`use_reply_sender`] returns.
#[derive(Clone)]
pub struct ReplySender {
    /// Sends a checked draft (ignored while another is on its way).
    pub send: Callback<Draft>,
    /// A reply is on its way.
    pub sending: bool,
    /// Why the last reply was not taken, in plain words (the draft is kept).
    pub error: Option<String>,
}

/// Sends replies to `site` with `POST wp/v2/comments`. A reply the site holds for moderation is
/// handed to `on_held` with the site's comment id; one it publishes at once, to `on_published`.
/// A second click while one is on its way sends nothing.
///
/// ```ignore
/// let sender = use_reply_sender(post.conversation.wordpress.clone(), on_held, on_published);
/// sender.send.emit(draft);
/// ```
#[hook]
pub fn use_reply_sender(
    site: Option<WordPressThread>,
    on_held: Callback<(Draft, String)>,
    on_published: Callback<(Draft, Comment)>,
) -> ReplySender {
    let sending = use_state(|| false);
    let in_flight = use_mut_ref(|| false);
    let error = use_state(|| None::<String>);
    let send = {
        let (sending, error) = (sending.clone(), error.clone());
        Callback::from(move |draft: Draft| {
            let Some(site) = site.clone() else {
                return;
            };
            if std::mem::replace(&mut *in_flight.borrow_mut(), true) {
                return;
            }
            sending.set(true);
            error.set(None);
            let (in_flight, sending, error) = (in_flight.clone(), sending.clone(), error.clone());
            let (on_held, on_published) = (on_held.clone(), on_published.clone());
            spawn_local(async move {
                let body = reply_body(&draft, site.post);
                let answer = browser::fetch::post_json(&site.comments, &body).await;
                *in_flight.borrow_mut() = false;
                sending.set(false);
                let host = host_of(&site.comments).unwrap_or_else(|| "the site".to_owned());
                match answer.map(|(status, text)| reply_outcome(status, &text)) {
                    Err(detail) => error.set(Some(format!(
                        "Your comment could not be sent: no answer from {host} ({detail}). Check your connection and try again; your draft is kept."
                    ))),
                    Ok(ReplyOutcome::Held(id)) => on_held.emit((draft, id)),
                    Ok(ReplyOutcome::Published(value)) => {
                        let read = read_comments(&Value::Array(vec![value]), &browser::html::parse_fragment);
                        match read.ok().and_then(|mut list| list.pop()) {
                            Some(comment) => on_published.emit((draft, comment)),
                            None => error.set(Some("The site published your comment, but its answer could not be read: reload to see it.".to_owned())),
                        }
                    }
                    Ok(ReplyOutcome::Refused(why)) => {
                        error.set(Some(format!("{why} Your draft is kept.")))
                    }
                }
            });
        })
    };
    let error: Option<String> = (*error).clone();
    ReplySender {
        send,
        sending: *sending,
        error,
    }
}
