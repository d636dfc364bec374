//! A button that shows and hides a panel next to it (the contents list on phones, the text
//! settings): a click toggles it, Escape closes it and gives focus back to the button, and a
//! click anywhere else closes it, leaving focus where the reader clicked.

use yew::prelude::*;

/// The panel's state and the handlers its button and container take.
#[derive(Clone, PartialEq)]
pub struct Disclosure {
    /// Whether the panel is shown.
    pub open: bool,
    /// The element holding the button and the panel (clicks inside it are not "elsewhere").
    pub container: NodeRef,
    /// The button (focus returns to it on Escape).
    pub button: NodeRef,
    /// The button's click.
    pub toggle: Callback<MouseEvent>,
    /// The container's keydown (Escape).
    pub on_keydown: Callback<KeyboardEvent>,
    /// Closes the panel (after a choice in it that ends its use).
    pub close: Callback<()>,
}

/// A panel opened and closed by a button.
///
/// ```ignore
/// let panel = use_disclosure();
/// html! { <div ref={panel.container.clone()} onkeydown={panel.on_keydown.clone()}>
///     <button ref={panel.button.clone()} onclick={panel.toggle.clone()}>{"Open"}</button>
/// </div> }
/// ```
#[hook]
pub fn use_disclosure() -> Disclosure {
    let open = use_state_eq(|| false);
    let container = use_node_ref();
    let button = use_node_ref();
    let dom = super::use_dom_actions();
    let close = {
        let open = open.clone();
        Callback::from(move |()| open.set(false))
    };
    super::use_click_outside(container.clone(), *open, close.clone());
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_keydown = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && *open {
                event.prevent_default();
                event.stop_propagation();
                open.set(false);
                dom.focus_node(&button);
            }
        })
    };
    Disclosure {
        open: *open,
        container,
        button,
        toggle,
        on_keydown,
        close,
    }
}
