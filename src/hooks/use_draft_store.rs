//! The draft store: every reply the reader writes on a post, kept in one reducer and in browser
//! storage. It owns the draft keys and their timing: a draft is read when its composer first
//! opens (with whatever was typed before the app started), written 300 ms after the last edit,
//! at once when the page is hidden or the composer moves, and removed when sent or discarded.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app_model::storage_keys;
use crate::browser;
use crate::state::{DraftAction, Drafts, DraftsAction, Parent};
use lectern_format::draft::Draft;

/// How long after the last keystroke a draft is written.
const SAVE_DELAY_MS: u32 = 300;

/// What [`use_draft_store`] returns.
#[derive(Clone)]
pub struct DraftStore {
    /// Every draft of the post and the comment being replied to.
    pub drafts: UseReducerHandle<Drafts>,
    /// Why drafts cannot be kept in this browser, if they cannot (they stay in memory).
    pub problem: Option<String>,
    post_id: Rc<str>,
    unsaved: Rc<RefCell<Option<Draft>>>,
    timer: Rc<RefCell<Option<browser::dom::Later>>>,
}

impl DraftStore {
    /// Applies one edit of the reader's to the active draft (saved shortly after).
    pub fn edit(&self, action: DraftAction) {
        self.drafts.dispatch(DraftsAction::Edit(action));
    }

    /// Moves the composer under comment `parent` (`None`: back to the end).
    pub fn reply_to(&self, parent: Parent) {
        self.drafts.dispatch(DraftsAction::ReplyTo(parent));
    }

    /// "Discard draft": forgets the active draft's text here and in storage.
    pub fn discard(&self) {
        self.cancel_save();
        let parent = self.drafts.replying_to.clone();
        let _ = browser::storage::remove(&storage_keys::draft(&self.post_id, parent.as_deref()));
        let _ = browser::storage::remove(&storage_keys::replying_to(&self.post_id));
        self.drafts.dispatch(DraftsAction::Discard);
    }

    /// The active draft was sent. Its text leaves the composer; storage forgets it when
    /// `forget_stored` (the sent comment is safe elsewhere), else keeps it as the only copy.
    /// The identity is remembered or forgotten as the reader chose.
    pub fn sent(&self, forget_stored: bool) {
        let draft = self.drafts.active();
        if forget_stored {
            self.cancel_save();
            let key = storage_keys::draft(&self.post_id, draft.parent.as_deref());
            let _ = browser::storage::remove(&key);
            let _ = browser::storage::remove(&storage_keys::replying_to(&self.post_id));
        } else {
            self.flush();
        }
        let _ = if draft.remember {
            let identity = Draft {
                parent: None,
                text: String::new(),
                ..draft
            };
            browser::storage::save(storage_keys::IDENTITY, &identity)
        } else {
            browser::storage::remove(storage_keys::IDENTITY)
        };
        self.drafts.dispatch(DraftsAction::Sent);
    }

    fn cancel_save(&self) {
        self.timer.borrow_mut().take();
        self.unsaved.borrow_mut().take();
    }

    fn flush(&self) {
        self.timer.borrow_mut().take();
        flush(&self.post_id, &self.unsaved);
    }
}

/// Writes the newest unsaved draft, if any; returns why storage refused, if it did.
fn flush(post_id: &str, unsaved: &RefCell<Option<Draft>>) -> Option<String> {
    let draft = unsaved.borrow_mut().take()?;
    browser::storage::save(
        &storage_keys::draft(post_id, draft.parent.as_deref()),
        &draft,
    )
    .and_then(|()| browser::storage::save(&storage_keys::replying_to(post_id), &draft.parent))
    .err()
}

/// The draft to start from for `parent`: what storage kept (a "restored" draft), else an empty
/// one with the remembered identity; for a new comment, what the reader typed into the
/// prerendered form before the app started goes over it, field by field.
fn read_draft(post_id: &str, parent: &Parent, drafts: &Drafts) -> (DraftsAction, Option<String>) {
    let mut problem = None;
    let stored =
        match browser::storage::load::<Draft>(&storage_keys::draft(post_id, parent.as_deref())) {
            Ok(found) => found.filter(|draft| !draft.is_blank()),
            Err(why) => {
                problem = Some(why);
                None
            }
        };
    let restored = stored.is_some();
    let base = stored.unwrap_or_else(|| {
        let identity = if drafts.identity == Draft::default() {
            browser::storage::load::<Draft>(storage_keys::IDENTITY)
                .ok()
                .flatten()
                .unwrap_or_default()
        } else {
            drafts.identity.clone()
        };
        Draft {
            text: String::new(),
            ..identity
        }
    });
    let typed = parent.is_none().then(browser::early_input::take).flatten();
    let (draft, typed) = match typed {
        Some(typed) => (merge_typed(typed, base), true),
        None => (base, false),
    };
    let action = DraftsAction::Loaded {
        parent: parent.clone(),
        draft,
        restored,
        typed,
    };
    (action, problem)
}

