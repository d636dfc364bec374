//! The language of the page around a reader, read the same way by the full reader and by the
//! first screen that draws a post (`lectern-draw-wasm`), so both choose the same words.

use wasm_bindgen::JsCast;

/// The language an element is written in: its own `lang` or its nearest ancestor's, across a
/// shadow root to the host page (`<html lang>` included); `None` when nothing says.
pub fn language_around(element: &web_sys::Element) -> Option<String> {
    let mut node = Some(element.clone());
    while let Some(current) = node {
        if let Some(found) = current.closest("[lang]").ok().flatten() {
            let lang = found.get_attribute("lang").unwrap_or_default();
            return Some(lang).filter(|l| !l.trim().is_empty());
        }
        // Out of a shadow root: on to its host.
        node = current
            .get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
            .ok()
            .map(|shadow| shadow.host());
    }
    None
}
