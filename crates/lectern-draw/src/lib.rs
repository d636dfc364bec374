//! The reader's markup as HTML text, written once (issue 22). The reader's components insert
//! what this crate draws (as Yew's raw HTML), the command line's server render writes the same,
//! and code without Yew — a first screen for a post with no published markup — can draw a post
//! exactly as the full reader will hydrate it.
//!
//! Everything here is plain Rust over the post format: text always goes in escaped, links only
//! when [`lectern_format::link::safe_href`] allows them, pictures only from
//! [`lectern_format::link::safe_image_src`].

mod blocks;
pub mod controls;
mod conversation;
mod html;
mod post;
mod reader;

pub use blocks::{Author, block, blocks, source, text};
pub use conversation::{
    DEEPEST_INDENT, FIELDS, LONG_THREAD_ROWS, author_label, conversation, depth_class,
};
pub use html::Html;
pub use post::{NOTES_HEADING_ID, meta, notes, reading_line, section_head, title};
pub use reader::{BLOCKS_PER_RUN, COMMENTS_ROOT_OPEN, DEFAULT_TEXT_SIZE, reader};
