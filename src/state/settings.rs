//! Changes the reader makes in the text settings panel.

use std::rc::Rc;

use yew::Reducible;

use crate::app_model::settings::{
    Font, LineSpacing, LineWidth, ReaderChoices, ReadingSettings, TEXT_SIZES, Theme,
};

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

/// The reader's choices after `action`, made while `from` was in force: the setting it changes
/// becomes chosen; "Reset" forgets every choice.
pub fn choose(
    choices: ReaderChoices,
    from: ReadingSettings,
    action: SettingsAction,
) -> ReaderChoices {
    let next = reduce_settings(from, action);
    match action {
        SettingsAction::Smaller | SettingsAction::Larger => ReaderChoices {
            size: Some(next.size),
            ..choices
        },
        SettingsAction::Width(_) => ReaderChoices {
            width: Some(next.width),
            ..choices
        },
        SettingsAction::Spacing(_) => ReaderChoices {
            spacing: Some(next.spacing),
            ..choices
        },
        SettingsAction::Font(_) => ReaderChoices {
            font: Some(next.font),
            ..choices
        },
        SettingsAction::Theme(_) => ReaderChoices {
            theme: Some(next.theme),
            ..choices
        },
        SettingsAction::Reset => ReaderChoices::default(),
    }
}

/// What the reader chose, as a reducer's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChosenSettings(pub ReaderChoices);

/// A change, with the settings in force when it was made (what it changes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettingsChange {
    /// The settings in force.
    pub from: ReadingSettings,
    /// What the reader did.
    pub action: SettingsAction,
}

impl Reducible for ChosenSettings {
    type Action = SettingsChange;

    fn reduce(self: Rc<Self>, change: SettingsChange) -> Rc<Self> {
        Rc::new(Self(choose(self.0, change.from, change.action)))
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

    #[test]
    fn a_change_chooses_only_the_setting_it_changes() {
        let host = ReadingSettings {
            size: 4,
            ..Default::default()
        };
        let choices = choose(
            ReaderChoices::default(),
            host,
            SettingsAction::Theme(Theme::Dark),
        );
        assert_eq!(choices.theme, Some(Theme::Dark));
        assert_eq!(choices.size, None, "the host's size still applies");
        let choices = choose(choices, choices.over(host), SettingsAction::Larger);
        assert_eq!(choices.size, Some(5), "one step up from the host's size");
        assert!(choose(choices, host, SettingsAction::Reset).is_empty());
    }
}
