//! Block-level HTML as Lectern blocks: paragraphs, headings, code and rules here, and the
//! walk that dispatches every element; lists, tables, quotations with their sources, figures
//! and media, and embeds each in a module of their own.

mod embeds;
mod lists;
mod media;
mod quotes;
mod tables;

use super::inline::{ACTIVE, InlineText, Style, collect_children, collect_inline};
use super::notes::{is_note_list, note_ids, with_note_ids};
use super::{HtmlNode, Warning};
use embeds::embed_container;
use lectern_format::block::{Code, HeadingLevel};
use lectern_format::{Block, Heading, Note, Paragraph, Text};
use lists::list_of;
use media::{holds_media, image_of, is_emoji};
use tables::table_of;

/// A mapped piece of content: a block, or a heading that may start a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// Content.
    Block(Block),
    /// A heading outside quotations, with its rank (`h2` → 2) and its `id`, if it had one.
    Heading {
        /// 1 to 6, from the tag name.
        rank: u8,
        /// The heading's text.
        text: Text,
        /// The element's own `id` (links into the post use it).
        id: Option<String>,
    },
}

/// What [`map_blocks`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapped {
    /// The content, in document order.
    pub items: Vec<Item>,
    /// What was dropped or changed on the way.
    pub warnings: Vec<Warning>,
    /// The post's notes (footnotes), taken out of the content; text runs refer to them.
    pub notes: Vec<Note>,
}

impl Mapped {
    /// The content as plain blocks, and the notes (tests and callers without sections).
    pub fn into_blocks_and_notes(self) -> (Vec<Block>, Vec<Note>) {
        let notes = self.notes;
        let blocks = self.items.into_iter().map(Item::into_block).collect();
        (blocks, notes)
    }

    /// The content as plain blocks (headings below the top as heading blocks): comments, and
    /// anything else without sections or notes. Notes, if any, follow as blocks, so no text is
    /// lost (their marks stay as text: there is nothing for them to link to).
    pub fn into_blocks(self) -> Vec<Block> {
        let mut blocks: Vec<Block> = self.items.into_iter().map(Item::into_block).collect();
        for note in self.notes {
            blocks.extend(note.blocks);
        }
        let mut unlink = |text: &mut Text| text.0.iter_mut().for_each(|span| span.note = None);
        blocks.iter_mut().for_each(|b| b.each_text_mut(&mut unlink));
        blocks
    }
}

impl Item {
    /// The item as a block; a heading keeps its rank as well as the format allows (2–4).
    pub fn into_block(self) -> Block {
        match self {
            Self::Block(block) => block,
            Self::Heading { rank, text, .. } => Block::Heading(Heading {
                level: HeadingLevel::nearest(rank),
                text,
            }),
        }
    }
}

/// Maps a sequence of sibling nodes (a parsed document's body) to blocks.
pub fn map_blocks<N: HtmlNode>(nodes: &[N]) -> Mapped {
    with_note_ids(note_ids(nodes), || {
        let mut mapper = Mapper::default();
        for node in nodes {
            mapper.node(node);
        }
        mapper.flush();
        let mut items = mapper.items;
        // A mark whose list of notes was not reached (inside a quotation, a table, a list)
        // stays as its text: a reference must name a note the post has.
        let known: Vec<String> = mapper.notes.iter().map(|n| n.id.clone()).collect();
        let mut unlink = |text: &mut Text| {
            for span in &mut text.0 {
                if span.note.as_ref().is_some_and(|id| !known.contains(id)) {
                    span.note = None;
                }
            }
        };
        for item in &mut items {
            match item {
                Item::Block(block) => block.each_text_mut(&mut unlink),
                Item::Heading { text, .. } => unlink(text),
            }
        }
        for note in &mut mapper.notes {
            note.blocks
                .iter_mut()
                .for_each(|b| b.each_text_mut(&mut unlink));
        }
        Mapped {
            items,
            warnings: mapper.warnings,
            notes: mapper.notes,
        }
    })
}

/// Elements that only group other content: their children are mapped in their place.
const CONTAINERS: &[&str] = &[
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "center",
    "details",
    "summary",
    "address",
    "hgroup",
    "body",
    "html",
    "figcaption",
    "picture",
    "dl",
];

