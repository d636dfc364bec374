//! The app: load a post, then show it, a loading state, or a specific error.

use yew::prelude::*;

use super::reader::Reader;
use super::status::{ErrorPanel, Loading};
use crate::hooks::{use_document_meta, use_post};
use crate::state::LoadState;

/// Where the app gets its post.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum PostSource {
    /// From the page address: `?post=<url>` if given, else the seed post.
    #[default]
    FromPage,
    /// From this URL (relative to the page, or absolute).
    Url(AttrValue),
    /// From JSON text already at hand.
    Json(AttrValue),
}

/// Props for [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where to load the post from.
    #[prop_or_default]
    pub source: PostSource,
}

/// The top-level component mounted by the wasm binary.
#[component]
pub fn App(props: &AppProps) -> Html {
    let post = use_post(props.source.clone());
    let ready = match &post.state {
        LoadState::Ready(post) => Some(post.clone()),
        _ => None,
    };
    use_document_meta(ready);
    match post.state {
        LoadState::Loading => html! { <Loading /> },
        LoadState::Ready(post) => html! { <Reader {post} /> },
        LoadState::Failed(error) => html! { <ErrorPanel {error} on_retry={post.retry} /> },
    }
}
