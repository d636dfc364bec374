//! The [`Root`] this reader renders into, for hooks and components that look elements up.

use yew::prelude::*;

/// The document or shadow root a reader lives in; components pass it on as context only.
pub use crate::browser::root::Root;

/// The reader's root from context: the page for the app, a shadow root for an embedded reader.
/// Without a provider (a component tested alone) it is the page.
///
/// ```ignore
/// let root = use_root();
/// browser::dom::scroll_to(&root, "syria", true);
/// ```
#[hook]
pub fn use_root() -> Root {
    use_context::<Root>().unwrap_or_default()
}
