//! Application state: plain data and pure transitions, no side effects.

pub mod draft;
pub mod drafts;
pub mod folds;
pub mod listen;
pub mod load;
pub mod offline;
pub mod remote_thread;
pub mod settings;
pub mod threads;

pub use draft::{DraftAction, reduce_draft};
pub use drafts::{Drafts, DraftsAction, Parent};
pub use folds::{FoldAction, Folds};
pub use listen::{Listen, ListenAction, ListenStatus, SPEEDS};
pub use load::LoadState;
pub use offline::OfflineStatus;
pub use remote_thread::{RemoteThread, RemoteThreadAction};
pub use settings::{SettingsAction, SettingsChange, TextChoicesState};
pub use threads::{FoldedThreads, ThreadAction};
