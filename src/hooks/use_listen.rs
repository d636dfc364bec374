//! "Listen": the post read aloud by the browser's voice, one utterance at a time, the element
//! being read highlighted and kept in view.

use std::rc::Rc;

use yew::prelude::*;

use crate::app_model::speech::{Utterance, quotation_span, start_of_section};
use crate::browser;
use crate::state::{Listen, ListenAction, ListenStatus};

/// Reading aloud: its state, what the reader can ask of it, and why it cannot start, if so.
#[derive(Clone, PartialEq)]
pub struct UseListen {
    /// Reading, paused or stopped; where; how fast.
    pub state: Listen,
    /// Pause, resume, stop, skip, speed.
    pub act: Callback<ListenAction>,
    /// Starts reading utterances `from..end` (or says why it cannot).
    pub start: Callback<(usize, usize)>,
    /// Why the browser cannot read aloud, once the reader has asked it to.
    pub unavailable: Option<&'static str>,
    /// What is read: the post as utterances.
    pub script: Rc<[Utterance]>,
}

impl UseListen {
    /// Reads the whole post from the start.
    pub fn from_start(&self) {
        self.start.emit((0, self.script.len()));
    }

    /// Reads from the heading of section `section` to the end.
    pub fn from_section(&self, section: usize) {
        let from = start_of_section(&self.script, section).unwrap_or(0);
        self.start.emit((from, self.script.len()));
    }

    /// Reads the quotation with anchor `id`, alone.
    pub fn quotation(&self, id: &str) {
        if let Some(span) = quotation_span(&self.script, id) {
            self.start.emit(span);
        }
    }

    /// The `l` key: pauses or resumes; when stopped, reads from section `section`.
    pub fn toggle_from(&self, section: usize) {
        match self.state.status {
            ListenStatus::Playing => self.act.emit(ListenAction::Pause),
            ListenStatus::Paused => self.act.emit(ListenAction::Resume),
            ListenStatus::Stopped => self.from_section(section),
        }
    }

    /// The section being read, if reading has started.
    pub fn section(&self) -> Option<usize> {
        self.script.get(self.state.index).and_then(|u| u.section)
    }
}

/// Reads `script` aloud in the post's language `lang`.
///
/// ```ignore
/// let listen = use_listen(script, post.lang.clone());
/// listen.from_start();
/// ```
#[hook]
pub fn use_listen(script: Rc<[Utterance]>, lang: Option<String>) -> UseListen {
    let root = super::use_root();
    let whole = script.clone();
    let state = use_reducer(Listen::default);
    let unavailable = use_state_eq(|| None::<&'static str>);
    // What the voice is saying now (utterance, rate), and which request is current: the end of
    // a cancelled utterance must not move reading on.
    let speaking = use_mut_ref(|| None::<(usize, u32, browser::speech::Speaking)>);
    let generation = use_mut_ref(|| 0_u64);
    let was = use_mut_ref(ListenStatus::default);
    {
        let dispatcher = state.dispatcher();
        use_effect_with(*state, move |now| {
            let previous = std::mem::replace(&mut *was.borrow_mut(), now.status);
            let rate_key = (now.rate() * 100.0) as u32;
            match now.status {
                ListenStatus::Stopped => {
                    *generation.borrow_mut() += 1;
                    speaking.borrow_mut().take();
                    if previous != ListenStatus::Stopped {
                        browser::speech::cancel();
                        browser::speech::highlight(&root, None);
                    }
                }
                ListenStatus::Paused => browser::speech::pause(),
                ListenStatus::Playing => {
                    let same = speaking
                        .borrow()
                        .as_ref()
                        .is_some_and(|(i, r, _)| *i == now.index && *r == rate_key);
                    if same && previous == ListenStatus::Paused {
                        browser::speech::resume();
                    } else if !same {
                        let token = {
                            let mut g = generation.borrow_mut();
                            *g += 1;
                            *g
                        };
                        browser::speech::cancel();
                        let Some(utterance) = script.get(now.index) else {
                            return;
                        };
                        let index = now.index;
                        let current = generation.clone();
                        let spoken = browser::speech::speak(
                            &utterance.text,
                            lang.as_deref(),
                            now.rate(),
                            move || {
                                if *current.borrow() == token {
                                    dispatcher.dispatch(ListenAction::Finished(index));
                                }
                            },
                        );
                        *speaking.borrow_mut() = spoken.map(|s| (index, rate_key, s));
                        browser::speech::highlight(&root, Some(&utterance.target));
                    }
                }
            }
        });
    }
    // Leaving the page (or the post) silences the voice.
    use_effect_with((), |()| browser::speech::cancel);
    let act = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let start = {
        let (state, unavailable) = (state.clone(), unavailable.clone());
        Callback::from(move |(from, end)| match browser::speech::unavailable() {
            Some(why) => unavailable.set(Some(why)),
            None => {
                unavailable.set(None);
                state.dispatch(ListenAction::Start { from, end });
            }
        })
    };
    UseListen {
        state: *state,
        act,
        start,
        unavailable: *unavailable,
        script: whole,
    }
}
