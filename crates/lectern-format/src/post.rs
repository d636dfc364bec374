//! The post: format version 1 of Lectern's public JSON contract (see `docs/post-format.md`).

#[cfg(feature = "schema")]
use std::borrow::Cow;

#[cfg(feature = "schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::block::Block;
use super::date::PublishedDate;
use super::json::{At, PathError};

/// The value of `format` that this reader understands.
pub const FORMAT_V1: &str = "lectern/post@1";

/// A whole post: metadata, sections and the reader comments.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "Lectern post, format version 1"))]
pub struct Post {
    /// Always `"lectern/post@1"`; lets later readers tell versions apart.
    pub format: FormatTag,
    /// Stable identifier of the post (a slug); keys drafts and caches.
    pub id: String,
    /// The post's title.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub title: String,
    /// A line under the title.
    #[cfg_attr(feature = "schema", serde(default))]
    pub subtitle: Option<String>,
    /// Language tag of the post, e.g. `en`; sets `<html lang>`.
    #[cfg_attr(feature = "schema", serde(default))]
    pub lang: Option<String>,
    /// Who wrote the post.
    #[cfg_attr(feature = "schema", serde(default))]
    pub author: Option<Person>,
    /// When the post was published.
    #[cfg_attr(feature = "schema", serde(default))]
    pub published: Option<PublishedDate>,
    /// Canonical address of the post.
    #[cfg_attr(feature = "schema", serde(default))]
    pub url: Option<String>,
    /// A short summary in plain text (link previews, feeds, lists of posts).
    #[cfg_attr(feature = "schema", serde(default))]
    pub excerpt: Option<String>,
    /// The body, in sections that the table of contents lists.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub sections: Vec<Section>,
    /// The post's notes (footnotes, endnotes), in order: text runs refer to them by `id`.
    #[cfg_attr(feature = "schema", serde(default))]
    pub notes: Vec<Note>,
    /// Reader comments, oldest first; replies point at their parent.
    #[cfg_attr(feature = "schema", serde(default))]
    pub comments: Vec<Comment>,
    /// How this post would like to be read (folding threshold, …).
    #[cfg_attr(feature = "schema", serde(default))]
    pub reader: PostPreferences,
    /// Whether replies are taken, and where the conversation lives when it is not in this file.
    #[cfg_attr(feature = "schema", serde(default))]
    pub conversation: Conversation,
}

/// The post's conversation beyond the comments in the file, under `"conversation"`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Conversation {
    /// Whether the post takes replies (`false`: "Comments are closed.", no composer). Default true.
    #[cfg_attr(feature = "schema", serde(default = "always"))]
    pub open: bool,
    /// The WordPress site that holds the comments: the thread is read from it and replies are
    /// sent to it. Without it, replies stay in the reader's browser.
    #[cfg_attr(feature = "schema", serde(default))]
    pub wordpress: Option<WordPressThread>,
}

#[cfg(feature = "schema")]
fn always() -> bool {
    true
}

impl Default for Conversation {
    fn default() -> Self {
        Self {
            open: true,
            wordpress: None,
        }
    }
}

/// Where a post's WordPress comments live: `{"comments": "https://…/wp-json/wp/v2/comments",
/// "post": 60}`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct WordPressThread {
    /// The site's REST comments collection (`…/wp-json/wp/v2/comments`, or
    /// `…/?rest_route=/wp/v2/comments`).
    pub comments: String,
    /// The post's id on that site.
    pub post: u64,
}

impl Conversation {
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            open: fields.optional("open", |v| v.boolean())?.unwrap_or(true),
            wordpress: fields.optional("wordpress", |v| {
                let thread = v.fields()?;
                Ok(WordPressThread {
                    comments: thread.required("comments", |c| c.string())?,
                    post: thread.required("post", |p| {
                        p.value
                            .as_u64()
                            .ok_or_else(|| p.expected("a post id (a whole number)"))
                    })?,
                })
            })?,
        })
    }
}

/// Per-post reading preferences under `"reader"`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct PostPreferences {
    /// Quotations longer than this many words start folded; 0 never folds. Default 100.
    #[cfg_attr(feature = "schema", serde(default))]
    pub collapse_words: Option<usize>,
    /// Comment replies nest this many levels deep (default 5); deeper ones show "in reply to".
    #[cfg_attr(feature = "schema", serde(default))]
    pub max_depth: Option<usize>,
}

impl PostPreferences {
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            collapse_words: fields.optional("collapse_words", |v| v.count())?,
            max_depth: fields.optional("max_depth", |v| v.count())?,
        })
    }

    /// The folding threshold in effect.
    pub fn collapse_words(&self) -> usize {
        self.collapse_words
            .unwrap_or(super::fold::DEFAULT_COLLAPSE_WORDS)
    }

    /// The comment nesting limit in effect (at least 1).
    pub fn max_depth(&self) -> usize {
        self.max_depth
            .unwrap_or(super::thread::DEFAULT_MAX_DEPTH)
            .max(1)
    }
}

/// A named person (post or comment author).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Person {
    /// Display name.
    pub name: String,
    /// Personal page; linked only when safe.
    #[cfg_attr(feature = "schema", serde(default))]
    pub url: Option<String>,
}

/// A note of the post (a footnote): what a text run with `note` refers to. Shown beside the
/// text that cites it where there is room, at a tap elsewhere, and after the post in print and
/// without JavaScript.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Note {
    /// Identifier, unique among the post's notes; text runs name it in `note`.
    pub id: String,
    /// The note's content: paragraphs, and lists or quotations when a note needs them.
    pub blocks: Vec<Block>,
    /// The unique anchor id given to this note on the page, derived from `id` when the post is
    /// loaded (its references get `<anchor>-ref`).
    #[cfg_attr(feature = "schema", serde(skip))]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub anchor: String,
}

