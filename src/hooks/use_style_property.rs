//! A value the stylesheet reads from the page: set through the CSSOM, never a `style` attribute.

use yew::prelude::*;

/// Sets the CSS property `name` (e.g. `--progress`) on the element behind `node` to `value`
/// after each render in which `value` changed. A `style` attribute would do the same in the
/// markup, but a page under a strict Content-Security-Policy (`style-src 'self'`) refuses those;
/// the CSSOM is allowed.
///
/// ```ignore
/// use_style_property(fill_ref.clone(), "--progress", format!("{}", percent));
/// ```
#[hook]
pub fn use_style_property(node: NodeRef, name: &'static str, value: String) {
    use_effect_with(value, move |value| {
        crate::browser::dom::set_style_property(&node, name, value);
    });
}
