//! localStorage, with every failure reported (private mode, quota, disabled storage).

use serde::Serialize;
use serde::de::DeserializeOwned;

fn storage() -> Result<web_sys::Storage, String> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| "this browser does not allow saving here".to_owned())
}

/// Reads and decodes `key`; `Ok(None)` when absent or unreadable as `T`.
pub fn load<T: DeserializeOwned>(key: &str) -> Result<Option<T>, String> {
    let raw = storage()?
        .get_item(key)
        .map_err(|_| "reading saved data failed".to_owned())?;
    Ok(raw.and_then(|text| serde_json::from_str(&text).ok()))
}

/// Encodes and writes `value` under `key`.
pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), String> {
    let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    storage()?
        .set_item(key, &text)
        .map_err(|_| "browser storage is full or blocked".to_owned())
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), String> {
    storage()?
        .remove_item(key)
        .map_err(|_| "browser storage is blocked".to_owned())
}
