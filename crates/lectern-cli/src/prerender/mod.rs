//! Build-time prerendering: the app rendered to HTML by Yew's server renderer, placed inside the
//! built `index.html` together with the post it shows, so the article, its contents and its
//! comments arrive in the first response and the wasm hydrates them instead of replacing them.
//! Run by the release build's post-build hook through `lectern-cli publish`.

mod loader;

pub(crate) use loader::json_string;
pub use loader::{Loader, deferred_loader};

use lectern::browser::page::{APP_ROOT_ID, INLINE_POST_ID, INLINE_WORDS_ID, PRERENDERED_MARK};
use lectern::words::{Words, file_of, language_of};
use std::rc::Rc;

use lectern::components::comments_app::{PLACEHOLDER, PLACEHOLDER_OPEN};
use lectern::components::{
    App, AppProps, CommentsApp, CommentsAppProps, CommentsPlacement, PostSource,
};

/// Class set on `<html>` by `static/early.js` when the address names another post (`?post=`):
/// main.css hides the prerendered seed until the app replaces it, and the loader starts at once.
pub const CLIENT_POST_CLASS: &str = "lectern-client-post";

/// The app's hydratable HTML for the post `json`, exactly as the browser's first renders will
/// build it: the reader (the post given as JSON, published at `published_at`) with its comments
/// in their own root, and inside that root the conversation ([`CommentsApp`]), which the
/// browser hydrates in a task of its own.
pub fn render_app(json: &str, published_at: &str) -> String {
    let props = AppProps {
        source: PostSource::Json(json.to_owned().into()),
        published_at: Some(published_at.to_owned().into()),
        comments: CommentsPlacement::OwnRoot,
        ..AppProps::default()
    };
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(true);
    let app = futures::executor::block_on(renderer.render());
    // A post that does not parse renders an error panel, which has no comments to place.
    let Ok(post) = lectern_format::parse_post(json) else {
        return app;
    };
    let words = Words::built_in(language_of(post.lang.as_deref())).unwrap_or_else(Words::english);
    let props = CommentsAppProps {
        post: Rc::new(post),
        root: Default::default(),
        words,
    };
    let renderer = yew::LocalServerRenderer::<CommentsApp>::with_props(props).hydratable(true);
    let comments = futures::executor::block_on(renderer.render());
    // User text is escaped in `app`, so the placeholder's markup can only be the placeholder.
    app.replacen(
        PLACEHOLDER,
        &format!("{PLACEHOLDER_OPEN}{comments}</div>"),
        1,
    )
}

/// The hydratable markup of an embedded reader showing the post `json`: what `mount()` renders
/// first into a shadow root's `.lectern-embed` (the conversation inline, as embeds have it).
pub fn render_embed(json: &str) -> String {
    let props = AppProps {
        source: PostSource::Json(json.to_owned().into()),
        root: lectern::hooks::Root::embedded_markup(),
        ..AppProps::default()
    };
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(true);
    futures::executor::block_on(renderer.render())
}

/// JSON text made safe inside `<script type="application/json">`: `<` only ever occurs inside
/// JSON strings, where `\u003c` means the same, so `</script>` can never appear.
pub fn script_safe_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The same JSON without the author's indentation (fewer bytes in the page); text that does not
/// parse is kept as it is, for the app to report.
pub fn compact_json(json: &str) -> String {
    serde_json::from_str::<serde_json::Value>(json)
        .map(|value| value.to_string())
        .unwrap_or_else(|_| json.to_owned())
}

fn attribute_safe(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// Why a page could not be prerendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrerenderError(pub String);

impl std::fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PrerenderError {}

/// `index_html` with the app root filled with `app_html`, followed by the post's JSON (read by
/// the wasm to hydrate), and the loader file that replaces Trunk's (see [`deferred_loader`]),
/// to be written next to the page. (When the address asks for another post, `static/early.js`
/// hides the prerendered one before it is painted.)
pub fn fill_page(
    index_html: &str,
    app_html: &str,
    json: &str,
    published_at: &str,
) -> Result<(String, Loader), PrerenderError> {
    let open = format!("<div id=\"{APP_ROOT_ID}\">");
    let start = index_html
        .find(&open)
        .ok_or_else(|| PrerenderError(format!("index.html has no {open}")))?;
    let inner_start = start + open.len();
    let inner_end = index_html[inner_start..]
        .find("</div>")
        .map(|at| inner_start + at)
        .ok_or_else(|| PrerenderError(format!("index.html: {open} is not closed")))?;
    let after = inner_end + "</div>".len();
    let data = format!(
        "<script type=\"application/json\" id=\"{INLINE_POST_ID}\" data-published-at=\"{}\">{}</script>",
        attribute_safe(published_at),
        script_safe_json(&compact_json(json))
    );
    let data = format!("{data}{}", words_script(json));
    let (head, loader) = deferred_loader(&index_html[..start])?;
    let rest = &index_html[after..];
    let body_end = rest.rfind("</body>").unwrap_or(rest.len());
    let post_id = post_attribute(json);
    let page = format!(
        "{head}<div id=\"{APP_ROOT_ID}\" {PRERENDERED_MARK}{post_id}>{app_html}</div>\n    {data}{}{}{}",
        &rest[..body_end],
        loader.tag,
        &rest[body_end..]
    );
    Ok((page, loader))
}

/// The file of the post's language when a page must carry it (`<script type="text/plain">`),
/// so the browser's first render says what this render said: `None` for English (built in) or
/// a post that does not parse. The files are the project's own and hold no `<` (a test checks),
/// so they can never close the script.
pub fn post_words(json: &str) -> Option<&'static str> {
    let language = lectern_format::parse_post(json)
        .ok()
        .map_or("en", |post| language_of(post.lang.as_deref()));
    file_of(language).filter(|_| language != "en")
}

/// [`post_words`] as the page's script (id [`INLINE_WORDS_ID`]), or nothing.
pub fn words_script(json: &str) -> String {
    post_words(json)
        .map(|text| {
            format!("\n    <script type=\"text/plain\" id=\"{INLINE_WORDS_ID}\">{text}</script>")
        })
        .unwrap_or_default()
}

/// `page` with the post's title in `<title>` and its language in `<html lang>`, as the app sets
/// them once it runs, so the tab, bookmarks and screen readers have them before any script.
pub fn set_document_meta(page: &str, title: &str, lang: &str) -> String {
    let mut page = page.to_owned();
    if let (Some(open), Some(close)) = (page.find("<title>"), page.find("</title>"))
        && open < close
    {
        let text = title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        page.replace_range(open + "<title>".len()..close, &text);
    }
    if let Some(open) = page.find("<html lang=\"") {
        let start = open + "<html lang=\"".len();
        if let Some(len) = page[start..].find('"') {
            page.replace_range(start..start + len, &attribute_safe(lang));
        }
    }
    page
}

/// ` data-post="<id>"` for a reader's root element: the first screen keeps the reader's place in
/// the post under its id, and wakes the full reader when a place is saved there. Empty when
/// the post cannot be read.
pub fn post_attribute(json: &str) -> String {
    lectern_format::parse_post(json)
        .map(|post| format!(" data-post=\"{}\"", attribute_safe(&post.id)))
        .unwrap_or_default()
}
