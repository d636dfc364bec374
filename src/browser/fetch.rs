//! Downloading a post's JSON.

use gloo::net::http::Request;

use crate::error::LoadError;

/// Fetches `url` as text, turning each way it can fail into a specific [`LoadError`].
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let network = |detail: String| LoadError::Network {
        url: url.to_owned(),
        detail,
    };
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| network(describe(e)))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    response.text().await.map_err(|e| network(describe(e)))
}

fn describe(error: gloo::net::Error) -> String {
    match error {
        gloo::net::Error::JsError(js) => js.message,
        other => other.to_string(),
    }
}
