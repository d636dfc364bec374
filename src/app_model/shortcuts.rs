//! The reader's keyboard shortcuts: which key does what, written once for the key handler and
//! the "?" help panel.

/// Something a reader can do from the keyboard while reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Go to the next section.
    NextSection,
    /// Go to the previous section (or the start of this one).
    PreviousSection,
    /// Go to the next quotation.
    NextQuotation,
    /// Go to the previous quotation.
    PreviousQuotation,
    /// Fold or unfold the quotation being read.
    ToggleQuotation,
    /// Go to the comments.
    Comments,
    /// Start writing a reply (the composer's text field).
    Reply,
    /// Read aloud from the section being read; pause and go on while reading.
    Listen,
    /// Show or hide the list of shortcuts.
    Help,
}

/// Every shortcut, in the order of [`SHORTCUTS`] (its key, as `KeyboardEvent.key` reports
/// it, and the key of what the help says in the reader's words).
const IN_ORDER: [Shortcut; SHORTCUTS.len()] = [
    Shortcut::NextSection,
    Shortcut::PreviousSection,
    Shortcut::NextQuotation,
    Shortcut::PreviousQuotation,
    Shortcut::ToggleQuotation,
    Shortcut::Comments,
    Shortcut::Reply,
    Shortcut::Listen,
    Shortcut::Help,
];

/// The keys and what the help says of each (the drawn reader's help lists the same).
pub use lectern_draw::controls::SHORTCUTS;

/// The shortcut for a key pressed with no Ctrl, Alt or Meta (`with_modifier`: those belong to
/// the browser and the system); Shift only as part of the character (`?`).
pub fn shortcut_for(key: &str, with_modifier: bool) -> Option<Shortcut> {
    if with_modifier {
        return None;
    }
    SHORTCUTS
        .iter()
        .position(|(k, _)| *k == key)
        .and_then(|index| IN_ORDER.get(index).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screen_wakes_the_reader_for_exactly_these_keys() {
        let keys: Vec<&str> = SHORTCUTS.iter().map(|(key, _)| *key).collect();
        assert_eq!(keys, lectern_first::keys::SHORTCUT_KEYS);
    }

    #[test]
    fn keys_map_to_shortcuts_and_modifiers_are_left_alone() {
        assert_eq!(shortcut_for("n", false), Some(Shortcut::NextSection));
        assert_eq!(shortcut_for("?", false), Some(Shortcut::Help));
        assert_eq!(shortcut_for("o", false), Some(Shortcut::ToggleQuotation));
        assert_eq!(shortcut_for("l", false), Some(Shortcut::Listen));
        assert_eq!(shortcut_for("n", true), None, "Ctrl+N");
        assert_eq!(shortcut_for("N", false), None);
        assert_eq!(shortcut_for("x", false), None);
    }

    #[test]
    fn every_key_is_used_once() {
        for (i, (key, _)) in SHORTCUTS.iter().enumerate() {
            assert!(SHORTCUTS[i + 1..].iter().all(|(other, _)| other != key));
        }
    }
}
