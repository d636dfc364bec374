//! The wasm entry: install the panic report, then mount the app on the page's `#lectern` element
//! (or `<body>` if the page has none).

#[cfg(target_arch = "wasm32")]
fn main() {
    lectern::browser::panic::install_panic_hook();
    let root = gloo::utils::document().get_element_by_id("lectern");
    match root {
        Some(root) => yew::Renderer::<lectern::App>::with_root(root).render(),
        None => yew::Renderer::<lectern::App>::new().render(),
    };
}

/// Natively there is nothing to run yet: the reader is built for the browser with Trunk.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lectern runs in the browser: use scripts/serve.sh, or trunk build --release");
    std::process::exit(2);
}
