//! "Copy link": the page's address with a fragment, on the clipboard.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser;

/// What [`use_copy_link`] returns.
pub struct UseCopyLinkHandle {
    /// Copies the link (bind it to the button's click).
    pub copy: Callback<MouseEvent>,
    /// What happened, for a status line: empty until the first copy.
    pub status: String,
}

/// Copies this page's address with `#fragment` and reports the outcome; when the browser
/// refuses, the status shows the link so the reader can copy it by hand.
///
/// ```ignore
/// let link = use_copy_link("syria-q2".into());
/// html! { <button onclick={link.copy}>{"Copy link"}</button> }
/// ```
#[hook]
pub fn use_copy_link(fragment: AttrValue) -> UseCopyLinkHandle {
    let status = use_state(String::new);
    let say = super::use_words();
    let copy = {
        let status = status.clone();
        use_callback((fragment, say), move |_: MouseEvent, (fragment, say)| {
            let link = browser::dom::link_to(fragment);
            let status = status.clone();
            let say = say.clone();
            spawn_local(async move {
                let message = match browser::dom::copy_text(&link).await {
                    Ok(()) => say.get("copy.copied").to_owned(),
                    Err(why) => say.fill("copy.failed", &[("why", say.get(&why)), ("link", &link)]),
                };
                status.set(message);
            });
        })
    };
    UseCopyLinkHandle {
        copy,
        status: (*status).clone(),
    }
}
