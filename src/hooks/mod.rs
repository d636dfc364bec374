//! Custom hooks: each wraps one effectful job for components (one per file).

pub mod use_document_meta;
pub mod use_fragment_navigation;
pub mod use_offline;
pub mod use_post;
pub mod use_reading_position;
pub mod use_root;

pub use use_document_meta::use_document_meta;
pub use use_fragment_navigation::use_fragment_navigation;
pub use use_offline::{UseOfflineHandle, use_offline};
pub use use_post::{UsePostHandle, use_post};
pub use use_reading_position::{use_current_section, use_reading_progress};
pub use use_root::use_root;
