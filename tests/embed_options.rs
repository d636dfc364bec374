//! The options `mount()` accepts: which combinations are refused, and how each refusal is worded.
//! (The browser layer feeds the same types from JavaScript values; the e2e tests cover that path.)
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::expect_used, reason = "tests fail loudly")]

use lectern::app_model::mount_options::{
    EmbedOptions, EmbedPost, GivenOption, RawEmbedOptions, check_names,
};
use lectern::app_model::settings::{LineWidth, TEXT_SIZES, Theme};
use serde_json::Value;

/// Checks options written as JSON, reduced to [`GivenOption`] values the way the browser layer
/// reduces JavaScript values.
fn check(json: &str) -> Result<EmbedOptions, String> {
    let value: Value = serde_json::from_str(json).expect("test options are JSON");
    let object = value.as_object().expect("test options are an object");
    check_names(object.keys().map(String::as_str)).map_err(|e| e.to_string())?;
    let given = |name: &str| {
        object.get(name).filter(|v| !v.is_null()).map(|v| match v {
            Value::String(text) => GivenOption::Text(text.clone()),
            Value::Number(n) => GivenOption::Number(n.as_f64().expect("finite")),
            Value::Bool(flag) => GivenOption::Flag(*flag),
            Value::Array(_) => GivenOption::Other("an array"),
            _ => GivenOption::Other("an object"),
        })
    };
    RawEmbedOptions {
        src: given("src"),
        post: given("post").is_some(),
        collapse_words: given("collapseWords"),
        text_size: given("textSize"),
        line_width: given("lineWidth"),
        line_spacing: given("lineSpacing"),
        font: given("font"),
        theme: given("theme"),
        reader_settings: given("readerSettings"),
        commenter: given("commenter"),
        rest_nonce: given("restNonce"),
        lang: given("lang"),
    }
    .check()
    .map_err(|e| e.to_string())
}

#[test]
fn a_src_with_defaults() {
    let options = check(r#"{"src": " posts/a.json "}"#).expect("valid options");
    assert_eq!(options.post, EmbedPost::Src("posts/a.json".to_owned()));
    assert_eq!(options.text.base.theme, Theme::Auto);
    assert!(options.text.reader_may_choose);
    assert_eq!(options.collapse_words, None);
}

#[test]
fn an_inline_post_with_theme_and_threshold() {
    let options = check(r#"{"post": {"any": "thing"}, "theme": "dark", "collapseWords": 40}"#)
        .expect("valid options");
    assert_eq!(options.post, EmbedPost::Inline);
    assert_eq!(options.text.base.theme, Theme::Dark);
    assert_eq!(options.collapse_words, Some(40));
}

#[test]
fn host_text_settings_and_whether_the_reader_may_change_them() {
    let options = check(
        r#"{"src": "a", "textSize": 110, "lineWidth": "wide", "theme": "sepia", "readerSettings": false}"#,
    )
    .expect("valid options");
    assert_eq!(TEXT_SIZES[options.text.base.size], 110);
    assert_eq!(options.text.base.width, LineWidth::Wide);
    assert_eq!(options.text.base.theme, Theme::Sepia);
    assert!(!options.text.reader_may_choose);
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
            r#"Lectern: option `theme`: expected one of "auto", "light", "sepia", "dark", found a boolean"#,
        ),
        (
            r#"{"src": "a", "theme": "blue"}"#,
            "Lectern: option `theme`: unknown variant `blue`, expected one of `auto`, `light`, `sepia`, `dark`",
        ),
        (
            r#"{"src": "a", "textSize": 105}"#,
            "Lectern: option `textSize`: expected a text size in percent, one of 85, 92, 100, 110, 125, 140, 160, found 105",
        ),
        (
            r#"{"src": "a", "lineWidth": 60}"#,
            r#"Lectern: option `lineWidth`: expected one of "medium", "narrow", "wide", found 60"#,
        ),
        (
            r#"{"src": "a", "font": "comic"}"#,
            "Lectern: option `font`: unknown variant `comic`",
        ),
        (
            r#"{"src": "a", "readerSettings": "no"}"#,
            r#"Lectern: option `readerSettings`: expected true or false, found "no""#,
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
        "Lectern: option `colapseWords`: unknown field `colapseWords`, expected one of `src`, `post`, `collapseWords`, `textSize`, `lineWidth`, `lineSpacing`, `font`, `theme`, `readerSettings`, `commenter`, `restNonce`, `lang`"
    );
}

#[test]
fn a_reader_logged_in_on_the_site_comes_with_their_nonce() {
    let options = check(r#"{"src": "p.json", "commenter": " Ann ", "restNonce": "abc123"}"#)
        .expect("valid options");
    let signed_in = options.signed_in.expect("signed in");
    assert_eq!(
        (signed_in.name.as_str(), signed_in.rest_nonce.as_str()),
        ("Ann", "abc123")
    );
    assert_eq!(
        check(r#"{"src": "p.json"}"#).expect("valid").signed_in,
        None
    );
    for (json, says) in [
        (
            r#"{"src": "p.json", "commenter": "Ann"}"#,
            "Lectern: give `commenter` (who is logged in) and `restNonce` (their REST nonce) together",
        ),
        (
            r#"{"src": "p.json", "restNonce": "abc"}"#,
            "Lectern: give `commenter` (who is logged in) and `restNonce` (their REST nonce) together",
        ),
        (
            r#"{"src": "p.json", "commenter": 7, "restNonce": "abc"}"#,
            "Lectern: option `commenter`: expected a string that is not empty, found 7",
        ),
        (
            r#"{"src": "p.json", "commenter": "Ann", "restNonce": " "}"#,
            "Lectern: option `restNonce`: expected a string that is not empty, found \" \"",
        ),
    ] {
        assert_eq!(check(json).expect_err(json), says);
    }
}
