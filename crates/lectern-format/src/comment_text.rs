//! The comment syntax readers type, turned into blocks. Everything not listed is literal text:
//! HTML typed into a comment shows as the characters typed.
//!
//! - a blank line starts a new paragraph (single line breaks are kept inside the paragraph);
//! - lines starting with `> ` (or a lone `>`) form a quotation;
//! - `**strong**` and `*emphasis*` (the marker must touch the word: `* x *` stays literal);
//! - bare `http://` and `https://` URLs become links (trailing punctuation stays text).

use super::block::{Block, Paragraph, Quote};
use super::text::{Span, Text};

/// Parses comment text into blocks.
pub fn parse_comment(input: &str) -> Vec<Block> {
    let normalized = input.replace("\r\n", "\n").replace('\r', "\n");
    let mut blocks = Vec::new();
    let mut prose: Vec<&str> = Vec::new();
    let mut quoted: Vec<&str> = Vec::new();
    for line in normalized.split('\n') {
        if let Some(rest) = quote_line(line) {
            flush_prose(&mut prose, &mut blocks);
            quoted.push(rest);
        } else if line.trim().is_empty() {
            flush_prose(&mut prose, &mut blocks);
            flush_quote(&mut quoted, &mut blocks);
        } else {
            flush_quote(&mut quoted, &mut blocks);
            prose.push(line);
        }
    }
    flush_prose(&mut prose, &mut blocks);
    flush_quote(&mut quoted, &mut blocks);
    blocks
}

fn quote_line(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    if trimmed == ">" {
        Some("")
    } else {
        trimmed.strip_prefix("> ")
    }
}

fn flush_prose(lines: &mut Vec<&str>, blocks: &mut Vec<Block>) {
    if !lines.is_empty() {
        blocks.push(Block::Paragraph(Paragraph {
            text: parse_inline(&lines.join("\n")),
        }));
        lines.clear();
    }
}

fn flush_quote(lines: &mut Vec<&str>, blocks: &mut Vec<Block>) {
    if lines.is_empty() {
        return;
    }
    let inner = parse_comment(&lines.join("\n"));
    lines.clear();
    if !inner.is_empty() {
        blocks.push(Block::Quote(Quote {
            source: None,
            blocks: inner,
        }));
    }
}

/// Inline formatting and links, in one left-to-right pass.
pub fn parse_inline(text: &str) -> Text {
    let mut spans: Vec<Span> = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some((span, after)) =
            strong_or_em(rest).or_else(|| url_at(rest, plain.chars().last()))
        {
            if !plain.is_empty() {
                spans.push(Span::plain(std::mem::take(&mut plain)));
            }
            spans.push(span);
            rest = after;
            continue;
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            plain.push(c);
        }
        rest = chars.as_str();
    }
    if !plain.is_empty() {
        spans.push(Span::plain(plain));
    }
    Text(spans)
}

fn strong_or_em(rest: &str) -> Option<(Span, &str)> {
    for (marker, strong) in [("**", true), ("*", false)] {
        let Some(inner) = rest.strip_prefix(marker) else {
            continue;
        };
        if inner.starts_with(char::is_whitespace) || inner.starts_with('*') {
            continue;
        }
        let Some(end) = inner.find(marker) else {
            continue;
        };
        let body = &inner[..end];
        if body.is_empty() || body.ends_with(char::is_whitespace) || body.contains('\n') {
            continue;
        }
        let span = Span {
            text: body.to_owned(),
            href: None,
            em: !strong,
            strong,
            ..Span::default()
        };
        return Some((span, &inner[end + marker.len()..]));
    }
    None
}

fn url_at(rest: &str, before: Option<char>) -> Option<(Span, &str)> {
    if before.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let lower = rest.get(..8).unwrap_or(rest).to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return None;
    }
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let url =
        rest[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'', '”', '’']);
    if url.len() <= "https://".len() {
        return None;
    }
    let span = Span {
        text: url.to_owned(),
        href: Some(url.to_owned()),
        ..Span::default()
    };
    Some((span, &rest[url.len()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.text.to_plain(),
                Block::Quote(q) => format!("> {}", paragraphs(&q.blocks).join(" | ")),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn blank_lines_split_paragraphs_and_quotes_group() {
        let blocks = parse_comment("One\nstill one\n\nTwo\n> quoted\n> more\n>\n> again\nThree");
        assert_eq!(
            paragraphs(&blocks),
            ["One\nstill one", "Two", "> quoted\nmore | again", "Three"]
        );
    }

    #[test]
    fn strong_emphasis_and_links() {
        let text = parse_inline("a **b** *c* see https://example.org/x?y=1. done * not *");
        let shape: Vec<_> = text
            .0
            .iter()
            .map(|s| (s.text.as_str(), s.strong, s.em, s.href.as_deref()))
            .collect();
        assert_eq!(
            shape,
            [
                ("a ", false, false, None),
                ("b", true, false, None),
                (" ", false, false, None),
                ("c", false, true, None),
                (" see ", false, false, None),
                (
                    "https://example.org/x?y=1",
                    false,
                    false,
                    Some("https://example.org/x?y=1")
                ),
                (". done * not *", false, false, None),
            ]
        );
    }

    #[test]
    fn html_and_script_urls_stay_literal() {
        let text = parse_inline("<img src=x onerror=alert(1)> javascript:alert(1)");
        assert_eq!(text.0.len(), 1);
        assert_eq!(
            text.to_plain(),
            "<img src=x onerror=alert(1)> javascript:alert(1)"
        );
    }

    #[test]
    fn long_input_is_linear() {
        let long = "word *x* ".repeat(3000);
        let blocks = parse_comment(&long);
        assert_eq!(blocks.len(), 1);
    }
}
