//! Footnotes in post HTML: which list holds the post's notes, and which links refer to them.
//! WordPress's Footnotes block (6.3+) writes `<sup data-fn="…" class="fn"><a href="#…"
//! id="…-link">1</a></sup>` in the text and `<ol class="wp-block-footnotes"><li id="…">…
//! <a href="#…-link">↩︎</a></li></ol>` at the end; footnote plugins and Markdown write the same
//! shape with `#fn1`, `#fnref1` and a `footnotes` class on the list or around it.
//!
//! A list is a list of notes when WordPress or Markdown says so by its class (on the list or on
//! a container around it), or when every item has an id that a link elsewhere in the post
//! points to. A link to one of those ids is a reference; an arrow-only link inside a note is
//! its way back, which the reader draws itself.

use std::cell::RefCell;

use super::HtmlNode;

thread_local! {
    /// The note ids of the document being mapped (see [`with_note_ids`]): the inline rules read
    /// them here instead of taking them through every block rule's arguments.
    static NOTE_IDS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Runs `map` with `ids` as the document's note ids, then restores the ids before (a comment's
/// HTML mapped while a post is mapped has notes of its own, or none).
pub(super) fn with_note_ids<R>(ids: Vec<String>, map: impl FnOnce() -> R) -> R {
    let before = NOTE_IDS.with(|known| known.replace(ids));
    let result = map();
    NOTE_IDS.with(|known| known.replace(before));
    result
}

/// The note a link to `href` refers to, if `href` is `#<a note id>` of the document.
pub(super) fn note_of(href: &str) -> Option<String> {
    let id = href.strip_prefix('#')?;
    NOTE_IDS.with(|known| {
        known
            .borrow()
            .iter()
            .any(|n| n == id)
            .then(|| id.to_owned())
    })
}

/// Whether `list` is a list of the document's notes (every item one of them).
pub(super) fn is_note_list<N: HtmlNode>(list: &N) -> bool {
    let items: Vec<N> = list
        .children()
        .into_iter()
        .filter(|c| c.tag().as_deref() == Some("li"))
        .collect();
    !items.is_empty()
        && items.iter().all(|item| {
            item.attr("id")
                .is_some_and(|id| note_of(&format!("#{id}")).is_some())
        })
}

/// Whether `link` is a note's way back to its reference: an in-page link drawn as an arrow.
pub(super) fn is_back_link<N: HtmlNode>(link: &N) -> bool {
    let mut text = String::new();
    characters(link, &mut text);
    link.attr("href").is_some_and(|href| href.starts_with('#'))
        && !text.trim().is_empty()
        && text
            .chars()
            .all(|c| c.is_whitespace() || "↩↑⤴^\u{fe0e}\u{fe0f}".contains(c))
}

/// The characters of the text nodes in `node`, as they are.
fn characters<N: HtmlNode>(node: &N, out: &mut String) {
    match node.text() {
        Some(text) => out.push_str(&text),
        None => node.children().iter().for_each(|c| characters(c, out)),
    }
}

/// The ids of the document's notes: the items of every list of notes, each id once.
pub(super) fn note_ids<N: HtmlNode>(nodes: &[N]) -> Vec<String> {
    let mut targets = Vec::new();
    for node in nodes {
        in_page_targets(node, &mut targets);
    }
    let mut ids = Vec::new();
    for node in nodes {
        collect_note_ids(node, false, &targets, &mut ids);
    }
    ids
}

/// Every `#fragment` a link in `node` points to.
fn in_page_targets<N: HtmlNode>(node: &N, out: &mut Vec<String>) {
    if node.tag().as_deref() == Some("a")
        && let Some(target) = node
            .attr("href")
            .and_then(|h| h.strip_prefix('#').map(str::to_owned))
    {
        out.push(target);
    }
    for child in node.children() {
        in_page_targets(&child, out);
    }
}

/// Adds the ids of the note lists in `node`; `marked`: a container around it says "footnotes".
fn collect_note_ids<N: HtmlNode>(
    node: &N,
    marked: bool,
    targets: &[String],
    out: &mut Vec<String>,
) {
    let Some(tag) = node.tag() else {
        return;
    };
    let says_notes = |n: &N| {
        n.has_class("wp-block-footnotes")
            || n.has_class("footnotes")
            || n.attr("role").as_deref() == Some("doc-endnotes")
    };
    let marked = marked || says_notes(node);
    if tag == "ol" || tag == "ul" {
        let ids: Vec<String> = node
            .children()
            .into_iter()
            .filter(|c| c.tag().as_deref() == Some("li"))
            .map(|item| item.attr("id").unwrap_or_default())
            .collect();
        let all_named = !ids.is_empty() && ids.iter().all(|id| !id.trim().is_empty());
        let all_targeted = all_named && ids.iter().all(|id| targets.contains(id));
        if all_named && (marked || all_targeted) {
            for id in ids {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
            return;
        }
    }
    for child in node.children() {
        collect_note_ids(&child, marked, targets, out);
    }
}

#[cfg(all(test, feature = "native"))]
mod tests {
    use crate::html::map_blocks;
    use crate::native_html::parse_fragment;
    use lectern_format::{Block, Span};

    /// Pairs of strings: (mark, note id) for references, (id, plain text) for notes.
    type Pairs = Vec<(String, String)>;

    /// The references of the first paragraph, the notes, and how many blocks the text has.
    fn read(html: &str) -> (Pairs, Pairs, usize) {
        let mapped = map_blocks(&parse_fragment(html));
        let blocks = mapped.into_blocks_and_notes();
        let refs = match blocks.0.first() {
            Some(Block::Paragraph(p)) => p
                .text
                .0
                .iter()
                .filter_map(|s: &Span| Some((s.text.clone(), s.note.clone()?)))
                .collect(),
            _ => Vec::new(),
        };
        let notes = blocks
            .1
            .iter()
            .map(|note| {
                let text: String = note
                    .blocks
                    .iter()
                    .filter_map(|b| match b {
                        Block::Paragraph(p) => Some(p.text.to_plain()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join(" | ");
                (note.id.clone(), text)
            })
            .collect();
        (refs, notes, blocks.0.len())
    }

    #[test]
    fn wordpress_footnotes_block() {
        let (refs, notes, blocks) = read(
            r##"<p>Claim<sup data-fn="1a2b" class="fn"><a href="#1a2b" id="1a2b-link">1</a></sup> and more<sup data-fn="3c" class="fn"><a href="#3c" id="3c-link">2</a></sup>.</p>
            <ol class="wp-block-footnotes"><li id="1a2b">First <em>source</em>. <a href="#1a2b-link" aria-label="Jump to footnote reference 1">↩︎</a></li><li id="3c">Second. <a href="#3c-link">↩︎</a></li></ol>"##,
        );
        assert_eq!(
            refs,
            [("1".into(), "1a2b".into()), ("2".into(), "3c".into())]
        );
        assert_eq!(
            notes,
            [
                ("1a2b".into(), "First source.".into()),
                ("3c".into(), "Second.".into())
            ]
        );
        assert_eq!(blocks, 1, "the list of notes is not part of the text");
    }

    #[test]
    fn markdown_and_plugin_footnotes() {
        // Python-Markdown / kramdown: a div.footnotes with an hr and the list.
        let (refs, notes, blocks) = read(
            r##"<p>Text<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>.</p>
            <div class="footnotes"><hr><ol><li id="fn:1"><p>The note.&#160;<a class="footnote-backref" href="#fnref:1">&#8617;</a></p></li></ol></div>"##,
        );
        assert_eq!(refs, [("1".into(), "fn:1".into())]);
        assert_eq!(notes, [("fn:1".into(), "The note.".into())]);
        assert_eq!(blocks, 2, "the paragraph and the rule");
        // A plain #fn pattern with no class: every item is pointed to, so it is a list of notes.
        let (refs, notes, _) = read(
            r##"<p>One<sup><a href="#fn1" id="r1">[1]</a></sup></p><ol><li id="fn1">Note one <a href="#r1">^</a></li></ol>"##,
        );
        assert_eq!(refs, [("[1]".into(), "fn1".into())]);
        assert_eq!(notes, [("fn1".into(), "Note one".into())]);
    }

    #[test]
    fn marks_whose_notes_are_out_of_reach_stay_text_and_comments_keep_every_word() {
        // The list of notes inside a quotation: not the post's notes, so its marks stay text
        // and the list stays a list in the quotation.
        let html = r##"<p>Claim<sup><a href="#q1">1</a></sup>.</p><blockquote><ol class="footnotes"><li id="q1">Inner note.</li></ol></blockquote>"##;
        let (refs, notes, blocks) = read(html);
        assert!(refs.is_empty() && notes.is_empty(), "{refs:?} {notes:?}");
        assert_eq!(blocks, 2, "the paragraph and the quotation");
        let quoted = map_blocks(&parse_fragment(html)).into_blocks();
        assert!(matches!(&quoted[1], Block::Quote(q) if matches!(&q.blocks[0], Block::List(_))));
        // A comment (no notes of its own in the reader): the note's words follow its text.
        let blocks = map_blocks(&parse_fragment(
            r##"<p>Said<sup><a href="#c1">1</a></sup>.</p><ol class="footnotes"><li id="c1">Why.</li></ol>"##,
        ))
        .into_blocks();
        let texts: Vec<String> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.text.to_plain()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["Said1.", "Why."]);
        assert!(blocks.iter().all(|b| match b {
            Block::Paragraph(p) => p.text.0.iter().all(|s| s.note.is_none()),
            _ => true,
        }));
    }

    #[test]
    fn lists_that_are_not_notes_stay_lists() {
        // Items with ids nobody links to, and a list with one item unnamed.
        let (refs, notes, blocks) = read(
            r##"<p>See <a href="#a">a</a>.</p><ol><li id="x">One</li><li id="y">Two</li></ol><ol><li id="a">A</li><li>B</li></ol>"##,
        );
        assert!(refs.is_empty() && notes.is_empty());
        assert_eq!(blocks, 3);
        // The same id twice: one note.
        let (_, notes, _) = read(
            r##"<p>x<sup><a href="#n">1</a></sup></p><ol class="footnotes"><li id="n">A</li><li id="n">B</li></ol>"##,
        );
        assert_eq!(notes, [("n".into(), "A".into())]);
    }
}
