//! A number that grows a step at a time between browser tasks: a long post is laid out in
//! parts, each its own short task, so the reader can read and act between them.

use yew::prelude::*;

use crate::browser;

/// Starts at `first` (at `limit` when `all_at_once`), then after each render adds `step` in a
/// task of its own until it reaches `limit`. Asked for everything later, it jumps there.
///
/// ```ignore
/// let words = use_growing_count(3_000, 3_000, outline.layout_words, hydrating);
/// ```
#[hook]
pub fn use_growing_count(first: usize, step: usize, limit: usize, all_at_once: bool) -> usize {
    let count = use_state_eq(|| if all_at_once { limit } else { first });
    let now = if all_at_once {
        limit.max(*count)
    } else {
        *count
    };
    {
        let count = count.clone();
        use_effect_with((now, limit), move |&(now, limit)| {
            let pending = if *count < now {
                // A jump asked for by `all_at_once` stays when it is no longer asked for.
                count.set(now);
                None
            } else {
                let next = now.saturating_add(step);
                (now < limit).then(|| browser::dom::later(0, move || count.set(next)))
            };
            move || drop(pending)
        });
    }
    now
}
