//! When the full reader is needed: the comments come near (a screen ahead), the address names
//! something the first screen does not hold (a comment), the reader has a place saved in this
//! post (the full reader offers to resume), or the reader asks for something only it does
//! (a shortcut key, Listen, Copy link, Text settings, Reply, a field of the comment form).
//! Offline, it is woken at once (it tells the reader the page is the saved copy); the page's
//! loader wakes it when a new version of the site is waiting (it offers "Reload to update").
//! What the reader clicked or pressed is remembered and done again once it has taken over.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, Event, HtmlElement, IntersectionObserver, IntersectionObserverInit};

use crate::events::{Listener, closest};
use crate::scope::Scope;

/// The root the full reader hydrates the conversation on (`COMMENTS_ROOT_ID` in the reader).
const COMMENTS_ROOT_ID: &str = "lectern-comments";
/// The same, as a selector.
const COMMENTS_ROOT: &str = "#lectern-comments";
/// An embedded reader's conversation, inside its own markup.
const EMBEDDED_COMMENTS: &str = "section.comments";
/// What the first screen does itself; every other control wakes the full reader. The text
/// settings too, while the first screen has them ([`handled`]).
const HANDLED: &str = "a.quote-toggle, button[data-folds], .toc-toggle";
/// Controls whose click is done again once the full reader runs.
const CONTROLS: &str = "button, [role=button], summary";
/// Fields: focusing one wakes the full reader (what is typed is kept by its hydration).
pub const FIELDS: &str = "input, textarea, select";

/// Something the reader did that the full reader must do once it has taken over.
pub enum Replay {
    /// A click on this control.
    Click(HtmlElement),
    /// A shortcut key pressed on this target.
    Key(web_sys::EventTarget, String),
    /// Text of the post selected: the full reader is told the selection changed, so it offers
    /// "Quote in reply" for it.
    Selected,
}

/// Wakes the full reader, with what to do again once it runs; answers whether it took a key
/// as text (the key's own effect is then stopped).
pub type Wake = Rc<dyn Fn(Option<Replay>) -> bool>;

/// Watches for the moments above; calls `wake` (with what to do again, if anything), which
/// answers whether it took a key as text (the key's own effect is then stopped).
pub struct Watch {
    _listeners: Vec<Listener>,
    observer: Option<IntersectionObserver>,
    _on_near: Option<Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}

