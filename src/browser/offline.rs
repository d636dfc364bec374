//! Reading offline: registering the service worker, offering updates, and telling the reader
//! whether the post they read is saved for offline reading.

use wasm_bindgen::prelude::*;

use crate::state::OfflineStatus;

#[wasm_bindgen(module = "/src/browser/offline.js")]
extern "C" {
    #[wasm_bindgen(js_name = registerOffline)]
    fn register_offline(on_update: &Closure<dyn Fn()>) -> bool;
    #[wasm_bindgen(js_name = checkForUpdate)]
    fn check_for_update_js();
    #[wasm_bindgen(js_name = applyUpdate)]
    fn apply_update_js();
    #[wasm_bindgen(js_name = offlineStatus)]
    fn offline_status_js(url: &str) -> js_sys::Promise;
}

/// Registers the service worker (release builds only) and calls `on_update` when a new version
/// is installed and waiting. Returns whether offline reading is on for this page.
pub fn register(on_update: impl Fn() + 'static) -> bool {
    let callback = Closure::<dyn Fn()>::new(on_update);
    let on = register_offline(&callback);
    if on {
        // The worker can announce an update at any time while the page lives.
        callback.forget();
    }
    on
}

/// Asks the browser to look for a new version now.
pub fn check_for_update() {
    check_for_update_js();
}

/// Activates the waiting version and reloads.
pub fn apply_update() {
    apply_update_js();
}

/// Whether `url` is in the offline cache, and whether it is being shown because we are offline.
pub async fn status(url: &str) -> OfflineStatus {
    let value = wasm_bindgen_futures::JsFuture::from(offline_status_js(url)).await;
    match value.ok().and_then(|v| v.as_f64()) {
        Some(2.0) => OfflineStatus::ShowingSaved,
        Some(1.0) => OfflineStatus::Saved,
        _ => OfflineStatus::NotSaved,
    }
}
