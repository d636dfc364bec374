//! The comments the reader sent that await moderation: shown to them in the thread, kept in
//! browser storage across reloads until they remove them.

use std::rc::Rc;

use yew::prelude::*;

use crate::app_model::pending::{PendingKind, is_published};
use crate::app_model::storage_keys;
use crate::browser;
use lectern_format::Post;
use lectern_format::draft::{Draft, PendingComment};

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
    /// Adds the sent `draft` as a pending comment of `kind` and returns it; it shows either
    /// way, and the `Err` says why it could not be kept in storage. One the site holds or was
    /// sent to its form shows until the site's thread has it; a local one until removed.
    pub fn add(&self, draft: &Draft, kind: PendingKind) -> (PendingComment, Result<(), String>) {
        let now = browser::page::now_millis();
        let comment = PendingComment {
            id: kind.new_id(now, self.list.len()),
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

/// The pending comments of `post`, read from storage once it is known; one is forgotten here
/// once the post's thread (as the site shows it) has it published.
///
/// ```ignore
/// let pending = use_pending_comments(post.clone());
/// pending.add(&draft, PendingKind::Local);
/// ```
#[hook]
pub fn use_pending_comments(post: Rc<Post>) -> PendingComments {
    let post_id = AttrValue::from(post.id.clone());
    let state = use_state(|| Rc::new(Vec::<PendingComment>::new()));
    let problem = use_state(|| None::<String>);
    {
        let (state, key) = (state.clone(), storage_keys::pending(&post_id));
        let list = (*state).clone();
        use_effect_with((post, list), move |(post, list)| {
            let published = |p: &PendingComment| is_published(p, &post.comments);
            if list.iter().any(published) {
                let left: Vec<_> = list.iter().filter(|p| !published(p)).cloned().collect();
                let _ = browser::storage::save(&key, &left);
                state.set(Rc::new(left));
            }
        });
    }
    let say = super::use_words();
    {
        let (state, problem) = (state.clone(), problem.clone());
        use_effect_with(
            post_id.clone(),
            move |post_id| match browser::storage::load::<Vec<PendingComment>>(
                &storage_keys::pending(post_id),
            ) {
                Ok(saved) => state.set(Rc::new(saved.unwrap_or_default())),
                Err(why) => problem.set(Some(
                    say.fill("comments.pending-unreadable", &[("why", &why)]),
                )),
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
