//! The blocks a post section or a comment is made of.
//!
//! A block's `type` decides which fields it has; [`Block::from_json`] dispatches on it and reads
//! the matching fields, so a problem anywhere inside is reported with its full path. An unknown
//! `type` is kept as [`Block::Unknown`]: the reader shows a small notice in its place and renders
//! the rest of the post.

#[cfg(feature = "schema")]
use std::borrow::Cow;

use super::json::{At, PathError, Value};
use super::text::Text;
#[cfg(feature = "schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator};

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
    /// Preformatted text (code, verse), shown with its spacing and line breaks.
    Code(Code),
    /// A table of text cells.
    Table(Table),
    /// Content from another site (a video, a post on a social network): never loaded, shown as a
    /// link to the original.
    Embed(Embed),
    /// A block type this reader does not know; `kind` is the `type` it had.
    Unknown {
        /// The unrecognised `type` string, shown to the reader as text.
        kind: String,
    },
}

/// `{"type": "paragraph", "text": …}`
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Paragraph {
    /// The paragraph's text.
    pub text: Text,
}

/// `{"type": "quote", "source"?: …, "blocks": […]}`
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Quote {
    /// Where the quotation comes from, as the post names it.
    #[cfg_attr(feature = "schema", serde(default))]
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
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Source {
    /// Outlet or person quoted, e.g. "Asia Times".
    pub name: String,
    /// Author at that outlet, when the post names one.
    #[cfg_attr(feature = "schema", serde(default))]
    pub author: Option<String>,
    /// Address of the original; linked only when safe.
    #[cfg_attr(feature = "schema", serde(default))]
    pub url: Option<String>,
}

/// `{"type": "heading", "level": 2|3|4, "text": …}`
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
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
    /// The nearest level from 2 to 4 (a mapped document may nest deeper or shallower).
    pub fn nearest(level: u8) -> Self {
        Self(level.clamp(2, 4))
    }

    /// The level as a number from 2 to 4.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// `{"type": "list", "ordered": bool, "items": [ListItem…]}`
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct List {
    /// Numbered (`true`) or bulleted (`false`).
    pub ordered: bool,
    /// The list items.
    pub items: Vec<ListItem>,
}

/// One list item: its text, and a list nested under it (as posts nest lists).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListItem {
    /// The item's own text.
    pub text: Text,
    /// A list under this item, if any.
    pub list: Option<List>,
}

impl List {
    /// Calls `visit` with each item's text, nested lists included, in order.
    fn each_text<'a>(&'a self, visit: &mut dyn FnMut(&'a Text)) {
        for item in &self.items {
            visit(&item.text);
            if let Some(list) = &item.list {
                list.each_text(visit);
            }
        }
    }
}

impl List {
    /// [`List::each_text`], with each piece of text to change.
    fn each_text_mut(&mut self, visit: &mut dyn FnMut(&mut Text)) {
        for item in &mut self.items {
            visit(&mut item.text);
            if let Some(list) = &mut item.list {
                list.each_text_mut(visit);
            }
        }
    }
}

impl ListItem {
    /// An item with text only.
    pub fn text(text: Text) -> Self {
        Self { text, list: None }
    }

    /// Words in the item and everything nested under it.
    pub fn word_count(&self) -> usize {
        self.text.word_count()
            + self
                .list
                .as_ref()
                .map_or(0, |list| list.items.iter().map(ListItem::word_count).sum())
    }

    /// Reads `Text`, or `{"text": Text, "list"?: {"ordered", "items"}}`.
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        if !matches!(at.value, Value::Object(_)) {
            return Text::from_json(at).map(Self::text);
        }
        let fields = at.fields()?;
        Ok(Self {
            text: fields.required("text", Text::from_json)?,
            list: fields.optional("list", List::from_json)?,
        })
    }
}

impl List {
    /// Reads `{"ordered": bool, "items": […]}`.
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            ordered: fields.required("ordered", |o| o.boolean())?,
            items: fields.required("items", |i| i.each(ListItem::from_json))?,
        })
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for ListItem {
    fn schema_name() -> Cow<'static, str> {
        "ListItem".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let text = generator.subschema_for::<Text>();
        let list = generator.subschema_for::<List>();
        schemars::json_schema!({
            "description": "A list item: its text, or its text with a list nested under it.",
            "oneOf": [
                text.clone(),
                {
                    "type": "object",
                    "properties": { "text": text, "list": list },
                    "required": ["text"]
                }
            ]
        })
    }
}

/// `{"type": "code", "text": "…"}`: text whose spacing and line breaks matter.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Code {
    /// The text exactly as written, line breaks included.
    pub text: String,
}

