//! The embedding API that `lectern-embed.js` calls: mount a reader into an element inside a
//! shadow root (or hydrate one that arrived prerendered), update its options, destroy it. Options arrive as JavaScript values and are
//! checked by [`crate::app_model::mount_options`]; a bad option is thrown back as an `Error` naming it.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use lectern_format::json::Value;

use super::root::Root;
use crate::app_model::mount_options::{
    EmbedOptions, EmbedPost, GivenOption, OptionsError, RawEmbedOptions, check_names,
};
use crate::components::comments_app::COMMENTS_ROOT_ID;
use crate::components::{
    App, AppProps, CommentsApp, CommentsAppProps, CommentsPlacement, PostSource,
};

/// A mounted reader, handed to JavaScript. `destroy()` unmounts it and frees its state.
#[wasm_bindgen]
pub struct EmbeddedReader {
    app: Option<yew::AppHandle<App>>,
    /// The conversation, when the reader was drawn without it (see [`start`]).
    comments: Option<yew::AppHandle<CommentsApp>>,
    container: web_sys::Element,
}

/// Mounts a reader into `container` (an element inside the host's shadow root), with `options`
/// as documented for `mount()` in `lectern-embed.js`.
#[wasm_bindgen(js_name = mountReader)]
pub fn mount_reader(
    container: web_sys::Element,
    options: JsValue,
) -> Result<EmbeddedReader, JsError> {
    start(container, &options, None)
}

/// Hydrates a reader whose markup arrived prerendered in `container` (the
/// `.lectern-embed` of a declarative shadow root written by `lectern-cli publish`), with its post
/// given as the JSON text in `options.post`: the same first render as the server's, so the
/// markup stays and becomes interactive. `words` is the language file the fragment carries
/// when its post is not in English (the words the server's render said).
#[wasm_bindgen(js_name = hydrateReader)]
pub fn hydrate_reader(
    container: web_sys::Element,
    options: JsValue,
    words: Option<String>,
) -> Result<EmbeddedReader, JsError> {
    start(container, &options, Some(words))
}

/// Tells the readers where the build's files are (the folder of `lectern-embed.js`), for the
/// language files they fetch.
#[wasm_bindgen(js_name = setBuildBase)]
pub fn set_build_base(base: String) {
    super::languages::set_build_base(&base);
}

/// Renders a reader into `container`, or hydrates it when `hydrate` holds the words its markup
/// was rendered with (`Some(None)`: English).
fn start(
    container: web_sys::Element,
    options: &JsValue,
    hydrate: Option<Option<String>>,
) -> Result<EmbeddedReader, JsError> {
    let words = hydrate
        .clone()
        .flatten()
        .and_then(|text| crate::words::Words::fetched(&text).ok());
    // Quotations the reader opened on the first screen (or the browser revealed) stay open.
    let (initially_open, initially_current) = match hydrate {
        Some(_) => (
            super::page::revealed_quotes(&container).into(),
            super::page::marked_entry(&container),
        ),
        None => Default::default(),
    };
    let props = AppProps {
        hydrating: hydrate.is_some(),
        words,
        initially_open,
        initially_current,
        ..props_from(&container, options)?
    };
    // A reader drawn without Yew (`lectern-draw-wasm`: a post with no published markup) has its
    // conversation in a root of its own, as the prerendered page has: it is hydrated there once
    // the reader is, from the same post and in the same words (rendered, if the root is empty).
    let drawn_comments = hydrate
        .is_some()
        .then(|| container.query_selector(&format!("#{COMMENTS_ROOT_ID}")))
        .and_then(Result::ok)
        .flatten()
        // The conversation's app gets the post parsed; the reader keeps the JSON it was given,
        // so a later `update()` with the same JSON is the same source and reloads nothing.
        .zip(match &props.source {
            PostSource::Json(json) => lectern_format::parse_post(json).ok(),
            _ => None,
        });
    let props = AppProps {
        comments: if drawn_comments.is_some() {
            CommentsPlacement::OwnRoot
        } else {
            CommentsPlacement::Inline
        },
        ..props
    };
    let comments_props = drawn_comments.as_ref().map(|(_, post)| CommentsAppProps {
        post: std::rc::Rc::new(post.clone()),
        root: props.root.clone(),
        words: props
            .words
            .clone()
            .unwrap_or_else(crate::words::Words::english),
    });
    let renderer = yew::Renderer::<App>::with_root_and_props(container.clone(), props);
    let app = if hydrate.is_some() {
        renderer.hydrate()
    } else {
        renderer.render()
    };
    let comments = drawn_comments
        .zip(comments_props)
        .map(|((root, _), props)| {
            let drawn = root.child_element_count() > 0;
            // What the reader typed into the drawn form meanwhile is kept, as on the page.
            if drawn {
                super::early_input::capture(&root);
            }
            let renderer = yew::Renderer::<CommentsApp>::with_root_and_props(root, props);
            if drawn {
                renderer.hydrate()
            } else {
                renderer.render()
            }
        });
    Ok(EmbeddedReader {
        app: Some(app),
        comments,
        container,
    })
}

#[wasm_bindgen]
impl EmbeddedReader {
    /// Applies new options in place: a new post loads, a new theme or threshold re-renders,
    /// and what the reader typed stays.
    pub fn update(&mut self, options: JsValue) -> Result<(), JsError> {
        let props = AppProps {
            // A conversation rendered on its own root stays there.
            comments: if self.comments.is_some() {
                CommentsPlacement::OwnRoot
            } else {
                CommentsPlacement::Inline
            },
            ..props_from(&self.container, &options)?
        };
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
        Ok(())
    }

