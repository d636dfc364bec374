//! Small DOM jobs the reader needs: scrolling, focus, the address fragment, the clipboard and
//! event listeners that live as long as the component that asked for them.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::root::Root;

/// Whether the reader asked the system for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Scrolls element `id` to the top of the viewport: smoothly when `smooth` and the reader has not
/// asked for reduced motion, else at once (as on page load).
pub fn scroll_to(root: &Root, id: &str, smooth: bool) {
    if let Some(target) = root.element(id) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Start);
        let behavior = if smooth && !prefers_reduced_motion() {
            ScrollBehavior::Smooth
        } else {
            ScrollBehavior::Instant
        };
        options.set_behavior(behavior);
        target.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Whether the top of element `id` is above the viewport (the reader has scrolled past it).
pub fn starts_above_viewport(root: &Root, id: &str) -> bool {
    root.element(id)
        .is_some_and(|e| e.get_bounding_client_rect().top() < 0.0)
}

/// Moves keyboard focus to element `id` without scrolling (it is already being scrolled to).
pub fn focus_without_scroll(root: &Root, id: &str) {
    if let Some(target) = root
        .element(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
    }
}

/// The current address fragment without `#`, percent-decoded; `None` when empty.
pub fn current_fragment() -> Option<String> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let raw = hash.strip_prefix('#').unwrap_or(&hash);
    if raw.is_empty() {
        return None;
    }
    let decoded = js_sys::decode_uri_component(raw)
        .ok()
        .and_then(|s| s.as_string());
    Some(decoded.unwrap_or_else(|| raw.to_owned()))
}

/// Moves keyboard focus to element `id`, scrolling it into view (form errors).
pub fn focus(root: &Root, id: &str) {
    if let Some(target) = root
        .element(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = target.focus();
    }
}

/// If element `id` is inside a folded quotation, that quotation's id.
pub fn folded_quote_containing(root: &Root, id: &str) -> Option<String> {
    let target = root.element(id)?;
    let quote = target.closest("figure.quote").ok()??;
    Some(quote.id()).filter(|q| !q.is_empty())
}

/// The page address with `#fragment` in place of the current fragment.
pub fn link_to(fragment: &str) -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Copies `text` to the clipboard; `Err` says why it could not.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "copy.refused".to_owned())
}

/// The node an event really started on. Inside a shadow root, `event.target` seen from the
/// document is the host element; the first entry of the composed path is the real one.
pub fn event_origin(event: &web_sys::Event) -> Option<web_sys::Node> {
    event
        .composed_path()
        .get(0)
        .dyn_into::<web_sys::Node>()
        .ok()
        .or_else(|| event.target().and_then(|t| t.dyn_into().ok()))
}

/// Listens for `event` on `target` until the returned guard is dropped.
pub fn listen(
    target: &web_sys::EventTarget,
    event: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) -> EventListener {
    EventListener::new(target, event, handler)
}

/// Listens for `event` on `target` with the right to cancel its default action (a key the
/// reader used), until the returned guard is dropped.
pub fn listen_cancelable(
    target: &web_sys::EventTarget,
    event: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) -> EventListener {
    EventListener::new_with_options(
        target,
        event,
        gloo::events::EventListenerOptions::enable_prevent_default(),
        handler,
    )
}

/// Listens for `event` on the window, passively (gloo's default: never delays scrolling).
pub fn listen_window(
    event: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) -> EventListener {
    EventListener::new(&gloo::utils::window(), event, handler)
}

/// Listens for `event` on the document.
pub fn listen_document(
    event: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) -> EventListener {
    EventListener::new(&gloo::utils::document(), event, handler)
}

/// Whether a key event was meant for a field being typed in (a text box, a list, anything
/// editable): reading shortcuts leave those keys alone.
pub fn is_typing(event: &web_sys::Event) -> bool {
    event_origin(event)
        .and_then(|node| node.dyn_into::<Element>().ok())
        .and_then(|element| {
            element
                .closest(
                    "input, textarea, select, [contenteditable]:not([contenteditable='false'])",
                )
                .ok()
                .flatten()
        })
        .is_some()
}

/// A key pressed: the character or key name and which modifiers were held.
pub struct KeyPress {
    /// `KeyboardEvent.key`: `"n"`, `"?"`, `"Escape"`.
    pub key: String,
    /// Ctrl, Alt or Meta (Cmd) held: such keys belong to the browser and the system.
    pub with_modifier: bool,
}

