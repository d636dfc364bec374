//! What the reader sees while a post loads, and when it cannot be shown.

use yew::prelude::*;

use super::landmarks::main_content;
use crate::error::LoadError;
use crate::hooks::use_root;

/// A visible, announced loading state.
#[component]
pub fn Loading() -> Html {
    let say = crate::hooks::use_words();
    let status = html! {
        <div class="load-status" role="status" aria-live="polite">
            <p>{say.get("app.loading").to_owned()}</p>
        </div>
    };
    main_content(use_root().is_embedded(), "", status)
}

/// Props for [`ErrorPanel`].
#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    /// What went wrong.
    pub error: LoadError,
    /// Called when the reader asks to try again.
    pub on_retry: Callback<()>,
}

/// Says exactly what went wrong (which address, which field, which line) and offers a retry.
#[component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let say = crate::hooks::use_words();
    let on_click = {
        let on_retry = props.on_retry.clone();
        Callback::from(move |_: MouseEvent| on_retry.emit(()))
    };
    let panel = html! {
        <div class="load-error" role="alert">
            <h1>{say.get(props.error.title()).to_owned()}</h1>
            <p class="load-error-detail">{props.error.to_string()}</p>
            <button type="button" class="button" onclick={on_click}>{say.get("app.try-again").to_owned()}</button>
        </div>
    };
    main_content(use_root().is_embedded(), "", panel)
}
