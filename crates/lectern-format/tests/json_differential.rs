//! Our JSON parser (on the path of every untrusted byte in the browser) against serde_json, on
//! generated documents and mutations of them: the same verdict on every input, the same values
//! when both accept, the same error line and column (in characters) when both refuse.
//!
//! A short fixed budget runs with the tests; a long one is
//! `LECTERN_FUZZ_CASES=2000000 cargo test --release --test json_differential`.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

#[path = "../../../tests/common/mod.rs"]
mod common;
#[path = "../../../tests/common/json_compare.rs"]
mod json_compare;

use common::Rng;
use json_compare::compare;

const SPACES: &[&str] = &["", "", "", " ", "\n", "\t", "\r\n", "  "];
const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "7",
    "-12",
    "3.25",
    "1e3",
    "1E-7",
    "2.5e+10",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "-9223372036854775809",
    "1e308",
    "1e309",
    "123456789012345678901234567890",
    "0.1",
    "4.9e-324",
    "1.7976931348623157e308",
    "1e400",
    "-1e400",
];
const STRINGS: &[&str] = &[
    "",
    "plain",
    "with \\\"quote\\\"",
    "back\\\\slash",
    "\\/",
    "\\b\\f\\n\\r\\t",
    "\\u0041",
    "\\u00e9",
    "\\u2028",
    "\\ud83d\\ude00",
    "\\uD834\\uDD1E",
    "\\ud800",
    "\\udc00",
    "\\ud800x",
    "\\ud800\\u0041",
    "é日本🙂",
    "\u{feff}",
    "\u{202e}rtl",
    "tab\there",
    "nul\u{0}",
];

fn value(rng: &mut Rng, depth: usize, out: &mut String) {
    let kind = if depth > 6 {
        rng.below(4)
    } else {
        rng.below(7)
    };
    match kind {
        0 => out.push_str(rng.pick(&["null", "true", "false"])),
        1 => out.push_str(rng.pick(NUMBERS)),
        2 | 3 => {
            out.push('"');
            out.push_str(rng.pick(STRINGS));
            out.push('"');
        }
        4 => {
            out.push('[');
            for i in 0..rng.below(4) {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(rng.pick(SPACES));
                value(rng, depth + 1, out);
                out.push_str(rng.pick(SPACES));
            }
            out.push(']');
        }
        _ => {
            out.push('{');
            for i in 0..rng.below(4) {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(rng.pick(SPACES));
                out.push('"');
                out.push_str(rng.pick(&["a", "b", "a", "id", "\\u0061", "é"]));
                out.push('"');
                out.push_str(rng.pick(SPACES));
                out.push(':');
                value(rng, depth + 1, out);
            }
            out.push('}');
        }
    }
}

/// Breaks a document the ways real files break: cut short, a character changed, removed or
/// doubled, a piece of JSON syntax put in the wrong place.
fn mutate(rng: &mut Rng, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return rng.pick(&["", " ", "\u{feff}{}", "{", "]"]).to_owned();
    }
    let at = rng.below(chars.len() + 1);
    let mut out: Vec<char> = chars.clone();
    match rng.below(6) {
        0 => out.truncate(at),
        1 if at < out.len() => {
            out.remove(at);
        }
        2 => {
            let piece = rng.pick(&[
                "\"", "\\", ",", ":", "{", "}", "[", "]", "\\u", "\\ud800", "0", "-", ".", "e",
                "\u{0}", "\u{7f}", "\u{feff}", "é", "//", "'",
            ]);
            for (offset, c) in piece.chars().enumerate() {
                out.insert((at + offset).min(out.len()), c);
            }
        }
        3 if at < out.len() => {
            out[at] = rng
                .pick(&["x", "\"", " ", "1", "}", "\n"])
                .chars()
                .next()
                .unwrap()
        }
        _ => {
            out.extend_from_slice(&chars[at..]);
        }
    }
    out.into_iter().collect()
}

fn cases() -> usize {
    std::env::var("LECTERN_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000)
}

#[test]
fn generated_and_mutated_documents_get_serde_jsons_verdict() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut failures = Vec::new();
    for case in 0..cases() {
        let mut text = String::new();
        value(&mut rng, 0, &mut text);
        let text = if case % 3 == 0 {
            text
        } else {
            mutate(&mut rng, &text)
        };
        if let Err(why) = compare(&text) {
            failures.push(format!("case {case}: {text:?}: {why}"));
            if failures.len() >= 10 {
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn deep_nesting_long_strings_and_every_escape() {
    for depth in [1, 127, 128, 129, 1000, 100_000] {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let text = format!("{}{}{}", open.repeat(depth), "1", close.repeat(depth));
            compare(&text).unwrap_or_else(|why| panic!("depth {depth} {open}: {why}"));
            let unclosed = open.repeat(depth);
            compare(&unclosed).unwrap_or_else(|why| panic!("unclosed depth {depth} {open}: {why}"));
        }
    }
    let long = format!("\"{}\"", "ab\\n".repeat(200_000));
    compare(&long).expect("a long string");
    for byte in 0..=0x7f_u8 {
        let text = format!("\"\\{}\"", byte as char);
        compare(&text).unwrap_or_else(|why| panic!("escape {byte:#x}: {why}"));
        let raw = format!("\"{}\"", byte as char);
        compare(&raw).unwrap_or_else(|why| panic!("raw {byte:#x}: {why}"));
    }
    for text in [
        "\u{feff}{}",
        "{}\u{feff}",
        "\"\\ud800\"",
        "\"\\udfff\\ud800\"",
        "\"\\uD800\\uDBFF\"",
        "-",
        "01",
        "1.",
        ".1",
        "1e",
        "+1",
        "NaN",
        "[1,]",
        "{\"a\":1,}",
        "\"\\u12\"",
        "\"\\uZZZZ\"",
    ] {
        compare(text).unwrap_or_else(|why| panic!("{text:?}: {why}"));
    }
}

#[test]
fn the_post_decoder_answers_every_mutation_of_real_posts_without_panicking() {
    let posts = [
        include_str!("../../../static/posts/syria-russia-turkey-stalin-myth.json"),
        include_str!("../../../static/posts/gettysburg-address.json"),
    ];
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut refused = 0;
    for case in 0..cases() / 20 {
        let mut text = posts[case % posts.len()].to_owned();
        for _ in 0..=rng.below(3) {
            text = mutate(&mut rng, &text);
        }
        // Decoding either gives a post or an error that says where; it never panics.
        if let Err(error) = lectern_format::parse_post(&text) {
            refused += 1;
            assert!(!error.to_string().is_empty(), "case {case}");
        }
    }
    assert!(refused > 0, "the mutations must break some posts");
}
