//! A post's stored content (WXR's `content:encoded`) turned into the HTML WordPress would
//! render, so the shared mapping (`crate::html`) reads it as it reads a REST answer: paragraphs
//! from blank lines (a small `wpautop`), the common shortcodes (`[caption]`, `[gallery]`,
//! `[embed]`, `[audio]`, `[video]`) as the markup WordPress writes for them, a link alone on a
//! line to a known video or social site as an embed, and `<!--more-->` marking the excerpt.
//! Other shortcodes stay as text, as WordPress shows them when their plugin is gone. Text gets
//! WordPress's typography (`texturize`).

use std::collections::HashMap;

use super::texturize::texturize_content;

/// Attachments of the export: address by id, and the ids attached to each post.
#[derive(Debug, Clone, Default)]
pub struct Attachments {
    /// `wp:attachment_url` by `wp:post_id`.
    pub url_by_id: HashMap<String, String>,
    /// Attachment ids by the id of the post they belong to (`wp:post_parent`), in file order.
    pub by_parent: HashMap<String, Vec<String>>,
}

/// Stored content as HTML, and the stored text before `<!--more-->` when there is one.
pub struct Rendered {
    /// The whole content as HTML.
    pub html: String,
    /// The HTML before the `<!--more-->` mark, for an excerpt.
    pub before_more: Option<String>,
}

/// Renders stored content of the post `post_id`.
pub fn render_stored(content: &str, post_id: &str, attachments: &Attachments) -> Rendered {
    let normalized = content.replace("\r\n", "\n").replace('\r', "\n");
    let more = find_more(&normalized);
    let html = |text: &str| {
        texturize_content(&autop(&embed_lines(&shortcodes(
            text,
            post_id,
            attachments,
        ))))
    };
    let before_more = more.map(|(start, _)| html(&normalized[..start]));
    let whole = match more {
        Some((start, end)) => format!("{}{}", &normalized[..start], &normalized[end..]),
        None => normalized.clone(),
    };
    Rendered {
        html: html(&whole),
        before_more,
    }
}

/// A comment's stored text as HTML (paragraphs from blank lines, WordPress's typography).
pub fn render_comment(content: &str) -> String {
    texturize_content(&autop(&content.replace("\r\n", "\n")))
}

/// The byte range of the first `<!--more-->` (or `<!--more label-->`).
fn find_more(text: &str) -> Option<(usize, usize)> {
    let start = text.find("<!--more")?;
    let end = text[start..].find("-->")? + start + 3;
    Some((start, end))
}

/// Block-level tags: a chunk that starts with one is left as it is by [`autop`].
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "audio",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "embed",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "iframe",
    "li",
    "math",
    "nav",
    "object",
    "ol",
    "p",
    "pre",
    "script",
    "section",
    "style",
    "summary",
    "svg",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "video",
];

/// The tag name at the start of `chunk` (`<blockquote …` or `</blockquote`), in lower case.
fn leading_tag(chunk: &str) -> Option<String> {
    let rest = chunk.strip_prefix('<')?;
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    (!name.is_empty()).then_some(name)
}

/// WordPress's paragraphs, simplified: text apart by a blank line becomes `<p>`s, a single line
/// break a `<br>`; block-level markup is left alone, and a `<blockquote>`'s own text gets its
/// paragraphs too. `<pre>` keeps its lines.
pub fn autop(text: &str) -> String {
    // Protect <pre> blocks: their blank lines are not paragraph breaks.
    let mut kept: Vec<String> = Vec::new();
    let mut work = String::with_capacity(text.len() + 64);
    let lower = text.to_ascii_lowercase();
    let mut at = 0;
    while let Some(start) = lower[at..].find("<pre").map(|i| at + i) {
        let end = lower[start..]
            .find("</pre>")
            .map_or(text.len(), |i| start + i + "</pre>".len());
        work.push_str(&text[at..start]);
        work.push_str(&format!("\n\n\u{E000}{}\u{E001}\n\n", kept.len()));
        kept.push(text[start..end].to_owned());
        at = end;
    }
    work.push_str(&text[at..]);
    // A blockquote's text is paragraphs of its own.
    let work = work
        .replace("<blockquote>", "\n\n<blockquote>\n\n")
        .replace("</blockquote>", "\n\n</blockquote>\n\n");
    let mut out = String::with_capacity(work.len() + 64);
    for chunk in split_blank_lines(&work) {
        let chunk = chunk.trim();
        if chunk.is_empty() {
            continue;
        }
        if let Some(rest) = chunk.strip_prefix('\u{E000}')
            && let Some(index) = rest
                .strip_suffix('\u{E001}')
                .and_then(|n| n.parse::<usize>().ok())
            && let Some(pre) = kept.get(index)
        {
            out.push_str(pre);
            out.push('\n');
            continue;
        }
        let block = chunk.starts_with("<!--")
            || leading_tag(chunk).is_some_and(|tag| BLOCK_TAGS.contains(&tag.as_str()));
        if block {
            out.push_str(chunk);
        } else {
            out.push_str("<p>");
            out.push_str(&chunk.replace('\n', "<br>\n"));
            out.push_str("</p>");
        }
        out.push('\n');
    }
    out
}

