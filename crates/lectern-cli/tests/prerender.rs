//! Build-time prerendering: the app's server-rendered markup for a post, and how it is placed in
//! the built page (post JSON after, the loader as a file, nothing that could close the script early).
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

use lectern_cli::prerender::{
    compact_json, fill_page, render_app, script_safe_json, set_document_meta,
};
use scraper::{Html, Selector};

const SEED_JSON: &str = include_str!("../../../static/posts/syria-russia-turkey-stalin-myth.json");
const PAGE: &str = "<html><head><script type=\"module\">import init from './l.js'; await init({ module_or_path: './l_bg.wasm' });</script></head><body>\n<div id=\"lectern\">\n<noscript><p>Needs JS</p></noscript>\n</div>\n</body></html>";

fn count(doc: &Html, css: &str) -> usize {
    doc.select(&Selector::parse(css).unwrap()).count()
}

#[test]
fn the_app_renders_the_whole_post_not_a_loading_state() {
    let html = render_app(SEED_JSON, "posts/seed.json");
    let doc = Html::parse_fragment(&html);
    assert_eq!(count(&doc, "article.post h1"), 1);
    assert_eq!(
        count(&doc, "nav[aria-label='Table of contents'] a[href='#syria']"),
        1
    );
    assert_eq!(count(&doc, "section.post-section"), 3);
    assert_eq!(count(&doc, "#comments li.comment"), 2);
    // The conversation sits in its own root, as the browser hydrates it: after the article, in
    // the main column, with its own hydration markers.
    assert_eq!(count(&doc, "main > #lectern-comments > #comments"), 1);
    assert!(html.contains(
        "<div id=\"lectern-comments\" class=\"comments-root\"><!--<[lectern::components::comments_app::CommentsApp]>-->"
    ));
    assert_eq!(count(&doc, ".load-status"), 0, "no loading state");
    // Folded quotations keep their text in the page, reachable by find-in-page.
    assert!(count(&doc, ".quote-rest[hidden='until-found']") >= 1);
    assert!(html.contains("<!--"), "hydration markers are present");
    // A strict Content-Security-Policy (`style-src 'self'`) refuses style attributes.
    assert!(
        !html.contains(" style="),
        "no style attribute in the markup"
    );
}

#[test]
fn the_page_gets_markup_data_and_loader_in_that_order_and_no_inline_code() {
    let json = r#"{"title": "a </script><script>alert(1)</script> b"}"#;
    let (page, loader) =
        fill_page(PAGE, "<article>A</article>", json, "posts/x.json?a=\"1\"").unwrap();
    let root = page
        .find("<div id=\"lectern\" data-prerendered><article>A</article></div>")
        .unwrap();
    let data = page
        .find("<script type=\"application/json\" id=\"lectern-post\"")
        .unwrap();
    let load = page.find(&loader.tag).unwrap();
    assert!(root < data && data < load, "{page}");
    assert!(
        !page.contains("noscript"),
        "the old content of the root is replaced"
    );
    assert!(page.contains("data-published-at=\"posts/x.json?a=&quot;1&quot;\""));
    assert_eq!(
        page.matches("</script>").count(),
        2,
        "post and loader: the post cannot close its script"
    );
    // A strict Content-Security-Policy runs no inline script: every script that runs is a file.
    let doc = Html::parse_document(&page);
    for script in doc.select(&Selector::parse("script").unwrap()) {
        let element = script.value();
        assert!(
            element.attr("src").is_some() || element.attr("type") == Some("application/json"),
            "inline script: {}",
            script.html()
        );
    }
    assert!(page.ends_with("\n</body></html>"));
}

#[test]
fn script_safe_json_means_the_same_json() {
    let json = r#"{"a": "</script> <b>"}"#;
    let safe = script_safe_json(json);
    assert!(!safe.contains('<'));
    let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
    assert_eq!(back["a"], "</script> <b>");
}

#[test]
fn a_page_without_the_root_is_refused() {
    let error = fill_page("<html><body></body></html>", "x", "{}", "p").unwrap_err();
    assert_eq!(error.0, "index.html has no <div id=\"lectern\">");
}

#[test]
fn the_app_loader_comes_after_the_post() {
    let page = r#"<html><head><link rel="stylesheet" href="a.css"><script type="module">import init from './l.js'; await init({ module_or_path: './l_bg.wasm' });</script><link rel="modulepreload" href="./l.js" integrity="sha384-x"><link rel="preload" href="./l_bg.wasm" as="fetch"></head><body><div id="lectern"></div></body></html>"#;
    let (filled, loader) = fill_page(page, "<article>A</article>", "{}", "p.json").unwrap();
    let head = &filled[..filled.find("<body>").unwrap()];
    assert!(!head.contains("<script") && !head.contains("preload"));
    let post = filled.find("<article>A</article>").unwrap();
    assert!(post < filled.find(&loader.tag).unwrap());
    assert!(loader.code.contains("import(\"./l.js\")"));
    assert!(loader.code.contains(r#"fetch("./l_bg.wasm")"#));
    assert!(filled.trim_end().ends_with("</body></html>"));
}

#[test]
fn inline_json_is_compacted_not_changed() {
    let json = "{\n  \"a\": [1, 2],\n  \"b\": \"x  y\"\n}";
    assert_eq!(compact_json(json), r#"{"a":[1,2],"b":"x  y"}"#);
    assert_eq!(compact_json("{not json"), "{not json");
}

#[test]
fn the_page_carries_the_posts_title_and_language() {
    let page = r#"<html lang="en"><head><title>Lectern</title></head></html>"#;
    assert_eq!(
        set_document_meta(page, "Bread & <roses>", "pt-BR"),
        r#"<html lang="pt-BR"><head><title>Bread &amp; &lt;roses&gt;</title></head></html>"#
    );
}
