//! Every reply the reader is writing on one post, in one reducer: which comment they are replying
//! to, the draft for each parent (so moving the composer never loses text), who they are, and
//! whether a draft came back from storage. Storage itself is the draft store hook's job
//! (`hooks::use_draft_store`); this is the plain state it keeps in step.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use yew::Reducible;

use super::draft::{DraftAction, reduce_draft};
use lectern_format::draft::Draft;

/// The comment a draft replies to: `None` for "Leave a Reply".
pub type Parent = Option<String>;

/// All drafts of one post.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drafts {
    /// The comment the composer is under (`None`: at the end, for a new comment).
    pub replying_to: Parent,
    /// The draft for each parent written to this visit.
    pub by_parent: HashMap<Parent, Draft>,
    /// Parents whose draft was restored from storage: the notice with "Discard draft" shows
    /// until it is discarded or sent.
    pub restored: HashSet<Parent>,
    /// Parents whose draft has been read from storage (or started empty) this visit.
    pub loaded: HashSet<Parent>,
    /// Name, email, website and the "remember" choice, carried into every new draft.
    pub identity: Draft,
    /// Counts the reader's edits: the store saves after each one.
    pub edits: u64,
}

/// What can happen to the drafts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftsAction {
    /// The composer moves under this comment (or back to the end with `None`).
    ReplyTo(Parent),
    /// A draft was read for `parent` (from storage, what was typed before the app started, or
    /// nothing). `restored` says to tell the reader it came back; `typed` that it holds text
    /// the reader typed this visit, to be saved.
    Loaded {
        /// Whose draft.
        parent: Parent,
        /// The draft to start from (its text may be empty).
        draft: Draft,
        /// Whether to show "Your unsent draft was restored".
        restored: bool,
        /// Whether it holds input typed this visit that storage does not have yet.
        typed: bool,
    },
    /// The reader changed the draft for the active parent.
    Edit(DraftAction),
    /// "Discard draft": the text of the active draft goes, who is writing stays.
    Discard,
    /// The active draft was sent: its text goes, the composer returns to the end, and the
    /// identity is kept for the next draft (remembered or not, as the reader chose).
    Sent,
}

impl Drafts {
    /// The draft for `parent`: the one being written, else an empty one with the identity.
    pub fn draft_for(&self, parent: &Parent) -> Draft {
        self.by_parent
            .get(parent)
            .cloned()
            .unwrap_or_else(|| Draft {
                parent: parent.clone(),
                text: String::new(),
                ..self.identity.clone()
            })
    }

    /// The draft in the composer now.
    pub fn active(&self) -> Draft {
        self.draft_for(&self.replying_to)
    }

    /// Whether the active draft was restored from storage (and not discarded or sent since).
    pub fn active_was_restored(&self) -> bool {
        self.restored.contains(&self.replying_to)
    }
}

impl Reducible for Drafts {
    type Action = DraftsAction;

