//! The post's notes after its text (endnotes): each with its way back to where the text cites
//! it. Links both ways are plain anchors, so they work in the prerendered page without
//! JavaScript and in print.

use yew::prelude::*;

use super::text::{Author, render_blocks};
use lectern_format::Note;

/// Id of the notes' heading (reserved: no section takes it).
pub const NOTES_HEADING_ID: &str = "notes-heading";

/// The notes as an ordered list under "Notes"; nothing when the post has none.
pub fn render_notes(notes: &[Note]) -> Html {
    if notes.is_empty() {
        return Html::default();
    }
    html! {
        <section class="notes" aria-labelledby={NOTES_HEADING_ID}>
            <h2 id={NOTES_HEADING_ID} class="notes-heading">{"Notes"}</h2>
            <ol class="notes-list">
                {for notes.iter().enumerate().map(|(index, note)| html! {
                    <li id={note.anchor.clone()}>
                        {render_blocks(&note.blocks, &mut std::iter::empty(), Author::Post)}
                        <a class="note-back" href={format!("#{}-ref", note.anchor)}
                            aria-label={format!("Back to the text of note {}", index + 1)}>{"↩"}</a>
                    </li>
                })}
            </ol>
        </section>
    }
}
