//! A WordPress post's conversation, read from its site page by page after the post is shown.

use std::cell::Cell;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser;
use crate::state::{RemoteThread, RemoteThreadAction};
use lectern_format::parse::assign_anchors;
use lectern_format::thread::parents_first;
use lectern_format::{Comment, Post};
use lectern_wordpress::rest::{comments_page_url, read_comments};

/// What [`use_remote_thread`] returns.
#[derive(Clone)]
pub struct UseRemoteThread {
    /// The post with every comment read so far (the post itself when its thread is in the file).
    pub post: Rc<Post>,
    /// Where reading stands; `None` when the thread is not read from a site.
    pub progress: Option<Rc<RemoteThread>>,
    /// "Try again" after a page failed.
    pub retry: Callback<()>,
    /// Adds the reader's comment that the site published at once.
    pub publish: Callback<Comment>,
}

/// Reads the comments of `post` from the WordPress site named in its `conversation`, 100 at a
/// time, oldest first; the post is shown meanwhile, and each page joins the thread as it comes.
///
/// ```ignore
/// let thread = use_remote_thread(post.clone());
/// html! { <CommentThread post={thread.post.clone()} /> }
/// ```
#[hook]
pub fn use_remote_thread(post: Rc<Post>) -> UseRemoteThread {
    let thread = use_reducer(RemoteThread::default);
    let site = post.conversation.wordpress.clone();
    let next_page = thread.next_page();
    {
        let dispatcher = thread.dispatcher();
        use_effect_with((site.clone(), next_page), move |(site, next_page)| {
            let cancelled = Rc::new(Cell::new(false));
            if let (Some(site), Some(page)) = (site.clone(), *next_page) {
                let cancelled = cancelled.clone();
                spawn_local(async move {
                    let url = comments_page_url(&site, page);
                    let action = match browser::fetch::fetch_page(&url).await {
                        Ok(fetched) => match lectern_format::json::parse(&fetched.text)
                            .map_err(|e| e.message)
                            .and_then(|value| {
                                read_comments(&value, &browser::html::parse_fragment)
                                    .map_err(|e| format!("{}: {}", e.path, e.message))
                            }) {
                            Ok(comments) => RemoteThreadAction::PageRead {
                                comments,
                                pages_total: fetched.total_pages,
                                total: fetched.total,
                            },
                            Err(why) => RemoteThreadAction::PageFailed(format!(
                                "the site’s answer is not a list of comments ({why})"
                            )),
                        },
                        Err(error) => RemoteThreadAction::PageFailed(error.to_string()),
                    };
                    if !cancelled.get() {
                        dispatcher.dispatch(action);
                    }
                });
            }
            move || cancelled.set(true)
        });
    }
    let comments = thread.comments.clone();
    let pages_done = thread.pages_done;
    let merged = use_memo(
        (post.clone(), comments, pages_done),
        |(post, comments, pages_done)| {
            let site_answered = *pages_done > 0;
            if post.conversation.wordpress.is_none() || (comments.is_empty() && !site_answered) {
                return post.clone();
            }
            let mut all = comments.to_vec();
            // Until the site's first page arrives (or when it cannot), the comments the post's answer
            // embedded stay, beside any the reader has just published; then the site's thread rules.
            if !site_answered {
                let embedded = post
                    .comments
                    .iter()
                    .filter(|c| !comments.iter().any(|r| r.id == c.id));
                all.splice(0..0, embedded.cloned());
            }
            let mut merged = Post::clone(post);
            merged.comments = parents_first(all);
            assign_anchors(&mut merged);
            Rc::new(merged)
        },
    );
    let retry = {
        let dispatcher = thread.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(RemoteThreadAction::Retry))
    };
    let publish = {
        let dispatcher = thread.dispatcher();
        Callback::from(move |comment| dispatcher.dispatch(RemoteThreadAction::Published(comment)))
    };
    let progress = site.is_some().then(|| {
        let state: &RemoteThread = &thread;
        Rc::new(state.clone())
    });
    UseRemoteThread {
        post: (*merged).clone(),
        progress,
        retry,
        publish,
    }
}
