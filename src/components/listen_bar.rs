//! The controls of "Listen" while the post is read aloud: where it is, pause or resume, skip a
//! paragraph either way, speed, stop.

use yew::prelude::*;

use crate::state::{ListenAction, ListenStatus, SPEEDS};

/// Props for [`ListenBar`].
#[derive(Properties, PartialEq)]
pub struct ListenBarProps {
    /// Reading, paused or stopped (stopped hides the bar).
    pub status: ListenStatus,
    /// Index into the speeds.
    pub speed: usize,
    /// What is being read ("Syria").
    pub reading: AttrValue,
    /// The reader's requests.
    pub on_action: Callback<ListenAction>,
}

/// A bar fixed at the bottom of the window while reading aloud; in the tree and `hidden`
/// otherwise.
#[component]
pub fn ListenBar(props: &ListenBarProps) -> Html {
    let say = crate::hooks::use_words();
    let act = |action: ListenAction| props.on_action.reform(move |_: MouseEvent| action);
    let paused = props.status == ListenStatus::Paused;
    let (toggle_label, toggle_action) = if paused {
        (say.get("listen.resume").to_owned(), ListenAction::Resume)
    } else {
        (say.get("listen.pause").to_owned(), ListenAction::Pause)
    };
    let on_speed = props.on_action.reform(|event: Event| {
        let index = event
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .selected_index();
        ListenAction::Speed(usize::try_from(index).unwrap_or(1))
    });
    let speeds = SPEEDS.iter().enumerate().map(|(i, (label, _))| {
        html! { <option value={i.to_string()} selected={i == props.speed}>{*label}</option> }
    });
    html! {
        <div class="listen-bar" role="region" aria-label={say.get("listen.bar").to_owned()}
            hidden={props.status == ListenStatus::Stopped}>
            <p class="listen-now">
                {say.get(if paused { "listen.paused" } else { "listen.reading" }).to_owned()}{" "}
                <span dir="auto">{props.reading.clone()}</span>
            </p>
            <div class="listen-buttons">
                <button type="button" class="tool-button" onclick={act(ListenAction::Previous)}>{say.get("listen.previous").to_owned()}</button>
                <button type="button" class="tool-button listen-toggle" aria-keyshortcuts="l"
                    onclick={act(toggle_action)}>{toggle_label}</button>
                <button type="button" class="tool-button" onclick={act(ListenAction::Next)}>{say.get("listen.next").to_owned()}</button>
                <label class="listen-speed">{say.get("listen.speed").to_owned()}{" "}
                    <select onchange={on_speed}>{for speeds}</select>
                </label>
                <button type="button" class="tool-button" onclick={act(ListenAction::Stop)}>{say.get("listen.stop").to_owned()}</button>
            </div>
        </div>
    }
}
