//! The app: load a post, then show it, a loading state, or a specific error.

use std::rc::Rc;

use yew::prelude::*;

use super::reader::Reader;
use super::status::{ErrorPanel, Loading};
use crate::app_model::mount_options::SignedIn;
use crate::app_model::settings::TextDefaults;
use crate::hooks::{Root, use_document_meta, use_language, use_offline, use_post};
use crate::state::{LoadState, OfflineStatus};
use crate::words::Words;
use lectern_format::Post;

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
    /// From a JSON tree already at hand (an embedding page's `post` object, taken as it is
    /// rather than written out as text and parsed again).
    Tree(Rc<lectern_format::json::Value>),
    /// A post already parsed: the wasm entry parses the prerendered page's post in a task of its
    /// own, so hydration (one long task) does not also carry the parsing.
    Parsed(Rc<Post>),
}

/// Props for [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where to load the post from.
    #[prop_or_default]
    pub source: PostSource,
    /// Where the reader's elements live: the page (default) or an embed's shadow root.
    #[prop_or_default]
    pub root: Root,
    /// Overrides the post's `reader.collapse_words` (an embedding page's choice).
    #[prop_or_default]
    pub collapse_words: Option<usize>,
    /// Where a post given as JSON is also published (the prerendered seed post), so the reader
    /// can say whether it is saved for offline reading.
    #[prop_or_default]
    pub published_at: Option<AttrValue>,
    /// Quotations the browser opened before the app started (a text fragment or find-in-page
    /// on the prerendered page): hydration keeps them open instead of folding them again.
    #[prop_or_default]
    pub initially_open: Rc<[String]>,
    /// The contents entry marked as being read when the app starts: what the first screen
    /// marked on the page it hands over (hydration keeps it instead of marking the first entry
    /// until the observers report).
    #[prop_or_default]
    pub initially_current: usize,
    /// Whether the comments render in this app or in their own ([`super::CommentsApp`]).
    #[prop_or_default]
    pub comments: super::CommentsPlacement,
    /// Whether the app hydrates markup already in the page: its first render is then the
    /// whole post, exactly as the server rendered it.
    #[prop_or_default]
    pub hydrating: bool,
    /// The text settings the reader starts from and whether the reader may change them (an
    /// embedding page's choice; Lectern's defaults otherwise).
    #[prop_or_default]
    pub text: TextDefaults,
    /// Who is logged in on the post's site (a page that site serves says so): the conversation
    /// reads it from context to let them reply as themselves.
    #[prop_or_default]
    pub signed_in: Option<SignedIn>,
    /// The language of the page around the reader (an embed's `lang` option or attribute, else
    /// the host page's): Lectern's words follow it when the post does not say its own.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// Lectern's words the page carried (a prerendered page in its post's language), so the
    /// first render says what the server's render said.
    #[prop_or_default]
    pub words: Option<Rc<Words>>,
}

/// The top-level component mounted by the wasm binary.
#[component]
pub fn App(props: &AppProps) -> Html {
    let loaded = use_post(props.source.clone());
    let state = use_memo(
        (loaded.state.clone(), props.collapse_words),
        |(state, collapse_words)| match (state, collapse_words) {
            (LoadState::Ready(post), Some(words)) => {
                let mut post = (**post).clone();
                post.reader.collapse_words = Some(*words);
                LoadState::Ready(Rc::new(post))
            }
            _ => state.clone(),
        },
    );
    let ready = match &*state {
        LoadState::Ready(post) => Some(post.clone()),
        _ => None,
    };
    // Lectern's words in the post's language, else the page's; the post waits for them (a
    // language file is fetched once), so it never shows in one language and then another.
    let wanted = ready
        .as_ref()
        .and_then(|post| post.lang.clone())
        .or_else(|| props.lang.as_ref().map(ToString::to_string));
    let words = use_language(wanted, props.words.clone());
    let say = words.clone().unwrap_or_else(Words::english);
    // An embedded reader is a guest: the host page keeps its own title and language.
    use_document_meta(ready.filter(|_| !props.root.is_embedded()));
    let offline = use_offline(
        loaded
            .url
            .clone()
            .or_else(|| props.published_at.as_ref().map(|url| url.to_string())),
    );
    // Saved for offline reading is a quiet note on the reading line; reading the saved copy
    // while offline is a bar of its own, as is an update.
    let (saved, showing_saved) = match offline.status {
        OfflineStatus::NotSaved => (None, false),
        OfflineStatus::Saved => (
            Some(AttrValue::from(say.get("app.offline-saved").to_owned())),
            false,
        ),
        OfflineStatus::ShowingSaved => (None, true),
    };
    let update = offline.update_ready.then(|| {
        let reload = offline.apply_update.reform(|_: MouseEvent| ());
        html! {
            <p class="update-bar" role="status">
                {say.get("app.update-ready").to_owned()}{" "}
                <button type="button" class="button" onclick={reload}>{say.get("app.update-reload").to_owned()}</button>
            </p>
        }
    });
    let banner = html! {
        <>
            {update}
            if showing_saved { <p class="offline-bar" role="status">{say.get("app.offline-showing").to_owned()}</p> }
        </>
    };
    let view = match (*state).clone() {
        LoadState::Loading => html! { <Loading /> },
        LoadState::Ready(_) if words.is_none() => html! { <Loading /> },
        LoadState::Ready(post) => {
            html! { <Reader {post} {banner} header_note={saved} initially_open={props.initially_open.clone()} initially_current={props.initially_current} comments={props.comments} all_at_once={props.hydrating} text={props.text} /> }
        }
        LoadState::Failed(error) => html! { <ErrorPanel {error} on_retry={loaded.retry} /> },
    };
    html! {
        <ContextProvider<Root> context={props.root.clone()}>
        <ContextProvider<Rc<Words>> context={say}>
            <ContextProvider<Option<SignedIn>> context={props.signed_in.clone()}>{view}</ContextProvider<Option<SignedIn>>>
        </ContextProvider<Rc<Words>>>
        </ContextProvider<Root>>
    }
}
