//! Deep links on the first screen, as the full reader's `use_fragment_navigation` has them: an
//! address naming a quotation, or anything inside a folded one, opens that quotation; one naming
//! a section moves the focus to its heading (without scrolling: the browser has scrolled there
//! itself). On arrival, and whenever the fragment changes (links in the page, back and forward).
//! An address naming a comment wakes the full reader instead (`wake`).

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, FocusOptions, HtmlElement};

use crate::events::Listener;
use crate::folds;

/// Follows the address now and on every change, until the listener is dropped.
pub fn follow(root: &Element) -> Option<Listener> {
    let window = web_sys::window()?;
    arrive(root, true);
    let root = root.clone();
    Some(Listener::new(
        &window,
        "hashchange",
        false,
        move |_: Event| arrive(&root, false),
    ))
}

/// The id the address names, decoded (none for a text directive or an empty fragment).
pub fn named_id() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let id = hash.strip_prefix('#').unwrap_or(&hash);
    if id.is_empty() || id.starts_with(":~:") {
        return None;
    }
    Some(
        js_sys::decode_uri_component(id)
            .ok()
            .and_then(|id| id.as_string())
            .unwrap_or_else(|| id.to_owned()),
    )
}

/// The element the address names inside `root`, if any.
fn named_target(root: &Element) -> Option<Element> {
    let target = root.owner_document()?.get_element_by_id(&named_id()?)?;
    root.contains(Some(&target)).then_some(target)
}

fn arrive(root: &Element, initial: bool) {
    let Some(target) = named_target(root) else {
        return;
    };
    let unfolded = target
        .closest(".quote--folded")
        .ok()
        .flatten()
        .is_some_and(|quote| folds::open(&quote));
    // Later, the browser's scroll went to the folded text before it was shown: go again.
    if unfolded && !initial {
        target.scroll_into_view();
    }
    let heading = root
        .owner_document()
        .and_then(|d| d.get_element_by_id(&(target.id() + "-heading")))
        .and_then(|h| h.dyn_into::<HtmlElement>().ok());
    if let Some(heading) = heading {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}
