//! The post model: plain Rust types and pure functions, no yew and no web APIs, so it is tested
//! natively and shared by the browser app and the build-time renderer.

pub mod anchor;
pub mod block;
pub mod comment_text;
pub mod date;
pub mod direction;
pub mod draft;
pub mod embed;
pub mod fold;
pub mod html;
pub mod json;
pub mod link;
pub mod outline;
pub mod parse;
pub mod place;
pub mod post;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod settings;
pub mod speech;
pub mod storage_keys;
pub mod stored;
pub mod text;
pub mod thread;
// Writing posts out is the command line's job (import); the reader only reads them.
#[cfg(not(target_arch = "wasm32"))]
pub mod write;

pub use block::{
    Block, Code, Embed, Figure, Heading, List, ListItem, Paragraph, Quote, Source, Table,
};
pub use date::PublishedDate;
pub use parse::parse_post;
pub use post::{
    Comment, Conversation, FORMAT_V1, FormatTag, Person, Post, ReaderSettings, Section,
    WordPressThread,
};
pub use text::{Span, Text};
