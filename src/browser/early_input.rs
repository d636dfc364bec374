//! What the reader typed into the prerendered composer before the app took it over (the wasm
//! loading, or the page hydrating): the composer starts from it, so nothing typed is lost.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use lectern_format::draft::{Draft, Field};

thread_local! {
    // Where the prerendered form is, until the composer takes what was typed into it.
    static ROOT: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Remembers `root` (the prerendered page, or its conversation's root) as where the reader
/// may have typed into the form before the app started.
pub fn capture(root: &web_sys::Element) {
    ROOT.with(|slot| *slot.borrow_mut() = Some(root.clone()));
}

/// The composer's fields inside `root`, when the reader has typed into any.
fn read_fields(root: &web_sys::Element) -> Option<Draft> {
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
    typed.then_some(draft)
}

/// What the reader typed into the prerendered form, once: the first composer for a new comment
/// takes it when it reads its draft. The fields are read then, not before hydration: hydration
/// leaves their values as they are until the composer has its draft (`ComposerProps::read`),
/// so what was typed while the app loaded and hydrated is all there.
pub fn take() -> Option<Draft> {
    let root = ROOT.with(|slot| slot.borrow_mut().take())?;
    read_fields(&root)
}
