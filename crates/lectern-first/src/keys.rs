//! The reader's shortcut keys, as `KeyboardEvent.key` reports them: the first screen wakes the
//! full reader for these and presses them again once it runs. The full reader's table
//! (`app_model::shortcuts::SHORTCUTS`) must use exactly these keys (its tests check).

/// Every shortcut key, pressed without Ctrl, Alt or Meta.
pub const SHORTCUT_KEYS: [&str; 9] = ["n", "p", "j", "k", "o", "c", "r", "l", "?"];
