//! Where a reader's elements live: the page itself, or the shadow root of an embedded reader.
//! Every lookup by id goes through a [`Root`], so two readers on one page never find each
//! other's elements, and a reader inside a shadow root finds its own.

use web_sys::Element;

/// The document or shadow root a reader renders into. Cheap to clone; compared by identity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Root(Option<web_sys::ShadowRoot>);

impl Root {
    /// The reader owns the page (the app page, the offline edition).
    pub fn page() -> Self {
        Self(None)
    }

    /// The reader lives in `shadow` (an embedded reader).
    pub fn shadow(shadow: web_sys::ShadowRoot) -> Self {
        Self(Some(shadow))
    }

    /// Whether this reader is embedded in someone else's page.
    pub fn is_embedded(&self) -> bool {
        self.0.is_some()
    }

    /// The element with this id inside this reader.
    pub fn element(&self, id: &str) -> Option<Element> {
        match &self.0 {
            Some(shadow) => shadow.get_element_by_id(id),
            None => gloo::utils::document().get_element_by_id(id),
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
