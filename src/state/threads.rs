//! Which comment subtrees the reader has folded away. A reducer, so rows get one stable
//! dispatcher to call and only the rows whose state changed render again.

use std::collections::HashSet;
use std::rc::Rc;

use yew::Reducible;

/// Indexes (into the post's comment list) of comments whose replies are hidden.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FoldedThreads {
    /// The comments whose subtree is folded.
    pub roots: HashSet<usize>,
}

/// What can happen to folded threads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThreadAction {
    /// Fold comment `n`'s replies, or show them again.
    Toggle(usize),
    /// Show these subtrees again (a permalink points inside them).
    Unfold(HashSet<usize>),
}

impl FoldedThreads {
    /// Whether comment `n`'s replies are hidden.
    pub fn is_folded(&self, n: usize) -> bool {
        self.roots.contains(&n)
    }
}

impl Reducible for FoldedThreads {
    type Action = ThreadAction;

    fn reduce(self: Rc<Self>, action: ThreadAction) -> Rc<Self> {
        let mut roots = self.roots.clone();
        match action {
            ThreadAction::Toggle(n) => {
                if !roots.remove(&n) {
                    roots.insert(n);
                }
            }
            ThreadAction::Unfold(these) => roots.retain(|n| !these.contains(n)),
        }
        Rc::new(Self { roots })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_twice_shows_the_replies_again_and_unfold_opens_only_those_named() {
        let state = Rc::new(FoldedThreads::default());
        let state = state.reduce(ThreadAction::Toggle(3));
        assert!(state.is_folded(3));
        let state = state.reduce(ThreadAction::Toggle(7));
        let state = state.reduce(ThreadAction::Unfold(HashSet::from([7, 9])));
        assert!(state.is_folded(3));
        assert!(!state.is_folded(7));
        let state = state.reduce(ThreadAction::Toggle(3));
        assert!(state.roots.is_empty());
    }
}
