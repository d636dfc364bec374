//! The wasm entry: install the panic report, then mount the app on the page's `#lectern` element.
//! A page without one is hosting embedded readers: `lectern-embed.js` mounts those itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    lectern::browser::panic::install_panic_hook();
    let Some(root) = gloo::utils::document().get_element_by_id("lectern") else {
        return;
    };
    // The offline edition carries its post inside the page; the app page fetches one.
    let source = lectern::browser::page::inline_post()
        .map(|json| lectern::PostSource::Json(json.into()))
        .unwrap_or_default();
    let props = lectern::AppProps {
        source,
        ..Default::default()
    };
    yew::Renderer::<lectern::App>::with_root_and_props(root, props).render();
}

/// Natively there is nothing to run yet: the reader is built for the browser with Trunk.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lectern runs in the browser: use scripts/serve.sh, or trunk build --release");
    std::process::exit(2);
}
