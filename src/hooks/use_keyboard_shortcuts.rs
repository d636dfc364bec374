//! Reading shortcuts: single keys, heard only from this reader and never from a field being
//! typed in.

use yew::prelude::*;

use crate::app_model::shortcuts::{Shortcut, shortcut_for};
use crate::browser;

/// Calls `on_shortcut` for each reading shortcut pressed (see [`crate::app_model::shortcuts::SHORTCUTS`]): on
/// the app page anywhere outside a form field; in an embedded reader only while focus is inside
/// it, so the host page keeps its keys. A key some other handler already used is left alone.
///
/// ```ignore
/// use_keyboard_shortcuts(Callback::from(|shortcut| /* … */));
/// ```
#[hook]
pub fn use_keyboard_shortcuts(on_shortcut: Callback<Shortcut>) {
    let root = super::use_root();
    // The newest callback, read when a key arrives: one listener for the reader's life.
    let latest = use_mut_ref(|| on_shortcut.clone());
    *latest.borrow_mut() = on_shortcut;
    use_effect_with(root, move |root| {
        let listener =
            browser::dom::listen_cancelable(&root.event_target(), "keydown", move |event| {
                let Some(press) = browser::dom::key_press(event) else {
                    return;
                };
                if event.default_prevented() || browser::dom::is_typing(event) {
                    return;
                }
                if let Some(shortcut) = shortcut_for(&press.key, press.with_modifier) {
                    event.prevent_default();
                    let on_shortcut = latest.borrow().clone();
                    on_shortcut.emit(shortcut);
                }
            });
        move || drop(listener)
    });
}
