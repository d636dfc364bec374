//! The reader's text settings on the page: the `data-lectern-*` attributes the stylesheet reads.

use web_sys::Element;

/// The element the settings' attributes go on: `<html>` (the early script puts them there
/// before the first paint, from the same storage).
fn settings_element() -> Option<Element> {
    gloo::utils::document().document_element()
}

/// Sets `data-lectern-<name>="<value>"` for each setting.
pub fn apply(attributes: &[(&'static str, String)]) {
    if let Some(element) = settings_element() {
        for (name, value) in attributes {
            let _ = element.set_attribute(&format!("data-lectern-{name}"), value);
        }
    }
}
