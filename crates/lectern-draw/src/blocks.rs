//! A post's blocks and rich text as HTML: paragraphs, headings, lists, figures, code, tables,
//! embeds (as links: nothing is loaded) and quotations with their sources. Attributes come in the
//! order Yew's server renderer writes them (`class` last).

use lectern_format::link::{host_of, safe_href, safe_image_src};
use lectern_format::{Block, Embed, Figure, List, Quote, Source, Span, Table, Text};
use lectern_words::Words;

use crate::html::Html;

/// Who wrote the text, which decides how its links are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    /// The post's author: ordinary links.
    Post,
    /// A reader (comments): links get `rel="nofollow ugc noopener"`, and paragraphs take the
    /// direction of their own text (comments mix languages).
    Reader,
}

/// Rich text: runs with emphasis, strength, code, superscript or subscript and (safe) links.
pub fn text(out: &mut Html, text: &Text, by: Author) {
    for span in &text.0 {
        run(out, span, by);
    }
}

/// One run of text, inside its formatting from the outside in: link, sup/sub, code, strong, em.
fn run(out: &mut Html, span: &Span, by: Author) {
    // A reference to one of the post's notes: a mark linked to the note, which links back.
    if span.note.is_some() && !span.note_anchor.is_empty() {
        let href = ["#", span.note_anchor.as_str()].concat();
        out.open("sup", &[("class", Some("note-ref"))]);
        out.open(
            "a",
            &[
                ("href", Some(&href)),
                ("id", Some(&span.note_ref)),
                ("role", Some("doc-noteref")),
            ],
        );
        out.text(&span.text);
        out.close("a");
        out.close("sup");
        return;
    }
    let href = span.href.as_deref().and_then(safe_href);
    let rel = (by == Author::Reader).then_some("nofollow ugc noopener");
    let mut wrappers: Vec<&str> = Vec::new();
    if href.is_some() {
        out.open("a", &[("href", href.as_deref()), ("rel", rel)]);
        wrappers.push("a");
    }
    let shift = if span.sup {
        Some("sup")
    } else if span.sub {
        Some("sub")
    } else {
        None
    };
    for (on, tag) in [
        (shift.is_some(), shift.unwrap_or("sup")),
        (span.code, "code"),
        (span.strong, "strong"),
        (span.em, "em"),
    ] {
        if on {
            out.open(tag, &[]);
            wrappers.push(tag);
        }
    }
    out.text(&span.text);
    for tag in wrappers.iter().rev() {
        out.close(tag);
    }
}

/// Blocks in order (quotations unfolded).
pub fn blocks(out: &mut Html, blocks: &[Block], by: Author, say: &Words) {
    for each in blocks {
        block(out, each, by, say);
    }
}

/// One block (a quotation unfolded: the reader's `QuoteView` folds the post's own).
pub fn block(out: &mut Html, block: &Block, by: Author, say: &Words) {
    match block {
        Block::Paragraph(p) => {
            let dir = (by == Author::Reader).then_some("auto");
            out.open("p", &[("dir", dir)]);
            text(out, &p.text, by);
            out.close("p");
        }
        Block::Quote(q) => quote(out, q, by, say),
        Block::Heading(h) => {
            // Section headings are h2, so post heading levels 2–4 sit one level below them.
            let tag = match h.level.get() {
                2 => "h3",
                3 => "h4",
                _ => "h5",
            };
            out.open(tag, &[("class", Some("block-heading"))]);
            text(out, &h.text, by);
            out.close(tag);
        }
        Block::List(l) => list(out, l, by),
        Block::Figure(f) => figure(out, f, by),
        Block::Rule => out.open("hr", &[]),
        // Focusable, so a keyboard can scroll code wider than the column.
        Block::Code(code) => {
            out.open(
                "pre",
                &[("tabindex", Some("0")), ("class", Some("block-code"))],
            );
            out.element("code", &[], &code.text);
            out.close("pre");
        }
        Block::Table(t) => table(out, t, by, say),
        Block::Embed(e) => embed(out, e, say),
        Block::Unknown { kind } => out.element(
            "p",
            &[("role", Some("note")), ("class", Some("block-unknown"))],
            &say.fill("block.unknown", &[("kind", kind)]),
        ),
    }
}

fn list(out: &mut Html, list: &List, by: Author) {
    let tag = if list.ordered { "ol" } else { "ul" };
    out.open(tag, &[]);
    for item in &list.items {
        out.open("li", &[]);
        text(out, &item.text, by);
        if let Some(inner) = &item.list {
            self::list(out, inner, by);
        }
        out.close("li");
    }
    out.close(tag);
}

