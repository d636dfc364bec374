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
            <p class="load-error-detail">{detail(&props.error, &say)}</p>
            <button type="button" class="button" onclick={on_click}>{say.get("app.try-again").to_owned()}</button>
        </div>
    };
    main_content(use_root().is_embedded(), "", panel)
}

/// What happened, in the reader's words where a reader can act on it (no answer, an error
/// status); a post that does not match the format, or a site's refusal, keeps its precise
/// technical account (the field and line, the site's code), addressed to whoever made it.
fn detail(error: &LoadError, say: &crate::words::Words) -> String {
    match error {
        LoadError::Network { url, detail } => {
            say.fill("error.network-detail", &[("url", url), ("detail", detail)])
        }
        LoadError::Http {
            url,
            status,
            status_text,
        } => {
            let status = format!("{status} {status_text}");
            say.fill(
                "error.http-detail",
                &[("url", url), ("status", status.trim_end())],
            )
        }
        other => other.to_string(),
    }
}
