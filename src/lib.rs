//! Lectern: a reader for long blog posts made of quotations, with a comment thread preview.
//!
//! # Design
//! The post format is its own crate (`lectern_format`: types, JSON parser with exact paths,
//! validation, outline, folding), and so is WordPress (`lectern_wordpress`: the HTML mapping, the
//! REST shapes, replies), and so are Lectern's own words in every language (`lectern_words`,
//! re-exported as [`words`]); the command line (`lectern-cli`: import, publish, prerender) builds
//! on this crate. Here, the reader app:
//! - [`app_model`] is the app's own plain data (text settings, `mount()` options, Listen's
//!   script, what it stores), pure and tested natively.
//! - [`state`] holds plain state types and pure transitions.
//! - [`components`] render props to HTML and emit domain values. They never call web APIs, so they
//!   render under Yew's `ssr` feature too (native tests; build-time prerendering).
//! - [`hooks`] hold every effect, one job each (loading a post, the draft store, listeners,
//!   observers, focus and scrolling); components reach the browser only through them.
//! - [`browser`] is the one thin layer that touches web APIs: fetch, page address, panic report.
//! - [`error`] words every failure to load a post for the person reading.
//!
//! Natively the components render to strings under Yew's `ssr` feature: the command line's
//! prerender writes the seed post into the built page, and the browser then hydrates that
//! markup (see `main.rs`).

pub mod app_model;
pub mod browser;
pub mod components;
pub mod error;
pub mod hooks;
pub mod state;
/// Lectern's own words in the post's language (the `lectern-words` crate: plain Rust, shared with
/// the command line and anything else that writes the reader's words without Yew).
pub use lectern_words as words;

pub use components::{
    App, AppProps, CommentsApp, CommentsAppProps, CommentsPlacement, PostSource, Reader,
    ReaderProps,
};

/// The post shown when the page names none: the seed post, relative to the page.
pub const DEFAULT_POST_URL: &str = "posts/syria-russia-turkey-stalin-myth.json";