    /// Unmounts the reader: its listeners, observers and timers go with its components.
    pub fn destroy(&mut self) {
        if let Some(comments) = self.comments.take() {
            comments.destroy();
        }
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        // The host defaults the reader put on its element.
        if let Ok(shadow) = self
            .container
            .get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
        {
            super::settings::clear_host_defaults(&shadow.host());
        }
    }
}

fn props_from(container: &web_sys::Element, options: &JsValue) -> Result<AppProps, JsError> {
    let checked = read_options(options).map_err(|e| JsError::new(&e.to_string()))?;
    let source = match checked.post {
        EmbedPost::Src(src) => PostSource::Url(src.into()),
        EmbedPost::Inline => inline_post(options)?,
    };
    let root = match container.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => Root::shadow(shadow),
        Err(_) => Root::page(),
    };
    Ok(AppProps {
        source,
        root,
        collapse_words: checked.collapse_words,
        text: checked.text,
        signed_in: checked.signed_in,
        lang: checked
            .lang
            .or_else(|| super::languages::language_around(container))
            .map(Into::into),
        ..AppProps::default()
    })
}

/// Checks `options` (a plain object) against the documented names and types.
fn read_options(options: &JsValue) -> Result<EmbedOptions, OptionsError> {
    if !options.is_object() {
        return Err(OptionsError(
            "options must be an object such as { src: \"post.json\" }".to_owned(),
        ));
    }
    let names: Vec<String> = js_sys::Object::keys(options.unchecked_ref())
        .iter()
        .filter_map(|key| key.as_string())
        .collect();
    check_names(names.iter().map(String::as_str))?;
    let get = |name: &str| {
        js_sys::Reflect::get(options, &name.into())
            .ok()
            .filter(|value| !value.is_undefined() && !value.is_null())
    };
    RawEmbedOptions {
        src: get("src").map(given),
        post: get("post").is_some(),
        collapse_words: get("collapseWords").map(given),
        text_size: get("textSize").map(given),
        line_width: get("lineWidth").map(given),
        line_spacing: get("lineSpacing").map(given),
        font: get("font").map(given),
        theme: get("theme").map(given),
        reader_settings: get("readerSettings").map(given),
        commenter: get("commenter").map(given),
        rest_nonce: get("restNonce").map(given),
        lang: get("lang").map(given),
    }
    .check()
}

/// Reduces a JavaScript value to what the option checks look at.
fn given(value: JsValue) -> GivenOption {
    if let Some(text) = value.as_string() {
        return GivenOption::Text(text);
    }
    if let Some(number) = value.as_f64() {
        return GivenOption::Number(number);
    }
    if let Some(flag) = value.as_bool() {
        return GivenOption::Flag(flag);
    }
    GivenOption::Other(if js_sys::Array::is_array(&value) {
        "an array"
    } else if value.is_function() {
        "a function"
    } else if value.is_object() {
        "an object"
    } else {
        "a value of another kind"
    })
}

/// The `post` option: a string is JSON text; an object is taken as the JSON tree it is.
fn inline_post(options: &JsValue) -> Result<PostSource, JsError> {
    let post = js_sys::Reflect::get(options, &"post".into())
        .map_err(|_| JsError::new("Lectern: option `post` cannot be read"))?;
    if let Some(text) = post.as_string() {
        return Ok(PostSource::Json(text.into()));
    }
    let tree = json_tree(&post, 0)
        .map_err(|why| JsError::new(&format!("Lectern: option `post` {why}")))?;
    Ok(PostSource::Tree(std::rc::Rc::new(tree)))
}

/// Deeper than this, an object is taken to refer to itself (JSON has no cycles).
const MAX_DEPTH: usize = 256;

/// A JavaScript value as the JSON tree `JSON.stringify` would write: members that are
/// `undefined` or functions are left out, numbers are written as JavaScript writes them.
fn json_tree(value: &JsValue, depth: usize) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err(format!(
            "is nested more than {MAX_DEPTH} levels deep (or refers to itself)"
        ));
    }
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(flag) = value.as_bool() {
        return Ok(Value::Bool(flag));
    }
    if let Some(text) = value.as_string() {
        return Ok(Value::String(text));
    }
    if let Some(number) = value.as_f64() {
        // JavaScript writes the number (no float formatting in the wasm); like JSON.stringify,
        // NaN and the infinities become null.
        let written = js_sys::Number::from(number)
            .to_string(10)
            .ok()
            .and_then(|t| t.as_string());
        return match written {
            Some(text) if number.is_finite() => Ok(Value::Number(text)),
            _ => Ok(Value::Null),
        };
    }
    if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        return array
            .iter()
            .map(|item| json_tree(&item, depth + 1))
            .collect::<Result<_, _>>()
            .map(Value::Array);
    }
    if value.is_function() {
        return Ok(Value::Null);
    }
    let object: &js_sys::Object = value.unchecked_ref();
    let mut members = Vec::new();
    for entry in js_sys::Object::entries(object).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let (name, item) = (pair.get(0), pair.get(1));
        if item.is_undefined() || item.is_function() {
            continue;
        }
        members.push((
            name.as_string().unwrap_or_default(),
            json_tree(&item, depth + 1)?,
        ));
    }
    Ok(Value::Object(members))
}
