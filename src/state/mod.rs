//! Application state: plain data and pure transitions, no side effects.

pub mod draft;
pub mod folds;
pub mod load;
pub mod threads;

pub use draft::{DraftAction, reduce_draft};
pub use folds::{FoldAction, Folds};
pub use load::LoadState;
pub use threads::{FoldedThreads, ThreadAction};
