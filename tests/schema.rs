//! The published schema matches the Rust types, and the seed post validates against it.
//! Run with `LECTERN_BLESS=1` to rewrite the committed schema after changing the types.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

use lectern::model::schema::{SCHEMA_PATH, post_schema_json};

fn committed_schema() -> String {
    std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default()
}

#[test]
fn committed_schema_matches_the_types() {
    let generated = post_schema_json();
    if std::env::var_os("LECTERN_BLESS").is_some() {
        std::fs::write(SCHEMA_PATH, &generated).expect("write schema");
    }
    assert!(
        committed_schema() == generated,
        "{SCHEMA_PATH} is out of date with the Rust types: run `LECTERN_BLESS=1 cargo test --test schema`"
    );
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(&committed_schema()).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

#[test]
fn seed_post_validates_against_the_schema() {
    let seed: serde_json::Value = serde_json::from_str(include_str!(
        "../static/posts/syria-russia-turkey-stalin-myth.json"
    ))
    .expect("seed is JSON");
    let validator = validator();
    let errors: Vec<String> = validator
        .iter_errors(&seed)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "seed post does not match the schema: {errors:#?}"
    );
}

#[test]
fn schema_rejects_what_the_reader_rejects() {
    let validator = validator();
    for bad in [
        r#"{"format": "lectern/post@2", "id": "a", "title": "t", "sections": []}"#,
        r#"{"format": "lectern/post@1", "title": "t", "sections": []}"#,
        r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": [{"id": "s", "title": "S", "blocks": [{"type": "paragraph"}]}]}"#,
        r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": [{"id": "s", "title": "S", "blocks": [{"type": "heading", "level": 7, "text": "x"}]}]}"#,
        r#"{"format": "lectern/post@1", "id": "a", "title": "t", "published": "12/09/2017", "sections": []}"#,
    ] {
        let value: serde_json::Value = serde_json::from_str(bad).expect("test JSON");
        assert!(!validator.is_valid(&value), "schema should reject {bad}");
    }
}
