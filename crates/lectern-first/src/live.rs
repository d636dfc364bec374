//! [`start`]: the first screen's one entry, and the hand-over to the full reader.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::contents::{self, Contents};
use crate::events::Listener;
use crate::host_look::{self, HostLook};
use crate::reader_focus::ReaderFocus;
use crate::scope::Scope;
use crate::wake::{self, Replay, Wake, Watch};
use crate::{folds, fragment, keep_place, text_settings};
use lectern_first::handover::HYDRATING;

/// The performance mark the full reader sets once it has hydrated the whole page.
const FULL_READER_LIVE: &str = "lectern-interactive";
/// The published page's conversation, which the full reader hydrates on a root of its own.
const CONVERSATION: &str = "#lectern-comments";
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

/// One reader's first screen and its hand-over: what the reader did while the full reader
/// loaded, and where the hand-over stands.
struct Handover {
    phase: Cell<Phase>,
    /// The document or shadow root the reader is in.
    scope: Scope,
    /// Loads the full reader (see [`start`]).
    load: js_sys::Function,
    /// Clicks, shortcut keys and a selection, in order.
    replays: RefCell<Vec<Replay>>,
    /// Whether a click waits to be done again: keys typed meanwhile are text for where it leads
    /// (the reader clicked "Reply" and began to type).
    clicked: Cell<bool>,
    /// That text, taken when the click has put the focus in a field.
    typed: RefCell<String>,
    /// The first screen's live parts, removed before the full reader hydrates the reader.
    screen: RefCell<Option<Screen>>,
    /// What wakes the full reader; kept until the replays are done, so characters typed during
    /// hydration are still caught.
    watch: RefCell<Option<Watch>>,
    /// The reader's root element, where the full reader says it hydrates now.
    root: Element,
    /// Waits for that word, once the full reader's module has started.
    hydrating: RefCell<Option<Listener>>,
    /// How many times a full reader had said it is live when this one began to hydrate.
    live_before: Cell<u32>,
    /// The field the reader went to after their last recorded click, given back to them once
    /// that click has been done again.
    reader_focus: RefCell<Option<ReaderFocus>>,
}

impl Handover {
    /// Wakes the full reader (once), recording what to do again; answers whether a key was
    /// taken as text (its own effect is then stopped).
    fn wake(self: &Rc<Self>, replay: Option<Replay>) -> bool {
        let taken = self.record(replay);
        if self.phase.get() == Phase::Reading {
            self.phase.set(Phase::Loading);
            ask(self.clone());
        }
        taken
    }

