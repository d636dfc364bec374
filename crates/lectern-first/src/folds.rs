//! Folded quotations, both ways: the prerendered toggle is a link that only opens (the browser
//! reveals `hidden="until-found"` text it scrolls to); here it folds and unfolds in place, as the
//! full reader's `QuoteView` does, with the labels the server wrote on the toggle.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};

use crate::events::{Listener, closest};

/// The toggle of a foldable quotation.
const TOGGLE: &str = "a.quote-toggle";
/// "Expand all quotations" and "Collapse all" (`data-folds="open"` / `"close"`).
const ALL: &str = "button[data-folds]";

/// Starts folding and unfolding in `root`; the listeners stop when the list is dropped.
pub fn listen(root: &Element) -> Vec<Listener> {
    // What the browser revealed before this module ran (a text fragment, find-in-page) is open:
    // say so on its toggle.
    for_each(root, ".quote--folded .quote-rest:not([hidden])", |rest| {
        if let Some(quote) = rest.closest(".quote").ok().flatten() {
            open(&quote);
        }
    });
    let for_click = root.clone();
    let on_click = move |event: Event| {
        if let Some(toggle) = closest(&event, TOGGLE) {
            event.prevent_default();
            flip(&toggle);
        } else if let Some(button) = closest(&event, ALL) {
            let open = button.get_attribute("data-folds").as_deref() == Some("open");
            for_each(&for_click, TOGGLE, |toggle| set_open(&toggle, open));
        }
    };
    let on_key = move |event: Event| {
        let space = event
            .dyn_ref::<KeyboardEvent>()
            .is_some_and(|key| key.key() == " ");
        if space && let Some(toggle) = closest(&event, TOGGLE) {
            event.prevent_default();
            flip(&toggle);
        }
    };
    // Find-in-page or a text fragment reached folded text: the browser shows it; say so.
    let on_found = |event: Event| {
        if let Some(toggle) = closest(&event, ".quote")
            .and_then(|figure| figure.query_selector(TOGGLE).ok().flatten())
        {
            set_open(&toggle, true);
        }
    };
    vec![
        Listener::new(root, "click", false, on_click),
        Listener::new(root, "keydown", false, on_key),
        Listener::new(root, "beforematch", true, on_found),
    ]
}

/// Opens a folded quotation or folds an open one. Folding one whose start has scrolled away
/// brings its start back into view, so the reader is not left further down the page.
fn flip(toggle: &Element) {
    let open = toggle.get_attribute("aria-expanded").as_deref() == Some("true");
    set_open(toggle, !open);
    if open
        && let Some(figure) = toggle.closest(".quote").ok().flatten()
        && figure.get_bounding_client_rect().top() < 0.0
    {
        figure.scroll_into_view();
    }
}

/// Opens the folded quotation `quote`; whether it was folded.
pub fn open(quote: &Element) -> bool {
    match quote.query_selector(TOGGLE) {
        Ok(Some(toggle)) => {
            set_open(&toggle, true);
            true
        }
        _ => false,
    }
}

/// Shows or folds the quotation `toggle` controls, and words the toggle to match.
fn set_open(toggle: &Element, open: bool) {
    let Some(figure) = toggle.closest(".quote").ok().flatten() else {
        return;
    };
    if let Ok(Some(rest)) = figure.query_selector(".quote-rest") {
        let _ = if open {
            rest.remove_attribute("hidden")
        } else {
            rest.set_attribute("hidden", "until-found")
        };
    }
    let _ = figure
        .class_list()
        .toggle_with_force("quote--folded", !open);
    let _ = toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
    let label = if open {
        "data-open-label"
    } else {
        "data-folded-label"
    };
    if let Some(label) = toggle.get_attribute(label) {
        toggle.set_text_content(Some(&label));
    }
}

/// Calls `each` for every element under `root` matching `selector`.
pub fn for_each(root: &Element, selector: &str, mut each: impl FnMut(Element)) {
    let Ok(found) = root.query_selector_all(selector) else {
        return;
    };
    for index in 0..found.length() {
        if let Some(element) = found.item(index).and_then(|node| node.dyn_into().ok()) {
            each(element);
        }
    }
}
