//! Where a reader's elements live: the page itself, or the shadow root of an embedded reader.
//! Every lookup by id goes through a [`Root`], so two readers on one page never find each
//! other's elements, and a reader inside a shadow root finds its own.

use web_sys::Element;

/// The document or shadow root a reader renders into. Cheap to clone; compared by identity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Root(Option<web_sys::ShadowRoot>, Embedded);

/// Whether a reader is a guest in someone else's page (kept apart from the shadow root, so the
/// server can render an embed's markup, where there is no shadow root to hold).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Embedded(bool);

impl Root {
    /// The reader owns the page (the app page, the offline edition).
    pub fn page() -> Self {
        Self(None, Embedded(false))
    }

    /// The reader lives in `shadow` (an embedded reader).
    pub fn shadow(shadow: web_sys::ShadowRoot) -> Self {
        Self(Some(shadow), Embedded(true))
    }

    /// An embedded reader rendered on the server (`lectern-cli publish`'s embed fragment): the
    /// same markup its shadow root will hydrate.
    pub fn embedded_markup() -> Self {
        Self(None, Embedded(true))
    }

    /// Whether this reader is embedded in someone else's page.
    pub fn is_embedded(&self) -> bool {
        self.1.0
    }

    /// The element with this id inside this reader.
    pub fn element(&self, id: &str) -> Option<Element> {
        match &self.0 {
            Some(shadow) => shadow.get_element_by_id(id),
            None => gloo::utils::document().get_element_by_id(id),
        }
    }

    /// The element an embedded reader's shadow root is attached to (`<lectern-reader>`).
    pub fn host(&self) -> Option<Element> {
        self.0.as_ref().map(web_sys::ShadowRoot::host)
    }

    /// Every element inside this reader matching `selectors`, in document order.
    pub fn select_all(&self, selectors: &str) -> Vec<Element> {
        let found = match &self.0 {
            Some(shadow) => shadow.query_selector_all(selectors),
            None => gloo::utils::document().query_selector_all(selectors),
        };
        let Ok(list) = found else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<Element>(node).ok())
            .collect()
    }

    /// Where events from inside this reader arrive last while staying its own: the shadow
    /// root of an embedded reader (keys pressed elsewhere on the host page never reach it),
    /// the document for the app page.
    pub fn event_target(&self) -> web_sys::EventTarget {
        match &self.0 {
            Some(shadow) => shadow.clone().into(),
            None => gloo::utils::document().into(),
        }
    }

    /// The live selection as this reader sees it: inside a shadow root, Chromium's
    /// `ShadowRoot.getSelection()` gives nodes in the shadow tree, where the document's selection
    /// would only name the host element.
    pub fn selection(&self) -> Option<web_sys::Selection> {
        if let Some(shadow) = &self.0 {
            let get = js_sys::Reflect::get(shadow, &"getSelection".into()).ok()?;
            if let Some(get) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&get) {
                let selection = get.call0(shadow).ok()?;
                return wasm_bindgen::JsCast::dyn_into(selection).ok();
            }
        }
        gloo::utils::window().get_selection().ok()?
    }
}
