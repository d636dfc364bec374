//! Markup made quiet before the browser parses it. Even an inert parsed document (`DOMParser`)
//! checks the page's Content-Security-Policy: every `style` attribute, event-handler attribute
//! and `<style>` element in a WordPress post would be reported as a violation (to the host's
//! report address, in its console) although nothing of them is ever applied or run. The mapping
//! reads none of them, so they are taken out of the text first: the mapped blocks are the same
//! (checked against html5ever on generated and fuzzed markup), and a strict policy stays silent.
//!
//! This is a scanner that follows the HTML tokenizer where it matters (tags, quoted attribute
//! values, comments, raw-text elements), not a sanitizer: nothing depends on it for safety.

use std::borrow::Cow;

/// Elements whose content is text up to their own end tag, not markup.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// What replaces an attribute taken out: read by the tokenizer as no attribute and no flag.
const SILENT: &str = "/ ";

/// Where the scanner stops: foreign content (SVG, MathML), and `<select>`, inside which parsers
/// disagree (the older "in select" rules ignore a `<style>`; browsers with customizable
/// `<select>` parse it as raw text).
const STOP_AT: &[&str] = &["svg", "math", "select"];

/// `html` without `style` attributes, `on…` attributes and `<style>` elements (up to the first
/// `<svg>`, `<math>` or `<select>`, if any); borrowed when there was nothing to take out.
pub fn without_inline_styles_and_handlers(html: &str) -> Cow<'_, str> {
    let lower = html.to_ascii_lowercase();
    if !lower.contains("style") && !lower.contains("on") {
        return Cow::Borrowed(html);
    }
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        let rest = &lower[start..];
        if rest.starts_with("<!--") {
            at = comment_end(&lower, start);
        } else if rest.starts_with("</")
            && bytes.get(start + 2).is_some_and(u8::is_ascii_alphabetic)
        {
            // An end tag's attributes are dropped by the tokenizer, but read as a start tag's
            // are: a quoted value may hold a `>`.
            at = scan_start_tag(html, start + 1).end;
        } else if rest.starts_with("<!") || rest.starts_with("</") || rest.starts_with("<?") {
            at = lower[start + 1..]
                .find('>')
                .map_or(html.len(), |i| start + 2 + i);
        } else if bytes.get(start + 1).is_some_and(u8::is_ascii_alphabetic) {
            let tag = scan_start_tag(html, start);
            if STOP_AT.contains(&tag.name.as_str()) {
                // SVG and MathML tokenize otherwise (CDATA sections, <style> with children) and
                // end where only a tree builder knows, as does a <select>: the rest is left as is.
                // The tag itself is tokenized as any other, so its own handlers and style go
                // (an archive widget's `<select onchange=…>`).
                for (from, to) in tag.removed {
                    out.push_str(&html[copied..from]);
                    out.push_str(SILENT);
                    copied = to;
                }
                break;
            }
            if tag.name == "style" {
                // An empty comment in its place: nothing at all would let a `<` just before it
                // start a tag with what follows (`<<style>…</style>/x>` → `</x>`).
                out.push_str(&html[copied..start]);
                out.push_str("<!---->");
                at = raw_text_end(&lower, tag.end, "style");
                copied = at;
                continue;
            }
            // Each attribute taken out leaves `/ `, which the tokenizer reads as nothing at all
            // (a stray solidus, then space): a space alone would let a following `=` become the
            // previous attribute's value, and nothing at all turns `<svg/style=x>` into `<svg/>`.
            for (from, to) in tag.removed {
                out.push_str(&html[copied..from]);
                out.push_str(SILENT);
                copied = to;
            }
            at = if RAW_TEXT.contains(&tag.name.as_str()) {
                raw_text_end(&lower, tag.end, &tag.name)
            } else {
                tag.end
            };
        } else {
            at = start + 1;
        }
    }
    if copied == 0 && out.is_empty() {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// A start tag as the tokenizer reads it.
struct StartTag {
    /// The tag name, in lower case.
    name: String,
    /// Byte ranges of the attributes to take out.
    removed: Vec<(usize, usize)>,
    /// Just after the tag's `>` (or the end of the text).
    end: usize,
}

/// Reads the start tag at `start` (a `<` followed by a letter).
fn scan_start_tag(html: &str, start: usize) -> StartTag {
    let bytes = html.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut at = start + 1;
    while at < bytes.len() && !is_space(bytes[at]) && bytes[at] != b'/' && bytes[at] != b'>' {
        at += 1;
    }
    let name = html[start + 1..at].to_ascii_lowercase();
    let mut removed = Vec::new();
    loop {
        while at < bytes.len() && (is_space(bytes[at]) || bytes[at] == b'/') {
            at += 1;
        }
        if at >= bytes.len() {
            return StartTag {
                name,
                removed,
                end: bytes.len(),
            };
        }
        if bytes[at] == b'>' {
            return StartTag {
                name,
                removed,
                end: at + 1,
            };
        }
        // An attribute name: a leading `=` belongs to it; it ends at space, `/`, `>` or `=`.
        let name_start = at;
        at += 1;
        while at < bytes.len() && !is_space(bytes[at]) && !matches!(bytes[at], b'/' | b'>' | b'=') {
            at += 1;
        }
        let attribute = html[name_start..at].to_ascii_lowercase();
        let mut after = at;
        while after < bytes.len() && is_space(bytes[after]) {
            after += 1;
        }
        if bytes.get(after) == Some(&b'=') {
            at = after + 1;
            while at < bytes.len() && is_space(bytes[at]) {
                at += 1;
            }
            match bytes.get(at) {
                Some(&quote @ (b'"' | b'\'')) => {
                    at = html[at + 1..]
                        .find(quote as char)
                        .map_or(bytes.len(), |i| at + 2 + i);
                }
                Some(b'>') | None => {}
                Some(_) => {
                    while at < bytes.len() && !is_space(bytes[at]) && bytes[at] != b'>' {
                        at += 1;
                    }
                }
            }
        }
        if attribute == "style" || attribute.starts_with("on") {
            removed.push((name_start, at));
        }
    }
}

/// Just after the comment that starts at `start` (`<!--`, `<!-->`, `<!--->` included).
fn comment_end(lower: &str, start: usize) -> usize {
    let body = start + 4;
    for short in [">", "->"] {
        if lower[body..].starts_with(short) {
            return body + short.len();
        }
    }
    [
        lower[body..].find("-->").map(|i| (i, 3)),
        lower[body..].find("--!>").map(|i| (i, 4)),
    ]
    .into_iter()
    .flatten()
    .min()
    .map_or(lower.len(), |(i, len)| body + i + len)
}

/// Where the raw text of `name` that starts at `from` ends: at its end tag (`</name` followed by
/// space, `/` or `>`), which is left for the scanner; or the end of the text.
fn raw_text_end(lower: &str, from: usize, name: &str) -> usize {
    if name == "plaintext" {
        return lower.len();
    }
    let close = format!("</{name}");
    let mut at = from;
    while let Some(i) = lower[at..].find(&close) {
        let end = at + i + close.len();
        match lower.as_bytes().get(end) {
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') | None => {
                if name != "style" {
                    return at + i;
                }
                // The end tag goes with the style: its attributes, read as a start tag's, may
                // hold a `>` in a quoted value (found by the fuzzer).
                return scan_start_tag(lower, at + i + 1).end;
            }
            _ => at = end,
        }
    }
    lower.len()
}

