//! "Quote in reply": the text the reader has selected in the post or a comment, and whose words
//! they are.

use yew::prelude::*;

use crate::browser;

/// The selected text with its attribution, kept current as the selection changes; `None` while
/// nothing quotable is selected.
///
/// ```ignore
/// if let Some((text, by)) = use_selection_quote() { /* offer "Quote in reply" */ }
/// ```
#[hook]
pub fn use_selection_quote() -> Option<(String, String)> {
    let selection = use_state(|| None::<(String, String)>);
    let root = super::use_root();
    {
        let selection = selection.clone();
        use_effect_with(root, move |root| {
            let root = root.clone();
            let listener = browser::dom::listen_document("selectionchange", move |_| {
                let now = browser::dom::selected_quote(&root);
                if *selection != now {
                    selection.set(now);
                }
            });
            move || drop(listener)
        });
    }
    (*selection).clone()
}
