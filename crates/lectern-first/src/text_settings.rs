//! "Text settings" on the first screen, as the full reader's panel has them: the button opens
//! the panel; a size step, a choice or "Reset" changes the text at once, keeps the block at the
//! top of the window there, and is saved for every post on the site in the full reader's own
//! place and form, so the full reader takes over with the same look and the same panel.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{JSON, Object, Reflect};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, Storage};

use crate::disclosure::{self, Panel};
use crate::events::{Listener, closest};
use crate::folds::for_each;
use crate::host_look::{HostLook, attribute, percent};
use crate::keep_place::{edge, place_at_top};
use crate::scope::Scope;
use lectern_first::numbers::fill_percent;
use lectern_first::settings::{DEFAULT_SIZE, NAMES, STORAGE_KEY, TEXT_SIZES, written_over};

/// The reader's choices: a value for each setting chosen, by name.
type Choices = Vec<(&'static str, String)>;

/// What keeps the panel live; dropped before the full reader hydrates, closing the panel as the
/// server rendered it (the full reader draws it from the same saved choices).
pub struct TextSettings {
    root: Element,
    container: Element,
    /// Where the look is written (see [`follow`]).
    styled: Element,
    /// The reader's choices and the host's look they are made over.
    state: Rc<RefCell<State>>,
    _listeners: Vec<Listener>,
}

/// What the panel shows and the look is written from.
struct State {
    /// The reader's choices.
    choices: Choices,
    /// The host's defaults they are made over.
    look: HostLook,
}

impl TextSettings {
    /// The host gave another look (`theme`, `font`…): its defaults change under the reader's
    /// choices, which stay, and the reader's block stays where it is on the screen.
    pub fn restyle(&self, look: HostLook) {
        keeping_place(&self.root, || {
            let mut state = self.state.borrow_mut();
            state.look = look;
            write(&self.styled, &state.choices, &state.look);
            show_choices(&self.container, &state.choices, &state.look);
        });
    }
}

/// On the panel while the first screen answers it (clicks in it then wake nothing).
pub const LIVE_MARK: &str = "data-first-screen";

/// The element holding the button and the panel.
pub const CONTAINER: &str = ".text-settings";

/// The button that opens and closes the panel.
const TOGGLE: &str = ".text-settings-toggle";

impl Drop for TextSettings {
    fn drop(&mut self) {
        show_panel(&self.container, false);
        let _ = self.container.remove_attribute(LIVE_MARK);
    }
}

/// Writes the reader's saved choices over `look` (the host's defaults) and starts the panel of
/// the reader in `root`; none when the reader has none (a host keeps its own look: nothing is
/// written), or the browser will not save new choices: the full reader answers the panel then,
/// and says the settings last only while the page is open.
pub fn follow(root: &Element, scope: &Scope, look: HostLook) -> Option<TextSettings> {
    let window = web_sys::window()?;
    let container = root.query_selector(CONTAINER).ok()??;
    let storage = window.local_storage().ok().flatten()?;
    if container.has_attribute("hidden") {
        return None;
    }
    // Where the look is set: the page's `<html>` (the early script put the saved choices there
    // before the first paint), or the embedded reader's own element.
    let styled = match scope {
        Scope::Page(document) => document.document_element()?,
        Scope::Shadow(_) => root.clone(),
    };
    let state = Rc::new(RefCell::new(State {
        choices: saved(&storage),
        look,
    }));
    // On the page the early script wrote them before the first paint; an embedded reader's
    // are written here, before the first screen's first frame.
    {
        let state = state.borrow();
        write(&styled, &state.choices, &state.look);
        show_choices(&container, &state.choices, &state.look);
    }
    // Saved choices apply even where the browser will not save new ones (full storage), so the
    // look does not change when the full reader takes over; the panel is the full reader's then.
    if !saves(&storage) {
        return None;
    }
    let _ = container.set_attribute(LIVE_MARK, "");
    let change = {
        let (root, container, state) = (root.clone(), container.clone(), state.clone());
        let styled = styled.clone();
        move |next: Choices| {
            keeping_place(&root, || {
                let mut state = state.borrow_mut();
                write(&styled, &next, &state.look);
                save(&storage, &next);
                show_choices(&container, &next, &state.look);
                state.choices = next;
            });
        }
    };
    let change = Rc::new(change);
    let on_click = {
        let (change, state) = (change.clone(), state.clone());
        move |event: Event| {
            let Some(action) = closest(&event, "button[data-settings]")
                .and_then(|button| button.get_attribute("data-settings"))
            else {
                return;
            };
            let mut next = state.borrow().choices.clone();
            let size = size_index(&next, &state.borrow().look);
            let size = match action.as_str() {
                "smaller" => Some(size.saturating_sub(1)),
                "larger" => Some((size + 1).min(TEXT_SIZES.len() - 1)),
                _ => None,
            };
            match size {
                Some(size) => set(&mut next, "size", percent(size)),
                None => next.clear(),
            }
            change(next);
        }
    };
    let on_pick = {
        let state = state.clone();
        move |event: Event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let name = input.name();
            let Some(name) = name
                .strip_prefix("lectern-")
                .and_then(|name| NAMES.iter().find(|&&n| n == name))
            else {
                return;
            };
            let mut next = state.borrow().choices.clone();
            set(&mut next, name, input.value());
            change(next);
        }
    };
    let mut listeners = disclosure::listen(
        &container,
        Panel {
            button: TOGGLE,
            show: show_panel,
            shown: |container| open_toggle(container).is_some(),
        },
    );
    listeners.push(Listener::new(&container, "click", false, on_click));
    listeners.push(Listener::new(&container, "change", false, on_pick));
    Some(TextSettings {
        root: root.clone(),
        container,
        styled,
        state,
        _listeners: listeners,
    })
}

