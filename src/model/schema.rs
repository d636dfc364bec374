//! The published JSON Schema of the post format, generated from the Rust types so the two cannot
//! drift apart (a test compares it with `static/schema/post-v1.json`).

use super::post::Post;

/// Where the committed schema lives, relative to the repository root.
pub const SCHEMA_PATH: &str = "static/schema/post-v1.json";

/// The JSON Schema of format version 1, pretty-printed with a trailing newline.
pub fn post_schema_json() -> String {
    let schema = schemars::schema_for!(Post);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
