//! Lectern: a reader for long blog posts made of quotations, with a comment thread preview.
//!
//! # Design
//! - [`model`] is the post format (`lectern/post@1`) as plain Rust: our own JSON parser and
//!   hand-written decoders with exact JSON paths, validation, anchors and reading statistics. No
//!   yew, no web APIs: tested natively.
//! - [`state`] holds plain state types and pure transitions.
//! - [`components`] render props to HTML and emit domain values. They never call web APIs, so they
//!   render under Yew's `ssr` feature too (native tests; build-time prerendering).
//! - [`hooks`] hold every effect, one job each (loading a post, the draft store, listeners,
//!   observers, focus and scrolling); components reach the browser only through them.
//! - [`browser`] is the one thin layer that touches web APIs: fetch, page address, panic report.
//! - [`error`] words every failure for the person reading.
//! - `prerender` (native only) renders the seed post into the built page at build time; the
//!   browser then hydrates that markup (see `main.rs`).

pub mod browser;
pub mod components;
pub mod error;
pub mod hooks;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
pub mod sources;
#[cfg(not(target_arch = "wasm32"))]
pub mod staging;
pub mod state;

pub use components::{
    App, AppProps, CommentsApp, CommentsAppProps, CommentsPlacement, PostSource, Reader,
    ReaderProps,
};

/// The post shown when the page names none: the seed post, relative to the page.
pub const DEFAULT_POST_URL: &str = "posts/syria-russia-turkey-stalin-myth.json";
