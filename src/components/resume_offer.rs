//! "Continue where you left off — <section>": an earlier visit's place, offered, never imposed.

use yew::prelude::*;

/// Props for [`ResumeOffer`].
#[derive(Properties, PartialEq)]
pub struct ResumeOfferProps {
    /// The section the reader was in, while the offer stands; `None` hides it.
    pub section_title: Option<AttrValue>,
    /// Goes there.
    pub on_take: Callback<()>,
    /// Withdraws the offer.
    pub on_dismiss: Callback<()>,
}

/// A small bar fixed at the bottom of the window (so it moves nothing on the page), always in
/// the tree and `hidden` when there is nothing to offer.
#[component]
pub fn ResumeOffer(props: &ResumeOfferProps) -> Html {
    let say = crate::hooks::use_words();
    let take = props.on_take.reform(|_: MouseEvent| ());
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    let title = props.section_title.clone().unwrap_or_default();
    html! {
        <div class="resume-offer" role="region" aria-label={say.get("resume.region").to_owned()}
            hidden={props.section_title.is_none()}>
            <button type="button" class="button resume-take" onclick={take}>
                {say.get("resume.take").to_owned()}{" "}<span dir="auto">{title}</span>
            </button>
            <button type="button" class="resume-dismiss" onclick={dismiss}>
                <span aria-hidden="true">{"×"}</span>
                <span class="visually-hidden">{say.get("resume.dismiss").to_owned()}</span>
            </button>
        </div>
    }
}
