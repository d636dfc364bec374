//! One language's words, read from its file, and the ways the reader asks for them: plain,
//! with values filled in, counted, and dates.

use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use super::numbers::NumberStyle;
use super::plural::PluralRule;
use lectern_format::date::PublishedDate;

/// Lectern's words in one language, with English behind it for any word it lacks.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    /// Its language tag (`de`, `pt-BR`), as the page's `lang` takes it.
    pub lang: String,
    entries: HashMap<String, String>,
    rule: PluralRule,
    numbers: NumberStyle,
    months: Vec<String>,
    date: String,
    fallback: Option<Rc<Words>>,
}

/// Why a language file could not be read: the line and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    /// The line, counted from 1 (0: the file as a whole).
    pub line: usize,
    /// What is wrong there.
    pub why: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            f.write_str(&self.why)
        } else {
            write!(f, "line {}: {}", self.line, self.why)
        }
    }
}

impl std::error::Error for CatalogError {}

impl Words {
    /// Reads a language file (`# comments`, `@setting = value`, `key = words`).
    pub fn parse(text: &str) -> Result<Self, CatalogError> {
        let mut entries = HashMap::new();
        let mut settings: HashMap<&str, (usize, &str)> = HashMap::new();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let fail = |why: String| CatalogError { line, why };
            let (key, value) = trimmed
                .split_once('=')
                .ok_or_else(|| fail("expected `key = words`".to_owned()))?;
            let (key, value) = (key.trim(), value.trim());
            if let Some(setting) = key.strip_prefix('@') {
                if settings.insert(setting, (line, value)).is_some() {
                    return Err(fail(format!("`@{setting}` is set twice")));
                }
                continue;
            }
            let well_formed = !key.is_empty()
                && key.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-'
                });
            if !well_formed {
                return Err(fail(format!(
                    "`{key}` is not a key (lowercase letters, digits, `.` and `-`)"
                )));
            }
            if value.is_empty() {
                return Err(fail(format!("`{key}` has no words")));
            }
            if entries.insert(key.to_owned(), value.to_owned()).is_some() {
                return Err(fail(format!("`{key}` is given twice")));
            }
        }
        let setting = |name: &str| settings.get(name).copied();
        let required = |name: &str| {
            setting(name).ok_or_else(|| CatalogError {
                line: 0,
                why: format!("the file does not say `@{name} = …`"),
            })
        };
        let (_, lang) = required("lang")?;
        let (line, rule) = required("plural")?;
        let rule = PluralRule::named(rule).ok_or_else(|| CatalogError {
            line,
            why: format!(
                "`{rule}` is not a plural rule Lectern knows (other, one-other, one-many-other, zero-one-many-other, east-slavic, arabic)"
            ),
        })?;
        let mut numbers = NumberStyle::default();
        if let Some((line, name)) = setting("digits") {
            numbers.digits = NumberStyle::digits_named(name).ok_or_else(|| CatalogError {
                line,
                why: format!("`{name}` is not a set of digits Lectern knows (latin, arab)"),
            })?;
        }
        if let Some((_, name)) = setting("group") {
            numbers.group = NumberStyle::group_named(name);
        }
        if let Some((line, count)) = setting("min-grouping") {
            numbers.min_grouping = count.parse().map_err(|_| CatalogError {
                line,
                why: format!("`{count}` is not 1 or 2"),
            })?;
        }
        let (line, months) = required("months")?;
        let months: Vec<String> = months.split('|').map(|m| m.trim().to_owned()).collect();
        if months.len() != 12 || months.iter().any(String::is_empty) {
            return Err(CatalogError {
                line,
                why: "expected twelve month names separated by `|`".to_owned(),
            });
        }
        let (_, date) = required("date")?;
        Ok(Self {
            lang: lang.to_owned(),
            entries,
            rule,
            numbers,
            months,
            date: date.to_owned(),
            fallback: None,
        })
    }

    /// Words with no entries (every key shows as itself), English numbers and ISO dates.
    pub fn bare() -> Self {
        Self {
            lang: "en".to_owned(),
            entries: HashMap::new(),
            rule: PluralRule::OneOther,
            numbers: NumberStyle::default(),
            months: (1..=12).map(|m| format!("{m:02}")).collect(),
            date: "{year}-{month}-{day}".to_owned(),
            fallback: None,
        }
    }

    /// These words, with `fallback`'s for any key they lack.
    pub fn with_fallback(mut self, fallback: Rc<Words>) -> Self {
        self.fallback = Some(fallback);
        self
    }

    /// The words for `key`; the key itself when no language has it (a test catches that).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        match self.entries.get(key) {
            Some(words) => words,
            None => match &self.fallback {
                Some(fallback) => fallback.get(key),
                None => key,
            },
        }
    }

    /// The words for `key` with each `{name}` replaced by its value.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        fill_in(self.get(key), values)
    }

    /// The form of `key` for `n` things (`key.one`, `key.few`, … by the language's rule), with
    /// `{n}` written as the language writes numbers and each other `{name}` filled.
    pub fn count(&self, key: &str, n: usize, values: &[(&str, &str)]) -> String {
        let n64 = u64::try_from(n).unwrap_or(u64::MAX);
        let form = format!("{key}.{}", self.rule.category(n64));
        let other = format!("{key}.other");
        let template = match self.entries.get(&form).or_else(|| self.entries.get(&other)) {
            Some(words) => words.as_str(),
            None => match &self.fallback {
                Some(fallback) => return fallback.count(key, n, values),
                None => key,
            },
        };
        let number = self.number(n);
        let mut all = vec![("n", number.as_str())];
        all.extend_from_slice(values);
        fill_in(template, &all)
    }

    /// `n` as this language writes it (`2,903`, `2.903`, `2 903`, `٢٬٩٠٣`).
    pub fn number(&self, n: usize) -> String {
        self.numbers.format(u64::try_from(n).unwrap_or(u64::MAX))
    }

    /// A publication date as this language writes it (`12 September 2017`, `12. September
    /// 2017`, `2017年9月12日`).
    pub fn date(&self, date: &PublishedDate) -> String {
        let month = self
            .months
            .get(usize::from(date.month.saturating_sub(1)))
            .map_or("", String::as_str);
        fill_in(
            &self.date,
            &[
                ("day", &self.numbers.plain(u64::from(date.day))),
                ("month", month),
                ("year", &self.numbers.plain(u64::from(date.year))),
            ],
        )
    }

    /// The words of `key` split around `{name}`, for a value that is markup (a link, a title
    /// kept in its own direction): what comes before it and after it.
    pub fn around<'a>(&'a self, key: &'a str, name: &str) -> (&'a str, &'a str) {
        let words = self.get(key);
        words
            .split_once(&format!("{{{name}}}"))
            .unwrap_or((words, ""))
    }

    /// Every key this file gives (for the checks that every language has every word).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// This language's plural rule.
    pub fn rule(&self) -> PluralRule {
        self.rule
    }
}

/// `template` with each `{name}` replaced by its value; unknown names stay as written.
fn fill_in(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
