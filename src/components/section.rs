//! One section of the post, with its heading and how much of it is quotation.

use std::rc::Rc;

use yew::prelude::*;

use super::notes::{OpenNote, render_sidenotes};
use super::quote::QuoteView;
use super::text::{Author, raw, render_block};
use crate::hooks::use_words;
use lectern_format::outline::{SectionSummary, quote_anchor};
use lectern_format::{Block, Post};

/// Props for [`PostSection`].
#[derive(Properties, PartialEq)]
pub struct PostSectionProps {
    /// The post the section belongs to.
    pub post: Rc<Post>,
    /// Index of the section in `post.sections`.
    pub index: usize,
    /// Its words and quotations (counted once by the reader).
    pub summary: SectionSummary,
    /// How many of its blocks to show: a long post is laid out a part at a time.
    #[prop_or(usize::MAX)]
    pub blocks: usize,
}

/// Renders a section as a labelled `<section>` that deep links can target.
#[component]
pub fn PostSection(props: &PostSectionProps) -> Html {
    let Some(section) = props.post.sections.get(props.index) else {
        return Html::default();
    };
    let say = use_words();
    let shown = props.blocks.min(section.blocks.len());
    // Keyed, and a list of its own (not flattened among the heading's siblings): Yew 0.23 pairs
    // an unkeyed list's children from the end, so a list that grows would patch every block
    // into its neighbour's.
    let runs = (0..shown)
        .step_by(BLOCKS_PER_RUN)
        .map(|start| {
            let end = (start + BLOCKS_PER_RUN).min(shown);
            html! { <BlockRun key={start} post={props.post.clone()} section={props.index} {start} {end} /> }
        })
        .collect::<Html>();
    // The section's head is drawn by `lectern_draw` (written once; see `text.rs`).
    let head =
        raw(|out| lectern_draw::section_head(out, &props.post, props.index, &props.summary, &say));
    html! {
        <section id={section.anchor.clone()} class="post-section" aria-labelledby={format!("{}-heading", section.anchor)}>
            {head}
            {runs}
        </section>
    }
}

const BLOCKS_PER_RUN: usize = 16;

/// Props for [`BlockRun`].
#[derive(Properties, PartialEq)]
struct BlockRunProps {
    post: Rc<Post>,
    /// Index of the section in `post.sections`.
    section: usize,
    /// The run's first block, and the block after its last.
    start: usize,
    end: usize,
}

/// Blocks `start..end` of a section; quotations get their stable ids (`syria-q2`).
#[component]
fn BlockRun(props: &BlockRunProps) -> Html {
    let open_note = use_context::<OpenNote>().unwrap_or_default();
    let say = use_words();
    let Some(section) = props.post.sections.get(props.section) else {
        return Html::default();
    };
    let blocks = section
        .blocks
        .get(props.start..props.end)
        .unwrap_or_default();
    let mut quote_number = section.blocks[..props.start.min(section.blocks.len())]
        .iter()
        .filter(|b| matches!(b, Block::Quote(_)))
        .count();
    blocks
        .iter()
        .enumerate()
        .map(|(offset, block)| {
            let index = props.start + offset;
            let view = match block {
                Block::Quote(_) => {
                    quote_number += 1;
                    let id = quote_anchor(&section.anchor, quote_number);
                    html! { <QuoteView post={props.post.clone()} section={props.section} block={index} id={id} /> }
                }
                other => render_block(other, Author::Post, &say),
            };
            let sidenotes = render_sidenotes(block, &props.post.notes, &open_note, &say);
            // Keyed, so the run's last blocks arriving leave the first ones as they are.
            html! { <key={index}>{sidenotes}{view}</> }
        })
        .collect::<Html>()
}
