//! Moments the benchmark and the tests wait for: the article is live, the whole page (the
//! conversation included) is live, the whole post is laid out.

use yew::prelude::*;

use crate::browser;

/// Records the performance mark `name` once this component's markup is live (rendered or
/// hydrated) and `when` holds; again only if `when` turns false and true again.
///
/// ```ignore
/// use_performance_mark("lectern-interactive", comments_are_inline);
/// ```
#[hook]
pub fn use_performance_mark(name: &'static str, when: bool) {
    use_effect_with(when, move |when| {
        if *when {
            browser::page::mark(name);
        }
    });
}
