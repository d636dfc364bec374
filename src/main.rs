//! The wasm entry: install the panic report, then start the app on the page's `#lectern` element.
//! A prerendered page (the post's markup and JSON already in the HTML) is hydrated in place;
//! otherwise the app renders on the client. A page without `#lectern` is hosting embedded
//! readers: `lectern-embed.js` mounts those itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    use lectern::browser::page;

    page::mark("lectern-start");
    lectern::browser::panic::install_panic_hook();
    let Some(root) = gloo::utils::document().get_element_by_id(page::APP_ROOT_ID) else {
        return;
    };
    let inline = page::inline_post();
    let asks_for_another = page::asks_for_post();
    // The offline edition and the prerendered page carry their post inside the page, and the
    // words of its language when that is not English.
    let props = match &inline {
        Some(post) if !asks_for_another => lectern::AppProps {
            source: lectern::PostSource::Json(post.json.clone().into()),
            published_at: post.published_at.clone().map(Into::into),
            words: page::inline_words().and_then(|text| lectern::words::Words::fetched(&text).ok()),
            ..Default::default()
        },
        _ => lectern::AppProps::default(),
    };
    if inline.is_some() && !asks_for_another && root.has_attribute(page::PRERENDERED_MARK) {
        // Parsed in a task of its own (not the one that compiled the wasm, nor the hydration
        // task), so no one task grows long; a post that does not parse stays JSON and the app
        // reports why.
        gloo::timers::callback::Timeout::new(0, move || hydrate_later(root, props)).forget();
    } else {
        let _ = root.remove_attribute(page::PRERENDERED_MARK);
        root.set_inner_html("");
        yew::Renderer::<lectern::App>::with_root_and_props(root, props).render();
    }
}

/// Parses the prerendered page's post, then hydrates the page with it once the page has loaded.
#[cfg(target_arch = "wasm32")]
fn hydrate_later(root: web_sys::Element, props: lectern::AppProps) {
    use std::rc::Rc;

    use lectern::browser::page;
    use lectern::components::comments_app::COMMENTS_ROOT_ID;

    // The page was rendered with the comments in their own root (see `prerender::render_app`).
    let parsed = match &props.source {
        lectern::PostSource::Json(json) => lectern_format::parse_post(json).ok().map(Rc::new),
        _ => None,
    };
    let props = lectern::AppProps {
        source: match &parsed {
            Some(post) => lectern::PostSource::Parsed(post.clone()),
            None => props.source,
        },
        comments: lectern::CommentsPlacement::OwnRoot,
        hydrating: true,
        ..props
    };
    // The page is readable already; hydrate once the browser has finished loading it, so
    // its own work on the markup (a `#:~:text=` link opening a folded quotation) comes first
    // and is kept (`initially_open`), as is anything the reader typed into the composer.
    page::after_load(move || {
        // The first screen, if it runs, lets go of the page now (not before: it answers the
        // reader until this moment).
        lectern_first::handover::announce_hydrating(&root);
        lectern::browser::early_input::capture(&root);
        let comments_root = root
            .query_selector(&format!("#{COMMENTS_ROOT_ID}"))
            .ok()
            .flatten();
        let props = lectern::AppProps {
            initially_open: page::revealed_quotes(&root).into(),
            initially_current: page::marked_entry(&root),
            ..props
        };
        let words = props.words.clone();
        yew::Renderer::<lectern::App>::with_root_and_props(root, props).hydrate();
        // The conversation in the next task: two shorter tasks instead of one long one.
        let (Some(post), Some(comments_root)) = (parsed, comments_root) else {
            return;
        };
        gloo::timers::callback::Timeout::new(0, move || {
            // Anything typed into the composer since the reader was hydrated is kept too.
            lectern::browser::early_input::capture(&comments_root);
            let props = lectern::CommentsAppProps {
                post,
                root: Default::default(),
                words: words.unwrap_or_else(lectern::words::Words::english),
            };
            yew::Renderer::<lectern::CommentsApp>::with_root_and_props(comments_root, props)
                .hydrate();
        })
        .forget();
    });
}

/// Natively there is nothing to run: the reader is built for the browser with Trunk (pages are
/// prerendered at build time by `lectern-cli publish`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lectern runs in the browser: use scripts/serve.sh, or trunk build --release");
    std::process::exit(2);
}
