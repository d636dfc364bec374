//! Downloading a post's JSON, pages of a WordPress thread, and sending a reply.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::error::LoadError;

/// A body and what its headers say about the collection it is a page of.
pub struct Fetched {
    /// The body as text.
    pub text: String,
    /// `X-WP-TotalPages`: how many pages the collection has (WordPress's REST API).
    pub total_pages: Option<u32>,
    /// `X-WP-Total`: how many items the collection has.
    pub total: Option<u32>,
}

/// Fetches `url` as text, turning each way it can fail into a specific [`LoadError`].
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    fetch_page(url).await.map(|fetched| fetched.text)
}

/// Fetches `url` as text with WordPress's paging headers.
pub async fn fetch_page(url: &str) -> Result<Fetched, LoadError> {
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
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .ok()
            .flatten()
            .and_then(|v| v.trim().parse::<u32>().ok())
    };
    let (total_pages, total) = (header("X-WP-TotalPages"), header("X-WP-Total"));
    let text = body_text(&response).await.map_err(network)?;
    if !response.ok() {
        return Err(LoadError::refused(
            url,
            response.status(),
            response.status_text(),
            &text,
        ));
    }
    Ok(Fetched {
        text,
        total_pages,
        total,
    })
}

/// Sends `body` (JSON) to `url` with POST. Returns the status and body of any answer; `Err`
/// only when no answer came (offline, refused by CORS).
pub async fn post_json(url: &str, body: &str) -> Result<(u16, String), String> {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&wasm_bindgen::JsValue::from_str(body));
    let headers = web_sys::Headers::new().map_err(|e| describe(&e))?;
    headers
        .set("Content-Type", "application/json")
        .map_err(|e| describe(&e))?;
    init.set_headers(&headers);
    let answer = JsFuture::from(gloo::utils::window().fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| describe(&e))?;
    let response: web_sys::Response = answer
        .dyn_into()
        .map_err(|_| "the answer was not an HTTP response".to_owned())?;
    let text = body_text(&response).await?;
    Ok((response.status(), text))
}

async fn body_text(response: &web_sys::Response) -> Result<String, String> {
    let body = response.text().map_err(|e| describe(&e))?;
    let text = JsFuture::from(body).await.map_err(|e| describe(&e))?;
    text.as_string()
        .ok_or_else(|| "the answer's body is not text".to_owned())
}

/// The message of a JavaScript error (a `TypeError: Failed to fetch`, an abort, …).
fn describe(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the request failed".to_owned())
}
