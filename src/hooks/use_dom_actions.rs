//! Scrolling and focus inside this reader, for components answering a click or a key.

use yew::prelude::*;

use crate::browser;
use crate::browser::root::Root;

/// Acts on elements of this reader by id (its own document or shadow root).
#[derive(Clone, PartialEq)]
pub struct DomActions {
    root: Root,
}

impl DomActions {
    /// Scrolls element `id` to the top; smoothly when `smooth` and motion is not reduced.
    pub fn scroll_to(&self, id: &str, smooth: bool) {
        browser::dom::scroll_to(&self.root, id, smooth);
    }

    /// Moves focus to element `id`, scrolling it into view.
    pub fn focus(&self, id: &str) {
        browser::dom::focus(&self.root, id);
    }

    /// Moves focus to element `id` without scrolling.
    pub fn focus_without_scroll(&self, id: &str) {
        browser::dom::focus_without_scroll(&self.root, id);
    }

    /// Moves focus to the element behind `node`, if it is on the page.
    pub fn focus_node(&self, node: &NodeRef) {
        browser::dom::focus_node(node);
    }

    /// Goes to `id` through the address fragment (see [`browser::dom::go_to_fragment`]).
    pub fn go_to_fragment(&self, id: &str) {
        browser::dom::go_to_fragment(&self.root, id);
    }

    /// The next (or previous) of `ids` from the reader's place, in reading order.
    pub fn next_of(&self, ids: &[String], forward: bool) -> Option<String> {
        browser::place::next_of(&self.root, ids, forward)
    }

    /// The one of `ids` being read now.
    pub fn current_of(&self, ids: &[String]) -> Option<String> {
        browser::place::current_of(&self.root, ids)
    }

    /// Whether the start of element `id` has scrolled above the viewport.
    pub fn starts_above_viewport(&self, id: &str) -> bool {
        browser::dom::starts_above_viewport(&self.root, id)
    }
}

/// Scrolling and focus for this reader.
///
/// ```ignore
/// let dom = use_dom_actions();
/// dom.scroll_to("syria-q2", false);
/// ```
#[hook]
pub fn use_dom_actions() -> DomActions {
    DomActions {
        root: super::use_root(),
    }
}
