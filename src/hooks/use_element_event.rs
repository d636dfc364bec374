//! An event listener on one element of a component, for events Yew's `on…` props do not know
//! (`beforematch`).

use yew::prelude::*;

use crate::browser;

/// Calls `handler` whenever `event` fires on the element behind `node`, for as long as the
/// component lives; re-attached when `active` changes (the element may have come or gone).
///
/// ```ignore
/// use_element_event(rest_ref.clone(), "beforematch", plan.is_some(), on_found);
/// ```
#[hook]
pub fn use_element_event(node: NodeRef, event: &'static str, active: bool, handler: Callback<()>) {
    use_effect_with((node, active), move |(node, _)| {
        let listener = node
            .get()
            .map(|element| browser::dom::listen(&element, event, move |_| handler.emit(())));
        move || drop(listener)
    });
}
