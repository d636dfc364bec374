//! The options `mount()` accepts: which combinations are refused, and how each refusal is worded.
//! (The browser layer feeds the same types from JavaScript values; the e2e tests cover that path.)
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::expect_used, reason = "tests fail loudly")]

use lectern::model::embed::{EmbedOptions, EmbedPost, Given, RawEmbedOptions, Theme, check_names};
use serde_json::Value;

/// Checks options written as JSON, reduced to [`Given`] values the way the browser layer
/// reduces JavaScript values.
fn check(json: &str) -> Result<EmbedOptions, String> {
    let value: Value = serde_json::from_str(json).expect("test options are JSON");
    let object = value.as_object().expect("test options are an object");
    check_names(object.keys().map(String::as_str)).map_err(|e| e.to_string())?;
    let given = |name: &str| {
        object.get(name).filter(|v| !v.is_null()).map(|v| match v {
            Value::String(text) => Given::Text(text.clone()),
            Value::Number(n) => Given::Number(n.as_f64().expect("finite")),
            Value::Bool(_) => Given::Other("a boolean"),
            Value::Array(_) => Given::Other("an array"),
            _ => Given::Other("an object"),
        })
    };
    RawEmbedOptions {
        src: given("src"),
        post: given("post").is_some(),
        theme: given("theme"),
        collapse_words: given("collapseWords"),
    }
    .check()
    .map_err(|e| e.to_string())
}

#[test]
fn a_src_with_defaults() {
    let options = check(r#"{"src": " posts/a.json "}"#).expect("valid options");
    assert_eq!(options.post, EmbedPost::Src("posts/a.json".to_owned()));
    assert_eq!(options.theme, Theme::Auto);
    assert_eq!(options.collapse_words, None);
}

#[test]
fn an_inline_post_with_theme_and_threshold() {
    let options = check(r#"{"post": {"any": "thing"}, "theme": "dark", "collapseWords": 40}"#)
        .expect("valid options");
    assert_eq!(options.post, EmbedPost::Inline);
    assert_eq!(options.theme, Theme::Dark);
    assert_eq!(options.theme.as_str(), "dark");
    assert_eq!(options.collapse_words, Some(40));
}

#[test]
fn each_refusal_names_the_option() {
    let cases = [
        (r#"{}"#, "Lectern: no post to show: give `src`"),
        (r#"{"src": "a", "post": {}}"#, "Lectern: give either `src`"),
        (r#"{"src": "  "}"#, "Lectern: option `src` is empty"),
        (
            r#"{"src": "a", "theme": "blue"}"#,
            "Lectern: option `theme`: unknown variant `blue`",
        ),
        (
            r#"{"src": "a", "collapseWords": -3}"#,
            "Lectern: option `collapseWords`: expected a whole number of words (0 or more), found -3",
        ),
        (
            r#"{"src": "a", "collapseWords": 2.5}"#,
            "Lectern: option `collapseWords`: expected a whole number of words (0 or more), found a fractional or out-of-range number",
        ),
        (
            r#"{"src": "a", "collapseWords": "ten"}"#,
            r#"Lectern: option `collapseWords`: expected a whole number of words (0 or more), found "ten""#,
        ),
        (
            r#"{"src": 7}"#,
            "Lectern: option `src`: expected a string (the post's address), found 7",
        ),
        (
            r#"{"src": "a", "theme": true}"#,
            r#"Lectern: option `theme`: expected one of "auto", "light", "dark", found a boolean"#,
        ),
        (
            r#"{"src": "a", "colapseWords": 3}"#,
            "Lectern: option `colapseWords`: unknown field",
        ),
    ];
    for (json, expected) in cases {
        let error = check(json).expect_err(json);
        assert!(error.starts_with(expected), "{json}: {error}");
    }
}

#[test]
fn unknown_names_are_refused() {
    assert!(check_names(["src", "theme", "collapseWords", "post"]).is_ok());
    let error = check_names(["src", "colapseWords"]).expect_err("a typo");
    assert_eq!(
        error.to_string(),
        "Lectern: option `colapseWords`: unknown field `colapseWords`, expected one of `src`, `post`, `theme`, `collapseWords`"
    );
}
