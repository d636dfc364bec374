//! "Copy link": puts the page address with a fragment on the clipboard and says what happened.

use yew::prelude::*;

use crate::browser;

/// Props for [`CopyLink`].
#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The id the link points at (`syria-q2`, `comment-7`).
    pub fragment: AttrValue,
    /// Accessible name of the button, e.g. "Copy link to this quotation".
    pub label: AttrValue,
}

/// A copy-link button with a status line (the link itself is shown if copying is refused).
#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let status = use_state(String::new);
    let on_copy = {
        let fragment = props.fragment.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let link = browser::dom::link_to(&fragment);
            let status = status.clone();
            yew::platform::spawn_local(async move {
                let message = match browser::dom::copy_text(&link).await {
                    Ok(()) => "Link copied".to_owned(),
                    Err(why) => format!("Could not copy ({why}). The link is {link}"),
                };
                status.set(message);
            });
        })
    };
    html! {
        <>
            <button type="button" class="link-button copy-link" onclick={on_copy} aria-label={props.label.clone()}>
                {"Copy link"}
            </button>
            <span class="copy-status" role="status">{(*status).clone()}</span>
        </>
    }
}
