//! [`start`]: the first screen's one entry, and the hand-over to the full reader.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::contents::{self, Contents};
use crate::events::Listener;
use crate::wake::{self, Replay, Wake, Watch};
use crate::{folds, fragment, keep_place};

/// The performance mark the full reader sets once it has hydrated the whole page.
const FULL_READER_LIVE: &str = "lectern-interactive";
/// The mark set once the article is live (the benchmark's "article interactive").
const ARTICLE_LIVE: &str = "lectern-article-interactive";
/// How many frames to wait for the full reader before letting go anyway (about 30 s).
const FRAMES_TO_WAIT: u32 = 1800;
/// How many frames typed text waits for a replayed click to put the focus in a field (about
/// a third of a second: the full reader focuses right after it renders).
const FRAMES_FOR_FOCUS: u32 = 20;

/// Where the hand-over stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// The first screen alone.
    Reading,
    /// The full reader asked for, its code on the way.
    Loading,
    /// Its module has started and hydrates the page; the first screen's own handlers are gone.
    HandingOver,
    /// The full reader runs; what the reader did meanwhile is being done again.
    Replaying,
    /// The first screen is gone entirely.
    Done,
}

/// What the reader did while the full reader loaded, and where the hand-over stands.
struct Handover {
    phase: Cell<Phase>,
    /// Clicks, shortcut keys and a selection, in order.
    replays: RefCell<Vec<Replay>>,
    /// Whether a click waits to be done again: keys typed meanwhile are text for where it leads
    /// (the reader clicked "Reply" and began to type).
    clicked: Cell<bool>,
    /// That text, taken when the click has put the focus in a field.
    typed: RefCell<String>,
}

impl Handover {
    /// Records what the reader just did; returns whether a key was taken as text (its own
    /// effect is then stopped).
    fn record(&self, replay: Option<Replay>) -> bool {
        let phase = self.phase.get();
        if phase == Phase::Done {
            return false;
        }
        let mut replays = self.replays.borrow_mut();
        match replay {
            Some(Replay::Key(_, key)) if self.clicked.get() => {
                self.typed.borrow_mut().push_str(&key);
                true
            }
            // Once the page hydrates, nothing else is recorded: it would be done twice.
            _ if phase != Phase::Reading && phase != Phase::Loading => false,
            Some(Replay::Key(target, key)) => {
                if wake::is_shortcut(&key) {
                    replays.push(Replay::Key(target, key));
                }
                false
            }
            Some(Replay::Click(control)) => {
                self.clicked.set(true);
                replays.push(Replay::Click(control));
                false
            }
            Some(Replay::Selected) if replays.iter().any(|r| matches!(r, Replay::Selected)) => {
                false
            }
            Some(other) => {
                replays.push(other);
                false
            }
            None => false,
        }
    }
}

/// The first screen's live parts, removed before the full reader hydrates the page.
struct Screen {
    _folds: Vec<Listener>,
    _place: Option<keep_place::KeepPlace>,
    _contents: Option<Contents>,
    _fragment: Option<Listener>,
}

thread_local! {
    static SCREEN: RefCell<Option<Screen>> = const { RefCell::new(None) };
    // Kept until the replays are done: characters typed during hydration are still caught.
    static WATCH: RefCell<Option<Watch>> = const { RefCell::new(None) };
    // What wakes the full reader, for the page's loader (see [`wake`]).
    static WAKE: RefCell<Option<Wake>> = const { RefCell::new(None) };
}

/// Wakes the full reader for something only it shows (the loader calls it when a new version
/// of the site is waiting); nothing when it is awake already or the first screen never started.
#[wasm_bindgen]
pub fn wake() {
    if let Some(wake) = WAKE.with(|slot| slot.borrow().clone()) {
        wake(None);
    }
}

/// Makes the prerendered reader in `root` live, and calls `load` (which loads the full reader
/// and returns a promise that resolves once its module has started) when a reader needs it.
#[wasm_bindgen]
pub fn start(root: Element, load: js_sys::Function) {
    let handover = Rc::new(Handover {
        phase: Cell::new(Phase::Reading),
        replays: RefCell::default(),
        clicked: Cell::new(false),
        typed: RefCell::default(),
    });
    let wake: Wake = Rc::new(move |replay| {
        let taken = handover.record(replay);
        if handover.phase.get() == Phase::Reading {
            handover.phase.set(Phase::Loading);
            ask(&load, handover.clone());
        }
        taken
    });
    let screen = Screen {
        _folds: folds::listen(&root),
        _place: keep_place::keep(&root),
        _contents: contents::follow(&root),
        _fragment: fragment::follow(&root),
    };
    SCREEN.with(|slot| *slot.borrow_mut() = Some(screen));
    // Watching last: a saved place or an address naming a comment wakes the reader at once.
    WAKE.with(|slot| *slot.borrow_mut() = Some(wake.clone()));
    let watch = wake::watch(&root, wake);
    WATCH.with(|slot| *slot.borrow_mut() = watch);
    mark(ARTICLE_LIVE);
}

