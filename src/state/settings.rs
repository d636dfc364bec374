//! Changes the reader makes in the text settings panel.

use std::rc::Rc;

use yew::Reducible;

use crate::app_model::settings::{
    Font, LineSpacing, LineWidth, TEXT_SIZES, TextChoices, TextSettings, Theme,
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
pub fn reduce_settings(settings: TextSettings, action: SettingsAction) -> TextSettings {
    match action {
        SettingsAction::Smaller => TextSettings {
            size: settings.size.saturating_sub(1),
            ..settings
        },
        SettingsAction::Larger => TextSettings {
            size: (settings.size + 1).min(TEXT_SIZES.len() - 1),
            ..settings
        },
        SettingsAction::Width(width) => TextSettings { width, ..settings },
        SettingsAction::Spacing(spacing) => TextSettings {
            spacing,
            ..settings
        },
        SettingsAction::Font(font) => TextSettings { font, ..settings },
        SettingsAction::Theme(theme) => TextSettings { theme, ..settings },
        SettingsAction::Reset => TextSettings::default(),
    }
}

/// The reader's choices after `action`, made while `from` was in force: the setting it changes
/// becomes chosen; "Reset" forgets every choice.
pub fn choose(choices: TextChoices, from: TextSettings, action: SettingsAction) -> TextChoices {
    let next = reduce_settings(from, action);
    match action {
        SettingsAction::Smaller | SettingsAction::Larger => TextChoices {
            size: Some(next.size),
            ..choices
        },
        SettingsAction::Width(_) => TextChoices {
            width: Some(next.width),
            ..choices
        },
        SettingsAction::Spacing(_) => TextChoices {
            spacing: Some(next.spacing),
            ..choices
        },
        SettingsAction::Font(_) => TextChoices {
            font: Some(next.font),
            ..choices
        },
        SettingsAction::Theme(_) => TextChoices {
            theme: Some(next.theme),
            ..choices
        },
        SettingsAction::Reset => TextChoices::default(),
    }
}

/// What the reader chose, as a reducer's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextChoicesState(pub TextChoices);

/// A change, with the settings in force when it was made (what it changes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettingsChange {
    /// The settings in force.
    pub from: TextSettings,
    /// What the reader did.
    pub action: SettingsAction,
}

impl Reducible for TextChoicesState {
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
        let mut settings = TextSettings::default();
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
            TextSettings::default()
        );
    }

    #[test]
    fn a_change_chooses_only_the_setting_it_changes() {
        let host = TextSettings {
            size: 4,
            ..Default::default()
        };
        let choices = choose(
            TextChoices::default(),
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
