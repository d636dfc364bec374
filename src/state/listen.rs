//! "Listen": where reading aloud is, and what the reader asked of it.

use std::rc::Rc;

use yew::Reducible;

use lectern_draw::controls::NORMAL_SPEED;
/// Reading speeds offered, as multiples of the voice's own.
pub use lectern_draw::controls::SPEEDS;

/// Whether the post is being read aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListenStatus {
    /// Not reading.
    #[default]
    Stopped,
    /// Reading utterance `index`.
    Playing,
    /// Paused in the middle of utterance `index`.
    Paused,
}

/// The state of reading aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listen {
    /// Reading, paused or stopped.
    pub status: ListenStatus,
    /// The utterance being read (index into the post's speech script).
    pub index: usize,
    /// Reading stops before this utterance (the end of the post, or of one quotation).
    pub end: usize,
    /// Index into [`SPEEDS`].
    pub speed: usize,
}

impl Default for Listen {
    fn default() -> Self {
        Self {
            status: ListenStatus::Stopped,
            index: 0,
            end: 0,
            speed: NORMAL_SPEED,
        }
    }
}

impl Listen {
    /// The speech rate in force.
    pub fn rate(&self) -> f32 {
        SPEEDS[self.speed.min(SPEEDS.len() - 1)].1
    }
}

/// What the reader (or the voice, finishing an utterance) does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListenAction {
    /// Read utterances `from..end`.
    Start {
        /// The first utterance.
        from: usize,
        /// Stop before this one.
        end: usize,
    },
    /// Pause where it is.
    Pause,
    /// Go on from where it paused.
    Resume,
    /// Stop reading.
    Stop,
    /// Skip to the next utterance.
    Next,
    /// Go back one utterance.
    Previous,
    /// The voice finished utterance `index`.
    Finished(usize),
    /// Another speed (index into [`SPEEDS`]).
    Speed(usize),
}

/// The state after `action`.
pub fn reduce_listen(state: Listen, action: ListenAction) -> Listen {
    use ListenStatus::{Paused, Playing, Stopped};
    let playing = |index: usize| {
        if index < state.end {
            Listen {
                status: Playing,
                index,
                ..state
            }
        } else {
            Listen {
                status: Stopped,
                ..state
            }
        }
    };
    match (action, state.status) {
        (ListenAction::Start { from, end }, _) => {
            let end = end.max(from + 1);
            Listen {
                status: Playing,
                index: from,
                end,
                ..state
            }
        }
        (ListenAction::Pause, Playing) => Listen {
            status: Paused,
            ..state
        },
        (ListenAction::Resume, Paused) => Listen {
            status: Playing,
            ..state
        },
        (ListenAction::Stop, _) => Listen {
            status: Stopped,
            ..state
        },
        (ListenAction::Next, Playing | Paused) => playing(state.index + 1),
        (ListenAction::Previous, Playing | Paused) => playing(state.index.saturating_sub(1)),
        (ListenAction::Finished(index), Playing) if index == state.index => playing(index + 1),
        (ListenAction::Speed(speed), _) => Listen {
            speed: speed.min(SPEEDS.len() - 1),
            ..state
        },
        _ => state,
    }
}

impl Reducible for Listen {
    type Action = ListenAction;

    fn reduce(self: Rc<Self>, action: ListenAction) -> Rc<Self> {
        let next = reduce_listen(*self, action);
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_goes_on_to_the_end_and_stops() {
        let mut s = reduce_listen(Listen::default(), ListenAction::Start { from: 3, end: 5 });
        assert_eq!((s.status, s.index), (ListenStatus::Playing, 3));
        s = reduce_listen(s, ListenAction::Finished(2));
        assert_eq!(
            s.index, 3,
            "a late end of an earlier utterance changes nothing"
        );
        s = reduce_listen(s, ListenAction::Finished(3));
        assert_eq!(s.index, 4);
        s = reduce_listen(s, ListenAction::Finished(4));
        assert_eq!(s.status, ListenStatus::Stopped);
    }

    #[test]
    fn pause_resume_skip_and_speed() {
        let mut s = reduce_listen(Listen::default(), ListenAction::Start { from: 0, end: 10 });
        s = reduce_listen(s, ListenAction::Pause);
        assert_eq!(s.status, ListenStatus::Paused);
        assert_eq!(
            reduce_listen(s, ListenAction::Finished(0)),
            s,
            "no progress while paused"
        );
        s = reduce_listen(s, ListenAction::Resume);
        s = reduce_listen(s, ListenAction::Next);
        s = reduce_listen(s, ListenAction::Next);
        s = reduce_listen(s, ListenAction::Previous);
        assert_eq!((s.status, s.index), (ListenStatus::Playing, 1));
        s = reduce_listen(s, ListenAction::Speed(3));
        assert_eq!(s.rate(), 1.5);
        assert_eq!(
            reduce_listen(s, ListenAction::Stop).status,
            ListenStatus::Stopped
        );
        assert_eq!(
            reduce_listen(Listen::default(), ListenAction::Next).status,
            ListenStatus::Stopped
        );
    }
}
