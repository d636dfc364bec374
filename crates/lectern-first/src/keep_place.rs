//! The reader's place is saved while they read on the first screen, as the full reader saves it
//! (`use_reading_place`): once the window has rested for a moment, and when the page goes away.
//! Reaching the end marks the post finished. The next visit's full reader offers the place.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{JSON, Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, Event, Storage};

use crate::events::Listener;
use crate::folds::for_each;
use lectern_first::place::{BLOCKS, Place, SIDE_BAR, place_among, reading_edge, visit_id};
use lectern_first::reading::share_read;

/// How long the window rests before the place is saved (as the full reader waits).
const SAVE_AFTER_MS: i32 = 400;

/// What keeps the place: the listeners and the save waiting for the window to rest, which
/// never runs once this is dropped (its code goes with it).
pub struct KeepPlace {
    _listeners: Vec<Listener>,
    timer: Rc<Cell<Option<i32>>>,
    _rest: Rc<Closure<dyn FnMut()>>,
}

impl Drop for KeepPlace {
    fn drop(&mut self) {
        if let (Some(window), Some(timer)) = (web_sys::window(), self.timer.take()) {
            window.clear_timeout_with_handle(timer);
        }
    }
}

/// Keeps the place of the post `data-post` names on `root`, until dropped.
pub fn keep(root: &Element) -> Option<KeepPlace> {
    let window = web_sys::window()?;
    let post = root.get_attribute("data-post")?;
    let storage = window.local_storage().ok().flatten()?;
    let key = lectern_first::place::storage_key(&post);
    let save: Rc<dyn Fn()> = {
        let root = root.clone();
        Rc::new(move || save_place(&root, &storage, &key))
    };
    let timer = Rc::new(Cell::new(None::<i32>));
    let rest = {
        let (save, timer) = (save.clone(), timer.clone());
        Rc::new(Closure::<dyn FnMut()>::new(move || {
            timer.set(None);
            save();
        }))
    };
    let on_scroll = {
        let (window, timer, rest) = (window.clone(), timer.clone(), rest.clone());
        move |_: Event| {
            if let Some(previous) = timer.take() {
                window.clear_timeout_with_handle(previous);
            }
            let next = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                (*rest).as_ref().unchecked_ref(),
                SAVE_AFTER_MS,
            );
            timer.set(next.ok());
        }
    };
    Some(KeepPlace {
        _listeners: vec![
            Listener::new(&window, "scroll", false, on_scroll),
            Listener::new(&window, "pagehide", false, move |_| save()),
        ],
        timer,
        _rest: rest,
    })
}

/// Writes the place at the top of the window (nothing outside the post's sections), keeping
/// "finished" from an earlier visit or setting it when the end is in view.
fn save_place(root: &Element, storage: &Storage, key: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let Some((section, block, into)) = place_at_top(root).and_then(|place| place.in_section())
    else {
        return;
    };
    let at_end = root
        .query_selector("#article")
        .ok()
        .flatten()
        .is_some_and(|article| share_read(&article, height) >= 100);
    let finished = at_end || finished_before(storage, key);
    let place = Object::new();
    let fields: [(&str, JsValue); 5] = [
        ("section", section.into()),
        ("block", (block as u32).into()),
        ("into", u32::from(into).into()),
        ("finished", finished.into()),
        ("visit", visit_id().into()),
    ];
    for (name, value) in fields {
        let _ = Reflect::set(&place, &name.into(), &value);
    }
    // Storage that refuses is no reason to interrupt reading: the place is not remembered.
    if let Some(text) = JSON::stringify(&place).ok().and_then(|t| t.as_string()) {
        let _ = storage.set_item(key, &text);
    }
}

/// Where reading starts in `root`'s window: its top, or the bottom of the phone's contents bar.
pub fn edge(root: &Element) -> f64 {
    let width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0);
    let side_bar = root.query_selector(SIDE_BAR).ok().flatten();
    reading_edge(side_bar.as_ref(), width)
}

/// The block of `root` at the reading edge, and where in it.
pub fn place_at_top(root: &Element) -> Option<Place> {
    let mut blocks = Vec::new();
    for_each(root, BLOCKS, |block| blocks.push(block));
    place_among(&blocks, edge(root))
}

/// Whether an earlier visit read the post to the end.
fn finished_before(storage: &Storage, key: &str) -> bool {
    storage
        .get_item(key)
        .ok()
        .flatten()
        .and_then(|text| JSON::parse(&text).ok())
        .and_then(|saved| Reflect::get(&saved, &"finished".into()).ok())
        .is_some_and(|finished| finished.is_truthy())
}
