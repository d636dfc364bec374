//! The reader's own typography and colours: text size, line width, line spacing, font and theme.
//! Stored as JSON whose every field becomes a `data-lectern-<field>` attribute on the page (or an
//! embed's host), which the stylesheet reads; `static/early.js` copies them before first paint.

use super::json::{At, PathError, quote};
use super::stored::Stored;

/// Relative text sizes a reader steps through, in percent of the post's own size.
pub const TEXT_SIZES: [u16; 7] = [85, 92, 100, 110, 125, 140, 160];

/// The index of 100 % in [`TEXT_SIZES`].
const DEFAULT_SIZE: usize = 2;

/// One choice among a few named ones (width, spacing, font, theme): its stored value and label.
pub trait Choice: Copy + PartialEq + Default + 'static {
    /// Every choice, in the order the panel lists them.
    const ALL: &'static [Self];
    /// Every choice's stored value and label, in the same order.
    const OPTIONS: &'static [(&'static str, &'static str)];
    /// The value stored and set as an attribute (`"narrow"`).
    fn value(self) -> &'static str;
    /// What the panel calls it.
    fn label(self) -> &'static str;
    /// The choice stored as `value`, if any is.
    fn from_value(value: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.value() == value)
    }
}

/// How to declare a [`Choice`] enum: `choice!(Name { Variant = ("value", "Label"), … })`, the
/// first variant the default.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $first:ident = ($fv:literal, $fl:literal) $(, $variant:ident = ($value:literal, $label:literal))* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub enum $name {
            #[default]
            #[doc = $fl]
            $first,
            $(#[doc = $label] $variant,)*
        }

        impl Choice for $name {
            const ALL: &'static [Self] = &[Self::$first $(, Self::$variant)*];
            const OPTIONS: &'static [(&'static str, &'static str)] = &[($fv, $fl) $(, ($value, $label))*];
            fn value(self) -> &'static str {
                match self {
                    Self::$first => $fv,
                    $(Self::$variant => $value,)*
                }
            }
            fn label(self) -> &'static str {
                match self {
                    Self::$first => $fl,
                    $(Self::$variant => $label,)*
                }
            }
        }
    };
}

choice!(
    /// The line length, in characters (the stylesheet's `--lectern-measure`).
    LineWidth { Medium = ("medium", "Medium"), Narrow = ("narrow", "Narrow"), Wide = ("wide", "Wide") }
);
choice!(
    /// Space between lines.
    LineSpacing { Normal = ("normal", "Normal"), Tight = ("tight", "Tight"), Loose = ("loose", "Loose") }
);
choice!(
    /// The typeface of the post's text: fonts already on the reader's system, nothing downloaded.
    Font { Serif = ("serif", "Serif"), Sans = ("sans", "Sans"), Legible = ("legible", "High legibility") }
);
choice!(
    /// Colours: the system's light or dark, or one the reader picks.
    Theme { Auto = ("auto", "Auto"), Light = ("light", "Light"), Sepia = ("sepia", "Sepia"), Dark = ("dark", "Dark") }
);

/// Everything the reader set, with the post's own look as the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingSettings {
    /// Index into [`TEXT_SIZES`].
    pub size: usize,
    /// Line length.
    pub width: LineWidth,
    /// Line spacing.
    pub spacing: LineSpacing,
    /// Typeface.
    pub font: Font,
    /// Colours.
    pub theme: Theme,
}

impl Default for ReadingSettings {
    fn default() -> Self {
        Self {
            size: DEFAULT_SIZE,
            width: LineWidth::default(),
            spacing: LineSpacing::default(),
            font: Font::default(),
            theme: Theme::default(),
        }
    }
}

impl ReadingSettings {
    /// The text size in percent.
    pub fn size_percent(&self) -> u16 {
        TEXT_SIZES[self.size.min(TEXT_SIZES.len() - 1)]
    }

    /// The attributes (without the `data-lectern-` prefix) and values the stylesheet reads. The
    /// same names as the stored fields, so the early script copies them without knowing them.
    pub fn attributes(&self) -> [(&'static str, String); 5] {
        [
            ("size", self.size_percent().to_string()),
            ("width", self.width.value().to_owned()),
            ("spacing", self.spacing.value().to_owned()),
            ("font", self.font.value().to_owned()),
            ("theme", self.theme.value().to_owned()),
        ]
    }

    /// Settings from a host page's defaults (`size="110"`, `theme="sepia"`…): each known value
    /// taken, anything else left as it is.
    pub fn with_attribute(mut self, name: &str, value: &str) -> Self {
        match name {
            "size" => {
                if let Some(index) = TEXT_SIZES.iter().position(|s| s.to_string() == value) {
                    self.size = index;
                }
            }
            "width" => self.width = LineWidth::from_value(value).unwrap_or(self.width),
            "spacing" => self.spacing = LineSpacing::from_value(value).unwrap_or(self.spacing),
            "font" => self.font = Font::from_value(value).unwrap_or(self.font),
            "theme" => self.theme = Theme::from_value(value).unwrap_or(self.theme),
            _ => {}
        }
        self
    }
}

impl Stored for ReadingSettings {
    fn to_json(&self) -> String {
        let fields: Vec<String> = self
            .attributes()
            .iter()
            .map(|(name, value)| format!("{}:{}", quote(name), quote(value)))
            .collect();
        format!("{{{}}}", fields.join(","))
    }

    /// Unknown or missing values fall back to the default: settings from another version
    /// never stop the reader.
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        let mut settings = Self::default();
        for (name, _) in Self::default().attributes() {
            if let Some(value) = fields.optional(name, |v| v.string()).ok().flatten() {
                settings = settings.with_attribute(name, &value);
            }
        }
        Ok(settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::json::{Value, parse};

    fn read(json: &str) -> ReadingSettings {
        let value = parse(json).unwrap_or(Value::Null);
        ReadingSettings::from_json(At::root(&value)).unwrap_or_default()
    }

    #[test]
    fn settings_survive_a_round_trip() {
        let settings = ReadingSettings {
            size: 5,
            width: LineWidth::Wide,
            spacing: LineSpacing::Loose,
            font: Font::Legible,
            theme: Theme::Sepia,
        };
        assert_eq!(
            settings.to_json(),
            r#"{"size":"140","width":"wide","spacing":"loose","font":"legible","theme":"sepia"}"#
        );
        assert_eq!(read(&settings.to_json()), settings);
    }

    #[test]
    fn unknown_values_fall_back_to_the_default() {
        let settings = read(r#"{"size":"999","width":"enormous","font":3,"theme":"dark"}"#);
        assert_eq!(
            settings,
            ReadingSettings {
                theme: Theme::Dark,
                ..Default::default()
            }
        );
        assert_eq!(read("[]"), ReadingSettings::default());
    }

    #[test]
    fn every_choice_reads_back_from_its_value() {
        fn check<C: Choice + std::fmt::Debug>() {
            for choice in C::ALL {
                assert_eq!(C::from_value(choice.value()), Some(*choice));
            }
            assert_eq!(C::ALL[0], C::default());
        }
        check::<LineWidth>();
        check::<LineSpacing>();
        check::<Font>();
        check::<Theme>();
        assert_eq!(ReadingSettings::default().size_percent(), 100);
    }
}
