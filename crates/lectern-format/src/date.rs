//! Publication dates: `2017-09-12` or an RFC 3339 timestamp, checked and shown to people.

#[cfg(feature = "schema")]
use std::borrow::Cow;

#[cfg(feature = "schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::json::{At, PathError};

/// A checked publication date. `raw` is kept for the machine-readable `<time datetime>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedDate {
    /// The string as written in the post, valid for `<time datetime>`.
    pub raw: String,
    /// Calendar year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PublishedDate {
    /// Parses `YYYY-MM-DD`, optionally followed by an RFC 3339 time (`T12:30:00Z`, `…+02:00`).
    pub fn parse(raw: &str) -> Option<Self> {
        let bytes = raw.as_bytes();
        if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = u16::try_from(plain_digits(raw.get(0..4)?)?).ok()?;
        let month = u8::try_from(plain_digits(raw.get(5..7)?)?).ok()?;
        let day = u8::try_from(plain_digits(raw.get(8..10)?)?).ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let rest = raw.get(10..)?;
        if !rest.is_empty() && !is_rfc3339_time(rest) {
            return None;
        }
        Some(Self {
            raw: raw.to_owned(),
            year,
            month,
            day,
        })
    }

    /// The date for people, e.g. "12 September 2017".
    pub fn human(&self) -> String {
        let month = MONTHS[usize::from(self.month - 1)];
        format!("{} {month} {}", self.day, self.year)
    }
}

/// The number written in `text` when it is ASCII digits only. Rust's own integer parsing also
/// takes a leading `+` (`"+201"`), which is no part of a date.
fn plain_digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.bytes().try_fold(0_u32, |n, b| {
        n.checked_mul(10)?.checked_add(u32::from(b - b'0'))
    })
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Checks the part after the date: `THH:MM:SS[.fraction](Z|±HH:MM)`.
fn is_rfc3339_time(rest: &str) -> bool {
    let Some(time) = rest.strip_prefix(['T', 't', ' ']) else {
        return false;
    };
    let digits = |s: &str, max: u32| s.len() == 2 && plain_digits(s).is_some_and(|n| n <= max);
    let (Some(hh), Some(mm), Some(ss)) = (time.get(0..2), time.get(3..5), time.get(6..8)) else {
        return false;
    };
    if time.get(2..3) != Some(":") || time.get(5..6) != Some(":") {
        return false;
    }
    if !(digits(hh, 23) && digits(mm, 59) && digits(ss, 60)) {
        return false;
    }
    let mut zone = &time[8..];
    if let Some(fraction) = zone.strip_prefix('.') {
        let end = fraction
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(fraction.len());
        if end == 0 {
            return false;
        }
        zone = &fraction[end..];
    }
    match zone {
        "Z" | "z" => true,
        _ => {
            let sign_ok = zone.starts_with(['+', '-']);
            sign_ok
                && zone.len() == 6
                && zone.get(3..4) == Some(":")
                && digits(&zone[1..3], 23)
                && digits(&zone[4..6], 59)
        }
    }
}

impl PublishedDate {
    /// Reads a date field, saying what a date must look like when it is not one.
    pub fn from_json(at: At<'_>) -> Result<Self, PathError> {
        let raw = at.string()?;
        Self::parse(&raw).ok_or_else(|| {
            at.error(format!(
                "expected a date like \"2017-09-12\" or an RFC 3339 time like \"2017-09-12T08:30:00Z\", found {}",
                super::json::shown(&raw)
            ))
        })
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for PublishedDate {
    fn schema_name() -> Cow<'static, str> {
        "PublishedDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date (2017-09-12) or an RFC 3339 date-time.",
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_and_spaces_are_not_digits() {
        for bad in [
            "+201-09-12",
            "2017-+9-12",
            "2017-09-+2",
            " 201-09-12",
            "2017-09-12T+1:00:00Z",
            "2017-09-12T12:+0:00Z",
            "2017-09-12T12:00:00+-1:00",
            "٢٠١٧-09-12",
        ] {
            assert_eq!(PublishedDate::parse(bad), None, "{bad}");
        }
        assert!(PublishedDate::parse("2017-09-12T12:00:00+02:00").is_some());
    }

    #[test]
    fn reads_dates_and_timestamps() {
        let date = PublishedDate::parse("2017-09-12");
        assert_eq!(
            date.map(|d| d.human()).as_deref(),
            Some("12 September 2017")
        );
        assert!(PublishedDate::parse("2017-09-12T08:30:00Z").is_some());
        assert!(PublishedDate::parse("2017-09-12T08:30:00.123+02:00").is_some());
        assert!(PublishedDate::parse("2016-02-29").is_some());
    }

    #[test]
    fn refuses_impossible_or_loose_dates() {
        for bad in [
            "2017-02-29",
            "2017-13-01",
            "2017-9-12",
            "12/09/2017",
            "2017-09-12T25:00:00Z",
            "2017-09-12T08:30:00",
            "2017-09-12junk",
            "",
        ] {
            assert!(
                PublishedDate::parse(bad).is_none(),
                "{bad} should be refused"
            );
        }
    }
}
