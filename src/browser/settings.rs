//! The reader's text settings on the page: the `data-lectern-*` attributes the stylesheet reads.

use web_sys::Element;

use super::root::Root;
use crate::app_model::settings::TextSettings;

/// The element the settings' attributes go on: `<html>` for the page (the early script puts them
/// there before the first paint, from the same storage); an embedded reader's own
/// `.lectern-embed` element, inside its shadow root, so they win over the host's custom
/// properties on the `lectern-reader` element.
fn settings_element(root: &Root) -> Option<Element> {
    if root.is_embedded() {
        root.select_all(".lectern-embed").into_iter().next()
    } else {
        gloo::utils::document().document_element()
    }
}

/// Sets `data-lectern-<name>="<value>"` for each setting with a value and removes the attribute
/// of each without one.
pub fn apply(root: &Root, attributes: &[(&'static str, Option<String>)]) {
    if let Some(element) = settings_element(root) {
        for (name, value) in attributes {
            let name = format!("data-lectern-{name}");
            let _ = match value {
                Some(value) => element.set_attribute(&name, value),
                None => element.remove_attribute(&name),
            };
        }
    }
}

/// Sets an embedded reader's host defaults as `data-lectern-*` on its host element, where the host
/// page's own custom properties on that element win over them.
pub fn apply_host_defaults(root: &Root, attributes: &[(&'static str, String)]) {
    if let Some(host) = root.host() {
        for (name, value) in attributes {
            let _ = host.set_attribute(&format!("data-lectern-{name}"), value);
        }
    }
}

/// Removes what [`apply_host_defaults`] set (the reader on `host` is gone).
pub fn clear_host_defaults(host: &Element) {
    for (name, _) in TextSettings::default().attributes() {
        let _ = host.remove_attribute(&format!("data-lectern-{name}"));
    }
}
