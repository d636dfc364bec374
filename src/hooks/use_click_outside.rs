//! Closing a popup when the reader clicks elsewhere.

use yew::prelude::*;

use crate::browser;

/// While `active`, calls `on_outside` for every click that lands outside the element behind
/// `inside` (also across a shadow root: the click's composed path decides).
///
/// ```ignore
/// use_click_outside(nav_ref.clone(), *open, close);
/// ```
#[hook]
pub fn use_click_outside(inside: NodeRef, active: bool, on_outside: Callback<()>) {
    use_effect_with(active, move |active| {
        let listener = active.then(|| {
            browser::dom::listen_document("click", move |event| {
                let target = browser::dom::event_origin(event);
                let within = inside
                    .get()
                    .is_some_and(|element| element.contains(target.as_ref()));
                if !within {
                    on_outside.emit(());
                }
            })
        });
        move || drop(listener)
    });
}