impl Note {
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            id: fields.required("id", |v| v.string())?,
            blocks: fields.required("blocks", |v| v.each(Block::from_json))?,
            anchor: String::new(),
        })
    }
}

/// A top-level part of the post, listed in the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Section {
    /// Slug used for the section's anchor (`#syria`).
    pub id: String,
    /// Short label for the table of contents.
    pub title: String,
    /// Longer heading shown above the section, when it differs from the label.
    #[cfg_attr(feature = "schema", serde(default))]
    pub heading: Option<String>,
    /// The section's content.
    pub blocks: Vec<Block>,
    /// The unique anchor id given to this section on the page, derived from `id` when the post
    /// is loaded (see [`super::anchor`]).
    #[cfg_attr(feature = "schema", serde(skip))]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub anchor: String,
}

/// A reader comment.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Comment {
    /// Identifier, unique within the post; used in permalinks (`#comment-<id>`). A whole number
    /// (as blog exports write ids) is read as its digits.
    #[cfg_attr(feature = "schema", schemars(schema_with = "identifier_schema"))]
    pub id: String,
    /// The comment this one replies to; absent or `null` for a top-level comment.
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "optional_identifier_schema")
    )]
    pub parent: Option<String>,
    /// Who wrote it; shown as "Anonymous" when absent.
    #[cfg_attr(feature = "schema", serde(default))]
    pub author: Option<Person>,
    /// When it was written.
    #[cfg_attr(feature = "schema", serde(default))]
    pub published: Option<PublishedDate>,
    /// The comment's content.
    pub blocks: Vec<Block>,
    /// The unique anchor id given to this comment on the page (`comment-<id>`, cleaned).
    #[cfg_attr(feature = "schema", serde(skip))]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub anchor: String,
}

/// The `format` field, which must be exactly [`FORMAT_V1`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FormatTag;

impl FormatTag {
    /// Accepts exactly [`FORMAT_V1`]; any other version is named in the error.
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let tag = at.string()?;
        if tag == FORMAT_V1 {
            Ok(Self)
        } else {
            Err(at.error(format!(
                "unsupported format {}; this reader reads \"{FORMAT_V1}\"",
                super::json::shown(&tag)
            )))
        }
    }
}

/// A comment id as the decoder takes it ([`At::identifier`]): a string or a whole number ≥ 0.
#[cfg(feature = "schema")]
fn identifier_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0 }] })
}

/// A parent id: an identifier, or `null` for a top-level comment.
#[cfg(feature = "schema")]
fn optional_identifier_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0 }, { "type": "null" }],
        "default": null
    })
}

#[cfg(feature = "schema")]
impl JsonSchema for FormatTag {
    fn schema_name() -> Cow<'static, str> {
        "FormatTag".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "const": FORMAT_V1 })
    }
}

impl Post {
    /// Reads a post from its parsed JSON. Unknown fields are ignored; `null` counts as absent.
    /// Rules beyond the shape (non-empty title, …) are checked by [`super::parse_post`].
    pub fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            format: fields.required("format", FormatTag::from_json)?,
            id: fields.required("id", |v| v.string())?,
            title: fields.required("title", |v| v.string())?,
            subtitle: fields.optional("subtitle", |v| v.string())?,
            lang: fields.optional("lang", |v| v.string())?,
            author: fields.optional("author", Person::from_json)?,
            published: fields.optional("published", PublishedDate::from_json)?,
            url: fields.optional("url", |v| v.string())?,
            excerpt: fields.optional("excerpt", |v| v.string())?,
            sections: fields.required("sections", |v| v.each(Section::from_json))?,
            notes: fields
                .optional("notes", |v| v.each(Note::from_json))?
                .unwrap_or_default(),
            comments: fields
                .optional("comments", |v| v.each(Comment::from_json))?
                .unwrap_or_default(),
            reader: fields
                .optional("reader", PostPreferences::from_json)?
                .unwrap_or_default(),
            conversation: fields
                .optional("conversation", Conversation::from_json)?
                .unwrap_or_default(),
        })
    }

    /// Words in the body (sections only, comments excluded).
    pub fn word_count(&self) -> usize {
        self.sections.iter().map(Section::word_count).sum()
    }
}

impl Person {
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            name: fields.required("name", |v| v.string())?,
            url: fields.optional("url", |v| v.string())?,
        })
    }
}

impl Section {
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            id: fields.required("id", |v| v.string())?,
            title: fields.required("title", |v| v.string())?,
            heading: fields.optional("heading", |v| v.string())?,
            blocks: fields.required("blocks", |v| v.each(Block::from_json))?,
            anchor: String::new(),
        })
    }

    /// The heading shown above the section: `heading` if given, else the TOC title.
    pub fn display_heading(&self) -> &str {
        self.heading
            .as_deref()
            .filter(|h| !h.trim().is_empty())
            .unwrap_or(&self.title)
    }

    /// Words in this section.
    pub fn word_count(&self) -> usize {
        self.blocks.iter().map(Block::word_count).sum()
    }
}

impl Comment {
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        Ok(Self {
            id: fields.required("id", |v| v.identifier())?,
            parent: fields.optional("parent", |v| v.identifier())?,
            author: fields.optional("author", Person::from_json)?,
            published: fields.optional("published", PublishedDate::from_json)?,
            blocks: fields.required("blocks", |v| v.each(Block::from_json))?,
            anchor: String::new(),
        })
    }

    /// The name shown for the author.
    pub fn author_name(&self) -> &str {
        self.author
            .as_ref()
            .map(|a| a.name.trim())
            .filter(|name| !name.is_empty())
            .unwrap_or("Anonymous")
    }
}