/// `{"type": "table", "caption"?: Text, "head"?: [Text…], "rows": [[Text…]…]}`
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Table {
    /// What the table shows.
    #[cfg_attr(feature = "schema", serde(default))]
    pub caption: Option<Text>,
    /// Column headings, if the table has a heading row.
    #[cfg_attr(feature = "schema", serde(default))]
    pub head: Vec<Text>,
    /// The rows, each a list of cells.
    pub rows: Vec<Vec<Text>>,
}

/// `{"type": "embed", "url": "…", "kind"?: "video"|"audio"|"post"|"page", "title"?: "…"}`
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Embed {
    /// Address of the original; linked only when safe.
    pub url: String,
    /// What it is: `video`, `audio`, `post` (on a social network) or `page` (anything else).
    #[cfg_attr(feature = "schema", serde(default))]
    pub kind: Option<String>,
    /// Its title or a line of its text, when the post gives one.
    #[cfg_attr(feature = "schema", serde(default))]
    pub title: Option<String>,
}

impl Embed {
    /// The key of the reader's words for what the link to the original says (`embed.video`:
    /// "Video on {host}"; readers add `-bare` when the address names no host).
    pub fn label_key(&self) -> &'static str {
        match self.kind.as_deref() {
            Some("video") => "embed.video",
            Some("audio") => "embed.audio",
            Some("post") => "embed.post",
            _ => "embed.content",
        }
    }
}

/// `{"type": "figure", "src"?: …, "alt"?: …, "caption"?: …, "width"?: …, "height"?: …}`
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Figure {
    /// Image address; without it only the caption is shown.
    #[cfg_attr(feature = "schema", serde(default))]
    pub src: Option<String>,
    /// Text alternative for the image.
    #[cfg_attr(feature = "schema", serde(default))]
    pub alt: Option<String>,
    /// Caption shown under the image.
    #[cfg_attr(feature = "schema", serde(default))]
    pub caption: Option<Text>,
    /// The image's width in CSS pixels, when known: with `height`, the page keeps the image's
    /// room before it loads, so the text below it does not jump.
    #[cfg_attr(feature = "schema", serde(default))]
    pub width: Option<usize>,
    /// The image's height in CSS pixels, when known (see `width`).
    #[cfg_attr(feature = "schema", serde(default))]
    pub height: Option<usize>,
}

impl Figure {
    /// A figure with a caption and no image (an embed's or a gallery's caption on its own).
    pub fn caption_only(caption: Text) -> Self {
        Self {
            src: None,
            alt: None,
            caption: Some(caption),
            width: None,
            height: None,
        }
    }
}

impl Block {
    /// Calls `visit` with every piece of text in this block, nested ones included (quotations,
    /// list items, captions, table cells), in reading order.
    pub fn each_text<'a>(&'a self, visit: &mut dyn FnMut(&'a Text)) {
        match self {
            Self::Paragraph(p) => visit(&p.text),
            Self::Quote(q) => q.blocks.iter().for_each(|b| b.each_text(visit)),
            Self::Heading(h) => visit(&h.text),
            Self::List(l) => l.each_text(visit),
            Self::Figure(f) => f.caption.iter().for_each(visit),
            Self::Table(t) => t
                .head
                .iter()
                .chain(t.rows.iter().flatten())
                .chain(t.caption.iter())
                .for_each(visit),
            Self::Code(_) | Self::Embed(_) | Self::Rule | Self::Unknown { .. } => {}
        }
    }

    /// [`Block::each_text`], with each piece of text to change.
    pub fn each_text_mut(&mut self, visit: &mut dyn FnMut(&mut Text)) {
        match self {
            Self::Paragraph(p) => visit(&mut p.text),
            Self::Quote(q) => q.blocks.iter_mut().for_each(|b| b.each_text_mut(visit)),
            Self::Heading(h) => visit(&mut h.text),
            Self::List(l) => l.each_text_mut(visit),
            Self::Figure(f) => f.caption.iter_mut().for_each(visit),
            Self::Table(t) => t
                .head
                .iter_mut()
                .chain(t.rows.iter_mut().flatten())
                .chain(t.caption.iter_mut())
                .for_each(visit),
            Self::Code(_) | Self::Embed(_) | Self::Rule | Self::Unknown { .. } => {}
        }
    }

