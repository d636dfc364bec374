//! Application state: plain data and pure transitions, no side effects.

pub mod folds;
pub mod load;

pub use folds::{FoldAction, Folds};
pub use load::LoadState;
