//! The reader's controls that hold a fixed list: the text settings' choices, the reading
//! shortcuts and Listen's speeds. Written here once: the full reader's components and settings
//! read the same lists, and the drawn reader draws them.

/// A setting's choices: each one's value (set as `data-lectern-<setting>` and stored) and the
/// key of its label in Lectern's words; the first is the default.
pub type Choices = [(&'static str, &'static str)];

/// Line lengths (the stylesheet's `--lectern-measure`).
pub const LINE_WIDTHS: &Choices = &[
    ("medium", "settings.width.medium"),
    ("narrow", "settings.width.narrow"),
    ("wide", "settings.width.wide"),
];

/// Space between lines.
pub const LINE_SPACINGS: &Choices = &[
    ("normal", "settings.spacing.normal"),
    ("tight", "settings.spacing.tight"),
    ("loose", "settings.spacing.loose"),
];

/// Typefaces already on the reader's system (nothing is downloaded).
pub const FONTS: &Choices = &[
    ("serif", "settings.font.serif"),
    ("sans", "settings.font.sans"),
    ("legible", "settings.font.legible"),
];

/// Colours: the system's light or dark, or one the reader picks.
pub const THEMES: &Choices = &[
    ("auto", "settings.theme.auto"),
    ("light", "settings.theme.light"),
    ("sepia", "settings.theme.sepia"),
    ("dark", "settings.theme.dark"),
];

/// The panel's rows of choices: the key of each row's name, its radio buttons' name, its
/// choices.
pub const SETTING_ROWS: [(&str, &str, &Choices); 4] = [
    ("settings.width", "lectern-width", LINE_WIDTHS),
    ("settings.spacing", "lectern-spacing", LINE_SPACINGS),
    ("settings.font", "lectern-font", FONTS),
    ("settings.theme", "lectern-theme", THEMES),
];

/// The reading shortcuts in the order the help lists them: each key and the key of what it
/// does in Lectern's words.
pub const SHORTCUTS: [(&str, &str); 9] = [
    ("n", "shortcuts.next-section"),
    ("p", "shortcuts.previous-section"),
    ("j", "shortcuts.next-quotation"),
    ("k", "shortcuts.previous-quotation"),
    ("o", "shortcuts.toggle-quotation"),
    ("c", "shortcuts.comments"),
    ("r", "shortcuts.reply"),
    ("l", "shortcuts.listen"),
    ("?", "shortcuts.help"),
];

/// Listen's speeds as the reader picks them, and the rate each asks of speech synthesis.
pub const SPEEDS: [(&str, f32); 5] = [
    ("0.75×", 0.75),
    ("1×", 1.0),
    ("1.25×", 1.25),
    ("1.5×", 1.5),
    ("2×", 2.0),
];

/// Index of 1× in [`SPEEDS`].
pub const NORMAL_SPEED: usize = 1;
