//! The text settings' facts both readers keep to: the sizes a reader steps through, where they
//! start, and where the reader's choice is stored (the full reader's `app_model::settings` and
//! the first screen's panel read the same ones).

/// Relative text sizes a reader steps through, in percent of the post's own size.
pub const TEXT_SIZES: [u16; 7] = [85, 92, 100, 110, 125, 140, 160];

/// The index of 100 % in [`TEXT_SIZES`].
pub const DEFAULT_SIZE: usize = 2;

/// Where the reader's choices are kept for every post on the site: JSON with a field per setting
/// chosen (`{"size":"125","theme":"dark"}`), each the value of its `data-lectern-<field>`.
pub const STORAGE_KEY: &str = "lectern:settings";
