//! The Footnotes block (WordPress 6.3+) as WordPress renders it from an export: the notes are
//! kept in the post's `footnotes` meta (`[{"id": "…", "content": "…"}]`), the content holds the
//! marks (`<sup data-fn="…" class="fn"><a href="#…" id="…-link">…</a></sup>`) and the block's
//! place (`<!-- wp:footnotes /-->`). WordPress numbers the marks in the notes' order and writes
//! the list in the block's place; the shared mapping then reads it as it reads a REST answer.

use lectern_format::json::{Value, parse};

/// `content` with its Footnotes block rendered from `meta` (the `footnotes` meta's JSON).
/// Content without the block, or meta that is not a list of notes, is left as it is.
pub fn with_footnotes(content: &str, meta: &str) -> String {
    let notes = notes_of(meta);
    if notes.is_empty() || block_comment(content).is_none() {
        return content.to_owned();
    }
    let mut html = content.to_owned();
    let mut items = String::new();
    for (index, (id, note)) in notes.iter().enumerate() {
        let number = index + 1;
        html = numbered(&html, id, number);
        let id = escape_attribute(id);
        items.push_str(&format!(
            "<li id=\"{id}\">{note} <a href=\"#{id}-link\" aria-label=\"Jump to footnote reference {number}\">↩︎</a></li>"
        ));
    }
    let list = format!("<ol class=\"wp-block-footnotes\">{items}</ol>");
    // Found again: numbering may have changed the lengths before it.
    if let Some(range) = block_comment(&html) {
        html.replace_range(range, &list);
    }
    html
}

/// The byte range of `<!-- wp:footnotes … /-->`.
fn block_comment(content: &str) -> Option<std::ops::Range<usize>> {
    let start = content.find("<!-- wp:footnotes")?;
    let end = content[start..].find("/-->")? + start + "/-->".len();
    Some(start..end)
}

/// The notes of the meta, as (id, content HTML), in order; ids appear once.
fn notes_of(meta: &str) -> Vec<(String, String)> {
    let Ok(Value::Array(list)) = parse(meta.trim()) else {
        return Vec::new();
    };
    let mut notes: Vec<(String, String)> = Vec::new();
    for note in &list {
        if let (Some(Value::String(id)), Some(Value::String(content))) =
            (note.get("id"), note.get("content"))
            && !id.trim().is_empty()
            && !notes.iter().any(|(seen, _)| seen == id)
        {
            notes.push((id.clone(), content.clone()));
        }
    }
    notes
}

/// `html` with the mark of note `id` (`id="<id>-link">…</a>`) showing `number`.
fn numbered(html: &str, id: &str, number: usize) -> String {
    let marker = format!("id=\"{id}-link\">");
    let Some(start) = html.find(&marker).map(|at| at + marker.len()) else {
        return html.to_owned();
    };
    let Some(end) = html[start..].find("</a>").map(|at| at + start) else {
        return html.to_owned();
    };
    format!("{}{number}{}", &html[..start], &html[end..])
}

/// Escapes what would end an attribute value.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_is_rendered_from_the_meta_and_the_marks_numbered() {
        let content = "<!-- wp:paragraph -->\n<p>Claim<sup data-fn=\"a1\" class=\"fn\"><a href=\"#a1\" id=\"a1-link\">*</a></sup> and<sup data-fn=\"b2\" class=\"fn\"><a href=\"#b2\" id=\"b2-link\">*</a></sup>.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:footnotes /-->";
        let meta =
            r#"[{"content":"First <em>source</em>.","id":"a1"},{"content":"Second.","id":"b2"}]"#;
        let html = with_footnotes(content, meta);
        assert!(html.contains("id=\"a1-link\">1</a>"), "{html}");
        assert!(html.contains("id=\"b2-link\">2</a>"), "{html}");
        assert!(html.contains("<ol class=\"wp-block-footnotes\"><li id=\"a1\">First <em>source</em>. <a href=\"#a1-link\""), "{html}");
        assert!(!html.contains("wp:footnotes /-->"));
    }

    #[test]
    fn without_the_block_or_with_bad_meta_the_content_stays() {
        assert_eq!(
            with_footnotes("<p>x</p>", r#"[{"id":"a","content":"n"}]"#),
            "<p>x</p>"
        );
        let block = "<p>x</p><!-- wp:footnotes /-->";
        assert_eq!(with_footnotes(block, "not json"), block);
        assert_eq!(with_footnotes(block, r#"{"id":"a"}"#), block);
        assert_eq!(with_footnotes(block, r#"[{"id":"","content":"n"}]"#), block);
    }
}