/// `typed` over `before`: each field the reader typed into wins over what was kept.
fn merge_typed(typed: Draft, before: Draft) -> Draft {
    let pick = |typed: String, before: String| {
        if typed.trim().is_empty() {
            before
        } else {
            typed
        }
    };
    Draft {
        parent: before.parent,
        text: pick(typed.text, before.text),
        name: pick(typed.name, before.name),
        email: pick(typed.email, before.email),
        website: pick(typed.website, before.website),
        remember: typed.remember || before.remember,
    }
}

/// The drafts of the post `post_id`, read from and written to browser storage. On the first
/// render it also brings back the reply the reader was writing before a reload.
///
/// ```ignore
/// let store = use_draft_store(post.id.clone().into());
/// store.edit(DraftAction::Set(Field::Comment, text));
/// ```
#[hook]
pub fn use_draft_store(post_id: AttrValue) -> DraftStore {
    let drafts = use_reducer(Drafts::default);
    let problem = use_state(|| None::<String>);
    let unsaved = use_mut_ref(|| None::<Draft>);
    let timer = use_mut_ref(|| None::<browser::dom::Later>);
    let post_key: Rc<str> = Rc::from(post_id.as_str());

    // The reply being written before a reload comes back under its comment.
    {
        let drafts = drafts.dispatcher();
        use_effect_with(post_id.clone(), move |post_id| {
            if let Ok(Some(Some(parent))) =
                browser::storage::load::<Option<String>>(&storage_keys::replying_to(post_id))
                && matches!(
                    browser::storage::load::<Draft>(&storage_keys::draft(post_id, Some(&parent))),
                    Ok(Some(draft)) if !draft.is_blank()
                )
            {
                drafts.dispatch(DraftsAction::ReplyTo(Some(parent)));
            }
        });
    }
    // A composer's draft is read from storage the first time it opens this visit; when it
    // moves away, its unsaved edits are written at once.
    {
        let (drafts, problem, unsaved, timer) = (
            drafts.clone(),
            problem.clone(),
            unsaved.clone(),
            timer.clone(),
        );
        let parent = drafts.replying_to.clone();
        use_effect_with((post_id.clone(), parent), move |(post_id, parent)| {
            if !drafts.loaded.contains(parent) {
                let (loaded, trouble) = read_draft(post_id, parent, &drafts);
                if trouble.is_some() {
                    problem.set(trouble);
                }
                drafts.dispatch(loaded);
            }
            let post_id = post_id.clone();
            move || {
                timer.borrow_mut().take();
                if let Some(trouble) = flush(&post_id, &unsaved) {
                    problem.set(Some(trouble));
                }
            }
        });
    }
    // Each edit is written a moment after the last one.
    {
        let (unsaved, timer, problem) = (unsaved.clone(), timer.clone(), problem.clone());
        let active = drafts.active();
        let post_id = post_key.clone();
        use_effect_with(drafts.edits, move |edits| {
            if *edits > 0 {
                *unsaved.borrow_mut() = Some(active);
                let pending = unsaved.clone();
                *timer.borrow_mut() = Some(browser::dom::later(SAVE_DELAY_MS, move || {
                    problem.set(flush(&post_id, &pending));
                }));
            }
        });
    }
    // Closing or hiding the page writes what is not saved yet.
    {
        let (unsaved, post_id) = (unsaved.clone(), post_key.clone());
        use_effect_with((), move |()| {
            let on_hide = unsaved.clone();
            let hide_key = post_id.clone();
            let listener = browser::dom::listen_window("pagehide", move |_| {
                flush(&hide_key, &on_hide);
            });
            move || {
                drop(listener);
                flush(&post_id, &unsaved);
            }
        });
    }
    DraftStore {
        drafts,
        problem: (*problem).clone(),
        post_id: post_key,
        unsaved,
        timer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_fields_win_and_empty_ones_keep_what_was_kept() {
        let typed = Draft {
            text: "typed early".into(),
            name: " ".into(),
            ..Draft::default()
        };
        let before = Draft {
            parent: None,
            name: "Ann".into(),
            email: "a@b.org".into(),
            remember: true,
            ..Draft::default()
        };
        let merged = merge_typed(typed, before);
        assert_eq!(merged.text, "typed early");
        assert_eq!(merged.name, "Ann");
        assert!(merged.remember);
    }
}
