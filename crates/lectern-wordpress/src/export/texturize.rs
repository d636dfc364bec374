//! WordPress's typography (`wptexturize`, `convert_smilies`), which it applies to every post and
//! comment it shows, so a post imported from an export reads as the same post read from the
//! site: curly quotes and apostrophes, dashes from `--`/`---`/` - `, `…` from `...`, `×` in
//! `1x2`, and `:)` as 🙂. Text
//! inside `<pre>`, `<code>`, `<kbd>`, `<tt>`, `<script>`, `<style>` and `<textarea>`, tags,
//! comments and shortcodes stays as typed.

/// Elements whose text WordPress leaves alone.
const VERBATIM: &[&str] = &["pre", "code", "kbd", "tt", "script", "style", "textarea"];

/// Words that start with an apostrophe, not an opening quote (WordPress's list).
const ELISIONS: &[&str] = &[
    "'tain't", "'twere", "'twas", "'tis", "'twill", "'til", "'bout", "'nuff", "'round", "'cause",
    "'em",
];

/// `html` with its text made typographic (what WordPress does to titles).
pub fn texturize(html: &str) -> String {
    run(html, false)
}

/// [`texturize`], and smilies as emoji (what WordPress does to posts and comments).
pub fn texturize_content(html: &str) -> String {
    run(html, true)
}

fn run(html: &str, with_smilies: bool) -> String {
    let mut out = String::with_capacity(html.len() + 16);
    let mut verbatim: Vec<String> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let next = rest.find(['<', '[']).unwrap_or(rest.len());
        let (text, tail) = rest.split_at(next);
        if verbatim.is_empty() && with_smilies {
            out.push_str(&texturize_text(&smilies(text)));
        } else if verbatim.is_empty() {
            out.push_str(&texturize_text(text));
        } else {
            out.push_str(text);
        }
        if tail.is_empty() {
            break;
        }
        // A tag, comment or shortcode: copied as it is.
        let end = if tail.starts_with("<!--") {
            tail.find("-->").map_or(tail.len(), |i| i + 3)
        } else if tail.starts_with('[') {
            match tail.find(']') {
                Some(i) if !tail[1..i].contains(['[', '\n']) && i > 1 => i + 1,
                _ => 1,
            }
        } else {
            tail.find('>').map_or(tail.len(), |i| i + 1)
        };
        let piece = &tail[..end];
        if piece.len() > 1 && piece.starts_with('<') {
            let closing = piece.starts_with("</");
            let name: String = piece
                .trim_start_matches("</")
                .trim_start_matches('<')
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase();
            if VERBATIM.contains(&name.as_str()) {
                if closing {
                    if let Some(at) = verbatim.iter().rposition(|n| *n == name) {
                        verbatim.truncate(at);
                    }
                } else if !piece.ends_with("/>") {
                    verbatim.push(name);
                }
            }
        }
        out.push_str(piece);
        rest = &tail[end..];
    }
    out
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// A quote that is the whole run of text (a table cell of its own): WordPress opens it.
fn alone(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_none() && next.is_none()
}

fn opens(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "([{\"-—–\u{a0}".contains(c))
}

/// WordPress's smilies (`convert_smilies`), as the emoji it shows for them: only a smiley that
/// stands alone between spaces (or at an end of the text) is one.
const SMILIES: &[(&str, &str)] = &[
    (":)", "\u{1F642}"),
    (":-)", "\u{1F642}"),
    (":smile:", "\u{1F642}"),
    (":(", "\u{1F641}"),
    (":-(", "\u{1F641}"),
    (":sad:", "\u{1F641}"),
    (";)", "\u{1F609}"),
    (";-)", "\u{1F609}"),
    (":wink:", "\u{1F609}"),
    (":D", "\u{1F600}"),
    (":-D", "\u{1F600}"),
    (":grin:", "\u{1F600}"),
    (":P", "\u{1F61B}"),
    (":-P", "\u{1F61B}"),
    (":razz:", "\u{1F61B}"),
    (":o", "\u{1F62E}"),
    (":-o", "\u{1F62E}"),
    (":eek:", "\u{1F62E}"),
    ("8)", "\u{1F60E}"),
    ("8-)", "\u{1F60E}"),
    (":cool:", "\u{1F60E}"),
    (":?", "\u{1F615}"),
    (":-?", "\u{1F615}"),
    (":???:", "\u{1F615}"),
    (":|", "\u{1F610}"),
    (":-|", "\u{1F610}"),
    (":neutral:", "\u{1F610}"),
    (":x", "\u{1F621}"),
    (":-x", "\u{1F621}"),
    (":mad:", "\u{1F621}"),
    (":lol:", "\u{1F606}"),
    (":oops:", "\u{1F633}"),
    (":cry:", "\u{1F625}"),
    (":evil:", "\u{1F47F}"),
    (":twisted:", "\u{1F608}"),
    (":roll:", "\u{1F644}"),
    (":!:", "\u{2757}"),
    (":?:", "\u{2753}"),
    (":idea:", "\u{1F4A1}"),
    (":arrow:", "\u{27A1}"),
    (":mrgreen:", "\u{1F603}"),
];

