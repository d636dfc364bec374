//! What each reading shortcut does in a reader: move between sections and quotations, fold the
//! current quotation, go to the comments or the reply form, listen, and the "?" list.

use std::rc::Rc;

use yew::prelude::*;

use super::{UseListen, use_after_render, use_dom_actions, use_keyboard_shortcuts};
use crate::app_model::shortcuts::Shortcut;
use crate::state::{FoldAction, Folds};

/// What the shortcuts act on.
pub struct ShortcutTargets {
    /// Section anchors, in order.
    pub sections: Rc<[String]>,
    /// Quotation ids, in order.
    pub quotations: Rc<[String]>,
    /// Ids of the quotations that fold.
    pub foldable: Rc<[String]>,
    /// The folds, to open or close the current quotation.
    pub folds: UseReducerHandle<Folds>,
    /// Reading aloud, for `l`.
    pub listen: UseListen,
}

/// What the reader's shortcuts give back: whether the "?" list is open, and how to close it.
pub struct UseReadingShortcuts {
    /// Whether the list is showing.
    pub open: bool,
    /// Closes it.
    pub close: Callback<()>,
}

/// Answers the reading shortcuts (see [`crate::app_model::shortcuts::SHORTCUTS`]) with `targets`.
///
/// ```ignore
/// let help = use_reading_shortcuts(ShortcutTargets { sections, quotations, foldable, folds, listen });
/// html! { <ShortcutHelp open={help.open} on_close={help.close} /> }
/// ```
#[hook]
pub fn use_reading_shortcuts(targets: ShortcutTargets) -> UseReadingShortcuts {
    let help_open = use_state_eq(|| false);
    let dom = use_dom_actions();
    let after = use_after_render();
    let on_shortcut = {
        let help_open = help_open.clone();
        let ShortcutTargets {
            sections,
            quotations,
            foldable,
            folds,
            listen,
        } = targets;
        Callback::from(move |shortcut| {
            let go = |ids: &[String], forward: bool| {
                if let Some(id) = dom.next_of(ids, forward) {
                    dom.go_to_fragment(&id);
                }
            };
            match shortcut {
                Shortcut::NextSection => go(&sections, true),
                Shortcut::PreviousSection => go(&sections, false),
                Shortcut::NextQuotation => go(&quotations, true),
                Shortcut::PreviousQuotation => go(&quotations, false),
                Shortcut::ToggleQuotation => {
                    if let Some(id) = dom.current_of(&foldable) {
                        folds.dispatch(FoldAction::Toggle(id));
                    }
                }
                Shortcut::Comments => dom.go_to_fragment("comments"),
                Shortcut::Reply => dom.focus("lectern-comment"),
                Shortcut::Listen => {
                    let section = dom
                        .current_of(&sections)
                        .and_then(|id| sections.iter().position(|a| *a == id))
                        .unwrap_or(0);
                    listen.toggle_from(section);
                }
                Shortcut::Help => {
                    let opening = !*help_open;
                    help_open.set(opening);
                    if opening {
                        let dom = dom.clone();
                        after.run(move || dom.focus("shortcut-help"));
                    }
                }
            }
        })
    };
    use_keyboard_shortcuts(on_shortcut);
    let close = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(false))
    };
    UseReadingShortcuts {
        open: *help_open,
        close,
    }
}
