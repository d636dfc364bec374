//! Deep links: `#section`, `#syria-q2`, or any id inside a folded quotation, on load (once the
//! post has rendered) and whenever the fragment changes (links, back and forward).

use yew::prelude::*;

use crate::browser;
use crate::state::{FoldAction, Folds};

/// Opens the quotation a fragment points into, then scrolls to the target and, for a section,
/// moves focus to its heading.
///
/// ```ignore
/// let fragment = use_fragment();
/// use_fragment_navigation(folds.clone(), fragment.clone());
/// ```
#[hook]
pub fn use_fragment_navigation(folds: UseReducerHandle<Folds>, fragment: super::Fragment) {
    let root = super::use_root();
    let after = super::use_after_render();
    use_effect_with(fragment, move |fragment| {
        let Some(target) = fragment.target.clone() else {
            return;
        };
        let initial = fragment.changes == 0;
        let folded = browser::dom::folded_quote_containing(&root, &target);
        let unfolds = folded.is_some();
        if let Some(quote) = folded {
            folds.dispatch(FoldAction::Open(quote));
        }
        // The browser scrolls to a fragment itself (revealing folded text on the way): on a
        // prerendered page as it arrives, and on every later change; its scroll may still be
        // under way, and a second one started now overshoots or cancels it. Left to the
        // reader: a client-rendered post, which did not exist when the browser looked for
        // the target; a later target inside a fold; and an embedded reader, whose ids the
        // browser does not look for inside its shadow root.
        let scroll = if initial {
            !browser::page::arrived_prerendered(&root)
        } else {
            unfolds || root.is_embedded()
        };
        after.run(move || {
            if scroll {
                browser::dom::scroll_to(&root, &target, !initial);
            }
            if initial {
                browser::dom::focus_without_scroll(&root, &format!("{target}-heading"));
            }
        });
    });
}
