//! The reader's text settings: read from storage, applied to the page, saved when changed.

use yew::prelude::*;

use crate::app_model::settings::{TextChoices, TextDefaults, TextSettings};
use crate::app_model::storage_keys::READING_SETTINGS;
use crate::browser;
use crate::state::{SettingsAction, SettingsChange, TextChoicesState};

/// The settings in force, a way to change them, and whether saving them failed.
#[derive(Clone, PartialEq)]
pub struct UseTextSettings {
    /// The settings in force: the reader's choice, or the page's (or host's) until they choose.
    pub settings: TextSettings,
    /// Changes a setting: applied at once, the block at the top of the window kept there.
    pub change: Callback<SettingsAction>,
    /// The browser refused to store them (private mode, full or blocked storage): they apply for
    /// this visit only, and the panel says so.
    pub not_saved: bool,
}

/// Keeps the reader's text settings over `defaults` (Lectern's own on its pages; an embedded
/// reader's host's, with or without the reader's choice on top). On the page they were applied
/// before the first paint by `static/early.js` from the same storage; this applies them to the
/// page or the embedded reader and saves each change the reader makes.
///
/// ```ignore
/// let reading = use_text_settings(TextDefaults::default());
/// reading.change.emit(SettingsAction::Larger);
/// ```
#[hook]
pub fn use_text_settings(defaults: TextDefaults) -> UseTextSettings {
    let root = super::use_root();
    let chosen = use_reducer(|| {
        let stored = cfg!(target_arch = "wasm32")
            .then(|| browser::storage::load::<TextChoices>(READING_SETTINGS))
            .and_then(|loaded| loaded.ok().flatten());
        TextChoicesState(stored.unwrap_or_default())
    });
    let in_force = defaults.in_force(chosen.0);
    let not_saved = use_state_eq(|| false);
    // What the last run applied: (the reader's choice, the settings in force).
    let applied = use_mut_ref(|| None::<(TextChoices, TextSettings)>);
    {
        let not_saved = not_saved.clone();
        let base = defaults.base;
        use_effect_with((chosen.0, in_force, base), move |&(chosen, now, base)| {
            // The first run applies what the page has (again, after the early script); later
            // ones follow the reader's changes or the host's new defaults.
            let before = applied.borrow_mut().replace((chosen, now));
            let place = before
                .filter(|&(_, was)| was != now)
                .and_then(|_| browser::place::place_at_top(&root));
            let attributes: Vec<_> = if root.is_embedded() {
                browser::settings::apply_host_defaults(&root, &base.attributes());
                now.attributes_over(&base)
            } else {
                now.attributes()
                    .into_iter()
                    .map(|(name, value)| (name, Some(value)))
                    .collect()
            };
            browser::settings::apply(&root, &attributes);
            if let Some(place) = place {
                browser::place::restore(&place, &root);
            }
            if before.is_some_and(|(was, _)| was != chosen) {
                let saved = if chosen.is_empty() {
                    browser::storage::remove(READING_SETTINGS)
                } else {
                    browser::storage::save(READING_SETTINGS, &chosen)
                };
                not_saved.set(saved.is_err());
            }
        });
    }
    let change = {
        let chosen = chosen.clone();
        Callback::from(move |action| {
            chosen.dispatch(SettingsChange {
                from: in_force,
                action,
            })
        })
    };
    UseTextSettings {
        settings: in_force,
        change,
        not_saved: *not_saved,
    }
}