    /// Number of words a reader reads in this block (nested quotations included).
    pub fn word_count(&self) -> usize {
        match self {
            Self::Paragraph(p) => p.text.word_count(),
            Self::Quote(q) => q.blocks.iter().map(Block::word_count).sum(),
            Self::Heading(h) => h.text.word_count(),
            Self::List(l) => l.items.iter().map(ListItem::word_count).sum(),
            Self::Figure(f) => f.caption.as_ref().map_or(0, Text::word_count),
            Self::Code(c) => super::text::count_words(&c.text),
            Self::Table(t) => t
                .head
                .iter()
                .chain(t.rows.iter().flatten())
                .chain(t.caption.iter())
                .map(Text::word_count)
                .sum(),
            Self::Embed(e) => e.title.as_deref().map_or(0, super::text::count_words),
            Self::Rule | Self::Unknown { .. } => 0,
        }
    }

    /// Reads a block from its JSON object, dispatching on `type`.
    pub fn from_json(at: At<'_>) -> Result<Self, PathError> {
        if !matches!(at.value, Value::Object(_)) {
            return Err(at.expected(r#"a block object like {"type": "paragraph", …}"#));
        }
        let fields = at.fields()?;
        let kind = fields.required("type", |t| t.string())?;
        Ok(match kind.as_str() {
            "paragraph" => Self::Paragraph(Paragraph {
                text: fields.required("text", Text::from_json)?,
            }),
            "quote" => Self::Quote(Quote {
                source: fields.optional("source", Source::from_json)?,
                blocks: fields.required("blocks", |b| b.each(Self::from_json))?,
            }),
            "heading" => Self::Heading(Heading {
                level: fields.required("level", HeadingLevel::from_json)?,
                text: fields.required("text", Text::from_json)?,
            }),
            "list" => Self::List(List::from_json(at)?),
            "figure" => Self::Figure(Figure {
                src: fields.optional("src", |v| v.string())?,
                alt: fields.optional("alt", |v| v.string())?,
                caption: fields.optional("caption", Text::from_json)?,
                width: fields.optional("width", |v| v.count())?,
                height: fields.optional("height", |v| v.count())?,
            }),
            "rule" => Self::Rule,
            "code" => Self::Code(Code {
                text: fields.required("text", |v| v.string())?,
            }),
            "table" => Self::Table(Table {
                caption: fields.optional("caption", Text::from_json)?,
                head: fields
                    .optional("head", |h| h.each(Text::from_json))?
                    .unwrap_or_default(),
                rows: fields.required("rows", |r| r.each(|row| row.each(Text::from_json)))?,
            }),
            "embed" => Self::Embed(Embed {
                url: fields.required("url", |v| v.string())?,
                kind: fields.optional("kind", |v| v.string())?,
                title: fields.optional("title", |v| v.string())?,
            }),
            _ => Self::Unknown { kind },
        })
    }
}

impl Source {
    /// Reads `{"name", "author"?, "url"?}`.
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            name: fields.required("name", |v| v.string())?,
            author: fields.optional("author", |v| v.string())?,
            url: fields.optional("url", |v| v.string())?,
        })
    }
}

impl HeadingLevel {
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        match at.value.as_u64() {
            Some(level @ 2..=4) => Ok(Self(level as u8)),
            _ => Err(at.expected("2, 3 or 4")),
        }
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for HeadingLevel {
    fn schema_name() -> Cow<'static, str> {
        "HeadingLevel".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schemars::json_schema!({ "type": "integer", "enum": [2, 3, 4] })
    }
}

// The shape of every known block, for the published JSON Schema only. Decoding goes through
// `Block::from_json`, which also accepts unknown types; the schema describes what authors should
// write. (A doc comment here would become the schema's description.)
/// A block of content; its `type` decides which other fields it has.
#[cfg(feature = "schema")]
#[derive(JsonSchema)]
#[cfg_attr(feature = "schema", serde(tag = "type", rename_all = "lowercase"))]
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
    Code(Code),
    Table(Table),
    Embed(Embed),
}

#[cfg(feature = "schema")]
impl JsonSchema for Block {
    fn schema_name() -> Cow<'static, str> {
        "Block".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        // A block of a type this version does not know is part of the format: readers show a
        // notice in its place (forward compatibility), so the schema takes it too.
        let known = BlockSchema::json_schema(generator);
        schemars::json_schema!({
            "description": "A block of content; its `type` decides which other fields it has. A `type` this version does not know is allowed (the reader shows a notice in its place).",
            "anyOf": [
                known,
                {
                    "type": "object",
                    "properties": {
                        "type": {
                            "type": "string",
                            "not": { "enum": ["paragraph", "quote", "heading", "list", "figure", "rule", "code", "table", "embed"] }
                        }
                    },
                    "required": ["type"]
                }
            ]
        })
    }
}