/// The key of a keyboard event; `None` for any other event.
pub fn key_press(event: &web_sys::Event) -> Option<KeyPress> {
    let key = event.dyn_ref::<web_sys::KeyboardEvent>()?;
    Some(KeyPress {
        key: key.key(),
        with_modifier: key.ctrl_key() || key.alt_key() || key.meta_key(),
    })
}

/// Makes `id` the address fragment, which the reader's fragment handling follows (unfolding,
/// scrolling, focus). When it is the fragment already, goes there again directly.
pub fn go_to_fragment(root: &Root, id: &str) {
    if current_fragment().as_deref() == Some(id) {
        scroll_to(root, id, true);
    } else {
        let _ = gloo::utils::window().location().set_hash(id);
    }
    // A section's heading takes focus, so Tab goes on from there.
    focus_without_scroll(root, &format!("{id}-heading"));
}

/// The text the reader has selected in the post or in a comment, with who said it: the quoted
/// source inside a quotation, the comment's author inside a comment, else the post's title.
/// `None` when nothing is selected there (the composer's own fields do not count).
pub fn selected_quote(root: &Root) -> Option<(String, String)> {
    let selection = root.selection()?;
    if selection.is_collapsed() {
        return None;
    }
    let text = String::from(selection.to_string()).trim().to_owned();
    if text.is_empty() {
        return None;
    }
    let node = selection.anchor_node()?;
    let element = match node.dyn_ref::<Element>() {
        Some(element) => element.clone(),
        None => node.parent_element()?,
    };
    let text_of = |within: &Element, css: &str| -> Option<String> {
        let found = within.query_selector(css).ok()??;
        Some(
            found
                .text_content()?
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        )
    };
    if let Some(comment) = element.closest("li.comment").ok().flatten() {
        if element.closest(".comment-actions").ok().flatten().is_some() {
            return None;
        }
        return Some((
            text,
            text_of(&comment, ".comment-author").unwrap_or_else(|| "Anonymous".to_owned()),
        ));
    }
    let article = element.closest("article.post").ok().flatten()?;
    if let Some(quote) = element.closest("figure.quote").ok().flatten()
        && let Some(source) = text_of(&quote, ".quote-source cite")
    {
        let by = text_of(&quote, ".quote-author")
            .map(|a| format!("{a}, "))
            .unwrap_or_default();
        return Some((text, format!("{by}{source}")));
    }
    Some((text, text_of(&article, "h1").unwrap_or_default()))
}

/// Moves keyboard focus to the element behind `node`, if it is on the page.
pub fn focus_node(node: &yew::NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Sets a CSS property (a custom property too) on the element behind `node` through the CSSOM,
/// which a strict Content-Security-Policy allows where a `style` attribute is refused.
pub fn set_style_property(node: &yew::NodeRef, name: &str, value: &str) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let _ = element.style().set_property(name, value);
    }
}

/// Runs `job` in a task of its own, after the current one (and the event it handles) is done.
pub fn next_task(job: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, job).forget();
}

/// A job scheduled to run once after a delay; dropping it cancels the job.
pub struct Later {
    _timeout: gloo::timers::callback::Timeout,
}

/// Runs `job` after `millis` milliseconds, unless the returned [`Later`] is dropped first.
pub fn later(millis: u32, job: impl FnOnce() + 'static) -> Later {
    Later {
        _timeout: gloo::timers::callback::Timeout::new(millis, job),
    }
}

/// The note mark a click landed on (`sup.note-ref a`): the note's anchor (from its link) and
/// the mark's own id. `None` for a click anywhere else, and for a mark inside a note (a note
/// citing another), which stays a link to the endnote.
pub fn note_mark_of(event: &web_sys::Event) -> Option<(String, String)> {
    let origin = event_origin(event)?.dyn_into::<Element>().ok()?;
    if origin.closest(".notes, .sidenote").ok()?.is_some() {
        return None;
    }
    let mark = origin.closest(".note-ref a").ok()??;
    let anchor = mark.get_attribute("href")?.strip_prefix('#')?.to_owned();
    Some((anchor, mark.id()))
}

/// Whether an event started inside an element matching `selector` (or on one).
pub fn started_within(event: &web_sys::Event, selector: &str) -> bool {
    event_origin(event)
        .and_then(|node| match node.dyn_into::<Element>() {
            Ok(element) => Some(element),
            Err(node) => node.parent_element(),
        })
        .and_then(|element| element.closest(selector).ok().flatten())
        .is_some()
}