#[cfg(test)]
mod tests {
    use super::without_inline_styles_and_handlers as quiet;

    #[test]
    fn takes_out_styles_and_handlers_only() {
        assert_eq!(
            quiet(r#"<p style="color:red" class="a" onclick='x()'>Hi</p>"#),
            r#"<p /  class="a" / >Hi</p>"#
        );
        assert_eq!(quiet("<p STYLE=color:red>a</p>"), "<p / >a</p>");
        // A stray `=` after a quoted value starts an attribute of its own, before and after.
        assert_eq!(quiet(r#"<p a onclick="x"="y">"#), r#"<p a / ="y">"#);
        assert_eq!(
            quiet("<style>p{}</style><p>after</p><STYLE>x</style >"),
            "<!----><p>after</p><!---->"
        );
        // A `<` before a removed <style> stays text (found by the fuzzer).
        assert_eq!(quiet("<<style>a</style>//x>"), "<<!---->//x>");
        // Its end tag ends where a tag does: not at a `>` inside a quoted value.
        assert_eq!(quiet(r#"<style>a</style x="b>c" y>d"#), "<!---->d");
        assert_eq!(quiet("<p>style on text</p>"), "<p>style on text</p>");
        // A <select> stops the scan, but its own handler goes.
        assert_eq!(
            quiet(r#"<select onchange="go()"><option style="x">a</option></select>"#),
            r#"<select / ><option style="x">a</option></select>"#
        );
    }

    #[test]
    fn leaves_text_comments_and_raw_text_alone() {
        for kept in [
            r#"<!-- <p style="x"> -->"#,
            r#"<script>"<p style='x'>"</script>"#,
            r#"<textarea><b onclick=x></textarea>"#,
            "a < style=b",
            r#"<a title="x>y">on</a>"#,
            r#"</p class="a><style>b"><p>c"#,
            "<select><style><select>/",
        ] {
            assert_eq!(quiet(kept), kept);
        }
    }

    #[test]
    fn a_quoted_greater_than_does_not_end_the_tag() {
        assert_eq!(
            quiet(r#"<a title="a>b" style="c">d</a>"#),
            r#"<a title="a>b" / >d</a>"#
        );
    }

    #[test]
    fn an_unclosed_style_takes_the_rest_as_the_parser_does() {
        assert_eq!(quiet("<p>a</p><style>p{}<p>b</p>"), "<p>a</p><!---->");
    }

    #[test]
    fn foreign_content_and_what_follows_is_left_as_it_is() {
        assert_eq!(
            quiet("<p style=a>x</p><svg><style>a{}</style></svg><p style=b>"),
            "<p / >x</p><svg><style>a{}</style></svg><p style=b>"
        );
    }
}