/// Runs `change` (which changes the look), then scrolls so the block that was at the top of the
/// window is there again.
fn keeping_place(root: &Element, change: impl FnOnce()) {
    let place = place_at_top(root);
    change();
    if let (Some(place), Some(window)) = (place, web_sys::window()) {
        let pixels = place.offset_from(edge(root));
        if pixels.abs() >= 1.0 {
            window.scroll_by_with_x_and_y(0.0, pixels);
        }
    }
}

/// The value chosen for `name`, if any.
fn chosen<'a>(choices: &'a Choices, name: &str) -> Option<&'a str> {
    choices
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.as_str())
}

/// Chooses `value` for `name`.
fn set(choices: &mut Choices, name: &'static str, value: String) {
    choices.retain(|(n, _)| *n != name);
    choices.push((name, value));
}

/// The value in force for `name`: the reader's choice, else the host's default.
fn in_force<'a>(choices: &'a Choices, look: &'a HostLook, name: &str) -> Option<&'a str> {
    chosen(choices, name).or_else(|| look.base(name))
}

/// Writes the settings in force as `data-lectern-<name>` on `styled` (the page's `<html>`, or
/// the embedded reader's own element, where only what differs from the host's look is written).
fn write(styled: &Element, choices: &Choices, look: &HostLook) {
    for name in NAMES {
        let attribute = attribute(name);
        let _ = match written_over(in_force(choices, look, name), look.base(name)) {
            Some(value) => styled.set_attribute(&attribute, value),
            None => styled.remove_attribute(&attribute),
        };
    }
}

/// The index in [`TEXT_SIZES`] of the size in force (the reader's default when none is).
fn size_index(choices: &Choices, look: &HostLook) -> usize {
    in_force(choices, look, "size")
        .and_then(|size| (0..TEXT_SIZES.len()).find(|&i| percent(i) == size))
        .unwrap_or(DEFAULT_SIZE)
}

/// Size `index` of [`TEXT_SIZES`], in percent.
fn size_percent(index: usize) -> u8 {
    let size = TEXT_SIZES.get(index).copied().unwrap_or(100);
    u8::try_from(size).unwrap_or(u8::MAX)
}

/// Whether the browser saves the choices: what is saved already is written again (private
/// windows and full or blocked storage refuse).
fn saves(storage: &Storage) -> bool {
    let before = storage.get_item(STORAGE_KEY).ok().flatten();
    let written = storage
        .set_item(STORAGE_KEY, before.as_deref().unwrap_or("{}"))
        .is_ok();
    if before.is_none() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
    written
}

/// The choices saved for the site: each setting's plain word, as the early script takes them.
fn saved(storage: &Storage) -> Choices {
    let Some(saved) = storage
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
        .and_then(|text| JSON::parse(&text).ok())
    else {
        return Choices::new();
    };
    let mut choices = Choices::new();
    for name in NAMES {
        let value = Reflect::get(&saved, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .filter(|v| {
                !v.is_empty()
                    && v.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if let Some(value) = value {
            choices.push((name, value));
        }
    }
    choices
}

/// Saves the choices (none: forgets them).
fn save(storage: &Storage, choices: &Choices) {
    if choices.is_empty() {
        let _ = storage.remove_item(STORAGE_KEY);
        return;
    }
    let object = Object::new();
    for name in NAMES {
        if let Some(value) = chosen(choices, name) {
            let _ = Reflect::set(&object, &name.into(), &value.into());
        }
    }
    if let Some(text) = JSON::stringify(&object).ok().and_then(|t| t.as_string()) {
        let _ = storage.set_item(STORAGE_KEY, &text);
    }
}

/// Shows the settings in force in the panel: the size in the post's words and digits with its
/// steps' limits, and each row's button (the server's default where nothing says otherwise).
fn show_choices(container: &Element, choices: &Choices, look: &HostLook) {
    let size = size_index(choices, look);
    if let Some(output) = container.query_selector(".size-value").ok().flatten() {
        let template = output.get_attribute("data-template").unwrap_or_default();
        let digits = output.get_attribute("data-digits").unwrap_or_default();
        output.set_text_content(Some(&fill_percent(&template, size_percent(size), &digits)));
    }
    for (action, limit) in [("smaller", 0), ("larger", TEXT_SIZES.len() - 1)] {
        let selector = ["button[data-settings=", action, "]"].concat();
        if let Some(button) = container.query_selector(&selector).ok().flatten() {
            let _ = if size == limit {
                button.set_attribute("disabled", "")
            } else {
                button.remove_attribute("disabled")
            };
        }
    }
    for_each(container, "input[type=radio]", |input| {
        let Ok(input) = input.dyn_into::<HtmlInputElement>() else {
            return;
        };
        let name = input.name();
        let name = name.strip_prefix("lectern-").unwrap_or(&name);
        input.set_checked(match in_force(choices, look, name) {
            Some(chosen) => chosen == input.value(),
            None => input.default_checked(),
        });
    });
}

/// The panel's button under `root` when the panel is open.
pub fn open_toggle(root: &Element) -> Option<HtmlElement> {
    let selector = [TOGGLE, "[aria-expanded=true]"].concat();
    root.query_selector(&selector).ok()??.dyn_into().ok()
}

/// Opens or closes the panel, as its button says.
fn show_panel(container: &Element, open: bool) {
    if let Some(button) = container.query_selector(TOGGLE).ok().flatten() {
        let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
    if let Some(panel) = container
        .query_selector(".text-settings-panel")
        .ok()
        .flatten()
    {
        let _ = if open {
            panel.remove_attribute("hidden")
        } else {
            panel.set_attribute("hidden", "")
        };
    }
}
