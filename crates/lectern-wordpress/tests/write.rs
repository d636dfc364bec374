//! Posts written out by `lectern_format::write` read back as the same post: every post shipped here, the
//! WordPress REST corpus as the shared mapping reads it, and generated text with every kind of
//! character a JSON string must escape.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

use std::path::PathBuf;

use lectern_format::json::{self, Value};
use lectern_format::parse_post;
use lectern_format::post::Post;
use lectern_format::write::post_to_json;
use lectern_wordpress::native_html::parse_fragment;
use lectern_wordpress::rest::{is_wordpress_post, read_post};

fn round_trip(post: &Post) {
    let written = post_to_json(post);
    let back = parse_post(&written).unwrap_or_else(|e| panic!("{e}\n{written}"));
    assert_eq!(&back, post, "{written}");
    // The same text as serde_json reads it: valid JSON in every way.
    serde_json::from_str::<serde_json::Value>(&written).unwrap();
}

#[test]
fn every_shipped_post_reads_back_the_same() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../static/posts");
    let mut count = 0;
    for entry in std::fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            if let Ok(post) = parse_post(&text) {
                round_trip(&post);
                count += 1;
            }
        }
    }
    assert!(count >= 2, "the shipped posts were read");
}

#[test]
fn wordpress_posts_mapped_from_html_read_back_the_same() {
    let rest =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/wordpress/rest");
    let mut count = 0;
    for entry in std::fs::read_dir(&rest).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let Ok(value) = json::parse(&text) else {
            continue;
        };
        let items = match value {
            Value::Array(items) => items,
            one => vec![one],
        };
        for item in items.iter().filter(|i| is_wordpress_post(i)) {
            if let Ok(read) = read_post(item, None, &parse_fragment) {
                round_trip(&read.post);
                count += 1;
            }
        }
    }
    assert!(count >= 10, "the corpus posts were read ({count})");
}

#[test]
fn every_character_a_string_must_escape_survives() {
    let nasty: String = (0u32..0x80)
        .filter_map(char::from_u32)
        .chain(['\u{2028}', '\u{2029}', '\u{feff}', '🙂', 'é', '\u{202e}'])
        .collect();
    let json = format!(
        r#"{{"format": "lectern/post@1", "id": "x", "title": {t}, "sections": [{{"id": "s", "title": {t}, "blocks": [{{"type": "paragraph", "text": [{{"text": {t}, "em": true}}, "plain"]}}]}}]}}"#,
        t = serde_json::Value::String(nasty.clone())
    );
    let post = parse_post(&json).unwrap();
    assert_eq!(post.title, nasty);
    round_trip(&post);
}