/// Calls `load`; once the full reader's module has started, removes the first screen (before
/// hydration, which its module schedules in a later task) and, once the reader is live, does
/// again what the reader did meanwhile. If it does not load (offline, a failed fetch), the
/// first screen stays and the next thing the reader does asks again.
fn ask(load: &js_sys::Function, handover: Rc<Handover>) {
    let promise = match load.call0(&JsValue::NULL) {
        Ok(promise) => js_sys::Promise::resolve(&promise),
        Err(_) => {
            handover.phase.set(Phase::Reading);
            return;
        }
    };
    let on_failure = handover.clone();
    let started = Closure::once(move |_: JsValue| {
        handover.phase.set(Phase::HandingOver);
        SCREEN.with(|screen| screen.borrow_mut().take());
        when_full_reader_live(FRAMES_TO_WAIT, move || {
            handover.phase.set(Phase::Replaying);
            let replays = handover.replays.take();
            replay_all(handover, replays);
        });
    });
    let failed = Closure::once(move |_: JsValue| on_failure.phase.set(Phase::Reading));
    let _ = promise.then2(&started, &failed);
    // Each runs at most once, when the promise settles; the pair is kept until then.
    started.forget();
    failed.forget();
}

/// Does again what the reader did while the full reader loaded, in order; then lets go. Text
/// typed after a click goes in last, once that click has had its effect (the full reader
/// moves the focus after it renders: up to `FRAMES_FOR_FOCUS` frames are waited for).
fn replay_all(handover: Rc<Handover>, replays: Vec<Replay>) {
    // Where the reader's own focus is (a field they typed into meanwhile): typed text waits for
    // the focus a click moves, not that one.
    let focused_before = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    for replay in replays {
        match replay {
            Replay::Click(control) if control.is_connected() => control.click(),
            Replay::Click(_) => {}
            Replay::Key(target, key) => press(&target, &key),
            Replay::Selected => selection_changed(),
        }
    }
    if !handover.clicked.get() {
        let_go(&handover);
        return;
    }
    when_focus_in_field(FRAMES_FOR_FOCUS, focused_before, move |in_field| {
        let text = handover.typed.take();
        let_go(&handover);
        if !text.is_empty() {
            type_into_focus(&text, in_field);
        }
    });
}

/// The hand-over is over: the first screen's last listeners go.
fn let_go(handover: &Handover) {
    handover.phase.set(Phase::Done);
    handover.clicked.set(false);
    WATCH.with(|watch| watch.borrow_mut().take());
}

/// Calls `then(true)` as soon as the focus enters a field other than `focused_before` (in its
/// `focusin`, before any key the reader types next reaches it), or `then(false)` once the
/// frames run out.
fn when_focus_in_field(
    frames: u32,
    focused_before: Option<Element>,
    then: impl FnOnce(bool) + 'static,
) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let moved_into_field = document
        .active_element()
        .is_some_and(|e| is_field(&e) && Some(&e) != focused_before.as_ref());
    if moved_into_field {
        then(true);
        return;
    }
    let then: Rc<RefCell<Option<OnFocus>>> = Rc::new(RefCell::new(Some(Box::new(then))));
    let listener: Rc<RefCell<Option<Listener>>> = Rc::default();
    let on_focus = {
        let (then, listener) = (then.clone(), listener.clone());
        move |event: web_sys::Event| {
            let into_field = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|e| is_field(&e));
            if into_field && let Some(then) = then.borrow_mut().take() {
                listener.borrow_mut().take();
                then(true);
            }
        }
    };
    *listener.borrow_mut() = Some(Listener::new(&document, "focusin", true, on_focus));
    count_frames(frames, move || {
        listener.borrow_mut().take();
        if let Some(then) = then.borrow_mut().take() {
            then(false);
        }
    });
}

/// What runs once, when the focus reaches a field or the wait is over.
type OnFocus = Box<dyn FnOnce(bool)>;

fn is_field(element: &Element) -> bool {
    matches!(element.tag_name().as_str(), "TEXTAREA" | "INPUT")
}

/// Runs `then` after `frames` animation frames.
fn count_frames(frames: u32, then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if frames == 0 {
        then();
    } else {
        let next = Closure::once_into_js(move || count_frames(frames - 1, then));
        let _ = window.request_animation_frame(next.unchecked_ref());
    }
}

/// Tells the full reader's listeners the selection changed (it was made before they were).
fn selection_changed() {
    let document = web_sys::window().and_then(|w| w.document());
    if let (Some(document), Ok(event)) = (document, web_sys::Event::new("selectionchange")) {
        let _ = document.dispatch_event(&event);
    }
}

/// Presses `key` again on `target`, for the full reader's shortcut handler.
fn press(target: &web_sys::EventTarget, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    if let Ok(event) = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Types `text` where the focus now is when that is a field (as the reader's own typing would:
/// at the caret, with the input events the reader listens to); elsewhere its shortcut keys are
/// pressed, as they would have been.
fn type_into_focus(text: &str, in_field: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if in_field {
        if let Ok(document) = document.dyn_into::<web_sys::HtmlDocument>() {
            let _ = document.exec_command_with_show_ui_and_value("insertText", false, text);
        }
        return;
    }
    let target: web_sys::EventTarget = match document.active_element() {
        Some(element) => element.into(),
        None => document.into(),
    };
    for key in text.chars().map(String::from) {
        if wake::is_shortcut(&key) {
            press(&target, &key);
        }
    }
}

/// Runs `then` once the full reader has set its mark, checking once a frame (or once the
/// frames run out: the first screen then lets go all the same).
fn when_full_reader_live(frames_left: u32, then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let live = window
        .performance()
        .is_some_and(|p| p.get_entries_by_name(FULL_READER_LIVE).length() > 0);
    if live || frames_left == 0 {
        then();
    } else {
        let next = Closure::once_into_js(move || when_full_reader_live(frames_left - 1, then));
        let _ = window.request_animation_frame(next.unchecked_ref());
    }
}

fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