/// Pieces of `text` apart by one or more blank lines.
fn split_blank_lines(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    let mut blank_run = false;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            let line = &text[line_start..i];
            if line.trim().is_empty() && line_start > start {
                if !blank_run {
                    pieces.push(&text[start..line_start]);
                }
                blank_run = true;
                start = i + 1;
            } else if !line.trim().is_empty() {
                blank_run = false;
            }
            line_start = i + 1;
        }
    }
    pieces.push(&text[start..]);
    pieces
}

/// Sites whose address alone on a line WordPress turns into an embed.
const EMBED_HOSTS: &[&str] = &[
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "twitter.com",
    "x.com",
    "instagram.com",
    "soundcloud.com",
    "spotify.com",
    "flickr.com",
    "dailymotion.com",
    "tiktok.com",
    "wordpress.tv",
    "ted.com",
];

/// A line that is only a link to a known video or social site, as WordPress's embed block.
fn embed_lines(text: &str) -> String {
    text.split('\n')
        .map(|line| {
            let trimmed = line.trim();
            let is_url = (trimmed.starts_with("https://") || trimmed.starts_with("http://"))
                && !trimmed.contains(char::is_whitespace)
                && !trimmed.contains('<');
            let known = lectern_format::link::host_of(trimmed).is_some_and(|host| {
                EMBED_HOSTS
                    .iter()
                    .any(|h| host == *h || host.ends_with(&format!(".{h}")))
            });
            if is_url && known {
                embed_figure(trimmed)
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// WordPress's embed block around `url`, which is HTML text already (`&amp;` stays as it is).
fn embed_figure(url: &str) -> String {
    format!(
        "\n\n<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">{url}</div></figure>\n\n"
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The common shortcodes as WordPress's markup; others stay as they are (text).
fn shortcodes(text: &str, post_id: &str, attachments: &Attachments) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        match expand(tail, post_id, attachments) {
            Some((html, used)) => {
                out.push_str(&html);
                rest = &tail[used..];
            }
            None => {
                out.push('[');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The shortcode at the start of `text` (which starts with `[`) as HTML, and its length.
fn expand(text: &str, post_id: &str, attachments: &Attachments) -> Option<(String, usize)> {
    let close = text.find(']')?;
    let inside = &text[1..close];
    let name: String = inside
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let attrs = &inside[name.len()..];
    let enclosed = |name: &str| -> Option<(&str, usize)> {
        let end_tag = format!("[/{name}]");
        let body_start = close + 1;
        let end = text[body_start..].find(&end_tag)? + body_start;
        Some((&text[body_start..end], end + end_tag.len()))
    };
    match name.as_str() {
        "caption" | "wp_caption" => {
            let (body, used) = enclosed(&name)?;
            // The picture (perhaps inside a link) first, then the caption text (which may hold
            // links of its own).
            let split = picture_end(body);
            let (picture, caption) = body.split_at(split);
            let caption = attribute(attrs, "caption").unwrap_or_else(|| caption.trim().to_owned());
            Some((
                format!(
                    "\n\n<figure class=\"wp-caption\">{picture}<figcaption>{caption}</figcaption></figure>\n\n"
                ),
                used,
            ))
        }
        "gallery" => {
            let ids: Vec<String> =
                match attribute(attrs, "ids").or_else(|| attribute(attrs, "include")) {
                    Some(list) => list.split(',').map(|id| id.trim().to_owned()).collect(),
                    None => attachments
                        .by_parent
                        .get(post_id)
                        .cloned()
                        .unwrap_or_default(),
                };
            let images: String = ids
                .iter()
                .filter_map(|id| attachments.url_by_id.get(id))
                .map(|url| format!("<figure><img src=\"{}\" alt=\"\"></figure>", escape(url)))
                .collect();
            if images.is_empty() {
                return None;
            }
            Some((
                format!("\n\n<figure class=\"wp-block-gallery\">{images}</figure>\n\n"),
                close + 1,
            ))
        }
        "embed" => {
            let (body, used) = enclosed("embed")?;
            Some((embed_figure(body.trim()), used))
        }
        "audio" | "video" => {
            let src = attribute(attrs, "src")
                .or_else(|| attribute(attrs, "mp3"))
                .or_else(|| attribute(attrs, "mp4"))?;
            let used = enclosed(&name).map_or(close + 1, |(_, used)| used);
            Some((
                format!("\n\n<{name} src=\"{}\"></{name}>\n\n", escape(&src)),
                used,
            ))
        }
        _ => None,
    }
}

/// Where a caption's picture ends: after its `<img …>`, or after the `</a>` of a link around it.
fn picture_end(body: &str) -> usize {
    let lower = body.to_ascii_lowercase();
    let Some(img) = lower.find("<img") else {
        return 0;
    };
    let after_img = lower[img..].find('>').map_or(body.len(), |i| img + i + 1);
    let linked = lower.trim_start().starts_with("<a ") || lower.trim_start().starts_with("<a>");
    match lower[after_img..].find("</a>") {
        Some(i) if linked => after_img + i + "</a>".len(),
        _ => after_img,
    }
}

/// The value of `name="…"` (or `'…'`, or bare) among shortcode attributes.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let mut at = 0;
    while let Some(i) = attrs[at..].find(name) {
        let start = at + i;
        let before_ok = start == 0 || attrs.as_bytes()[start - 1].is_ascii_whitespace();
        let after = &attrs[start + name.len()..];
        if before_ok && let Some(value) = after.trim_start().strip_prefix('=') {
            let value = value.trim_start();
            let found = match value.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    value[1..].find(q).map(|end| value[1..1 + end].to_owned())
                }
                _ => Some(
                    value
                        .split(|c: char| c.is_whitespace() || c == ']')
                        .next()
                        .unwrap_or("")
                        .to_owned(),
                ),
            };
            if found.is_some() {
                return found;
            }
        }
        at = start + name.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_make_paragraphs_and_blocks_stay() {
        assert_eq!(
            autop("One\nline two\n\nThree\n\n<h2>Title</h2>\n\n<ul><li>a</li></ul>"),
            "<p>One<br>\nline two</p>\n<p>Three</p>\n<h2>Title</h2>\n<ul><li>a</li></ul>\n"
        );
        assert_eq!(
            autop("<blockquote>Said.\n\nAgain.</blockquote>"),
            "<blockquote>\n<p>Said.</p>\n<p>Again.</p>\n</blockquote>\n"
        );
        assert_eq!(autop("<pre>a\n\nb</pre>"), "<pre>a\n\nb</pre>\n");
    }

    #[test]
    fn common_shortcodes_become_markup_and_others_stay_text() {
        let mut attachments = Attachments::default();
        attachments
            .url_by_id
            .insert("7".into(), "https://e.org/a.jpg".into());
        let out = render_stored(
            "[caption id=\"x\" width=\"300\"]<img src=\"https://e.org/b.jpg\" alt=\"B\"> A bee with a <a href=\"https://e.org/\">link</a>[/caption]\n\n[gallery ids=\"7,8\"]\n\n[contact-form-7 id=\"1\"]\n\nhttps://www.youtube.com/watch?v=abc\n\nBefore<!--more-->After",
            "1",
            &attachments,
        );
        assert!(out.html.contains("<figure class=\"wp-caption\"><img src=\"https://e.org/b.jpg\" alt=\"B\"><figcaption>A bee with a <a href=\"https://e.org/\">link</a></figcaption></figure>"), "{}", out.html);
        assert!(
            out.html
                .contains("<img src=\"https://e.org/a.jpg\" alt=\"\">")
        );
        assert!(out.html.contains("<p>[contact-form-7 id=\"1\"]</p>"));
        assert!(
            out.html
                .contains("wp-block-embed__wrapper\">https://www.youtube.com/watch?v=abc<")
        );
        assert!(out.html.contains("<p>BeforeAfter</p>"));
        assert!(
            out.before_more
                .is_some_and(|b| b.contains("Before") && !b.contains("After"))
        );
    }
}
