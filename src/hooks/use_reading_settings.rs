//! The reader's text settings: read from storage, applied to the page, saved when changed.

use yew::prelude::*;

use crate::browser;
use crate::model::settings::ReadingSettings;
use crate::model::storage_keys::READING_SETTINGS;
use crate::state::{Settings, SettingsAction};

/// The settings in force, a way to change them, and whether saving them failed.
#[derive(Clone, PartialEq)]
pub struct UseReadingSettings {
    /// What the reader chose (the post's own look until they choose).
    pub settings: ReadingSettings,
    /// Changes a setting: applied at once, the block at the top of the window kept there.
    pub change: Callback<SettingsAction>,
    /// The browser refused to store them (private mode, full or blocked storage): they apply for
    /// this visit only, and the panel says so.
    pub not_saved: bool,
}

/// Keeps the reader's text settings for the page (not for an embedded reader, which has no
/// settings of its own yet). They were applied before the first paint by `static/early.js` from
/// the same storage; this applies and saves each change.
///
/// ```ignore
/// let reading = use_reading_settings();
/// reading.change.emit(SettingsAction::Larger);
/// ```
#[hook]
pub fn use_reading_settings() -> UseReadingSettings {
    let root = super::use_root();
    let settings = use_reducer(|| {
        let stored = cfg!(target_arch = "wasm32")
            .then(|| browser::storage::load::<ReadingSettings>(READING_SETTINGS))
            .and_then(|loaded| loaded.ok().flatten());
        Settings(stored.unwrap_or_default())
    });
    let not_saved = use_state_eq(|| false);
    let applied = use_mut_ref(|| None::<ReadingSettings>);
    {
        let not_saved = not_saved.clone();
        use_effect_with(settings.0, move |now| {
            if root.is_embedded() {
                return;
            }
            // The first render applies again what the early script applied (a page without it,
            // like the offline edition, gets it here); later ones are the reader's changes.
            let changed = applied.borrow_mut().replace(*now).is_some();
            let place = changed
                .then(|| browser::place::place_at_top(&root))
                .flatten();
            browser::settings::apply(&now.attributes());
            if let Some(place) = place {
                place.restore(&root);
            }
            if changed {
                not_saved.set(browser::storage::save(READING_SETTINGS, now).is_err());
            }
        });
    }
    let change = {
        let settings = settings.clone();
        Callback::from(move |action| settings.dispatch(action))
    };
    UseReadingSettings {
        settings: settings.0,
        change,
        not_saved: *not_saved,
    }
}
