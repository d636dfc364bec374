//! Lectern's post format (`lectern/post@1`) as plain Rust: the types, a JSON parser and walker
//! with exact paths in its errors, validation, dates, text runs, comment threads, the outline
//! (anchors, reading statistics) and folding. Nothing of the web, of Yew, of HTTP or of HTML and
//! XML parsing: every program that reads or writes a post (the reader, the WordPress mapping, the
//! command line, the fuzzers) shares these rules, and they are tested natively.
//!
//! Features: `schema` derives the published JSON Schema from the types; `write` writes a post
//! back out as JSON (the command line's importer). The reader needs neither.

pub mod anchor;
pub mod block;
pub mod comment_text;
pub mod date;
pub mod direction;
pub mod draft;
pub mod error;
pub mod fold;
pub mod json;
pub mod link;
pub mod outline;
pub mod parse;
pub mod post;
#[cfg(feature = "schema")]
pub mod schema;
pub mod text;
pub mod thread;
#[cfg(feature = "write")]
pub mod write;

pub use block::{
    Block, Code, Embed, Figure, Heading, List, ListItem, Paragraph, Quote, Source, Table,
};
pub use date::PublishedDate;
pub use error::PostError;
pub use parse::parse_post;
pub use post::{
    Comment, Conversation, FORMAT_V1, FormatTag, Note, Person, Post, PostPreferences, Section,
    WordPressThread,
};
pub use text::{Span, Text};
