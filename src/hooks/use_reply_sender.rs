//! Sending a reply to the WordPress site that holds the conversation, once per click.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app_model::mount_options::SignedIn;
use crate::browser;
use crate::words::Words;
use lectern_format::draft::Draft;
use lectern_format::json::Value;
use lectern_format::link::host_of;
use lectern_format::{Comment, WordPressThread};
use lectern_wordpress::comment_form::{
    form_address, form_body, guessed_form_address, site_index_address, site_url_of_index,
};
use lectern_wordpress::reply::{Refusal, ReplyOutcome, reply_body, reply_outcome};
use lectern_wordpress::rest::read_comments;

/// What became of a reply the site took (or may have taken).
#[derive(Clone, Debug, PartialEq)]
pub enum Sent {
    /// The REST API holds it for moderation under this id.
    Held(String),
    /// The REST API published it at once.
    Published(Comment),
    /// Sent to the site's own comment form, whose answer cannot be read from another origin.
    ToForm,
}

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

/// Sends replies to `site` with `POST wp/v2/comments`; when that route takes only logged-in
/// users (core's rule unless the site opts in), to the site's own comment form instead, as the
/// site's own page would. A reader `signed_in` on the site replies as themselves (the REST
/// route with their nonce, never the form). What became of a reply is handed to `on_sent` with
/// its draft (named as the site names them). A second click while one is on its way sends
/// nothing.
///
/// ```ignore
/// let sender = use_reply_sender(post.conversation.wordpress.clone(), None, on_sent);
/// sender.send.emit(draft);
/// ```
#[hook]
pub fn use_reply_sender(
    site: Option<WordPressThread>,
    signed_in: Option<SignedIn>,
    on_sent: Callback<(Draft, Sent)>,
) -> ReplySender {
    let sending = use_state(|| false);
    let in_flight = use_mut_ref(|| false);
    let error = use_state(|| None::<String>);
    let say = super::use_words();
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
            let on_sent = on_sent.clone();
            let signed_in = signed_in.clone();
            let say = say.clone();
            spawn_local(async move {
                let outcome = send_reply(&site, &draft, signed_in.as_ref(), &say).await;
                *in_flight.borrow_mut() = false;
                sending.set(false);
                let draft = match signed_in {
                    Some(user) => Draft {
                        name: user.name,
                        ..draft
                    },
                    None => draft,
                };
                match outcome {
                    Ok(sent) => on_sent.emit((draft, sent)),
                    Err(why) => error.set(Some(why)),
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

/// Sends `draft` to `site`: the REST route first (its answers say what happened), the comment
/// form when the route refuses anonymous readers. `Err` is why it was not taken, in plain words.
async fn send_reply(
    site: &WordPressThread,
    draft: &Draft,
    signed_in: Option<&SignedIn>,
    say: &Words,
) -> Result<Sent, String> {
    let host = host_of(&site.comments).unwrap_or_else(|| say.get("send.the-site").to_owned());
    let no_answer =
        |detail: String| say.fill("send.no-answer", &[("host", &host), ("detail", &detail)]);
    // Why the site refused, and that the draft is kept.
    let refused = |why: Refusal| {
        let words = say.fill(
            why.key,
            &[("status", &why.status.to_string()), ("detail", &why.detail)],
        );
        format!("{words} {}", say.get("send.draft-kept"))
    };
    let body = reply_body(draft, site.post, signed_in.is_some());
    let nonce = signed_in.map(|user| user.rest_nonce.as_str());
    let answer = browser::fetch::post_json(&site.comments, &body, nonce)
        .await
        .map_err(no_answer)?;
    match reply_outcome(answer.0, &answer.1) {
        ReplyOutcome::Held(id) => Ok(Sent::Held(id)),
        ReplyOutcome::Published(value) => {
            let read = read_comments(&Value::Array(vec![value]), &browser::html::parse_fragment);
            match read.ok().and_then(|mut list| list.pop()) {
                Some(comment) => Ok(Sent::Published(comment)),
                None => Err(say.get("send.unreadable").to_owned()),
            }
        }
        ReplyOutcome::LoginRequired(why) if signed_in.is_some() => Err(refused(why)),
        ReplyOutcome::LoginRequired(why) => {
            let Some(form) = comment_form_of(site).await else {
                return Err(refused(why));
            };
            browser::fetch::post_form_unread(&form, &form_body(draft, site.post))
                .await
                .map_err(no_answer)?;
            Ok(Sent::ToForm)
        }
        ReplyOutcome::Refused(why) => Err(refused(why)),
    }
}

/// Where `site`'s comment form is: at the WordPress address its REST index gives, else beside
/// its REST API.
async fn comment_form_of(site: &WordPressThread) -> Option<String> {
    let index = match site_index_address(&site.comments) {
        Some(address) => browser::fetch::fetch_text(&address).await.ok(),
        None => None,
    };
    index
        .as_deref()
        .and_then(site_url_of_index)
        .map(|url| form_address(&url))
        .or_else(|| guessed_form_address(&site.comments))
}
