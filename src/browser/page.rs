//! The page the reader lives in: its address, title and language.

use crate::error::LoadError;

/// The absolute URL of the post to show: `?post=` resolved against the page, or `default`.
/// Only same-origin addresses are accepted, so a link cannot make the reader fetch from elsewhere.
pub fn requested_post_url(default: &str) -> Result<String, LoadError> {
    let location = gloo::utils::window().location();
    let page = location
        .href()
        .map_err(|_| bad("(this page)", "the page address cannot be read"))?;
    let base = gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or(page.clone());
    let page_url =
        web_sys::Url::new(&page).map_err(|_| bad(&page, "the page address cannot be read"))?;
    let requested = page_url.search_params().get("post");
    let wanted = match requested.as_deref().map(str::trim) {
        None => default.to_owned(),
        Some("") => return Err(bad("?post=", "the post address is empty")),
        Some(other) => other.to_owned(),
    };
    let resolved = web_sys::Url::new_with_base(&wanted, &base)
        .map_err(|_| bad(&wanted, "this is not a valid address"))?;
    if resolved.origin() != page_url.origin() {
        return Err(bad(
            &wanted,
            "only posts on this site can be opened with ?post= (embed the reader to show posts from elsewhere)",
        ));
    }
    Ok(resolved.href())
}

fn bad(url: &str, reason: &str) -> LoadError {
    LoadError::BadAddress {
        url: url.to_owned(),
        reason: reason.to_owned(),
    }
}

/// Sets `document.title`.
pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// Sets `<html lang>`, so screen readers and hyphenation use the post's language.
pub fn set_lang(lang: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        // Setting an attribute on the root element cannot fail for a valid name.
        let _ = root.set_attribute("lang", lang);
    }
}

/// Id of the `<script type="application/json">` that carries a post inside the page (the
/// offline edition), so the reader needs no request to show it.
pub const INLINE_POST_ID: &str = "lectern-post";

/// The JSON text of the post carried inside the page, if there is one.
pub fn inline_post() -> Option<String> {
    gloo::utils::document()
        .get_element_by_id(INLINE_POST_ID)?
        .text_content()
}
