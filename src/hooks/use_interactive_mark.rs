//! The moment the page is live, for the benchmark and the tests.

use yew::prelude::*;

use crate::browser;

/// Once this component's markup is live (rendered or hydrated), records the performance mark
/// `lectern-interactive` when `enabled` (the component that finishes the page says so).
///
/// ```ignore
/// use_interactive_mark(comments_are_inline);
/// ```
#[hook]
pub fn use_interactive_mark(enabled: bool) {
    use_effect_with((), move |()| {
        if enabled {
            browser::page::mark("lectern-interactive");
        }
    });
}
