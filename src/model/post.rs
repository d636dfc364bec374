//! The post: format version 1 of Lectern's public JSON contract (see `docs/post-format.md`).

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer};

use super::block::Block;
use super::date::PublishedDate;

/// The value of `format` that this reader understands.
pub const FORMAT_V1: &str = "lectern/post@1";

/// A whole post: metadata, sections and the reader comments.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[schemars(title = "Lectern post, format version 1")]
pub struct Post {
    /// Always `"lectern/post@1"`; lets later readers tell versions apart.
    pub format: FormatTag,
    /// Stable identifier of the post (a slug); keys drafts and caches.
    pub id: String,
    /// The post's title.
    #[schemars(length(min = 1))]
    pub title: String,
    /// A line under the title.
    #[serde(default)]
    pub subtitle: Option<String>,
    /// Language tag of the post, e.g. `en`; sets `<html lang>`.
    #[serde(default)]
    pub lang: Option<String>,
    /// Who wrote the post.
    #[serde(default)]
    pub author: Option<Person>,
    /// When the post was published.
    #[serde(default)]
    pub published: Option<PublishedDate>,
    /// Canonical address of the post.
    #[serde(default)]
    pub url: Option<String>,
    /// The body, in sections that the table of contents lists.
    #[schemars(length(min = 1))]
    pub sections: Vec<Section>,
    /// Reader comments, oldest first; replies point at their parent.
    #[serde(default)]
    pub comments: Vec<Comment>,
    /// How this post would like to be read (folding threshold, …).
    #[serde(default)]
    pub reader: ReaderSettings,
}

/// Per-post reading preferences under `"reader"`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct ReaderSettings {
    /// Quotations longer than this many words start folded; 0 never folds. Default 100.
    #[serde(default)]
    pub collapse_words: Option<usize>,
    /// Comment replies nest this many levels deep (default 5); deeper ones show "in reply to".
    #[serde(default)]
    pub max_depth: Option<usize>,
}

impl ReaderSettings {
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct Person {
    /// Display name.
    pub name: String,
    /// Personal page; linked only when safe.
    #[serde(default)]
    pub url: Option<String>,
}

/// A top-level part of the post, listed in the table of contents.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct Section {
    /// Slug used for the section's anchor (`#syria`).
    pub id: String,
    /// Short label for the table of contents.
    pub title: String,
    /// Longer heading shown above the section, when it differs from the label.
    #[serde(default)]
    pub heading: Option<String>,
    /// The section's content.
    pub blocks: Vec<Block>,
    /// The unique anchor id given to this section on the page, derived from `id` when the post
    /// is loaded (see [`super::anchor`]).
    #[serde(skip)]
    #[schemars(skip)]
    pub anchor: String,
}

/// A reader comment.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
pub struct Comment {
    /// Identifier, unique within the post; used in permalinks (`#comment-<id>`).
    pub id: String,
    /// The comment this one replies to; absent or `null` for a top-level comment.
    #[serde(default)]
    pub parent: Option<String>,
    /// Who wrote it; shown as "Anonymous" when absent.
    #[serde(default)]
    pub author: Option<Person>,
    /// When it was written.
    #[serde(default)]
    pub published: Option<PublishedDate>,
    /// The comment's content.
    pub blocks: Vec<Block>,
    /// The unique anchor id given to this comment on the page (`comment-<id>`, cleaned).
    #[serde(skip)]
    #[schemars(skip)]
    pub anchor: String,
}

/// The `format` field, which must be exactly [`FORMAT_V1`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FormatTag;

impl<'de> Deserialize<'de> for FormatTag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(deserializer)?;
        if tag == FORMAT_V1 {
            Ok(Self)
        } else {
            Err(serde::de::Error::custom(format!(
                "unsupported format {tag:?}; this reader reads \"{FORMAT_V1}\""
            )))
        }
    }
}

impl JsonSchema for FormatTag {
    fn schema_name() -> Cow<'static, str> {
        "FormatTag".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "const": FORMAT_V1 })
    }
}

impl Post {
    /// Words in the body (sections only, comments excluded).
    pub fn word_count(&self) -> usize {
        self.sections.iter().map(Section::word_count).sum()
    }
}

impl Section {
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
    /// The name shown for the author.
    pub fn author_name(&self) -> &str {
        self.author
            .as_ref()
            .map(|a| a.name.trim())
            .filter(|name| !name.is_empty())
            .unwrap_or("Anonymous")
    }
}