#[derive(Default)]
struct Mapper {
    items: Vec<Item>,
    pending: InlineText,
    warnings: Vec<Warning>,
    notes: Vec<Note>,
    /// Mapping the inside of a quotation or a note: a list of notes there is kept as a list
    /// (the post's notes are the ones at its top level).
    nested: bool,
}

impl Mapper {
    /// A mapper for the inside of a quotation or a note.
    fn nested() -> Self {
        Self {
            nested: true,
            ..Self::default()
        }
    }

    fn push(&mut self, block: Block) {
        self.flush();
        self.items.push(Item::Block(block));
    }

    /// Ends the paragraph being gathered from loose inline content.
    fn flush(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        if !pending.is_blank() {
            self.items.push(Item::Block(Block::Paragraph(Paragraph {
                text: pending.finish(),
            })));
        }
    }

    /// Takes a list of notes out of the content: each item a note (an id seen before is skipped:
    /// each note once).
    fn notes_of<N: HtmlNode>(&mut self, list: &N) {
        self.flush();
        for item in list.children() {
            let Some(id) = item
                .attr("id")
                .filter(|_| item.tag().as_deref() == Some("li"))
            else {
                continue;
            };
            if self.notes.iter().any(|note| note.id == id) {
                continue;
            }
            let mut inner = Mapper::nested();
            inner.children(&item);
            inner.flush();
            self.warnings.append(&mut inner.warnings);
            self.notes.push(Note {
                id,
                blocks: inner.items.into_iter().map(Item::into_block).collect(),
                anchor: String::new(),
            });
        }
    }

    fn children<N: HtmlNode>(&mut self, node: &N) {
        for child in node.children() {
            self.node(&child);
        }
    }

    fn node<N: HtmlNode>(&mut self, node: &N) {
        let Some(tag) = node.tag() else {
            collect_inline(
                node,
                &Style::default(),
                &mut self.pending,
                &mut self.warnings,
            );
            return;
        };
        match tag.as_str() {
            "p" => {
                self.flush();
                // "<cite>Steve Jobs</cite> – WWDC, 1997" or "— The Guardian" right under a
                // quotation without a source is that quotation's source.
                if let Some(source) = self.source_below_quote(node) {
                    if let Some(Item::Block(Block::Quote(quote))) = self.items.last_mut() {
                        quote.source = Some(source);
                    }
                    return;
                }
                self.children(node);
                self.flush();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let text = inline_of(node, &mut self.warnings);
                if !text.0.is_empty() {
                    let rank = tag.as_bytes()[1] - b'0';
                    let id = node.attr("id").filter(|id| !id.trim().is_empty());
                    self.items.push(Item::Heading { rank, text, id });
                }
            }
            "ul" | "ol" if !self.nested && is_note_list(node) => self.notes_of(node),
            "ul" | "ol" => {
                let list = list_of(node, &mut self.warnings);
                if !list.items.is_empty() {
                    self.push(Block::List(list));
                }
            }
            "blockquote" => {
                let block = self.blockquote(node);
                self.push(block);
            }
            "figure" => self.figure(node),
            "dl" if node.has_class("gallery-item") => self.gallery_item(node),
            "img" if !is_emoji(node) => {
                if let Some(figure) = image_of(node, None) {
                    self.push(Block::Figure(figure));
                }
            }
            "iframe" | "video" | "audio" | "object" | "embed" => {
                if let Some(embed) = self.media(node, None) {
                    self.push(Block::Embed(embed));
                }
            }
            "hr" => self.push(Block::Rule),
            "pre" => {
                let text = raw_text(node);
                if !text.trim().is_empty() {
                    self.push(Block::Code(Code {
                        text: text.trim_matches('\n').to_owned(),
                    }));
                }
            }
            "table" => {
                let table = table_of(node, &mut self.warnings);
                if !table.rows.is_empty() || !table.head.is_empty() {
                    self.push(Block::Table(table));
                }
            }
            "dt" => {
                self.flush();
                let text = inline_of(node, &mut self.warnings);
                let strong = Text(
                    text.0
                        .into_iter()
                        .map(|s| lectern_format::Span { strong: true, ..s })
                        .collect(),
                );
                if !strong.0.is_empty() {
                    self.push(Block::Paragraph(Paragraph { text: strong }));
                }
            }
            "dd" | "li" => {
                self.flush();
                self.children(node);
                self.flush();
            }
            other if ACTIVE.contains(&other) => {
                self.warnings.push(Warning::Dropped(other.to_owned()))
            }
            other if CONTAINERS.contains(&other) => {
                if let Some(embed) = embed_container(node) {
                    self.warnings.push(Warning::EmbedAsLink(embed.url.clone()));
                    self.push(Block::Embed(embed));
                    return;
                }
                self.flush();
                self.children(node);
                self.flush();
            }
            // Inline content (a link, emphasis, a span), unless it holds an image or a frame:
            // then what is inside is mapped in its place (an image linked to its file).
            _ if holds_media(node) => self.children(node),
            _ => collect_inline(
                node,
                &Style::default(),
                &mut self.pending,
                &mut self.warnings,
            ),
        }
    }
}

