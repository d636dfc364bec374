//! The comments the reader sent that await moderation: shown to them in the thread, kept in
//! browser storage across reloads until they remove them.

use std::rc::Rc;

use yew::prelude::*;

use crate::app_model::storage_keys;
use crate::browser;
use lectern_format::draft::{Draft, PendingComment};

/// The id prefix of a pending comment that the site holds for moderation (`wp-31`).
pub const SITE_PREFIX: &str = "wp-";

/// The site's id of a pending comment the site holds, if it is one.
pub fn site_id(pending: &PendingComment) -> Option<&str> {
    pending.id.strip_prefix(SITE_PREFIX)
}

/// What [`use_pending_comments`] returns.
#[derive(Clone)]
pub struct PendingComments {
    /// The reader's pending comments on this post, oldest first.
    pub list: Rc<Vec<PendingComment>>,
    /// Why the saved ones could not be read, if they could not.
    pub problem: Option<String>,
    /// Removes one by id (here and in storage). Stable while the list is unchanged.
    pub remove: Callback<String>,
    state: UseStateHandle<Rc<Vec<PendingComment>>>,
    post_id: AttrValue,
}

impl PendingComments {
    /// Adds the sent `draft` as a pending comment and returns it; it shows either way, and the
    /// `Err` says why it could not be kept in storage. `site_id` is the id the site gave it
    /// (it is then shown until the site's thread has it); without one it is kept here only.
    pub fn add(
        &self,
        draft: &Draft,
        site_id: Option<&str>,
    ) -> (PendingComment, Result<(), String>) {
        let id = match site_id {
            Some(id) => format!("{SITE_PREFIX}{id}"),
            None => format!(
                "local-{}-{}",
                browser::page::now_millis(),
                self.list.len() + 1
            ),
        };
        let comment = PendingComment {
            id,
            parent: draft.parent.clone(),
            name: draft.name.trim().to_owned(),
            website: draft.website.trim().to_owned(),
            text: draft.text.clone(),
        };
        let mut all = (*self.list).clone();
        all.push(comment.clone());
        let saved = browser::storage::save(&storage_keys::pending(&self.post_id), &all);
        self.state.set(Rc::new(all));
        (comment, saved)
    }
}

/// The pending comments of post `post_id`, read from storage once it is known. `published` are
/// the ids of the comments the site shows: a reply the site held is forgotten here once it is
/// among them.
///
/// ```ignore
/// let pending = use_pending_comments(post.id.clone().into(), published_ids.clone());
/// pending.add(&draft, None);
/// ```
#[hook]
pub fn use_pending_comments(post_id: AttrValue, published: Rc<Vec<String>>) -> PendingComments {
    let state = use_state(|| Rc::new(Vec::<PendingComment>::new()));
    let problem = use_state(|| None::<String>);
    {
        let (state, key) = (state.clone(), storage_keys::pending(&post_id));
        let list = (*state).clone();
        use_effect_with((published, list), move |(published, list)| {
            let is_published =
                |p: &PendingComment| site_id(p).is_some_and(|id| published.iter().any(|c| c == id));
            if list.iter().any(is_published) {
                let left: Vec<_> = list.iter().filter(|p| !is_published(p)).cloned().collect();
                let _ = browser::storage::save(&key, &left);
                state.set(Rc::new(left));
            }
        });
    }
    {
        let (state, problem) = (state.clone(), problem.clone());
        use_effect_with(
            post_id.clone(),
            move |post_id| match browser::storage::load::<Vec<PendingComment>>(
                &storage_keys::pending(post_id),
            ) {
                Ok(saved) => state.set(Rc::new(saved.unwrap_or_default())),
                Err(why) => problem.set(Some(format!(
                    "Your pending comments can’t be read ({why})."
                ))),
            },
        );
    }
    let remove = use_callback(
        ((*state).clone(), post_id.clone(), state.setter()),
        |id: String, (list, post_id, setter)| {
            let left: Vec<_> = list.iter().filter(|p| p.id != id).cloned().collect();
            let _ = browser::storage::save(&storage_keys::pending(post_id), &left);
            setter.set(Rc::new(left));
        },
    );
    PendingComments {
        list: (*state).clone(),
        problem: (*problem).clone(),
        remove,
        state,
        post_id,
    }
}
