//! Custom hooks: each wraps one effectful job for components (one per file).

pub mod use_document_meta;
pub mod use_post;

pub use use_document_meta::use_document_meta;
pub use use_post::{UsePostHandle, use_post};
