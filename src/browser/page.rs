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

/// Id of the element the app lives in: the wasm entry mounts or hydrates there, and the
/// build-time renderer fills it.
pub const APP_ROOT_ID: &str = "lectern";

/// Attribute on the app root when it holds prerendered markup to hydrate (any other content,
/// like a `<noscript>` note, is replaced instead).
pub const PRERENDERED_MARK: &str = "data-prerendered";

/// Whether this reader's post arrived in the page's HTML and is being hydrated: the browser then
/// went to the address's fragment itself, before any script ran (and may still be scrolling
/// there smoothly, which a script's scroll would only disturb).
pub fn arrived_prerendered(root: &super::root::Root) -> bool {
    !root.is_embedded()
        && gloo::utils::document()
            .get_element_by_id(APP_ROOT_ID)
            .is_some_and(|app| app.has_attribute(PRERENDERED_MARK))
}

/// Id of the `<script type="application/json">` that carries a post inside the page (the
/// prerendered page and the offline edition), so the reader needs no request to show it.
pub const INLINE_POST_ID: &str = "lectern-post";

/// A post carried inside the page.
pub struct InlinePost {
    /// Its JSON text.
    pub json: String,
    /// Where it is also published (`data-published-at`), for the offline status.
    pub published_at: Option<String>,
}

/// The post carried inside the page, if there is one.
pub fn inline_post() -> Option<InlinePost> {
    let script = gloo::utils::document().get_element_by_id(INLINE_POST_ID)?;
    Some(InlinePost {
        json: script.text_content()?,
        published_at: script.get_attribute("data-published-at"),
    })
}

/// Id of the `<script type="text/plain">` that carries Lectern's words in the post's language
/// inside a page published in that language (read before the first render, so hydration says
/// what the server said).
pub const INLINE_WORDS_ID: &str = "lectern-words";

/// The language file carried inside the page, if there is one.
pub fn inline_words() -> Option<String> {
    gloo::utils::document()
        .get_element_by_id(INLINE_WORDS_ID)?
        .text_content()
}

/// Whether the address names a post with `?post=` (then a post carried in the page is not it).
pub fn asks_for_post() -> bool {
    gloo::utils::window()
        .location()
        .search()
        .ok()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .is_some_and(|params| params.has("post"))
}

/// Sets a `performance.mark`, so benchmarks can read when the app started and became interactive.
pub fn mark(name: &str) {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark(name);
    }
}

/// This page load, as a reader's saved place records it (see `lectern_first::place::visit_id`).
pub fn visit_id() -> String {
    lectern_first::place::visit_id()
}

/// Ids of the quotations whose folded part the browser has already revealed in prerendered
/// markup (it removes `hidden="until-found"` for a text fragment or find-in-page by itself).
pub fn revealed_quotes(root: &web_sys::Element) -> Vec<String> {
    let Ok(found) = root.query_selector_all(".quote-rest:not([hidden])") else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .filter_map(|rest| rest.id().strip_suffix("-rest").map(str::to_owned))
        .collect()
}

/// The contents entry marked as being read in the markup under `root` (the first screen marks
/// it as the reader scrolls; the server marks the first), counted from 0.
pub fn marked_entry(root: &web_sys::Element) -> usize {
    let Ok(entries) = root.query_selector_all("nav.toc .toc-list > li") else {
        return 0;
    };
    (0..entries.length())
        .find(|&index| {
            entries
                .item(index)
                .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
                .is_some_and(|entry| entry.class_list().contains("toc-current"))
        })
        .map_or(0, |index| index as usize)
}

/// Runs `job` once the page has loaded and the browser has had a frame to act on it (text
/// fragments are searched then); at once if that is long past.
pub fn after_load(job: impl FnOnce() + 'static) {
    let later = move || {
        let frame = gloo::render::request_animation_frame(move |_| {
            gloo::timers::callback::Timeout::new(0, job).forget();
        });
        // The frame handle cancels on drop; this one-off frame must run.
        std::mem::forget(frame);
    };
    if gloo::utils::document().ready_state() == "complete" {
        later();
    } else {
        gloo::events::EventListener::once(&gloo::utils::window(), "load", move |_| later())
            .forget();
    }
}

/// Milliseconds since 1970 by the reader's clock (ids for things made in this browser).
pub fn now_millis() -> u64 {
    js_sys::Date::now() as u64
}
