//! Changes the reader makes in the text settings panel.

use std::rc::Rc;

use yew::Reducible;

use crate::model::settings::{Font, LineSpacing, LineWidth, ReadingSettings, TEXT_SIZES, Theme};

/// One change to the reading settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsAction {
    /// One step smaller text (no smaller than the smallest).
    Smaller,
    /// One step larger text (no larger than the largest).
    Larger,
    /// A line length.
    Width(LineWidth),
    /// A line spacing.
    Spacing(LineSpacing),
    /// A typeface.
    Font(Font),
    /// A colour theme.
    Theme(Theme),
    /// Back to the post's own look.
    Reset,
}

/// The settings after `action`.
pub fn reduce_settings(settings: ReadingSettings, action: SettingsAction) -> ReadingSettings {
    match action {
        SettingsAction::Smaller => ReadingSettings {
            size: settings.size.saturating_sub(1),
            ..settings
        },
        SettingsAction::Larger => ReadingSettings {
            size: (settings.size + 1).min(TEXT_SIZES.len() - 1),
            ..settings
        },
        SettingsAction::Width(width) => ReadingSettings { width, ..settings },
        SettingsAction::Spacing(spacing) => ReadingSettings {
            spacing,
            ..settings
        },
        SettingsAction::Font(font) => ReadingSettings { font, ..settings },
        SettingsAction::Theme(theme) => ReadingSettings { theme, ..settings },
        SettingsAction::Reset => ReadingSettings::default(),
    }
}

/// The settings as a reducer's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settings(pub ReadingSettings);

impl Reducible for Settings {
    type Action = SettingsAction;

    fn reduce(self: Rc<Self>, action: SettingsAction) -> Rc<Self> {
        Rc::new(Self(reduce_settings(self.0, action)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_stops_at_both_ends() {
        let mut settings = ReadingSettings::default();
        for _ in 0..20 {
            settings = reduce_settings(settings, SettingsAction::Larger);
        }
        assert_eq!(settings.size_percent(), 160);
        for _ in 0..20 {
            settings = reduce_settings(settings, SettingsAction::Smaller);
        }
        assert_eq!(settings.size_percent(), 85);
        let themed = reduce_settings(settings, SettingsAction::Theme(Theme::Dark));
        assert_eq!(themed.theme, Theme::Dark);
        assert_eq!(themed.size, settings.size);
        assert_eq!(
            reduce_settings(themed, SettingsAction::Reset),
            ReadingSettings::default()
        );
    }
}
