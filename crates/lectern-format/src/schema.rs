//! The published JSON Schema of the post format, generated from the Rust types so the two cannot
//! drift apart (a test compares it with `static/schema/post-v1.json`, another gives both the same
//! generated documents).

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::{RecursiveTransform, Transform};

use super::post::Post;

/// Where the committed schema lives, relative to the repository root.
pub const SCHEMA_PATH: &str = "static/schema/post-v1.json";

/// The decoder reads `null` in an optional field as the field being absent; the schema says so:
/// every property that is not required also takes `null`.
#[derive(Clone)]
struct NullMeansAbsent;

impl Transform for NullMeansAbsent {
    fn transform(&mut self, schema: &mut Schema) {
        let Some(object) = schema.as_object_mut() else {
            return;
        };
        let required: Vec<String> = object
            .get("required")
            .and_then(|r| r.as_array())
            .map(|names| {
                names
                    .iter()
                    .filter_map(|n| n.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        let Some(properties) = object.get_mut("properties").and_then(|p| p.as_object_mut()) else {
            return;
        };
        for (name, property) in properties.iter_mut() {
            let takes_null = property.get("type").is_some_and(|t| {
                t == "null"
                    || t.as_array()
                        .is_some_and(|kinds| kinds.iter().any(|k| k == "null"))
            }) || property
                .get("anyOf")
                .or_else(|| property.get("oneOf"))
                .and_then(|alternatives| alternatives.as_array())
                .is_some_and(|alternatives| {
                    alternatives
                        .iter()
                        .any(|a| a.get("type").is_some_and(|t| t == "null"))
                });
            if required.contains(name) || takes_null {
                continue;
            }
            let mut inner = property.take();
            let description = inner.as_object_mut().and_then(|o| o.remove("description"));
            let mut wrapped = serde_json::json!({ "anyOf": [inner, { "type": "null" }] });
            if let (Some(description), Some(map)) = (description, wrapped.as_object_mut()) {
                map.insert("description".to_owned(), description);
            }
            *property = wrapped;
        }
    }
}

/// The JSON Schema of format version 1, pretty-printed with a trailing newline.
pub fn post_schema_json() -> String {
    let schema = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(NullMeansAbsent))
        .into_generator()
        .into_root_schema_for::<Post>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
