//! Prerenders a post into a built page: `prerender <post.json> <index.html> <published-at>`.
//! The release build's post-build hook runs it on the seed post (see scripts/post-build.mjs).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [post, page, published_at] = args.as_slice() else {
        eprintln!("usage: prerender <post.json> <index.html> <published-at>");
        std::process::exit(2);
    };
    if let Err(problem) = run(post, page, published_at) {
        eprintln!("prerender: {problem}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run(post: &str, page: &str, published_at: &str) -> Result<(), String> {
    let json = std::fs::read_to_string(post).map_err(|e| format!("{post}: {e}"))?;
    // Refuse to prerender a post the reader would refuse: the page must never ship an error.
    let parsed = lectern::model::parse_post(&json).map_err(|e| format!("{post}: {e}"))?;
    let html = std::fs::read_to_string(page).map_err(|e| format!("{page}: {e}"))?;
    let app = lectern::prerender::render_app(&json, published_at);
    let (filled, loader) =
        lectern::prerender::fill_page(&html, &app, &json, published_at).map_err(|e| e.0)?;
    let folder = std::path::Path::new(page)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    let loader_path = folder.join(&loader.file_name);
    std::fs::write(&loader_path, &loader.code)
        .map_err(|e| format!("{}: {e}", loader_path.display()))?;
    let filled = lectern::prerender::set_document_meta(
        &filled,
        &parsed.title,
        parsed.lang.as_deref().unwrap_or("en"),
    );
    std::fs::write(page, filled).map_err(|e| format!("{page}: {e}"))?;
    println!(
        "prerender: {post} into {page} ({} bytes of markup)",
        app.len()
    );
    Ok(())
}

/// The prerenderer runs at build time on the build machine, never in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
