//! The address fragment (`#syria-q2`), as state: the one place that listens for `hashchange`.

use yew::prelude::*;

use crate::browser;

/// The fragment and how many times it changed since the page loaded (0: as the page arrived).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    /// The fragment without `#`, percent-decoded; `None` when there is none.
    pub target: Option<String>,
    /// Changes since load: 0 is the fragment the page was opened with.
    pub changes: u32,
}

/// The current fragment, re-rendering the component whenever it changes (links, back and
/// forward). Under SSR it is always empty.
///
/// ```ignore
/// let fragment = use_fragment();
/// use_effect_with(fragment, |fragment| { /* reveal fragment.target */ });
/// ```
#[hook]
pub fn use_fragment() -> Fragment {
    let fragment = use_state(|| Fragment {
        target: if cfg!(target_arch = "wasm32") {
            browser::dom::current_fragment()
        } else {
            None
        },
        changes: 0,
    });
    {
        let fragment = fragment.clone();
        use_effect_with((), move |()| {
            let mut changes = 0;
            let listener = browser::dom::listen_window("hashchange", move |_| {
                changes += 1;
                fragment.set(Fragment {
                    target: browser::dom::current_fragment(),
                    changes,
                });
            });
            move || drop(listener)
        });
    }
    (*fragment).clone()
}
