//! The rules of the page's geometry that the full reader and its first screen share, written
//! once: which block is at the top of the window (a reader's place), which section is being
//! read, and how much of the article has been read; and the text settings' sizes and storage.
//! They read the elements they are given and
//! never look anything up by themselves, so the reader can hand them a shadow root's elements.
//!
//! The crate's binary (`main.rs`) is the first screen itself (issue 22); the library has no
//! exports of its own, so depending on it adds nothing to the reader's wasm but these rules.

#[cfg(target_arch = "wasm32")]
pub mod allocator;
pub mod handover;
pub mod keys;
pub mod language;
pub mod numbers;
pub mod place;
pub mod reading;
pub mod settings;
