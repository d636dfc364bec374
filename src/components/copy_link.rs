//! "Copy link": puts the page address with a fragment on the clipboard and says what happened.

use yew::prelude::*;

use crate::hooks::{use_copy_link, use_words};

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
    let link = use_copy_link(props.fragment.clone());
    let say = use_words();
    html! {
        <>
            <button type="button" class="link-button copy-link" onclick={link.copy} aria-label={props.label.clone()}>
                {say.get("copy.copy-link").to_owned()}
            </button>
            <span class="copy-status" role="status">{link.status}</span>
        </>
    }
}