/// The inline content of `node` as text.
pub(super) fn inline_of<N: HtmlNode>(node: &N, warnings: &mut Vec<Warning>) -> Text {
    let mut out = InlineText::default();
    collect_children(node, &Style::default(), &mut out, warnings);
    out.finish()
}

/// The first node under `node` (itself excluded) for which `test` holds, depth first.
pub(super) fn find_first<N: HtmlNode>(node: &N, test: &dyn Fn(&N) -> bool) -> Option<N> {
    for child in node.children() {
        if test(&child) {
            return Some(child);
        }
        if let Some(found) = find_first(&child, test) {
            return Some(found);
        }
    }
    None
}

/// Every node under `node` for which `test` holds, in document order.
pub(super) fn find_all<N: HtmlNode>(node: &N, test: &dyn Fn(&N) -> bool) -> Vec<N> {
    let mut found = Vec::new();
    for child in node.children() {
        let inner = find_all(&child, test);
        if test(&child) {
            found.push(child);
        }
        found.extend(inner);
    }
    found
}

/// The nodes under `node` for which `test` holds, without looking inside the ones found: the
/// outermost matches, in document order.
pub(super) fn find_outermost<N: HtmlNode>(node: &N, test: &dyn Fn(&N) -> bool) -> Vec<N> {
    let mut found = Vec::new();
    for child in node.children() {
        if test(&child) {
            found.push(child);
        } else {
            found.extend(find_outermost(&child, test));
        }
    }
    found
}

/// The characters of `node` as written (`<pre>`): white space kept, `<br>` as a line break.
pub(super) fn raw_text<N: HtmlNode>(node: &N) -> String {
    let mut out = String::new();
    for child in node.children() {
        match child.tag().as_deref() {
            None => out.push_str(&child.text().unwrap_or_default()),
            Some("br") => out.push('\n'),
            Some(tag) if ACTIVE.contains(&tag) => {}
            Some(_) => out.push_str(&raw_text(&child)),
        }
    }
    out
}

/// The blocks WordPress HTML maps to, parsed by the native tree: what each rule's tests read.
#[cfg(test)]
pub(super) fn mapped(html: &str) -> Vec<Block> {
    map_blocks(&crate::native_html::parse_fragment(html)).into_blocks()
}

#[cfg(test)]
mod tests {
    use super::mapped;
    use lectern_format::{Block, Text};

    #[test]
    fn loose_inline_content_gathers_into_one_paragraph() {
        let blocks = mapped("Hello <em>there</em>, reader<div>Next</div>");
        let texts: Vec<String> = blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.text.to_plain(),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(texts, ["Hello there, reader", "Next"]);
    }

    #[test]
    fn a_pre_keeps_its_spacing_and_line_breaks() {
        let blocks = mapped("<pre>fn main() {\n    go();<br>}</pre>");
        let [Block::Code(code)] = blocks.as_slice() else {
            panic!("one code block: {blocks:?}");
        };
        assert_eq!(code.text, "fn main() {\n    go();\n}");
    }

    #[test]
    fn headings_and_rules_are_their_own_blocks() {
        let blocks = mapped("<h3>Part two</h3><hr><p>Text</p>");
        assert!(
            matches!(&blocks[0], Block::Heading(h) if h.text == Text::plain("Part two")),
            "{blocks:?}"
        );
        assert_eq!(blocks[1], Block::Rule);
        assert!(matches!(&blocks[2], Block::Paragraph(_)));
    }

    #[test]
    fn grouping_elements_map_their_children_in_place() {
        let blocks =
            mapped("<div class=\"wp-block-group\"><section><p>One</p></section><p>Two</p></div>");
        assert_eq!(blocks.len(), 2, "{blocks:?}");
    }
}
