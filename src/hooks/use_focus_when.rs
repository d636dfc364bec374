//! Moving focus into something that just opened.

use yew::prelude::*;

/// Focuses the element behind `node` after a render in which `key` changed to a value for which
/// `when` holds (the composer opening under a comment).
///
/// ```ignore
/// use_focus_when(text_ref.clone(), parent_id.clone(), parent_id.is_some());
/// ```
#[hook]
pub fn use_focus_when<K: PartialEq + 'static>(node: NodeRef, key: K, when: bool) {
    let dom = super::use_dom_actions();
    use_effect_with(key, move |_| {
        if when {
            dom.focus_node(&node);
        }
    });
}