    /// Records what the reader just did; returns whether a key was taken as text.
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
            // Once the page hydrates, nothing else is recorded: it would be done twice. But for
            // a click in the conversation before it is live (the page hydrates it a task after
            // the article, on its own root): that click reaches nothing but this record.
            Some(Replay::Click(control))
                if phase == Phase::HandingOver
                    && times_live() <= self.live_before.get()
                    && control.closest(CONVERSATION).ok().flatten().is_some() =>
            {
                self.clicked_on(&mut replays, control);
                false
            }
            _ if phase != Phase::Reading && phase != Phase::Loading => false,
            Some(Replay::Key(target, key)) => {
                if wake::is_shortcut(&key) {
                    replays.push(Replay::Key(target, key));
                }
                false
            }
            Some(Replay::Click(control)) => {
                self.clicked_on(&mut replays, control);
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

    /// Records a click to do again; keys typed next are text for where it leads.
    fn clicked_on(&self, replays: &mut Vec<Replay>, control: web_sys::HtmlElement) {
        self.clicked.set(true);
        if let Some(focus) = self.reader_focus.borrow().as_ref() {
            focus.forget();
        }
        replays.push(Replay::Click(control));
    }

    /// Whether `element` is the field the reader went to themselves since their last click.
    fn chosen_by_reader(&self, element: &Element) -> bool {
        self.reader_focus
            .borrow()
            .as_ref()
            .is_some_and(|focus| focus.is_chosen(element))
    }

    /// The hand-over is over (or the reader was removed): the first screen's last listeners go.
    fn let_go(&self) {
        self.phase.set(Phase::Done);
        self.clicked.set(false);
        self.reader_focus.borrow_mut().take();
        self.screen.borrow_mut().take();
        self.watch.borrow_mut().take();
        self.hydrating.borrow_mut().take();
    }
}

/// The first screen's live parts, removed before the full reader hydrates the page.
struct Screen {
    _folds: Vec<Listener>,
    settings: Option<text_settings::TextSettings>,
    _place: Option<keep_place::KeepPlace>,
    _contents: Option<Contents>,
    _fragment: Option<Listener>,
}

thread_local! {
    // The published page's reader, for the page's loader (see [`wake`]).
    static PAGE: RefCell<Option<Rc<Handover>>> = const { RefCell::new(None) };
}

/// Wakes the full reader for something only it shows (the loader calls it when a new version
/// of the site is waiting); nothing when it is awake already or the first screen never started.
#[wasm_bindgen]
pub fn wake() {
    if let Some(handover) = PAGE.with(|slot| slot.borrow().clone()) {
        handover.wake(None);
    }
}

/// Makes the prerendered reader in `root` live, and calls `load` (which loads the full reader
/// and returns a promise that resolves once its module has started) when a reader needs it.
#[wasm_bindgen]
pub fn start(root: Element, load: js_sys::Function) {
    let handover = begin(&root, load, HostLook::page());
    PAGE.with(|slot| *slot.borrow_mut() = handover);
}

/// An embedded reader's first screen (a published `<lectern-reader>` fragment, in its shadow
/// root), handed to `lectern-embed.js`: one per reader, however many a page holds.
#[wasm_bindgen]
pub struct EmbeddedScreen {
    handover: Option<Rc<Handover>>,
    /// The `<lectern-reader>` element, which carries the host's look while the reader lives.
    host: Option<Element>,
    /// Whether the host lets the reader choose their own look (see [`HostLook`]).
    reader_may_choose: bool,
}

/// Makes the prerendered reader in `root` (the `.lectern-embed` element of a shadow root) live,
/// in the look `options` give it (`mount()`'s text settings and `readerSettings`; see
/// [`HostLook`]). `load` loads the full reader and returns a promise that resolves, once its
/// module has started, to a function that hydrates this reader: it is called after the first
/// screen has put the markup back as the server rendered it. Nothing (`undefined`) when an
/// option's value is not one the reader offers: the full reader is then the one to say what is
/// wrong.
#[wasm_bindgen(js_name = startEmbedded)]
pub fn start_embedded(
    root: Element,
    load: js_sys::Function,
    options: JsValue,
) -> Option<EmbeddedScreen> {
    let look = HostLook::read(&options, &root).ok()?;
    let host = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .map(|shadow| shadow.host());
    if let Some(host) = &host {
        look.apply(host, &root);
    }
    let reader_may_choose = look.reader_may_choose;
    Some(EmbeddedScreen {
        handover: begin(&root, load, look),
        host,
        reader_may_choose,
    })
}

#[wasm_bindgen]
impl EmbeddedScreen {
    /// Wakes the full reader (the host changed the reader's options, which only it applies).
    pub fn wake(&self) {
        if let Some(handover) = &self.handover {
            handover.wake(None);
        }
    }

    /// Applies the host's new look (`options`, as [`start_embedded`] reads them) on the first
    /// screen: the host's defaults change under the reader's choices. False when the first
    /// screen cannot — a value the reader does not offer, the reader's own settings turned on or
    /// off, the full reader taking over — and the full reader must ([`Self::wake`]).
    pub fn restyle(&self, options: JsValue) -> bool {
        let (Some(handover), Some(host)) = (&self.handover, &self.host) else {
            return false;
        };
        let look = match HostLook::read(&options, &handover.root) {
            Ok(look) if look.reader_may_choose == self.reader_may_choose => look,
            _ => return false,
        };
        let screen = handover.screen.borrow();
        let Some(screen) = screen.as_ref() else {
            return false;
        };
        host_look::clear(host);
        look.apply(host, &handover.root);
        if let Some(settings) = &screen.settings {
            settings.restyle(look);
        }
        true
    }

