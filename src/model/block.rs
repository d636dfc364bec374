//! The blocks a post section or a comment is made of.
//!
//! A block's `type` decides which fields it has. Decoding reads the block as a JSON value,
//! dispatches on `type` and decodes the matching struct, so that a problem anywhere inside is
//! reported with its full path. An unknown `type` is kept as [`Block::Unknown`]: the reader shows
//! a small notice in its place and renders the rest of the post.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::nested::{PathError, decode, kind_of};
use super::text::Text;

/// One block of content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of prose.
    Paragraph(Paragraph),
    /// A quotation from another source, itself made of blocks.
    Quote(Quote),
    /// A heading inside a section.
    Heading(Heading),
    /// A bulleted or numbered list.
    List(List),
    /// An image and/or a caption.
    Figure(Figure),
    /// A thematic break.
    Rule,
    /// A block type this reader does not know; `kind` is the `type` it had.
    Unknown {
        /// The unrecognised `type` string, shown to the reader as text.
        kind: String,
    },
}

/// `{"type": "paragraph", "text": …}`
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct Paragraph {
    /// The paragraph's text.
    pub text: Text,
}

/// `{"type": "quote", "source"?: …, "blocks": […]}`
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct Quote {
    /// Where the quotation comes from, as the post names it.
    #[serde(default)]
    pub source: Option<Source>,
    /// The quoted content; several paragraphs form one quotation.
    pub blocks: Vec<Block>,
}

impl Quote {
    /// The source's address when it is safe to link (for `<blockquote cite>`).
    pub fn cite_url(&self) -> Option<String> {
        self.source
            .as_ref()
            .and_then(|s| s.url.as_deref())
            .and_then(super::link::safe_href)
    }
}

/// The attribution of a quotation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct Source {
    /// Outlet or person quoted, e.g. "Asia Times".
    pub name: String,
    /// Author at that outlet, when the post names one.
    #[serde(default)]
    pub author: Option<String>,
    /// Address of the original; linked only when safe.
    #[serde(default)]
    pub url: Option<String>,
}

/// `{"type": "heading", "level": 2|3|4, "text": …}`
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct Heading {
    /// Outline level; 1 is the post title, so sections use 2 to 4.
    pub level: HeadingLevel,
    /// The heading's text.
    pub text: Text,
}

/// A heading level restricted to 2, 3 or 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl HeadingLevel {
    /// The level as a number from 2 to 4.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// `{"type": "list", "ordered": bool, "items": [Text…]}`
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct List {
    /// Numbered (`true`) or bulleted (`false`).
    pub ordered: bool,
    /// The list items.
    pub items: Vec<Text>,
}

/// `{"type": "figure", "src"?: …, "alt"?: …, "caption"?: …}`
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct Figure {
    /// Image address; without it only the caption is shown.
    #[serde(default)]
    pub src: Option<String>,
    /// Text alternative for the image.
    #[serde(default)]
    pub alt: Option<String>,
    /// Caption shown under the image.
    #[serde(default)]
    pub caption: Option<Text>,
}

impl Block {
    /// Number of words a reader reads in this block (nested quotations included).
    pub fn word_count(&self) -> usize {
        match self {
            Self::Paragraph(p) => p.text.word_count(),
            Self::Quote(q) => q.blocks.iter().map(Block::word_count).sum(),
            Self::Heading(h) => h.text.word_count(),
            Self::List(l) => l.items.iter().map(Text::word_count).sum(),
            Self::Figure(f) => f.caption.as_ref().map_or(0, Text::word_count),
            Self::Rule | Self::Unknown { .. } => 0,
        }
    }

    fn from_value(value: Value) -> Result<Self, PathError> {
        let kind = match &value {
            Value::Object(fields) => match fields.get("type") {
                Some(Value::String(kind)) => kind.clone(),
                Some(other) => {
                    return Err(PathError::new(
                        "type",
                        format!("expected a string, found {}", kind_of(other)),
                    ));
                }
                None => return Err(PathError::new("type", "missing field")),
            },
            other => {
                return Err(PathError::new(
                    "",
                    format!(
                        "expected a block object like {{\"type\": \"paragraph\", …}}, found {}",
                        kind_of(other)
                    ),
                ));
            }
        };
        Ok(match kind.as_str() {
            "paragraph" => Self::Paragraph(decode(value)?),
            "quote" => Self::Quote(decode(value)?),
            "heading" => Self::Heading(decode(value)?),
            "list" => Self::List(decode(value)?),
            "figure" => Self::Figure(decode(value)?),
            "rule" => Self::Rule,
            _ => Self::Unknown { kind },
        })
    }
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Self::from_value(value).map_err(PathError::into_serde)
    }
}

impl<'de> Deserialize<'de> for HeadingLevel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        match value.as_u64() {
            Some(level @ 2..=4) => Ok(Self(level as u8)),
            _ => Err(serde::de::Error::custom(format!(
                "expected 2, 3 or 4, found {value}"
            ))),
        }
    }
}

impl JsonSchema for HeadingLevel {
    fn schema_name() -> Cow<'static, str> {
        "HeadingLevel".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schemars::json_schema!({ "type": "integer", "enum": [2, 3, 4] })
    }
}

/// The shape of every known block, for the published JSON Schema only. Decoding goes through
/// [`Block`]'s own `Deserialize`, which also accepts unknown types; the schema describes what
/// authors should write.
#[derive(JsonSchema)]
#[serde(tag = "type", rename_all = "lowercase")]
#[allow(
    dead_code,
    reason = "describes the JSON shape for schemars; never constructed"
)]
enum BlockSchema {
    Paragraph(Paragraph),
    Quote(Quote),
    Heading(Heading),
    List(List),
    Figure(Figure),
    Rule,
}

impl JsonSchema for Block {
    fn schema_name() -> Cow<'static, str> {
        "Block".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        BlockSchema::json_schema(generator)
    }
}
