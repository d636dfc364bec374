//! The published schema matches the Rust types, and the seed post validates against it.
//! Run with `LECTERN_BLESS=1` to rewrite the committed schema after changing the types.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

#[path = "../../../tests/common/mod.rs"]
mod common;

use common::Rng;
use lectern_format::schema::{SCHEMA_PATH, post_schema_json};

/// The committed schema's file (`SCHEMA_PATH` is relative to the repository's root).
fn schema_file() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(SCHEMA_PATH)
}

fn committed_schema() -> String {
    std::fs::read_to_string(schema_file()).unwrap_or_default()
}

#[test]
fn committed_schema_matches_the_types() {
    let generated = post_schema_json();
    if std::env::var_os("LECTERN_BLESS").is_some() {
        std::fs::write(schema_file(), &generated).expect("write schema");
    }
    assert!(
        committed_schema() == generated,
        "{SCHEMA_PATH} is out of date with the Rust types: run `LECTERN_BLESS=1 cargo test -p lectern-format --test schema`"
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
        "../../../static/posts/syria-russia-turkey-stalin-myth.json"
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

/// Every place in `value` (as JSON pointers), for picking one to change.
fn places(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                places(item, format!("{at}/{key}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                places(item, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
}

/// One change a hand-written or exported post could have: a field removed, given another kind
/// of value, an unknown field added, an item dropped or repeated.
fn mutate(doc: &mut serde_json::Value, rng: &mut Rng) {
    let mut all = Vec::new();
    places(doc, String::new(), &mut all);
    let at = all[rng.below(all.len())].clone();
    let replacements = [
        serde_json::json!(null),
        serde_json::json!(true),
        serde_json::json!(0),
        serde_json::json!(7),
        serde_json::json!(-1),
        serde_json::json!(2.5),
        serde_json::json!(""),
        serde_json::json!("  "),
        serde_json::json!("text"),
        serde_json::json!("2017-02-30"),
        serde_json::json!("2017-09-12T08:30:00Z"),
        serde_json::json!("+201-09-12"),
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!({"type": "paragraph", "text": "x"}),
        serde_json::json!({"type": "video"}),
        serde_json::json!(["a", {"text": "b", "em": true}]),
    ];
    let (parent_at, key) = at.rsplit_once('/').unwrap_or(("", ""));
    match rng.below(4) {
        0 if !at.is_empty() => {
            // Remove the place.
            match doc.pointer_mut(parent_at) {
                Some(serde_json::Value::Object(map)) => {
                    map.remove(key);
                }
                Some(serde_json::Value::Array(items)) => {
                    if let Ok(index) = key.parse::<usize>() {
                        items.remove(index);
                    }
                }
                _ => {}
            }
        }
        1 => {
            if let Some(serde_json::Value::Object(map)) = doc.pointer_mut(&at) {
                map.insert("unknown_field".into(), serde_json::json!(1));
            } else if let Some(serde_json::Value::Array(items)) = doc.pointer_mut(&at)
                && let Some(first) = items.first().cloned()
            {
                items.push(first);
            }
        }
        _ => {
            if let Some(place) = doc.pointer_mut(&at) {
                *place = replacements[rng.below(replacements.len())].clone();
            }
        }
    }
}

/// `/sections/1/blocks/3/text` → `sections[1].blocks[3].text`, the decoder's way of naming it.
fn decoder_path(pointer: &str) -> String {
    let mut out = String::new();
    for part in pointer.split('/').filter(|p| !p.is_empty()) {
        if part.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(part);
        }
    }
    out
}

/// Rules the reader applies that JSON Schema cannot state (documented in docs/post-format.md):
/// text that is only white space, a language tag's shape, a real calendar date.
fn beyond_the_schema(message: &str) -> bool {
    message.contains("must not be empty")
        || message.contains("language tag")
        || message.contains("date")
}

#[test]
fn the_schema_and_the_decoder_agree_on_generated_posts() {
    let validator = validator();
    let seed: serde_json::Value = serde_json::from_str(include_str!(
        "../../../static/posts/syria-russia-turkey-stalin-myth.json"
    ))
    .expect("seed is JSON");
    let cases = std::env::var("LECTERN_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
        .map_or(1200, |n| n / 10);
    let mut rng = Rng(0x005E_ED0F_1EC7_E12E);
    let mut disagreements = Vec::new();
    for case in 0..cases {
        let mut doc = seed.clone();
        for _ in 0..=rng.below(2) {
            mutate(&mut doc, &mut rng);
        }
        let schema_errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| decoder_path(&e.instance_path.to_string()))
            .collect();
        let decoded = lectern_format::parse_post(&doc.to_string());
        let verdict = match (&decoded, schema_errors.is_empty()) {
            (Ok(_), true) => None,
            (Ok(_), false) => Some(format!(
                "decodes, but the schema refuses it at {schema_errors:?}"
            )),
            (Err(lectern_format::PostError::Invalid { message, .. }), true)
                if beyond_the_schema(message) =>
            {
                None
            }
            (Err(error), true) => Some(format!(
                "the schema accepts it, the decoder refuses: {error}"
            )),
            (Err(lectern_format::PostError::Invalid { path, message }), false) => {
                // The same field: the decoder's first complaint is one of the schema's places
                // (or inside one: a wrong value inside a wrong block).
                let same = schema_errors.iter().any(|p| {
                    path == p || path.starts_with(p.as_str()) || p.starts_with(path.as_str())
                });
                (!same).then(|| {
                    format!(
                        "different fields: decoder {path} ({message}), schema {schema_errors:?}"
                    )
                })
            }
            (Err(error), false) => Some(format!("not a syntax error case: {error}")),
        };
        if let Some(why) = verdict {
            disagreements.push(format!("case {case}: {why}"));
            if disagreements.len() >= 8 {
                break;
            }
        }
    }
    assert!(
        disagreements.is_empty(),
        "schema and decoder disagree:\n{}",
        disagreements.join("\n")
    );
}