    /// Stops this first screen (the reader is being removed): everything it added goes, and a
    /// full reader still loading for it is never started on it.
    pub fn stop(&mut self) {
        if let Some(handover) = self.handover.take() {
            handover.let_go();
        }
        if let Some(host) = self.host.take() {
            host_look::clear(&host);
        }
    }
}

impl Drop for EmbeddedScreen {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Starts the first screen on `root`; none when `root` is in no document.
fn begin(root: &Element, load: js_sys::Function, look: HostLook) -> Option<Rc<Handover>> {
    let scope = Scope::of(root)?;
    let handover = Rc::new(Handover {
        phase: Cell::new(Phase::Reading),
        scope: scope.clone(),
        load,
        replays: RefCell::default(),
        clicked: Cell::new(false),
        typed: RefCell::default(),
        screen: RefCell::default(),
        watch: RefCell::default(),
        root: root.clone(),
        hydrating: RefCell::default(),
        live_before: Cell::new(0),
        reader_focus: RefCell::new(Some(ReaderFocus::follow(&scope))),
    });
    *handover.screen.borrow_mut() = Some(Screen {
        _folds: folds::listen(root),
        settings: text_settings::follow(root, &scope, look),
        _place: keep_place::keep(root),
        _contents: contents::follow(root),
        // An embed's ids are out of the address's reach (the browser never scrolls into a
        // shadow root): the full reader follows them (`wake`).
        _fragment: (!scope.is_embedded())
            .then(|| fragment::follow(root))
            .flatten(),
    });
    // Watching last: a saved place or an address naming a comment wakes the reader at once.
    let weak = Rc::downgrade(&handover);
    let wake: Wake = Rc::new(move |replay| weak.upgrade().is_some_and(|h| h.wake(replay)));
    let watch = wake::watch(root, &scope, wake);
    *handover.watch.borrow_mut() = watch;
    mark(ARTICLE_LIVE);
    Some(handover)
}

/// Calls `load`. Once the full reader's module has started, the first screen lets go of the
/// reader at the moment it is hydrated: on the page, when the full reader says it hydrates now
/// ([`HYDRATING`]); in an embed, right before it calls the function the promise resolves to,
/// which hydrates. Once the full reader is live, what the reader did meanwhile is done again.
/// If it does not load (offline, a failed fetch), the first screen stays and the next thing the
/// reader does asks again.
fn ask(handover: Rc<Handover>) {
    let promise = match handover.load.call0(&JsValue::NULL) {
        Ok(promise) => js_sys::Promise::resolve(&promise),
        Err(_) => {
            handover.phase.set(Phase::Reading);
            return;
        }
    };
    let on_failure = handover.clone();
    let started = Closure::once(move |hydrate: JsValue| {
        // Removed meanwhile (`EmbeddedScreen::stop`): the full reader is not started on it.
        if handover.phase.get() == Phase::Done {
            return;
        }
        match hydrate.dyn_into::<js_sys::Function>() {
            // An embedded reader: the first screen lets go, then the full reader hydrates it.
            Ok(hydrate) => hand_over(handover, Some(hydrate)),
            // The page: its full reader hydrates it once the page has loaded, and says so first.
            Err(_) => {
                let fired = Cell::new(false);
                let waiting = handover.clone();
                let listener = Listener::new(&handover.root, HYDRATING, false, move |_| {
                    if !fired.replace(true) && waiting.phase.get() == Phase::Loading {
                        hand_over(waiting.clone(), None);
                    }
                });
                *handover.hydrating.borrow_mut() = Some(listener);
                // Should the word never come, the first screen lets go once the full reader is
                // live all the same (it would otherwise answer clicks twice).
                let live_before = times_live();
                when_full_reader_live(FRAMES_TO_WAIT, live_before, move || {
                    if handover.phase.get() == Phase::Loading {
                        hand_over(handover, None);
                    }
                });
            }
        }
    });
    let failed = Closure::once(move |_: JsValue| {
        if on_failure.phase.get() == Phase::Loading {
            on_failure.phase.set(Phase::Reading);
        }
    });
    let _ = promise.then2(&started, &failed);
    // Each runs at most once, when the promise settles; the pair is kept until then.
    started.forget();
    failed.forget();
}

/// Lets go of the reader (everything the first screen added goes, the markup as the server
/// wrote it), hydrates it with `hydrate` when given, and, once the full reader is live, does
/// again what the reader did meanwhile.
fn hand_over(handover: Rc<Handover>, hydrate: Option<js_sys::Function>) {
    let live_before = times_live();
    handover.live_before.set(live_before);
    // Text settings open on the first screen close as the server wrote them (so hydration
    // matches) and open again in the full reader, the focus back where it was.
    let open_settings = text_settings::open_toggle(&handover.root);
    let focus_back = open_settings
        .as_ref()
        .and_then(|_| handover.scope.active_element())
        .filter(|focused| {
            let in_settings = focused.closest(text_settings::CONTAINER);
            in_settings.ok().flatten().is_some()
        })
        .and_then(|focused| focused.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(toggle) = open_settings {
        handover
            .replays
            .borrow_mut()
            .insert(0, Replay::Click(toggle));
    }
    handover.phase.set(Phase::HandingOver);
    handover.screen.borrow_mut().take();
    if let Some(hydrate) = hydrate {
        let _ = hydrate.call0(&JsValue::NULL);
    }
    when_full_reader_live(FRAMES_TO_WAIT, live_before, move || {
        handover.phase.set(Phase::Replaying);
        let replays = handover.replays.take();
        replay_all(handover, replays);
        if let Some(focused) = focus_back {
            let shown = focused.clone();
            let visible = move || shown.closest("[hidden]").ok().flatten().is_none();
            after_frames(FRAMES_FOR_FOCUS, visible, move || {
                let _ = focused.focus();
            });
        }
    });
}

/// Does again what the reader did while the full reader loaded, in order; then lets go. Text
/// typed after a click goes in last, once that click has had its effect (the full reader
/// moves the focus after it renders: up to `FRAMES_FOR_FOCUS` frames are waited for).
fn replay_all(handover: Rc<Handover>, replays: Vec<Replay>) {
    // Where the reader's own focus is (a field they typed into meanwhile): typed text waits for
    // the focus a click moves, not that one.
    let focused_before = handover.scope.active_element();
    for replay in replays {
        match replay {
            Replay::Click(control) if control.is_connected() => control.click(),
            Replay::Click(_) => {}
            Replay::Key(target, key) => press(&target, &key),
            Replay::Selected => selection_changed(),
        }
    }
    if !handover.clicked.get() {
        handover.let_go();
        return;
    }
    let scope = handover.scope.clone();
    let chooser = handover.clone();
    let by_reader = move |element: &Element| chooser.chosen_by_reader(element);
    when_focus_in_field(
        &scope,
        FRAMES_FOR_FOCUS,
        focused_before,
        by_reader,
        move |in_field| {
            let text = handover.typed.take();
            if !text.is_empty() {
                type_into_focus(&handover.scope, &text, in_field);
            }
            // The reader went on to another field meanwhile: they go on typing there.
            if let Some(focus) = handover.reader_focus.borrow().as_ref() {
                focus.restore(&handover.scope);
            }
            handover.let_go();
        },
    );
}

/// Calls `then(true)` as soon as the focus enters a field other than `focused_before` (in its
/// `focusin`, before any key the reader types next reaches it), or `then(false)` once the
/// frames run out. A field the reader moves to themselves (`by_reader`) is not where the click
/// led, and is passed over.
fn when_focus_in_field(
    scope: &Scope,
    frames: u32,
    focused_before: Option<Element>,
    by_reader: impl Fn(&Element) -> bool + 'static,
    then: impl FnOnce(bool) + 'static,
) {
    let moved_into_field = scope
        .active_element()
        .is_some_and(|e| is_field(&e) && Some(&e) != focused_before.as_ref() && !by_reader(&e));
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
                .is_some_and(|e| is_field(&e) && !by_reader(&e));
            if into_field && let Some(then) = then.borrow_mut().take() {
                listener.borrow_mut().take();
                then(true);
            }
        }
    };
    *listener.borrow_mut() = Some(Listener::new(&scope.events(), "focusin", true, on_focus));
    after_frames(
        frames,
        || false,
        move || {
            listener.borrow_mut().take();
            if let Some(then) = then.borrow_mut().take() {
                then(false);
            }
        },
    );
}

/// What runs once, when the focus reaches a field or the wait is over.
type OnFocus = Box<dyn FnOnce(bool)>;

fn is_field(element: &Element) -> bool {
    matches!(element.tag_name().as_str(), "TEXTAREA" | "INPUT")
}

/// Runs `then` once `done()` holds, checking once an animation frame, or after `frames` frames
/// at the latest.
fn after_frames(frames: u32, done: impl Fn() -> bool + 'static, then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if frames == 0 || done() {
        then();
    } else {
        let next = Closure::once_into_js(move || after_frames(frames - 1, done, then));
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
fn type_into_focus(scope: &Scope, text: &str, in_field: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if in_field {
        if let Ok(document) = document.dyn_into::<web_sys::HtmlDocument>() {
            let _ = document.exec_command_with_show_ui_and_value("insertText", false, text);
        }
        return;
    }
    let target: web_sys::EventTarget = match scope.active_element() {
        Some(element) => element.into(),
        None => scope.events(),
    };
    for key in text.chars().map(String::from) {
        if wake::is_shortcut(&key) {
            press(&target, &key);
        }
    }
}

/// How many times a full reader on this page has said it is live (a page may hold several
/// embedded readers, each of which says so once).
fn times_live() -> u32 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0, |p| p.get_entries_by_name(FULL_READER_LIVE).length())
}

/// Runs `then` once a full reader has said it is live since `before` such moments, checking
/// once a frame (or once the frames run out: the first screen then lets go all the same).
fn when_full_reader_live(frames: u32, before: u32, then: impl FnOnce() + 'static) {
    after_frames(frames, move || times_live() > before, then);
}

fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
