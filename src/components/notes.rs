//! The post's notes after its text (endnotes): each with its way back to where the text cites
//! it. Links both ways are plain anchors, so they work in the prerendered page without
//! JavaScript and in print.

use yew::prelude::*;

use super::text::{Author, raw, render_blocks};
use crate::words::Words;
use lectern_format::{Block, Note};

/// Id of the notes' heading (reserved: no section takes it).
pub use lectern_draw::NOTES_HEADING_ID;

/// The notes as an ordered list under "Notes"; nothing when the post has none. Drawn by
/// `lectern_draw` (written once; see `text.rs`).
pub fn render_notes(notes: &[Note], say: &Words) -> Html {
    if notes.is_empty() {
        return Html::default();
    }
    raw(|out| lectern_draw::notes(out, notes, say))
}

/// The note a reader opened from its mark (a sheet on phones, highlighted beside the text on wide
/// screens), and how to close it: given to the sections by the reader.
#[derive(Clone, PartialEq, Default)]
pub struct OpenNote {
    /// Anchor of the open note (`note-1`), if any.
    pub anchor: Option<AttrValue>,
    /// Closes it, focus going back to the mark that opened it.
    pub close: Callback<()>,
}

/// Id of a note's copy beside the text.
pub fn sidenote_id(anchor: &str) -> String {
    format!("{anchor}-side")
}

/// The notes `block` cites, each once, in the order it cites them, with their numbers.
fn cited_notes<'a>(block: &Block, notes: &'a [Note]) -> Vec<(usize, &'a Note)> {
    let mut cited: Vec<(usize, &Note)> = Vec::new();
    block.each_text(&mut |text| {
        for span in &text.0 {
            if span.note_anchor.is_empty() {
                continue;
            }
            let found = notes
                .iter()
                .enumerate()
                .find(|(_, note)| note.anchor == span.note_anchor);
            if let Some((index, note)) = found
                && !cited.iter().any(|(seen, _)| *seen == index)
            {
                cited.push((index, note));
            }
        }
    });
    cited
}

/// Copies of the notes `block` cites, put just before it: beside its first line in the margin
/// of a wide screen, and on a phone a sheet that a tap on the mark opens. The endnotes stay the
/// notes of record (without JavaScript, in print, for find-in-page on a phone).
pub fn render_sidenotes(block: &Block, notes: &[Note], open: &OpenNote, say: &Words) -> Html {
    if notes.is_empty() {
        return Html::default();
    }
    cited_notes(block, notes)
        .into_iter()
        .map(|(index, note)| {
            let is_open = open.anchor.as_deref() == Some(note.anchor.as_str());
            let number = say.number(index + 1);
            let close = open.close.reform(|_: MouseEvent| ());
            html! {
                <aside class={classes!("sidenote", is_open.then_some("open"))} id={sidenote_id(&note.anchor)}
                    role="note" aria-label={say.fill("notes.note", &[("number", &number)])} tabindex="-1">
                    <span class="sidenote-number" aria-hidden="true">{number}</span>
                    {render_blocks(&note.blocks, Author::Post, say)}
                    <button type="button" class="sidenote-close" onclick={close}>{say.get("notes.close").to_owned()}</button>
                </aside>
            }
        })
        .collect()
}
