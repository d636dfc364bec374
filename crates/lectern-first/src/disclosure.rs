//! A button that shows and hides a panel beside it (the phone's "On this page" list, the text
//! settings), as the full reader's `use_disclosure` has it: the button toggles the panel, Escape
//! closes it and gives the focus back to the button, and a click anywhere else closes it.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, KeyboardEvent};

use crate::events::{Listener, closest};

/// How one panel shows: `show(container, open)` opens or closes it, `shown(container)` says
/// whether it is open.
pub struct Panel {
    /// The button that toggles it, inside the container.
    pub button: &'static str,
    /// Opens or closes it.
    pub show: fn(&Element, bool),
    /// Whether it is open.
    pub shown: fn(&Element) -> bool,
}

/// Starts the panel in `container` (the element holding the button and the panel); the
/// listeners stop when the list is dropped.
pub fn listen(container: &Element, panel: Panel) -> Vec<Listener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let Panel {
        button,
        show,
        shown,
    } = panel;
    let on_click = {
        let container = container.clone();
        move |event: Event| {
            if closest(&event, button).is_some() {
                show(&container, !shown(&container));
            }
        }
    };
    let on_key = {
        let container = container.clone();
        move |event: Event| {
            let escape = event
                .dyn_ref::<KeyboardEvent>()
                .is_some_and(|key| key.key() == "Escape");
            if escape && shown(&container) {
                event.prevent_default();
                event.stop_propagation();
                show(&container, false);
                let toggle = container.query_selector(button).ok().flatten();
                if let Some(toggle) = toggle.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                    let _ = toggle.focus();
                }
            }
        }
    };
    let on_elsewhere = {
        let container = container.clone();
        move |event: Event| {
            // The event's path, not its target: inside an embed's shadow root the target seen
            // here is the host element.
            let outside = !event.composed_path().includes(&container, 0);
            if outside && shown(&container) {
                show(&container, false);
            }
        }
    };
    vec![
        Listener::new(container, "click", false, on_click),
        Listener::new(container, "keydown", false, on_key),
        Listener::new(&window, "click", false, on_elsewhere),
    ]
}
