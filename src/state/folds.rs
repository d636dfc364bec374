//! Which folded quotations the reader has opened. Shared by the quotations and the
//! "Expand all" / "Collapse all" controls through context.

use std::collections::HashSet;
use std::rc::Rc;

use yew::Reducible;

/// The set of opened quotation ids; everything else that can fold is folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folds {
    /// Ids (`syria-q2`) of quotations shown in full.
    pub open: HashSet<String>,
}

/// What can happen to the folds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FoldAction {
    /// Open a folded quotation, or fold an open one.
    Toggle(String),
    /// Open one quotation (a link or find-in-page reached it).
    Open(String),
    /// Open all of these.
    OpenAll(Vec<String>),
    /// Fold everything again.
    CloseAll,
}

impl Folds {
    /// Whether quotation `id` is shown in full.
    pub fn is_open(&self, id: &str) -> bool {
        self.open.contains(id)
    }
}

impl Reducible for Folds {
    type Action = FoldAction;

    fn reduce(self: Rc<Self>, action: FoldAction) -> Rc<Self> {
        let mut open = self.open.clone();
        match action {
            FoldAction::Toggle(id) => {
                if !open.remove(&id) {
                    open.insert(id);
                }
            }
            FoldAction::Open(id) => {
                if open.contains(&id) {
                    return self;
                }
                open.insert(id);
            }
            FoldAction::OpenAll(ids) => open.extend(ids),
            FoldAction::CloseAll => open.clear(),
        }
        Rc::new(Self { open })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggles_opens_and_closes() {
        let folds = Rc::new(Folds::default());
        let folds = folds.reduce(FoldAction::Toggle("a".into()));
        assert!(folds.is_open("a"));
        let folds = folds.reduce(FoldAction::Toggle("a".into()));
        assert!(!folds.is_open("a"));
        let folds = folds.reduce(FoldAction::OpenAll(vec!["a".into(), "b".into()]));
        assert!(folds.is_open("a") && folds.is_open("b"));
        let same = folds.clone().reduce(FoldAction::Open("a".into()));
        assert!(
            Rc::ptr_eq(&folds, &same),
            "opening an open quotation changes nothing"
        );
        assert!(folds.reduce(FoldAction::CloseAll).open.is_empty());
    }
}