/// Starts watching `root`; `wake` may be called more than once (each with its own replay).
pub fn watch(root: &Element, scope: &Scope, wake: Wake) -> Option<Watch> {
    let window = web_sys::window()?;
    let document = window.document()?;
    // Offline, the page is the saved copy: the full reader (saved too) says so.
    if named_elsewhere(scope) || has_saved_place(root) || !window.navigator().on_line() {
        wake(None);
    }
    let on_click = {
        let wake = wake.clone();
        move |event: Event| {
            if handled(&event) {
                return;
            }
            if let Some(control) = closest(&event, CONTROLS).and_then(|c| c.dyn_into().ok()) {
                wake(Some(Replay::Click(control)));
            }
        }
    };
    let on_focus = {
        let wake = wake.clone();
        move |event: Event| {
            if closest(&event, FIELDS).is_some() && !handled(&event) {
                wake(None);
            }
        }
    };
    let on_key = {
        let wake = wake.clone();
        move |event: Event| {
            if let Some(key) = typed_key(&event)
                && let Some(target) = event.target()
                && wake(Some(Replay::Key(target, key)))
            {
                event.prevent_default();
                event.stop_immediate_propagation();
            }
        }
    };
    // Selecting text of the post: the full reader offers "Quote in reply" for it.
    let on_select = {
        let (wake, root, scope) = (wake.clone(), root.clone(), scope.clone());
        move |_: Event| {
            let selected = scope
                .selection()
                .filter(|selection| !selection.is_collapsed())
                .and_then(|selection| selection.anchor_node())
                .is_some_and(|node| root.contains(Some(&node)));
            if selected {
                wake(Some(Replay::Selected));
            }
        }
    };
    let on_hash = {
        let (wake, scope) = (wake.clone(), scope.clone());
        move |_: Event| {
            if named_elsewhere(&scope) {
                wake(None);
            }
        }
    };
    let listeners = vec![
        Listener::new(root, "click", true, on_click),
        Listener::new(root, "focusin", true, on_focus),
        Listener::new(&scope.events(), "keydown", true, on_key),
        Listener::new(&window, "hashchange", false, on_hash),
        Listener::new(&document, "selectionchange", false, on_select),
    ];
    // The page hydrates its conversation on a root of its own; an embed's is in its article.
    let comments = scope
        .element_by_id(COMMENTS_ROOT_ID)
        .or_else(|| root.query_selector(EMBEDDED_COMMENTS).ok().flatten());
    let (observer, on_near) = match comments {
        Some(comments) => {
            let wake = wake.clone();
            let on_near = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
                move |entries: js_sys::Array, _observer| {
                    let near = entries.iter().any(|entry| {
                        entry
                            .dyn_into::<web_sys::IntersectionObserverEntry>()
                            .is_ok_and(|e| e.is_intersecting())
                    });
                    if near {
                        wake(None);
                    }
                },
            );
            let ahead = IntersectionObserverInit::new();
            // A screen ahead: the conversation is live by the time the reader reaches it.
            ahead.set_root_margin("0px 0px 100% 0px");
            let observer =
                IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &ahead)
                    .ok();
            if let Some(observer) = &observer {
                observer.observe(&comments);
            }
            (observer, Some(on_near))
        }
        None => (None, None),
    };
    Some(Watch {
        _listeners: listeners,
        observer,
        _on_near: on_near,
    })
}

/// Whether the first screen answers this event itself (see [`HANDLED`]).
fn handled(event: &Event) -> bool {
    closest(event, HANDLED).is_some()
        || closest(event, crate::text_settings::CONTAINER)
            .is_some_and(|settings| settings.has_attribute(crate::text_settings::LIVE_MARK))
}

/// A key typed outside a field, with no Ctrl, Alt or Meta: a shortcut, or a character typed
/// after a click that moves the focus into a field once the full reader runs.
fn typed_key(event: &Event) -> Option<String> {
    let key = event.dyn_ref::<web_sys::KeyboardEvent>()?;
    // Only the reader's own keys: not the ones pressed again here for the full reader.
    if !event.is_trusted() {
        return None;
    }
    if key.ctrl_key() || key.alt_key() || key.meta_key() || key.default_prevented() {
        return None;
    }
    let name = key.key();
    if name.chars().count() != 1 {
        return None;
    }
    if closest(event, "input, textarea, select, [contenteditable]").is_some() {
        return None;
    }
    Some(name)
}

/// Whether `key` is one of the reader's shortcuts.
pub fn is_shortcut(key: &str) -> bool {
    lectern_first::keys::SHORTCUT_KEYS.contains(&key)
}

/// Whether the address names something outside the article: a comment, the reply form, or an
/// id the prerendered page does not hold (a comment on a later page of the thread). For an
/// embed: any id of its own (the browser never goes into a shadow root; the full reader does),
/// and none of the host page's.
fn named_elsewhere(scope: &Scope) -> bool {
    let Some(id) = crate::fragment::named_id() else {
        return false;
    };
    match scope.element_by_id(&id) {
        found if scope.is_embedded() => found.is_some(),
        None => true,
        Some(target) => target.closest(COMMENTS_ROOT).ok().flatten().is_some(),
    }
}

/// Whether the reader has a place saved in this post (`data-post` on the root names it), which
/// the full reader offers to go back to.
fn has_saved_place(root: &Element) -> bool {
    let Some(post) = root.get_attribute("data-post") else {
        return false;
    };
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|storage| {
            storage
                .get_item(&lectern_first::place::storage_key(&post))
                .ok()
                .flatten()
        })
        .is_some()
}
