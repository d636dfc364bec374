//! The reader's own typography and colours: text size, line width, line spacing, font and theme.
//! Stored as JSON whose every field becomes a `data-lectern-<field>` attribute on the page (or an
//! embed's host), which the stylesheet reads; `static/early.js` copies them before first paint.

use super::stored::Stored;
use lectern_format::json::{At, PathError, quote};

use lectern_draw::controls;
use lectern_first::settings::DEFAULT_SIZE;
pub use lectern_first::settings::TEXT_SIZES;

/// One choice among a few named ones (width, spacing, font, theme): its stored value and the
/// key of its label in the reader's words.
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

/// How to declare a [`Choice`] enum over one of `lectern_draw::controls`' tables (the values and
/// labels written once, for the drawn reader too): `choice!(Name = TABLE { Variant, … })`, the
/// variants in the table's order, the first the default.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident = $table:path { $first:ident $(, $variant:ident)* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub enum $name {
            #[default]
            #[doc = concat!("The table's first choice, `", stringify!($first), "`.")]
            $first,
            $(#[doc = concat!("The choice `", stringify!($variant), "`.")] $variant,)*
        }

        impl Choice for $name {
            const ALL: &'static [Self] = &[Self::$first $(, Self::$variant)*];
            const OPTIONS: &'static [(&'static str, &'static str)] = $table;
            fn value(self) -> &'static str {
                $table[self as usize].0
            }
            fn label(self) -> &'static str {
                $table[self as usize].1
            }
        }
    };
}

choice!(
    /// The line length, in characters (the stylesheet's `--lectern-measure`).
    LineWidth = controls::LINE_WIDTHS { Medium, Narrow, Wide }
);
choice!(
    /// Space between lines.
    LineSpacing = controls::LINE_SPACINGS { Normal, Tight, Loose }
);
choice!(
    /// The typeface of the post's text: fonts already on the reader's system, nothing downloaded.
    Font = controls::FONTS { Serif, Sans, Legible }
);
choice!(
    /// Colours: the system's light or dark, or one the reader picks.
    Theme = controls::THEMES { Auto, Light, Sepia, Dark }
);

/// Everything the reader set, with the post's own look as the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextSettings {
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

impl Default for TextSettings {
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

impl TextSettings {
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
}

impl TextSettings {
    /// The attributes an embedded reader's own element carries over `base` (the host's
    /// defaults, which its host element carries): a value for each setting the reader set
    /// otherwise, `None` (no attribute) for the rest, which the host's look decides.
    pub fn attributes_over(&self, base: &Self) -> Vec<(&'static str, Option<String>)> {
        self.attributes()
            .into_iter()
            .zip(base.attributes())
            .map(|((name, value), (_, host))| (name, (value != host).then_some(value)))
            .collect()
    }
}

/// The text settings a reader starts from and whether their own choice wins: Lectern's defaults
/// and yes on its own pages; what the host gave for an embedded reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextDefaults {
    /// The settings before the reader chooses any.
    pub base: TextSettings,
    /// Whether the reader gets a "Text settings" button and their stored choice is used.
    pub reader_may_choose: bool,
}

impl Default for TextDefaults {
    fn default() -> Self {
        Self {
            base: TextSettings::default(),
            reader_may_choose: true,
        }
    }
}

impl TextDefaults {
    /// The settings in force, given what the reader chose.
    pub fn in_force(&self, chosen: TextChoices) -> TextSettings {
        if self.reader_may_choose {
            chosen.over(self.base)
        } else {
            self.base
        }
    }
}

/// The settings the reader chose, one by one. What they never set comes from the page's (or the
/// host's) defaults, so a choice made in one embedded reader changes only that setting in another
/// reader on the site. Stored as JSON with a field per setting chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextChoices {
    /// Index into [`TEXT_SIZES`].
    pub size: Option<usize>,
    /// Line length.
    pub width: Option<LineWidth>,
    /// Line spacing.
    pub spacing: Option<LineSpacing>,
    /// Typeface.
    pub font: Option<Font>,
    /// Colours.
    pub theme: Option<Theme>,
}

impl TextChoices {
    /// The settings in force: these choices over `base`.
    pub fn over(&self, base: TextSettings) -> TextSettings {
        TextSettings {
            size: self.size.unwrap_or(base.size),
            width: self.width.unwrap_or(base.width),
            spacing: self.spacing.unwrap_or(base.spacing),
            font: self.font.unwrap_or(base.font),
            theme: self.theme.unwrap_or(base.theme),
        }
    }

