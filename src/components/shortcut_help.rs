//! The "?" panel: every reading shortcut and what it does.

use yew::prelude::*;

use crate::app_model::shortcuts::SHORTCUTS;

/// Props for [`ShortcutHelp`].
#[derive(Properties, PartialEq)]
pub struct ShortcutHelpProps {
    /// Whether the panel is shown.
    pub open: bool,
    /// Closes it (its button, or Escape).
    pub on_close: Callback<()>,
}

/// A small non-modal dialog listing the shortcuts, always in the tree and `hidden` when closed.
#[component]
pub fn ShortcutHelp(props: &ShortcutHelpProps) -> Html {
    let say = crate::hooks::use_words();
    let close = props.on_close.reform(|_: MouseEvent| ());
    let on_keydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                on_close.emit(());
            }
        })
    };
    let rows = SHORTCUTS.iter().map(|(key, what)| {
        html! {
            <div class="shortcut">
                <dt><kbd>{*key}</kbd></dt>
                <dd>{say.get(what).to_owned()}</dd>
            </div>
        }
    });
    html! {
        <div id="shortcut-help" class="shortcut-help" role="dialog" aria-modal="false"
            aria-labelledby="shortcut-help-title" hidden={!props.open} onkeydown={on_keydown} tabindex="-1">
            <h2 id="shortcut-help-title" class="shortcut-help-title">{say.get("shortcuts.title").to_owned()}</h2>
            <dl class="shortcut-list">{for rows}</dl>
            <p class="shortcut-note">{say.get("shortcuts.note").to_owned()}</p>
            <button type="button" class="tool-button" onclick={close}>{say.get("shortcuts.close").to_owned()}</button>
        </div>
    }
}
