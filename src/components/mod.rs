//! Yew components. They render props and turn DOM events into domain values; every effect they
//! need (storage, listeners, focus, fetching) comes from a hook in `crate::hooks`, so every one of
//! them also renders under SSR.

pub mod app;
pub mod comment_card;
pub mod comment_row;
pub mod comments;
pub mod comments_app;
pub mod composer;
pub mod copy_link;
pub mod header;
pub mod landmarks;
pub mod listen_bar;
pub mod notes;
pub mod quote;
pub mod reader;
pub mod resume_offer;
pub mod section;
pub mod shortcut_help;
pub mod status;
pub mod text;
pub mod text_settings;
pub mod toc;

pub use app::{App, AppProps, PostSource};
pub use comments_app::{CommentsApp, CommentsAppProps, CommentsPlacement};
pub use reader::{Reader, ReaderProps};
