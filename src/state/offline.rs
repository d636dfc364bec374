//! Whether the post being read can be read without the network.

/// Whether the post being read is available without the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineStatus {
    /// Not saved (or no service worker).
    NotSaved,
    /// Saved; readable offline later.
    Saved,
    /// The network is off and the saved copy is shown.
    ShowingSaved,
}
