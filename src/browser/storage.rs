//! localStorage, with every failure reported (private mode, quota, disabled storage) as the
//! key of the reader's words for it (`storage.full`).

use crate::app_model::stored::Stored;
use lectern_format::json::At;

fn storage() -> Result<web_sys::Storage, String> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| "storage.not-allowed".to_owned())
}

/// Reads and decodes `key`; `Ok(None)` when absent or unreadable as `T`.
pub fn load<T: Stored>(key: &str) -> Result<Option<T>, String> {
    let raw = storage()?
        .get_item(key)
        .map_err(|_| "storage.read-failed".to_owned())?;
    Ok(raw.and_then(|text| {
        let value = lectern_format::json::parse(&text).ok()?;
        T::from_json(At::root(&value)).ok()
    }))
}

/// Encodes and writes `value` under `key`.
pub fn save<T: Stored>(key: &str, value: &T) -> Result<(), String> {
    let text = value.to_json();
    storage()?
        .set_item(key, &text)
        .map_err(|_| "storage.full".to_owned())
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), String> {
    storage()?
        .remove_item(key)
        .map_err(|_| "storage.blocked".to_owned())
}
