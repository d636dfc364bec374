//! The options `mount()` accepts: which combinations are refused, and how each refusal is worded.
//! (The browser layer feeds the same types from JavaScript values; the e2e tests cover that path.)
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::expect_used, reason = "tests fail loudly")]

use lectern::model::embed::{
    EmbedOptions, EmbedPost, RawEmbedOptions, Theme, check_names, describe_error,
};

fn check(json: &str) -> Result<EmbedOptions, String> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let raw: RawEmbedOptions = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| describe_error(&e.path().to_string(), &e.inner().to_string()).to_string())?;
    raw.check().map_err(|e| e.to_string())
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
            "Lectern: option `collapseWords`: invalid value",
        ),
        (
            r#"{"src": "a", "collapseWords": "ten"}"#,
            "Lectern: option `collapseWords`: invalid type",
        ),
        (r#"{"src": 7}"#, "Lectern: option `src`: invalid type"),
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
fn unknown_names_are_refused_even_where_the_deserializer_would_not_look() {
    assert!(check_names(["src", "theme", "collapseWords", "post"]).is_ok());
    let error = check_names(["src", "colapseWords"]).expect_err("a typo");
    assert_eq!(
        error.to_string(),
        "Lectern: option `colapseWords`: unknown field `colapseWords`, expected one of `src`, `post`, `theme`, `collapseWords`"
    );
}
