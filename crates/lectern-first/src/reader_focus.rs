//! The field the reader themselves put the focus in after their last click was recorded (a
//! click or a tap on it, or Tab to it): when the full reader does that click again, it must
//! not take the reader away from where they went since.
//!
//! A reader on a slow link clicks "Reply", types a line, then clicks the Name field and types
//! their name, all before the full reader has loaded. The replayed "Reply" opens the composer
//! and moves the focus into its text; without this, the name they go on typing lands there.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::events::{Listener, closest};
use crate::scope::Scope;
use crate::wake::FIELDS;

/// Follows where the reader moves the focus themselves (see the module's doc).
pub struct ReaderFocus {
    chosen: Rc<RefCell<Option<Element>>>,
    _listeners: [Listener; 3],
}

impl ReaderFocus {
    /// Starts following the reader's own focus moves in `scope`.
    pub fn follow(scope: &Scope) -> ReaderFocus {
        let chosen: Rc<RefCell<Option<Element>>> = Rc::default();
        let tabbing = Rc::new(Cell::new(false));
        let target = scope.events();
        let on_pointer = {
            let chosen = chosen.clone();
            move |event: web_sys::Event| {
                if event.is_trusted()
                    && let Some(field) = closest(&event, FIELDS)
                {
                    *chosen.borrow_mut() = Some(field);
                }
            }
        };
        let on_key = {
            let tabbing = tabbing.clone();
            move |event: web_sys::Event| {
                let tab = event
                    .dyn_ref::<web_sys::KeyboardEvent>()
                    .is_some_and(|key| key.key() == "Tab");
                if event.is_trusted() && tab {
                    tabbing.set(true);
                }
            }
        };
        let on_focus = {
            let chosen = chosen.clone();
            move |event: web_sys::Event| {
                if tabbing.replace(false)
                    && let Some(field) = closest(&event, FIELDS)
                {
                    *chosen.borrow_mut() = Some(field);
                }
            }
        };
        ReaderFocus {
            chosen,
            _listeners: [
                Listener::new(&target, "pointerdown", true, on_pointer),
                Listener::new(&target, "keydown", true, on_key),
                Listener::new(&target, "focusin", true, on_focus),
            ],
        }
    }

    /// Forgets the reader's choice: a click was recorded after it, and leads somewhere new.
    pub fn forget(&self) {
        self.chosen.borrow_mut().take();
    }

    /// Whether `element` is the very field the reader chose (not another one with its id).
    pub fn is_chosen(&self, element: &Element) -> bool {
        self.chosen.borrow().as_ref() == Some(element)
    }

    /// Puts the focus back in the field the reader chose, or in the one that took its place
    /// when the full reader drew the form again (the same id); the browser puts the caret after
    /// its text.
    pub fn restore(&self, scope: &Scope) {
        let Some(chosen) = self.chosen.borrow_mut().take() else {
            return;
        };
        let field = if chosen.is_connected() {
            Some(chosen.clone())
        } else {
            Some(chosen.id())
                .filter(|id| !id.is_empty())
                .and_then(|id| scope.element_by_id(&id))
        };
        let Some(field) = field else {
            return;
        };
        if scope.active_element().as_ref() == Some(&field) {
            return;
        }
        if let Some(field) = field.dyn_ref::<web_sys::HtmlElement>() {
            let _ = field.focus();
        }
    }
}
