//! The app and its components mounted in a real browser (headless Chromium through
//! wasm-bindgen-test): what a reader sees after a post loads, fails, or carries hostile text.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

use std::rc::Rc;

use lectern::{App, AppProps, PostSource, Reader, ReaderProps};
use lectern_format::parse_post;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../static/posts/syria-russia-turkey-stalin-myth.json");

/// A fresh host element for one test.
fn host() -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// Lets Yew render and spawned loads finish: flush the scheduler, yield to the microtask queue,
/// repeat until `ready` holds (bounded, so a broken app fails instead of hanging).
async fn settle(ready: impl Fn() -> bool) {
    for _ in 0..50 {
        yew::scheduler::flush().await;
        if ready() {
            return;
        }
        let tick = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
}

fn all(root: &Element, css: &str) -> Vec<Element> {
    let list = root.query_selector_all(css).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn text(element: &Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

async fn mount_app(json: &str) -> Element {
    let root = host();
    let props = AppProps {
        source: PostSource::Json(json.to_owned().into()),
        ..Default::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    let probe = root.clone();
    settle(move || {
        probe
            .query_selector("article.post, .load-error")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    root
}

#[wasm_bindgen_test]
async fn app_shows_the_seed_post_and_sets_title_and_language() {
    let root = mount_app(SEED).await;
    let links: Vec<_> = all(&root, "nav[aria-label='Table of contents'] a")
        .iter()
        .map(text)
        .collect();
    assert_eq!(links, ["Syria", "Russia–Turkey", "Stalin myth"]);
    assert_eq!(all(&root, "section.post-section").len(), 3);
    assert_eq!(all(&root, "blockquote").len(), 8);
    assert_eq!(all(&root, "#comments li.comment").len(), 2);
    let document = gloo::utils::document();
    assert!(
        document
            .title()
            .starts_with("Syrian Army Close to Liberating Entire Country")
    );
    assert_eq!(
        document
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
async fn broken_json_shows_line_and_column_and_retry_keeps_the_panel() {
    let root = mount_app("{\n  \"format\": \"lectern/post@1\",\n  oops\n}").await;
    let panel = root
        .query_selector("[role=alert].load-error")
        .unwrap()
        .expect("error panel");
    assert!(
        text(&panel).contains("The post file is not valid JSON"),
        "{}",
        text(&panel)
    );
    assert!(
        text(&panel).contains("line 3, column 3"),
        "{}",
        text(&panel)
    );
    let retry: HtmlElement = root
        .query_selector(".load-error button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(text(&retry), "Try again");
    retry.click();
    let probe = root.clone();
    settle(move || probe.query_selector(".load-error").ok().flatten().is_some()).await;
    assert!(text(&root).contains("line 3, column 3"));
}

#[wasm_bindgen_test]
async fn schema_errors_name_the_field() {
    let root = mount_app(
        r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": [{"id": "s", "title": "S", "blocks": [{"type": "paragraph"}]}]}"#,
    )
    .await;
    let panel = text(&root);
    assert!(
        panel.contains("does not match the Lectern post format"),
        "{panel}"
    );
    assert!(
        panel.contains("sections[0].blocks[0].text: missing field"),
        "{panel}"
    );
}

#[wasm_bindgen_test]
async fn hostile_text_stays_text_and_unknown_blocks_show_a_notice() {
    let json = serde_json::json!({
        "format": "lectern/post@1", "id": "x", "title": "<img src=x onerror=alert(1)>",
        "sections": [{"id": "s", "title": "<b>S</b>", "blocks": [
            {"type": "paragraph", "text": [{"text": "click me", "href": "javascript:alert(1)"}, " <script>alert(2)</script>"]},
            {"type": "carousel"},
            {"type": "paragraph", "text": "After the notice."}
        ]}]
    });
    let post = Rc::new(parse_post(&json.to_string()).unwrap());
    let root = host();
    yew::Renderer::<Reader>::with_root_and_props(
        root.clone(),
        ReaderProps {
            post,
            banner: yew::Html::default(),
            header_note: None,
            initially_open: Rc::from(Vec::new()),
            initially_current: 0,
            comments: Default::default(),
            all_at_once: false,
            text: Default::default(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert!(
        all(&root, "img, script, b").is_empty(),
        "no markup from post text"
    );
    assert_eq!(text(&all(&root, "h1")[0]), "<img src=x onerror=alert(1)>");
    assert!(all(&root, "a[href^='javascript']").is_empty());
    assert!(text(&root).contains("click me <script>alert(2)</script>"));
    let notice = all(&root, ".block-unknown");
    assert!(text(&notice[0]).contains("“carousel” block"));
    assert!(text(&root).contains("After the notice."));
}

#[wasm_bindgen_test]
async fn fold_toggle_and_expand_all_open_quotations() {
    let root = mount_app(SEED).await;
    let rest = root.query_selector("#syria-q2-rest").unwrap().unwrap();
    assert_eq!(rest.get_attribute("hidden").as_deref(), Some("until-found"));
    let toggle: HtmlElement = root
        .query_selector("#syria-q2 .quote-toggle")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    toggle.click();
    yew::scheduler::flush().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(text(&toggle), "Show less");
    assert!(!rest.has_attribute("hidden"));
    let buttons = all(&root, ".reader-tools button");
    buttons[0]
        .clone()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert!(
        all(&root, ".quote-rest[hidden]").is_empty(),
        "expand all opens every quotation"
    );
    buttons[1]
        .clone()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(
        all(&root, ".quote-rest[hidden]").len(),
        7,
        "collapse all folds them again"
    );
}
