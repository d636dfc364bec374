//! An embedding page's own look for its reader — `mount()`'s `textSize`, `lineWidth`,
//! `lineSpacing`, `font`, `theme` and `readerSettings`, or the `<lectern-reader>` attributes
//! they come from — applied on the first screen as the full reader applies it: the host's values
//! are the defaults the reader's own choice is made over, written on the host element
//! (`data-lectern-<name>`), where the host's custom properties beat them.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlInputElement};

use crate::text_settings;
use lectern_first::numbers::in_digits;
use lectern_first::settings::{
    DEFAULT_SIZE, HOST_OPTIONS, NAMES, READER_SETTINGS_OPTION, TEXT_SIZES, size_step,
};

/// The defaults the reader's choices are made over, and whether the reader may choose.
pub struct HostLook {
    /// Each setting's default, by name: the host's value, or the one the markup was drawn with
    /// (Lectern's own). Empty on the page, where there is no host.
    base: Vec<(&'static str, String)>,
    /// Whether the reader gets the "Text settings" button and their saved choices apply.
    pub reader_may_choose: bool,
}

impl HostLook {
    /// The published page's: Lectern is the host, and the reader chooses.
    pub fn page() -> Self {
        HostLook {
            base: Vec::new(),
            reader_may_choose: true,
        }
    }

    /// The look `options` give the reader in `root`. Err when a value is not one the reader
    /// offers (a size it has no step for, a theme its panel does not list, a `readerSettings`
    /// that is not `true` or `false`): the full reader then checks the options and says which is
    /// wrong and why.
    pub fn read(options: &JsValue, root: &Element) -> Result<Self, ()> {
        let given = |option: &str| {
            if options.is_object() {
                Reflect::get(options, &option.into()).unwrap_or(JsValue::UNDEFINED)
            } else {
                JsValue::UNDEFINED
            }
        };
        let mut base = Vec::new();
        for (option, name) in HOST_OPTIONS {
            let value = given(option);
            let value = if value.is_undefined() {
                drawn_with(root, name)
            } else if name == "size" {
                let step = value.as_f64().and_then(size_step).ok_or(())?;
                Some(percent(step))
            } else {
                let value = value.as_string().filter(|v| offered(root, name, v));
                Some(value.ok_or(())?)
            };
            if let Some(value) = value {
                base.push((name, value));
            }
        }
        let reader_may_choose = match given(READER_SETTINGS_OPTION) {
            value if value.is_undefined() => true,
            value => value.as_bool().ok_or(())?,
        };
        Ok(HostLook {
            base,
            reader_may_choose,
        })
    }

    /// The host's default for the setting `name`; none on the page.
    pub fn base(&self, name: &str) -> Option<&str> {
        self.base
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, value)| value.as_str())
    }

    /// Puts the defaults on `host` (the `<lectern-reader>` element), and leaves the "Text
    /// settings" button out of sight in `root` when the host keeps its own look (as the full
    /// reader draws it then).
    pub fn apply(&self, host: &Element, root: &Element) {
        for (name, value) in &self.base {
            let _ = host.set_attribute(&attribute(name), value);
        }
        if !self.reader_may_choose
            && let Some(settings) = root.query_selector(text_settings::CONTAINER).ok().flatten()
        {
            let _ = settings.set_attribute("hidden", "");
        }
    }
}

/// Takes the defaults [`HostLook::apply`] put on `host` away again (its reader is removed).
pub fn clear(host: &Element) {
    for name in NAMES {
        let _ = host.remove_attribute(&attribute(name));
    }
}

/// `data-lectern-<name>`.
pub fn attribute(name: &str) -> String {
    ["data-lectern-", name].concat()
}

/// Size `step` of [`TEXT_SIZES`] as its percent is saved and written (`"110"`).
pub fn percent(step: usize) -> String {
    let size = TEXT_SIZES.get(step).copied().unwrap_or(100);
    in_digits(u8::try_from(size).unwrap_or(u8::MAX), "")
}

/// The value the markup in `root` was drawn with for `name` (its panel's checked choice; the
/// reader's default size).
fn drawn_with(root: &Element, name: &str) -> Option<String> {
    if name == "size" {
        return Some(percent(DEFAULT_SIZE));
    }
    let selector = ["input[name=lectern-", name, "][checked]"].concat();
    let input = root.query_selector(&selector).ok()??;
    input.get_attribute("value")
}

/// Whether the panel in `root` offers `value` for `name`.
fn offered(root: &Element, name: &str, value: &str) -> bool {
    let selector = ["input[type=radio][name=lectern-", name, "]"].concat();
    let mut found = false;
    crate::folds::for_each(root, &selector, |input| {
        if let Ok(input) = wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(input) {
            found |= input.value() == value;
        }
    });
    found
}