/// A table in a box of its own that scrolls sideways when wider than the column.
fn table(out: &mut Html, table: &Table, by: Author, say: &Words) {
    out.open(
        "div",
        &[
            ("role", Some("group")),
            ("aria-label", Some(say.get("block.table"))),
            ("tabindex", Some("0")),
            ("class", Some("block-table")),
        ],
    );
    out.open("table", &[]);
    if let Some(caption) = &table.caption {
        out.open("caption", &[]);
        text(out, caption, by);
        out.close("caption");
    }
    if !table.head.is_empty() {
        out.open("thead", &[]);
        out.open("tr", &[]);
        for cell in &table.head {
            out.open("th", &[("scope", Some("col"))]);
            text(out, cell, by);
            out.close("th");
        }
        out.close("tr");
        out.close("thead");
    }
    out.open("tbody", &[]);
    for row in &table.rows {
        out.open("tr", &[]);
        for cell in row {
            out.open("td", &[]);
            text(out, cell, by);
            out.close("td");
        }
        out.close("tr");
    }
    out.close("tbody");
    out.close("table");
    out.close("div");
}

/// Content from elsewhere as a link to it ("Video on youtube.com"): nothing is loaded.
fn embed(out: &mut Html, embed: &Embed, say: &Words) {
    let kind = embed.label_key();
    let label = match host_of(&embed.url) {
        Some(host) => say.fill(kind, &[("host", &host)]),
        None => say.get(&[kind, "-bare"].concat()).to_owned(),
    };
    out.open("p", &[("class", Some("block-embed"))]);
    match safe_href(&embed.url) {
        Some(href) => out.element(
            "a",
            &[
                ("href", Some(&href)),
                ("rel", Some("noopener noreferrer")),
                ("class", Some("embed-link")),
            ],
            &label,
        ),
        None => out.element("span", &[("class", Some("embed-link"))], &label),
    }
    if let Some(title) = embed.title.as_deref().filter(|t| !t.trim().is_empty()) {
        out.element(
            "span",
            &[("dir", Some("auto")), ("class", Some("embed-title"))],
            title,
        );
    }
    out.close("p");
}

fn figure(out: &mut Html, figure: &Figure, by: Author) {
    let src = figure.src.as_deref().and_then(safe_image_src);
    let class = if src.is_some() {
        "figure"
    } else {
        "figure figure-caption-only"
    };
    out.open("figure", &[("class", Some(class))]);
    if let Some(src) = &src {
        // Its size, when known, keeps its room before it loads (the CSS scales it).
        let (width, height) = match (figure.width, figure.height) {
            (Some(w), Some(h)) if w > 0 && h > 0 => (Some(w.to_string()), Some(h.to_string())),
            _ => (None, None),
        };
        out.open(
            "img",
            &[
                ("src", Some(src)),
                ("alt", Some(figure.alt.as_deref().unwrap_or_default())),
                ("loading", Some("lazy")),
                ("width", width.as_deref()),
                ("height", height.as_deref()),
            ],
        );
    }
    if let Some(caption) = &figure.caption {
        out.open("figcaption", &[]);
        text(out, caption, by);
        out.close("figcaption");
    }
    out.close("figure");
}

/// A quotation: the quoted blocks, visibly set apart, with an attribution always shown.
fn quote(out: &mut Html, quote: &Quote, by: Author, say: &Words) {
    out.open("figure", &[("class", Some("quote"))]);
    let cite = quote.cite_url();
    out.open("blockquote", &[("cite", cite.as_deref())]);
    blocks(out, &quote.blocks, by, say);
    out.close("blockquote");
    if let Some(from) = &quote.source {
        source(out, from, say);
    }
    out.close("figure");
}

/// "— M.K. Bhadrakumar, *Indian Punchline*", linked to the original when a safe URL is given.
pub fn source(out: &mut Html, source: &Source, say: &Words) {
    out.open("figcaption", &[("class", Some("quote-source"))]);
    out.element(
        "span",
        &[("aria-hidden", Some("true")), ("class", Some("quote-dash"))],
        "— ",
    );
    out.open("span", &[("class", Some("visually-hidden"))]);
    out.text(say.get("quote.quoted-from"));
    out.text(" ");
    out.close("span");
    if let Some(author) = source
        .author
        .as_deref()
        .filter(|a| !a.trim().is_empty() && a.trim() != source.name.trim())
    {
        out.element("span", &[("class", Some("quote-author"))], author);
        out.text(", ");
    }
    out.open("cite", &[]);
    match source.url.as_deref().and_then(safe_href) {
        Some(href) => out.element(
            "a",
            &[("href", Some(&href)), ("rel", Some("noopener noreferrer"))],
            &source.name,
        ),
        None => out.text(&source.name),
    }
    out.close("cite");
    out.close("figcaption");
}