/// Each word of `text` that is a smiley, as its emoji; the spaces between words kept.
fn smilies(text: &str) -> String {
    if !text.contains([':', ';', '8']) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut word_start = None;
    let flush = |out: &mut String, word: &str| match SMILIES.iter().find(|(s, _)| *s == word) {
        Some((_, emoji)) => out.push_str(emoji),
        None => out.push_str(word),
    };
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(start) = word_start.take() {
                flush(&mut out, &text[start..i]);
            }
            out.push(c);
        } else if word_start.is_none() {
            word_start = Some(i);
        }
    }
    if let Some(start) = word_start {
        flush(&mut out, &text[start..]);
    }
    out
}

/// One run of text between tags.
fn texturize_text(text: &str) -> String {
    if !text.contains(['\'', '"', '-', '.', 'x', '(']) {
        return text.to_owned();
    }
    let text = text
        .replace("---", "\u{2014}")
        .replace("...", "\u{2026}")
        .replace("(tm)", "\u{2122}");
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = out.chars().last();
        let next = chars.get(i + 1).copied();
        match c {
            '-' if next == Some('-') => {
                let after = chars.get(i + 2).copied();
                let punycode = i >= 2 && chars[i - 2] == 'x' && chars[i - 1] == 'n';
                if punycode {
                    out.push_str("--");
                } else if is_space(prev) && is_space(after) {
                    out.push('\u{2014}');
                } else {
                    out.push('\u{2013}');
                }
                i += 2;
                continue;
            }
            '-' if is_space(prev) && is_space(next) => out.push('\u{2013}'),
            '\'' => {
                let rest: String = chars[i..chars.len().min(i + 8)]
                    .iter()
                    .collect::<String>()
                    .to_lowercase();
                let elision = opens(prev)
                    && ELISIONS.iter().any(|word| {
                        rest.starts_with(word)
                            && !chars
                                .get(i + word.chars().count())
                                .is_some_and(|c| c.is_alphanumeric())
                    });
                // '60, '90s: an elided century.
                let decade = opens(prev) && next.is_some_and(|c| c.is_ascii_digit());
                if elision || decade {
                    out.push('\u{2019}');
                } else if opens(prev) && (!is_space(next) || alone(prev, next)) {
                    out.push('\u{2018}');
                } else {
                    out.push('\u{2019}');
                }
            }
            '"' => {
                if opens(prev) && (!is_space(next) || alone(prev, next)) {
                    out.push('\u{201C}');
                } else {
                    out.push('\u{201D}');
                }
            }
            'x' if prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit())
                && !out.chars().rev().nth(1).is_some_and(char::is_alphabetic) =>
            {
                out.push('\u{00D7}');
            }
            c => out.push(c),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::texturize;

    #[test]
    fn quotes_dashes_and_ellipses_as_wordpress_writes_them() {
        assert_eq!(
            texturize(
                "<p>You've got \"Big Black\" 'cause it's 'quoted' -- or not... Jobs - Apple</p>"
            ),
            "<p>You\u{2019}ve got \u{201C}Big Black\u{201D} \u{2019}cause it\u{2019}s \u{2018}quoted\u{2019} \u{2014} or not\u{2026} Jobs \u{2013} Apple</p>"
        );
        assert_eq!(
            texturize("\"Code is poetry.\" --<cite>Automattic</cite> and --Steve, 1x2, the '90s"),
            "\u{201C}Code is poetry.\u{201D} \u{2014}<cite>Automattic</cite> and \u{2013}Steve, 1\u{00D7}2, the \u{2019}90s"
        );
    }

    #[test]
    fn code_tags_comments_and_shortcodes_stay_as_typed() {
        let kept = "<pre>a -- \"b\"</pre><code>x--y</code><!-- \"c\" --><a title=\"it's\">[gallery ids=\"1\"]</a>";
        assert_eq!(texturize(kept), kept);
        assert_eq!(texturize("xn--bcher-kva.de"), "xn--bcher-kva.de");
        assert_eq!(
            super::texturize_content("<p>nested :) and a:)b</p>"),
            "<p>nested \u{1F642} and a:)b</p>"
        );
        assert_eq!(texturize("Title :)"), "Title :)");
        assert_eq!(
            texturize("<td>\"</td><td>'</td><td>-</td>"),
            "<td>\u{201C}</td><td>\u{2018}</td><td>\u{2013}</td>"
        );
    }
}
