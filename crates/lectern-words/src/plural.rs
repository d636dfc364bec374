//! Which form of a counted word a number takes, by the CLDR plural rules for whole numbers.

/// A language's plural rule, named in its file (`@plural = …`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralRule {
    /// One form for every number (Japanese, Chinese).
    Other,
    /// `one` for 1, `other` otherwise (English, German).
    OneOther,
    /// `one` for 1, `many` for whole millions, `other` otherwise (Spanish, Italian).
    OneManyOther,
    /// `one` for 0 and 1, `many` for whole millions, `other` otherwise (French, Brazilian
    /// Portuguese).
    ZeroOneManyOther,
    /// `one` (1, 21, 31…), `few` (2–4, 22–24…), `many` (the rest: 0, 5–20, 25–30…) (Russian).
    EastSlavic,
    /// `zero`, `one`, `two`, `few` (3–10, 103–110…), `many` (11–99, 111–199…), `other` (100,
    /// 101, 102…) (Arabic).
    Arabic,
}

impl PluralRule {
    /// The rule a language file names.
    pub fn named(name: &str) -> Option<Self> {
        Some(match name {
            "other" => Self::Other,
            "one-other" => Self::OneOther,
            "one-many-other" => Self::OneManyOther,
            "zero-one-many-other" => Self::ZeroOneManyOther,
            "east-slavic" => Self::EastSlavic,
            "arabic" => Self::Arabic,
            _ => return None,
        })
    }

    /// The forms a language with this rule must give for each counted word.
    pub fn categories(self) -> &'static [&'static str] {
        match self {
            Self::Other => &["other"],
            Self::OneOther => &["one", "other"],
            Self::OneManyOther | Self::ZeroOneManyOther => &["one", "many", "other"],
            Self::EastSlavic => &["one", "few", "many"],
            Self::Arabic => &["zero", "one", "two", "few", "many", "other"],
        }
    }

    /// The form `n` takes.
    pub fn category(self, n: u64) -> &'static str {
        let whole_millions = n != 0 && n.is_multiple_of(1_000_000);
        match self {
            Self::Other => "other",
            Self::OneOther => one_or_other(n == 1),
            Self::OneManyOther if whole_millions => "many",
            Self::OneManyOther => one_or_other(n == 1),
            Self::ZeroOneManyOther if whole_millions => "many",
            Self::ZeroOneManyOther => one_or_other(n <= 1),
            Self::EastSlavic => match (n % 10, n % 100) {
                (1, tens) if tens != 11 => "one",
                (2..=4, tens) if !(12..=14).contains(&tens) => "few",
                _ => "many",
            },
            Self::Arabic => match (n, n % 100) {
                (0, _) => "zero",
                (1, _) => "one",
                (2, _) => "two",
                (_, 3..=10) => "few",
                (_, 11..=99) => "many",
                _ => "other",
            },
        }
    }
}

fn one_or_other(one: bool) -> &'static str {
    if one { "one" } else { "other" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_gives_the_cldr_form_for_whole_numbers() {
        let forms = |rule: PluralRule, numbers: &[u64]| -> Vec<&str> {
            numbers.iter().map(|n| rule.category(*n)).collect()
        };
        let numbers = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111, 1_000_000];
        assert_eq!(
            forms(PluralRule::OneOther, &numbers),
            [
                "other", "one", "other", "other", "other", "other", "other", "other", "other",
                "other", "other"
            ]
        );
        assert_eq!(
            forms(PluralRule::ZeroOneManyOther, &numbers),
            [
                "one", "one", "other", "other", "other", "other", "other", "other", "other",
                "other", "many"
            ]
        );
        assert_eq!(
            forms(PluralRule::OneManyOther, &numbers),
            [
                "other", "one", "other", "other", "other", "other", "other", "other", "other",
                "other", "many"
            ]
        );
        assert_eq!(
            forms(PluralRule::EastSlavic, &numbers),
            [
                "many", "one", "few", "many", "many", "one", "few", "many", "one", "many", "many"
            ]
        );
        assert_eq!(
            forms(
                PluralRule::Arabic,
                &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 121]
            ),
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few",
                "many", "many"
            ]
        );
        assert_eq!(forms(PluralRule::Other, &[1, 2]), ["other", "other"]);
        for rule in [
            PluralRule::Other,
            PluralRule::OneOther,
            PluralRule::OneManyOther,
            PluralRule::ZeroOneManyOther,
            PluralRule::EastSlavic,
            PluralRule::Arabic,
        ] {
            for n in 0..2_000_u64 {
                assert!(
                    rule.categories().contains(&rule.category(n)),
                    "{rule:?} {n}"
                );
            }
        }
    }
}
