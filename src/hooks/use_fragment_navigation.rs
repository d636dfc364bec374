//! Deep links: `#section`, `#syria-q2`, or any id inside a folded quotation, on load (once the
//! post has rendered) and whenever the fragment changes (links, back and forward).

use yew::prelude::*;

use crate::browser;
use crate::state::{FoldAction, Folds};

/// Opens the quotation a fragment points into, then scrolls to the target and, for a section,
/// moves focus to its heading.
///
/// ```ignore
/// use_fragment_navigation(folds.clone());
/// ```
#[hook]
pub fn use_fragment_navigation(folds: UseReducerHandle<Folds>) {
    let root = super::use_root();
    use_effect_with(root, move |root| {
        let root = root.clone();
        let go = move |initial: bool| {
            let Some(target) = browser::dom::current_fragment() else {
                return;
            };
            if let Some(quote) = browser::dom::folded_quote_containing(&root, &target) {
                folds.dispatch(FoldAction::Open(quote));
            }
            // A prerendered page was scrolled to its fragment by the browser as it arrived (a
            // smooth scroll may still be under way; scrolling again would overshoot it).
            let browser_scrolled = initial && browser::page::arrived_prerendered(&root);
            let root = root.clone();
            browser::dom::after_render(move || {
                // On load of a client-rendered post the browser tried to scroll before the post
                // existed; do it now. Later fragment changes were scrolled by the browser,
                // unless they were inside a fold.
                if !browser_scrolled {
                    browser::dom::scroll_to(&root, &target, !initial);
                }
                if initial {
                    browser::dom::focus_without_scroll(&root, &format!("{target}-heading"));
                }
            });
        };
        go(true);
        let listener = browser::dom::listen_window("hashchange", move |_| go(false));
        move || drop(listener)
    });
}