    fn reduce(self: Rc<Self>, action: DraftsAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            DraftsAction::ReplyTo(parent) => next.replying_to = parent,
            DraftsAction::Loaded {
                parent,
                draft,
                restored,
                typed,
            } => {
                if !next.loaded.insert(parent.clone()) {
                    return self;
                }
                // The reader already typed here (a keystroke before storage answered): what they
                // typed wins over what storage had.
                if next.by_parent.contains_key(&parent) {
                    return Rc::new(next);
                }
                if restored {
                    next.restored.insert(parent.clone());
                }
                if typed {
                    next.edits += 1;
                    // Who is writing, typed before the app started, goes with the reader to
                    // the next composer as an edit's would (a reply begun before it loaded).
                    next.identity = Draft {
                        parent: None,
                        text: String::new(),
                        ..draft.clone()
                    };
                }
                next.by_parent.insert(
                    parent.clone(),
                    Draft {
                        parent: parent.clone(),
                        ..draft
                    },
                );
            }
            DraftsAction::Edit(action) => {
                let parent = next.replying_to.clone();
                let edited = reduce_draft(&next.active(), &action);
                next.identity = Draft {
                    parent: None,
                    text: String::new(),
                    ..edited.clone()
                };
                next.by_parent.insert(parent, edited);
                next.edits += 1;
            }
            DraftsAction::Discard => {
                let parent = next.replying_to.clone();
                let cleared = reduce_draft(&next.active(), &DraftAction::Discard);
                next.by_parent.insert(parent.clone(), cleared);
                next.restored.remove(&parent);
            }
            DraftsAction::Sent => {
                let parent = next.replying_to.take();
                if let Some(sent) = next.by_parent.remove(&parent) {
                    next.identity = if sent.remember {
                        Draft {
                            parent: None,
                            text: String::new(),
                            ..sent
                        }
                    } else {
                        Draft::default()
                    };
                }
                next.restored.remove(&parent);
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lectern_format::draft::Field;

    fn reduce(drafts: Rc<Drafts>, action: DraftsAction) -> Rc<Drafts> {
        drafts.reduce(action)
    }

    #[test]
    fn each_parent_keeps_its_own_text_and_shares_the_identity() {
        let drafts = Rc::new(Drafts::default());
        let drafts = reduce(
            drafts,
            DraftsAction::Edit(DraftAction::Set(Field::Comment, "top".into())),
        );
        let drafts = reduce(
            drafts,
            DraftsAction::Edit(DraftAction::Set(Field::Name, "Ann".into())),
        );
        let drafts = reduce(drafts, DraftsAction::ReplyTo(Some("7".into())));
        assert_eq!(drafts.active().text, "");
        assert_eq!(drafts.active().name, "Ann");
        assert_eq!(drafts.active().parent.as_deref(), Some("7"));
        let drafts = reduce(
            drafts,
            DraftsAction::Edit(DraftAction::Set(Field::Comment, "reply".into())),
        );
        let drafts = reduce(drafts, DraftsAction::ReplyTo(None));
        assert_eq!(drafts.active().text, "top");
        assert_eq!(drafts.draft_for(&Some("7".into())).text, "reply");
        assert_eq!(drafts.edits, 3);
    }

    #[test]
    fn a_restored_draft_is_flagged_until_discarded_and_loads_once() {
        let saved = Draft {
            text: "kept".into(),
            ..Draft::default()
        };
        let loaded = DraftsAction::Loaded {
            parent: None,
            draft: saved.clone(),
            restored: true,
            typed: false,
        };
        let drafts = reduce(Rc::new(Drafts::default()), loaded.clone());
        assert!(drafts.active_was_restored());
        assert_eq!(drafts.active().text, "kept");
        assert_eq!(
            drafts.edits, 0,
            "a draft read from storage is not saved again"
        );
        let edited = reduce(
            drafts.clone(),
            DraftsAction::Edit(DraftAction::Set(Field::Comment, "new".into())),
        );
        let again = reduce(edited, loaded.clone());
        assert_eq!(
            again.active().text,
            "new",
            "a second load never overwrites typing"
        );
        let typed_first = reduce(
            Rc::new(Drafts::default()),
            DraftsAction::Edit(DraftAction::Set(Field::Comment, "K".into())),
        );
        let late = reduce(typed_first, loaded.clone());
        assert_eq!(
            late.active().text,
            "K",
            "a load that arrives after typing keeps the typing"
        );
        let discarded = reduce(drafts, DraftsAction::Discard);
        assert!(!discarded.active_was_restored());
        assert_eq!(discarded.active().text, "");
    }

    #[test]
    fn a_name_typed_before_the_app_started_goes_with_the_reader_to_a_reply() {
        let typed = DraftsAction::Loaded {
            parent: None,
            draft: Draft {
                name: "Bo".into(),
                ..Draft::default()
            },
            restored: false,
            typed: true,
        };
        let drafts = reduce(Rc::new(Drafts::default()), typed);
        let replying = reduce(drafts, DraftsAction::ReplyTo(Some("2".into())));
        assert_eq!(replying.active().name, "Bo");
        assert_eq!(replying.active().text, "");
    }

    #[test]
    fn sending_clears_the_text_returns_to_the_end_and_honours_remember() {
        let mut drafts = Rc::new(Drafts::default());
        drafts = reduce(drafts, DraftsAction::ReplyTo(Some("3".into())));
        for (field, value) in [
            (Field::Comment, "hi"),
            (Field::Name, "Ann"),
            (Field::Email, "a@b.org"),
        ] {
            drafts = reduce(
                drafts,
                DraftsAction::Edit(DraftAction::Set(field, value.into())),
            );
        }
        let forgotten = reduce(drafts.clone(), DraftsAction::Sent);
        assert_eq!(forgotten.replying_to, None);
        assert_eq!(forgotten.active(), Draft::default());
        let remembered = reduce(
            reduce(drafts, DraftsAction::Edit(DraftAction::ToggleRemember)),
            DraftsAction::Sent,
        );
        assert_eq!(remembered.active().name, "Ann");
        assert_eq!(remembered.draft_for(&Some("3".into())).text, "");
    }
}
