//! Numbers the first screen writes, without float or locale formatting (which would pull
//! `core::fmt`'s float code into the module).

/// `0.42` for 42 % (the bar's `scaleX`), with integer arithmetic only.
pub fn fraction(percent: u8) -> String {
    let percent = percent.min(100);
    let mut out = String::new();
    out.push(char::from(b'0' + percent / 100));
    out.push('.');
    out.push(char::from(b'0' + (percent % 100) / 10));
    out.push(char::from(b'0' + percent % 10));
    out
}

/// `n` written with `digits` (the ten digits of the post's language; ASCII when not given).
pub fn in_digits(n: u8, digits: &str) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let ascii: Vec<char> = ('0'..='9').collect();
    let digits = if digits.len() == 10 { digits } else { ascii };
    let mut places = Vec::new();
    let mut rest = n;
    loop {
        places.push(usize::from(rest % 10));
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    places
        .iter()
        .rev()
        .filter_map(|&place| digits.get(place))
        .collect()
}

/// `template` (a page's words, `data-read="{percent}% read"`) with each `{percent}` written as
/// `percent` in `digits`. Not `str::replace`: its slicing can fail, and the failure's message
/// would pull `core::fmt`'s char and range formatting into the module.
pub fn fill_percent(template: &str, percent: u8, digits: &str) -> String {
    let number = in_digits(percent, digits);
    let mut out = String::with_capacity(template.len() + number.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once("{percent}") {
        out.push_str(before);
        out.push_str(&number);
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_percent_is_filled_in_the_pages_digits() {
        assert_eq!(fill_percent("{percent}% read", 42, ""), "42% read");
        assert_eq!(fill_percent("قرأت {percent}٪", 7, "٠١٢٣٤٥٦٧٨٩"), "قرأت ٧٪");
        assert_eq!(fill_percent("{percent} / {percent}", 5, ""), "5 / 5");
        assert_eq!(fill_percent("no number", 5, ""), "no number");
    }

    #[test]
    fn the_bar_scales_by_hundredths() {
        assert_eq!(fraction(0), "0.00");
        assert_eq!(fraction(7), "0.07");
        assert_eq!(fraction(42), "0.42");
        assert_eq!(fraction(100), "1.00");
        assert_eq!(fraction(250), "1.00");
    }

    #[test]
    fn numbers_take_the_language_digits() {
        assert_eq!(in_digits(42, ""), "42");
        assert_eq!(in_digits(42, "٠١٢٣٤٥٦٧٨٩"), "٤٢");
        assert_eq!(in_digits(100, "0123456789"), "100");
    }
}
