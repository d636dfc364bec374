//! A note opened from its mark in the text: on a phone a sheet over the page's foot, on a wide
//! screen its copy in the margin, highlighted. Without JavaScript the mark is a plain link to
//! the endnote, which is also where a click with a modifier key goes.

use yew::prelude::*;

use crate::browser;
use crate::components::notes::{OpenNote, sidenote_id};

/// The open note and the article's handlers that open and close it.
pub struct NoteMarks {
    /// The open note, for the sections to show.
    pub open: OpenNote,
    /// The article's click: a note's mark opens (or closes) its note.
    pub on_click: Callback<MouseEvent>,
    /// The article's keydown: Escape closes the open note.
    pub on_keydown: Callback<KeyboardEvent>,
}

/// Opens a note from its mark; Escape, "Close note", the mark again or a click elsewhere close
/// it, and focus goes back to the mark when the reader was inside the note.
///
/// ```ignore
/// let marks = use_note_marks();
/// html! { <article onclick={marks.on_click.clone()} onkeydown={marks.on_keydown.clone()}> … }
/// ```
#[hook]
pub fn use_note_marks() -> NoteMarks {
    // The open note's anchor and the id of the mark that opened it.
    let open = use_state_eq(|| None::<(String, String)>);
    let dom = super::use_dom_actions();
    let after = super::use_after_render();
    let close = {
        let (open, dom) = (open.clone(), dom.clone());
        Callback::from(move |()| {
            if let Some((_, mark)) = &*open {
                dom.focus_without_scroll(mark);
            }
            open.set(None);
        })
    };
    let on_click = {
        let open = open.clone();
        Callback::from(move |event: MouseEvent| {
            let plain = !(event.ctrl_key() || event.meta_key() || event.shift_key());
            let Some((anchor, mark)) = browser::dom::note_mark_of(&event) else {
                return;
            };
            if !plain {
                return;
            }
            event.prevent_default();
            if open.as_ref().is_some_and(|(now, _)| *now == anchor) {
                open.set(None);
                return;
            }
            let side = sidenote_id(&anchor);
            open.set(Some((anchor, mark)));
            let dom = dom.clone();
            after.run(move || dom.focus_without_scroll(&side));
        })
    };
    let on_keydown = {
        let (open, close) = (open.clone(), close.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && open.is_some() {
                event.prevent_default();
                close.emit(());
            }
        })
    };
    // A click elsewhere closes the note, leaving focus where the reader clicked.
    {
        let open = open.clone();
        use_effect_with(open.is_some(), move |is_open| {
            let listener = is_open.then(|| {
                browser::dom::listen_document("click", move |event| {
                    if !browser::dom::started_within(event, ".sidenote.open, .note-ref") {
                        open.set(None);
                    }
                })
            });
            move || drop(listener)
        });
    }
    NoteMarks {
        open: OpenNote {
            anchor: open
                .as_ref()
                .map(|(anchor, _)| AttrValue::from(anchor.clone())),
            close,
        },
        on_click,
        on_keydown,
    }
}
