//! Application state: plain data and pure transitions, no side effects.

pub mod load;

pub use load::LoadState;
