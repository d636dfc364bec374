//! How a language writes whole numbers: its digits and its thousands separator.

/// A language's way of writing numbers (`@digits`, `@group`, `@min-grouping` in its file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberStyle {
    /// Its ten digits, zero first (`0123456789`, or Arabic-Indic `٠١٢٣٤٥٦٧٨٩`).
    pub digits: [char; 10],
    /// Between groups of three digits (`,`, `.`, a narrow no-break space…).
    pub group: String,
    /// Numbers with fewer digits than `3 + min_grouping` are not grouped (Spanish writes
    /// `2903` but `12.903`: 2).
    pub min_grouping: usize,
}

impl Default for NumberStyle {
    fn default() -> Self {
        Self {
            digits: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
            group: ",".to_owned(),
            min_grouping: 1,
        }
    }
}

impl NumberStyle {
    /// The digits a file names: `latin` or `arab`.
    pub fn digits_named(name: &str) -> Option<[char; 10]> {
        match name {
            "latin" => Some(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']),
            "arab" => Some(['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩']),
            _ => None,
        }
    }

    /// The separator a file names: the character itself, or `space`, `nbsp` or `narrow-nbsp`
    /// (invisible in a file, so named).
    pub fn group_named(name: &str) -> String {
        match name {
            "space" => " ".to_owned(),
            "nbsp" => "\u{a0}".to_owned(),
            "narrow-nbsp" => "\u{202f}".to_owned(),
            other => other.to_owned(),
        }
    }

    /// `n` written out, grouped.
    pub fn format(&self, n: u64) -> String {
        let plain: Vec<char> = n
            .to_string()
            .bytes()
            .map(|b| self.digits[usize::from(b - b'0')])
            .collect();
        let grouped = plain.len() >= 3 + self.min_grouping.max(1);
        let mut out = String::new();
        for (index, digit) in plain.iter().enumerate() {
            let left = plain.len() - index;
            if grouped && index > 0 && left.is_multiple_of(3) {
                out.push_str(&self.group);
            }
            out.push(*digit);
        }
        out
    }

    /// `n` in this language's digits, never grouped (a year, a day of the month).
    pub fn plain(&self, n: u64) -> String {
        n.to_string()
            .bytes()
            .map(|b| self.digits[usize::from(b - b'0')])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_as_each_language_groups_them() {
        let english = NumberStyle::default();
        assert_eq!(english.format(0), "0");
        assert_eq!(english.format(999), "999");
        assert_eq!(english.format(2903), "2,903");
        assert_eq!(english.format(1_234_567), "1,234,567");
        let spanish = NumberStyle {
            group: ".".into(),
            min_grouping: 2,
            ..NumberStyle::default()
        };
        assert_eq!(spanish.format(2903), "2903");
        assert_eq!(spanish.format(12_903), "12.903");
        let arabic = NumberStyle {
            digits: NumberStyle::digits_named("arab").expect("arab digits"),
            group: "٬".into(),
            min_grouping: 1,
        };
        assert_eq!(arabic.format(2903), "٢٬٩٠٣");
        assert_eq!(arabic.plain(2017), "٢٠١٧");
        assert_eq!(NumberStyle::group_named("narrow-nbsp"), "\u{202f}");
    }
}