#[cfg(test)]
mod tests {
    use super::*;
    use lectern_format::parse_post;

    /// The blocks of a one-section post written as `blocks` (JSON), drawn as `by` wrote them.
    fn drawn(blocks: &str, by: Author) -> String {
        let json = format!(
            r#"{{"format": "lectern/post@1", "id": "p", "title": "T",
                "sections": [{{"id": "s", "title": "S", "blocks": {blocks}}}],
                "notes": [{{"id": "n", "blocks": [{{"type": "paragraph", "text": "A note."}}]}}]}}"#
        );
        let post = parse_post(&json).unwrap_or_else(|e| panic!("{e}"));
        let mut out = Html::new();
        self::blocks(&mut out, &post.sections[0].blocks, by, &Words::english());
        out.into_string()
    }

    #[test]
    fn runs_nest_link_shift_code_strong_em_and_readers_links_are_marked() {
        let run = r#"[{"type": "paragraph", "text": [{"text": "x", "href": "https://e.org/", "em": true, "strong": true, "code": true, "sub": true}]}]"#;
        assert_eq!(
            drawn(run, Author::Post),
            r#"<p><a href="https://e.org/"><sub><code><strong><em>x</em></strong></code></sub></a></p>"#
        );
        assert_eq!(
            drawn(run, Author::Reader),
            r#"<p dir="auto"><a href="https://e.org/" rel="nofollow ugc noopener"><sub><code><strong><em>x</em></strong></code></sub></a></p>"#
        );
    }

    #[test]
    fn unsafe_addresses_are_left_out_and_text_stays_text() {
        let html = drawn(
            r#"[{"type": "paragraph", "text": [{"text": "<b>go</b>", "href": "javascript:alert(1)"}]},
                {"type": "figure", "src": "javascript:x", "alt": "a", "caption": "c"},
                {"type": "embed", "url": "javascript:x"}]"#,
            Author::Post,
        );
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.starts_with("<p>&lt;b&gt;go&lt;/b&gt;</p>"), "{html}");
        assert!(
            html.contains(
                r#"<figure class="figure figure-caption-only"><figcaption>c</figcaption></figure>"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"<span class="embed-link">"#), "{html}");
    }

    #[test]
    fn a_note_reference_links_to_its_note_and_a_picture_keeps_its_room() {
        let html = drawn(
            r#"[{"type": "paragraph", "text": ["A", {"text": "1", "note": "n"}]},
                {"type": "figure", "src": "https://e.org/a.png", "alt": "", "width": 640, "height": 480}]"#,
            Author::Post,
        );
        assert_eq!(
            html,
            concat!(
                r##"<p>A<sup class="note-ref"><a href="#note-n" id="note-n-ref" role="doc-noteref">1</a></sup></p>"##,
                r#"<figure class="figure"><img src="https://e.org/a.png" alt="" loading="lazy" width="640" height="480"></figure>"#
            )
        );
    }

    #[test]
    fn quotations_tables_and_embeds_say_what_they_are() {
        let html = drawn(
            r#"[{"type": "quote", "source": {"name": "Paper", "author": "Ann", "url": "https://e.org/"}, "blocks": [{"type": "paragraph", "text": "Q"}]},
                {"type": "table", "head": ["H"], "rows": [["C"]]},
                {"type": "embed", "url": "https://www.youtube.com/watch?v=1", "kind": "video"},
                {"type": "rule"}]"#,
            Author::Post,
        );
        assert!(html.starts_with(r#"<figure class="quote"><blockquote cite="https://e.org/"><p>Q</p></blockquote><figcaption class="quote-source"><span aria-hidden="true" class="quote-dash">— </span><span class="visually-hidden">"#), "{html}");
        assert!(html.contains(r#"<span class="quote-author">Ann</span>, <cite><a href="https://e.org/" rel="noopener noreferrer">Paper</a></cite>"#), "{html}");
        assert!(html.contains(r#"<div role="group" aria-label="Table" tabindex="0" class="block-table"><table><thead><tr><th scope="col">H</th></tr></thead><tbody><tr><td>C</td></tr></tbody></table></div>"#), "{html}");
        assert!(html.contains(r#"<a href="https://www.youtube.com/watch?v=1" rel="noopener noreferrer" class="embed-link">Video on youtube.com</a>"#), "{html}");
        assert!(html.ends_with("<hr>"), "{html}");
    }
}
