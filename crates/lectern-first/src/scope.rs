//! Where a first screen's reader lives: the page itself (a published post's page), or the shadow
//! root of an embedded reader (a published `<lectern-reader>` fragment). Ids, the focus, the
//! selection and the keys a reader presses are looked up in the one that holds the reader, as the
//! full reader's `browser::root::Root` does.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, EventTarget, Selection, ShadowRoot};

/// The document or shadow root that holds a reader.
#[derive(Clone)]
pub enum Scope {
    /// The reader owns the page.
    Page(Document),
    /// The reader is embedded, inside this shadow root of someone else's page.
    Shadow(ShadowRoot),
}

impl Scope {
    /// The scope `root` (the reader's root element) is in; none while it is not in a document.
    pub fn of(root: &Element) -> Option<Scope> {
        match root.get_root_node().dyn_into::<ShadowRoot>() {
            Ok(shadow) => Some(Scope::Shadow(shadow)),
            Err(node) => node.dyn_into::<Document>().ok().map(Scope::Page),
        }
    }

    /// Whether the reader is a guest in someone else's page.
    pub fn is_embedded(&self) -> bool {
        matches!(self, Scope::Shadow(_))
    }

    /// The element with this id in the reader's scope.
    pub fn element_by_id(&self, id: &str) -> Option<Element> {
        match self {
            Scope::Page(document) => document.get_element_by_id(id),
            Scope::Shadow(shadow) => shadow.get_element_by_id(id),
        }
    }

    /// The focused element as the reader sees it (inside a shadow root, the document only names
    /// the host).
    pub fn active_element(&self) -> Option<Element> {
        match self {
            Scope::Page(document) => document.active_element(),
            Scope::Shadow(shadow) => shadow.active_element(),
        }
    }

    /// Where the reader's keys and focus changes arrive last while still its own: the document
    /// for the page; the shadow root for an embed (keys pressed elsewhere on the host page are
    /// not the reader's, as the full reader has it).
    pub fn events(&self) -> EventTarget {
        match self {
            Scope::Page(document) => document.clone().into(),
            Scope::Shadow(shadow) => shadow.clone().into(),
        }
    }

    /// The live selection with nodes of this scope (Chromium's `ShadowRoot.getSelection()` for
    /// an embed, where the document's would only name the host).
    pub fn selection(&self) -> Option<Selection> {
        if let Scope::Shadow(shadow) = self {
            let get = js_sys::Reflect::get(shadow, &"getSelection".into()).ok()?;
            if let Some(get) = get.dyn_ref::<js_sys::Function>() {
                return get.call0(shadow).ok()?.dyn_into().ok();
            }
        }
        web_sys::window()?.get_selection().ok()?
    }
}
