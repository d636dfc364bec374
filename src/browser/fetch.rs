//! Downloading a post's JSON, pages of a WordPress thread, and sending a reply.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::error::{LoadError, PostError};

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
    let text = body_text(&response)
        .await
        .map_err(|error| error.for_url(url))?;
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

/// Sends `body` (JSON) to `url` with POST, with WordPress's `X-WP-Nonce` when given (a reader
/// logged in on that site: the browser adds its cookie on the same origin). Returns the status
/// and body of any answer; `Err` only when no answer came (offline, refused by CORS).
pub async fn post_json(
    url: &str,
    body: &str,
    nonce: Option<&str>,
) -> Result<(u16, String), String> {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&wasm_bindgen::JsValue::from_str(body));
    let headers = web_sys::Headers::new().map_err(|e| describe(&e))?;
    headers
        .set("Content-Type", "application/json")
        .map_err(|e| describe(&e))?;
    if let Some(nonce) = nonce {
        headers.set("X-WP-Nonce", nonce).map_err(|e| describe(&e))?;
    }
    init.set_headers(&headers);
    let answer = JsFuture::from(gloo::utils::window().fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| describe(&e))?;
    let response: web_sys::Response = answer
        .dyn_into()
        .map_err(|_| "the answer was not an HTTP response".to_owned())?;
    let text = body_text(&response).await.map_err(|error| match error {
        BodyError::Unread(detail) => detail,
        BodyError::NotUtf8(error) => error.to_string(),
    })?;
    Ok((response.status(), text))
}

/// Sends `body` (form-encoded) to `url` the way a page's own `<form method="post">` does when
/// it posts to another site: no CORS, redirects followed, no cookies. The answer cannot be read
/// (it is opaque), so `Ok` says only that an answer came; `Err`, that none did (offline).
pub async fn post_form_unread(url: &str, body: &str) -> Result<(), String> {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_mode(web_sys::RequestMode::NoCors);
    init.set_body(&wasm_bindgen::JsValue::from_str(body));
    let headers = web_sys::Headers::new().map_err(|e| describe(&e))?;
    headers
        .set("Content-Type", "application/x-www-form-urlencoded")
        .map_err(|e| describe(&e))?;
    init.set_headers(&headers);
    JsFuture::from(gloo::utils::window().fetch_with_str_and_init(url, &init))
        .await
        .map(|_| ())
        .map_err(|e| describe(&e))
}

/// The body of `response` as text: UTF-8, a leading byte order mark dropped as
/// `Response.text()` drops it; a body that is not UTF-8 is refused with where it stops being
/// UTF-8 (JSON is UTF-8, so this is the post's syntax error) instead of being patched over.
///
/// Read as bytes and decoded here: a JavaScript string would be encoded again on its way into
/// the wasm, which costs tens of milliseconds for a long post.
async fn body_text(response: &web_sys::Response) -> Result<String, BodyError> {
    let body = response
        .array_buffer()
        .map_err(|e| BodyError::Unread(describe(&e)))?;
    let buffer = JsFuture::from(body)
        .await
        .map_err(|e| BodyError::Unread(describe(&e)))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        BodyError::NotUtf8(not_utf8(valid))
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// Why a body could not be read as text.
enum BodyError {
    /// The browser could not read it.
    Unread(String),
    /// It is not UTF-8.
    NotUtf8(PostError),
}

impl BodyError {
    /// The error for `url`'s body.
    fn for_url(self, url: &str) -> LoadError {
        match self {
            Self::Unread(detail) => LoadError::Network {
                url: url.to_owned(),
                detail,
            },
            Self::NotUtf8(error) => LoadError::Post {
                url: url.to_owned(),
                error,
            },
        }
    }
}

/// The syntax error for a body that stops being UTF-8 after `valid` (the text before the bad
/// bytes), at the line and column where it does.
fn not_utf8(valid: &[u8]) -> PostError {
    let before = std::str::from_utf8(valid).unwrap_or_default();
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    PostError::Syntax {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
        message: "bytes that are not UTF-8 text (a post's JSON must be UTF-8)".to_owned(),
    }
}

/// The message of a JavaScript error (a `TypeError: Failed to fetch`, an abort, …).
fn describe(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the request failed".to_owned())
}
