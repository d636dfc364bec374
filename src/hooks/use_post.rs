//! Loads a post from wherever the app was told to find it.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser;
use crate::components::PostSource;
use crate::error::LoadError;
use crate::state::LoadState;
use lectern_format::json::Value;
use lectern_format::parse::post_from_value;
use lectern_format::{Post, parse_post};
use lectern_wordpress::read_post_text;

/// What [`use_post`] returns: the current state and a way to try again.
pub struct UsePostHandle {
    /// Loading, ready or failed.
    pub state: LoadState,
    /// Starts the load again (after a network error, say).
    pub retry: Callback<()>,
    /// The address the post came from, when it was fetched.
    pub url: Option<String>,
}

/// Fetches and parses the post named by `source`, reloading when the source changes or on retry.
/// A result that arrives after a newer load started is dropped.
///
/// ```ignore
/// let post = use_post(PostSource::FromPage);
/// match post.state { LoadState::Ready(post) => …, … }
/// ```
#[hook]
pub fn use_post(source: PostSource) -> UsePostHandle {
    // A post given as JSON (or already parsed) is ready in the first render, so the first render
    // already shows it: that is what build-time prerendering renders, and what hydration must
    // match.
    let state = use_state(|| match &source {
        PostSource::Json(json) => LoadState::from_result(parse_inline(json)),
        PostSource::Tree(tree) => LoadState::from_result(decode_inline(tree)),
        PostSource::Parsed(post) => LoadState::Ready(post.clone()),
        _ => LoadState::Loading,
    });
    let parsed_at_start = use_mut_ref(|| {
        matches!(
            source,
            PostSource::Json(_) | PostSource::Tree(_) | PostSource::Parsed(_)
        )
    });
    let attempt = use_state(|| 0_u32);
    let generation = use_mut_ref(|| 0_u64);
    let url = use_state(|| None::<String>);
    {
        let state = state.clone();
        let url = url.clone();
        use_effect_with((source, *attempt), move |(source, _)| {
            if std::mem::take(&mut *parsed_at_start.borrow_mut()) {
                return;
            }
            *generation.borrow_mut() += 1;
            let this_load = *generation.borrow();
            state.set(LoadState::Loading);
            let source = source.clone();
            spawn_local(async move {
                let (from, result) = load(&source).await;
                if *generation.borrow() == this_load {
                    url.set(from);
                    state.set(LoadState::from_result(result));
                }
            });
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(attempt.wrapping_add(1)))
    };
    UsePostHandle {
        state: (*state).clone(),
        retry,
        url: (*url).clone(),
    }
}

/// Loads the post; also returns the address it was fetched from, if any.
async fn load(source: &PostSource) -> (Option<String>, Result<Post, LoadError>) {
    let url = match source {
        PostSource::Json(json) => return (None, parse_inline(json)),
        PostSource::Tree(tree) => return (None, decode_inline(tree)),
        PostSource::Parsed(post) => return (None, Ok(Post::clone(post))),
        PostSource::Url(url) => url.to_string(),
        PostSource::FromPage => match browser::page::requested_post_url(crate::DEFAULT_POST_URL) {
            Ok(url) => url,
            Err(error) => return (None, Err(error)),
        },
    };
    let result = match browser::fetch::fetch_text(&url).await {
        Ok(text) => {
            read_post_text(&text, Some(&url), &browser::html::parse_fragment).map_err(|error| {
                LoadError::Post {
                    url: url.clone(),
                    error,
                }
            })
        }
        Err(error) => Err(error),
    };
    (Some(url), result)
}

/// How errors name a post given to the reader rather than fetched.
const GIVEN_POST: &str = "The post given to the reader";

/// Parses a post given as JSON text (not fetched), naming it in errors as such.
fn parse_inline(json: &str) -> Result<Post, LoadError> {
    parse_post(json).map_err(|error| LoadError::Post {
        url: GIVEN_POST.to_owned(),
        error,
    })
}

/// Decodes a post given as a JSON tree, naming it in errors as such.
fn decode_inline(tree: &Value) -> Result<Post, LoadError> {
    post_from_value(tree).map_err(|error| LoadError::Post {
        url: GIVEN_POST.to_owned(),
        error,
    })
}
