//! Downloading a post's JSON.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::error::LoadError;

/// Fetches `url` as text, turning each way it can fail into a specific [`LoadError`].
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let network = |detail: String| LoadError::Network {
        url: url.to_owned(),
        detail,
    };
    let answer = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|e| network(describe(&e)))?;
    let response: web_sys::Response = answer
        .dyn_into()
        .map_err(|_| network("the answer was not an HTTP response".to_owned()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let body = response.text().map_err(|e| network(describe(&e)))?;
    let text = JsFuture::from(body)
        .await
        .map_err(|e| network(describe(&e)))?;
    text.as_string()
        .ok_or_else(|| network("the answer's body is not text".to_owned()))
}

/// The message of a JavaScript error (a `TypeError: Failed to fetch`, an abort, …).
fn describe(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the request failed".to_owned())
}
