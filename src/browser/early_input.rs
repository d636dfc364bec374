//! What the reader typed into the prerendered composer before the app started. Hydration sets
//! every form control to the app's state, so the entry captures the fields first and the
//! composer starts from them: nothing typed while the wasm was loading is lost.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use lectern_format::draft::{Draft, Field};

thread_local! {
    static TYPED: RefCell<Option<Draft>> = const { RefCell::new(None) };
}

/// Reads the composer's fields inside `root` (the prerendered page) and keeps them when the
/// reader has typed anything.
pub fn capture(root: &web_sys::Element) {
    let field = |id: &str| -> Option<web_sys::Element> {
        root.query_selector(&format!("#{id}")).ok().flatten()
    };
    let text = |name: Field| -> String {
        let Some(element) = field(&format!("lectern-{}", name.slug())) else {
            return String::new();
        };
        if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            return area.value();
        }
        element
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(web_sys::HtmlInputElement::value)
            .unwrap_or_default()
    };
    let remember = field("lectern-remember")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|checkbox| checkbox.checked());
    let draft = Draft {
        parent: None,
        text: text(Field::Comment),
        name: text(Field::Name),
        email: text(Field::Email),
        website: text(Field::Website),
        remember,
    };
    let typed = [&draft.text, &draft.name, &draft.email, &draft.website]
        .iter()
        .any(|value| !value.trim().is_empty());
    if typed {
        TYPED.with(|slot| *slot.borrow_mut() = Some(draft));
    }
}

/// The captured fields, once: the first composer for a new comment takes them.
pub fn take() -> Option<Draft> {
    TYPED.with(|slot| slot.borrow_mut().take())
}