    /// Whether the reader chose nothing (nothing to store).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Each chosen setting's attribute name and value.
    fn chosen_attributes(&self) -> Vec<(&'static str, String)> {
        let present = [
            self.size.is_some(),
            self.width.is_some(),
            self.spacing.is_some(),
            self.font.is_some(),
            self.theme.is_some(),
        ];
        self.over(TextSettings::default())
            .attributes()
            .into_iter()
            .zip(present)
            .filter_map(|(attribute, chosen)| chosen.then_some(attribute))
            .collect()
    }
}

impl Stored for TextChoices {
    fn to_json(&self) -> String {
        let fields: Vec<String> = self
            .chosen_attributes()
            .iter()
            .map(|(name, value)| format!("{}:{}", quote(name), quote(value)))
            .collect();
        format!("{{{}}}", fields.join(","))
    }

    /// Unknown values are left unchosen: settings from another version never stop the reader.
    fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let fields = at.fields()?;
        let value = |name: &str| fields.optional(name, |v| v.string()).ok().flatten();
        let size =
            value("size").and_then(|size| TEXT_SIZES.iter().position(|s| s.to_string() == size));
        Ok(Self {
            size,
            width: value("width").and_then(|v| LineWidth::from_value(&v)),
            spacing: value("spacing").and_then(|v| LineSpacing::from_value(&v)),
            font: value("font").and_then(|v| Font::from_value(&v)),
            theme: value("theme").and_then(|v| Theme::from_value(&v)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_choice_is_one_row_of_its_table() {
        fn check<C: Choice + std::fmt::Debug>() {
            assert_eq!(C::ALL.len(), C::OPTIONS.len());
            for (choice, (value, label)) in C::ALL.iter().zip(C::OPTIONS) {
                assert_eq!((choice.value(), choice.label()), (*value, *label));
                assert_eq!(C::from_value(value), Some(*choice));
            }
        }
        check::<LineWidth>();
        check::<LineSpacing>();
        check::<Font>();
        check::<Theme>();
    }
    use lectern_format::json::{Value, parse};

    fn read(json: &str) -> TextChoices {
        let value = parse(json).unwrap_or(Value::Null);
        TextChoices::from_json(At::root(&value)).unwrap_or_default()
    }

    #[test]
    fn choices_survive_a_round_trip() {
        let everything = TextChoices {
            size: Some(5),
            width: Some(LineWidth::Wide),
            spacing: Some(LineSpacing::Loose),
            font: Some(Font::Legible),
            theme: Some(Theme::Sepia),
        };
        assert_eq!(
            everything.to_json(),
            r#"{"size":"140","width":"wide","spacing":"loose","font":"legible","theme":"sepia"}"#
        );
        assert_eq!(read(&everything.to_json()), everything);
        // Only what was chosen is stored, so the rest keeps following the defaults.
        let one = TextChoices {
            font: Some(Font::Serif),
            ..Default::default()
        };
        assert_eq!(one.to_json(), r#"{"font":"serif"}"#);
        assert_eq!(read(&one.to_json()), one);
        assert_eq!(TextChoices::default().to_json(), "{}");
    }

    #[test]
    fn unknown_values_are_left_unchosen() {
        let choices = read(r#"{"size":"999","width":"enormous","font":3,"theme":"dark"}"#);
        assert_eq!(
            choices,
            TextChoices {
                theme: Some(Theme::Dark),
                ..Default::default()
            }
        );
        assert!(read("[]").is_empty());
    }

    #[test]
    fn an_embed_leaves_plain_settings_to_the_host() {
        let base = TextSettings {
            width: LineWidth::Wide,
            ..Default::default()
        };
        let chosen = TextChoices {
            width: Some(LineWidth::Medium),
            theme: Some(Theme::Sepia),
            ..Default::default()
        };
        let attributes = chosen.over(base).attributes_over(&base);
        // The same as the host's: the host's look (its custom properties included) decides.
        assert_eq!(attributes[0], ("size", None));
        assert_eq!(attributes[3], ("font", None));
        // Medium over a host's wide is written, to win; the chosen sepia too.
        assert_eq!(attributes[1], ("width", Some("medium".to_owned())));
        assert_eq!(attributes[4], ("theme", Some("sepia".to_owned())));
        let host = TextDefaults {
            base,
            reader_may_choose: false,
        };
        assert_eq!(host.in_force(chosen), base);
        let open = TextDefaults {
            base,
            reader_may_choose: true,
        };
        assert_eq!(open.in_force(chosen), chosen.over(base));
        assert_eq!(open.in_force(chosen).width, LineWidth::Medium);
        assert_eq!(open.in_force(TextChoices::default()), base);
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
        assert_eq!(TextSettings::default().size_percent(), 100);
    }
}
