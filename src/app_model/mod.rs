//! The reader app's own plain data, apart from the post format: the reader's text settings and
//! what `mount()` and the element's attributes ask for, what Listen reads and in which order, and
//! what the app keeps in storage (drafts, pending replies, the reading place) with its keys. Pure
//! Rust and no web APIs, tested natively; `browser/` and the hooks do the storing.

pub mod mount_options;
pub mod pending;
pub mod place;
pub mod settings;
pub mod shortcuts;
pub mod speech;
pub mod storage_keys;
pub mod stored;
