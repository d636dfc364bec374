//! Sections for the table of contents, from a mapped post's headings.
//!
//! The rule (also in `docs/post-format.md`): the headings of the highest rank the post uses
//! outside quotations start sections (an `<h1>` outranks an `<h2>`, and a post whose only
//! headings are `<h4>` gets its sections from them); lower headings stay in their section as
//! headings one level down. Content before the first such heading is a section of its own,
//! "Introduction". A post without headings is one section titled with the post's title.

use super::blocks::Item;
use lectern_format::block::HeadingLevel;
use lectern_format::{Block, Heading, Section};

/// The title of the section that holds what comes before the first heading.
pub const INTRODUCTION: &str = "Introduction";

/// Splits mapped content into sections by the rule above.
pub fn split_sections(items: Vec<Item>, post_title: &str) -> Vec<Section> {
    let top = items
        .iter()
        .filter_map(|item| match item {
            Item::Heading { rank, .. } => Some(*rank),
            Item::Block(_) => None,
        })
        .min();
    let Some(top) = top else {
        let blocks = items.into_iter().map(Item::into_block).collect();
        return vec![section(post_title, None, blocks)];
    };
    let mut sections = Vec::new();
    let mut opening = Vec::new();
    for item in items {
        match item {
            Item::Heading { rank, text, id } if rank == top => {
                sections.push(section(&text.to_plain().replace('\n', " "), id, Vec::new()));
            }
            Item::Heading { rank, text, .. } => {
                // One rank below a section heading is the format's level 2 (shown as `<h3>`).
                let level = HeadingLevel::nearest(rank.saturating_sub(top).saturating_add(1));
                let block = Block::Heading(Heading { level, text });
                push_block(&mut sections, &mut opening, block);
            }
            Item::Block(block) => push_block(&mut sections, &mut opening, block),
        }
    }
    if !opening.is_empty() {
        sections.insert(0, section(INTRODUCTION, None, opening));
    }
    sections
}

fn push_block(sections: &mut [Section], opening: &mut Vec<Block>, block: Block) {
    match sections.last_mut() {
        Some(current) => current.blocks.push(block),
        None => opening.push(block),
    }
}

/// A section titled `title`; its id is the element's own id when it had one, else the title
/// (anchors are slugged and made unique when the post is checked).
fn section(title: &str, id: Option<String>, blocks: Vec<Block>) -> Section {
    let title = title.trim();
    Section {
        id: id.unwrap_or_else(|| title.to_owned()),
        title: title.to_owned(),
        heading: None,
        blocks,
        anchor: String::new(),
    }
}
