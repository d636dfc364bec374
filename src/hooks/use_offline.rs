//! Offline reading for the app: the service worker's update offer and whether the post being
//! read is saved for offline reading.

use yew::prelude::*;

use crate::browser;
use crate::state::OfflineStatus;

/// What [`use_offline`] returns.
pub struct UseOfflineHandle {
    /// Whether the post at the given URL is saved, or being shown from the saved copy.
    pub status: OfflineStatus,
    /// A new version of the reader is installed and waiting.
    pub update_ready: bool,
    /// Switches to the waiting version and reloads the page.
    pub apply_update: Callback<()>,
}

/// Registers the service worker once (release builds only) and checks the post's offline status
/// whenever `url` changes.
///
/// ```ignore
/// let offline = use_offline(post.url.clone());
/// ```
#[hook]
pub fn use_offline(url: Option<String>) -> UseOfflineHandle {
    let status = use_state(|| OfflineStatus::NotSaved);
    let update_ready = use_state(|| false);
    {
        let update_ready = update_ready.clone();
        use_effect_with((), move |()| {
            browser::offline::register(move || update_ready.set(true));
        });
    }
    {
        let status = status.clone();
        use_effect_with(url, move |url| {
            if let Some(url) = url.clone() {
                yew::platform::spawn_local(async move {
                    status.set(browser::offline::status(&url).await);
                });
            }
        });
    }
    UseOfflineHandle {
        status: *status,
        update_ready: *update_ready,
        apply_update: Callback::from(|()| browser::offline::apply_update()),
    }
}
