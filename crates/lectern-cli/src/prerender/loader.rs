//! The prerendered page's app loader. Trunk puts a module script and preload links for the JS
//! and wasm in the head, so their downloads start with the page's and share a slow link with the
//! HTML and the stylesheet that the first paint waits for. A prerendered post is readable (links,
//! folded quotations) before any script runs, so here the app is fetched after the first paint
//! instead. The loader is a file of its own, not an inline script, so a page served with a
//! strict Content-Security-Policy (`script-src 'self'`) runs it (docs/security.md); the wasm is
//! fetched with Trunk's integrity hash. (Trunk's hashes for the JS modules travel in an inline
//! import map, which such a policy refuses; those modules come from the page's own origin.)

use super::{CLIENT_POST_CLASS, PrerenderError};
use lectern::browser::page::APP_ROOT_ID;

/// One file Trunk's loader fetches, with its subresource-integrity hash when Trunk gave one.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fetched {
    href: String,
    integrity: Option<String>,
}

/// The app loader written next to the page: its file name (named by its content, so a new build
/// is never served an old loader from a cache), its code, and the tag that runs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loader {
    /// `lectern-loader-<hash>.js`.
    pub file_name: String,
    /// The module's JavaScript.
    pub code: String,
    /// `<script type="module" src="./lectern-loader-<hash>.js"></script>`, for the end of the body.
    pub tag: String,
}

/// Removes Trunk's loader (its inline module script, import map and preload links) from `head`
/// and returns the head without it, and the loader file that replaces it.
pub fn deferred_loader(head: &str) -> Result<(String, Loader), PrerenderError> {
    let missing = |what: &str| PrerenderError(format!("index.html: Trunk's loader has no {what}"));
    let mut head = head.to_owned();
    let script = take(&mut head, "<script type=\"module\">", "</script>")
        .into_iter()
        .next()
        .ok_or_else(|| missing("<script type=\"module\">"))?;
    take(&mut head, "<script type=\"importmap\">", "</script>");
    let links: Vec<Fetched> = [
        take(&mut head, "<link rel=\"modulepreload\"", ">"),
        take(&mut head, "<link rel=\"preload\"", ">"),
    ]
    .concat()
    .iter()
    .filter_map(|tag| {
        Some(Fetched {
            href: attribute(tag, "href")?,
            integrity: attribute(tag, "integrity"),
        })
    })
    .collect();
    let js = quoted_after(&script, "from '").ok_or_else(|| missing("import of the app's JS"))?;
    let wasm =
        quoted_after(&script, "module_or_path: '").ok_or_else(|| missing("path to the wasm"))?;
    let reader = Fetched {
        integrity: links
            .iter()
            .find(|link| link.href == wasm)
            .and_then(|link| link.integrity.clone()),
        href: wasm,
    };
    let first_screen = FirstScreen::among(&links);
    let code = loader_code(&js, &reader, first_screen.as_ref());
    let file_name = format!("lectern-loader-{:016x}.js", fnv1a(code.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"./{file_name}\"></script>\n");
    Ok((
        head,
        Loader {
            file_name,
            code,
            tag,
        },
    ))
}

/// The first screen's module and wasm (`scripts/build/first-screen.mjs` declares them in the
/// head as preload links named `lectern-first-<hash>`), when the reader was built with it.
struct FirstScreen {
    js: String,
    wasm: Fetched,
}

impl FirstScreen {
    fn among(links: &[Fetched]) -> Option<Self> {
        let named = |suffix: &str| {
            links.iter().find(|link| {
                link.href.starts_with("./lectern-first-") && link.href.ends_with(suffix)
            })
        };
        Some(FirstScreen {
            js: named(".js")?.href.clone(),
            wasm: named(".wasm")?.clone(),
        })
    }
}

/// `fetch(…)` of `file`, checked against its integrity hash when it has one.
fn fetch_of(file: &Fetched) -> String {
    match &file.integrity {
        Some(hash) => format!(
            "fetch({}, {{ integrity: {} }})",
            json_string(&file.href),
            json_string(hash)
        ),
        None => format!("fetch({})", json_string(&file.href)),
    }
}

/// The loader's JavaScript: after the first paint, the first screen when the build has one
/// (it makes the article live and calls `loadReader` when a reader needs the full reader),
/// else the full reader at once, as a page asked for another post (`?post=`) always does.
fn loader_code(js: &str, reader: &Fetched, first_screen: Option<&FirstScreen>) -> String {
    let mut code = format!(
        "// The post is readable already: load scripts after the first paint (or soon after, in a\n\
         // tab that is not painting), so their download never slows the page's own. A page asked\n\
         // for another post (?post=) has nothing to paint first: it loads the reader at once.\n\
         const clientPost = document.documentElement.classList.contains('{CLIENT_POST_CLASS}');\n\
         if (!clientPost)\n\
         \x20 await new Promise((go) => {{ requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 500); }});\n\
         const loadReader = () => import({}).then((app) => app.default({{ module_or_path: {} }}));\n",
        json_string(js),
        fetch_of(reader),
    );
    match first_screen {
        None => code.push_str("await loadReader();\n"),
        Some(first) => code.push_str(&format!(
            "// The page registers the service worker itself: a reader who only reads never runs the\n\
             // full reader, and still finds the post (and the conversation's code) offline next time.\n\
             // A new version of the site waiting wakes the full reader, which offers it.\n\
             let first = null;\n\
             let updateWaiting = false;\n\
             const offline = document.querySelector('meta[name=\"lectern-offline\"]');\n\
             if (offline && 'serviceWorker' in navigator)\n\
             \x20 navigator.serviceWorker.register(offline.content, {{ scope: './' }}).then((reg) => {{\n\
             \x20   const waiting = () => {{ if (reg.waiting && navigator.serviceWorker.controller) {{ updateWaiting = true; first?.wake(); }} }};\n\
             \x20   waiting();\n\
             \x20   reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', waiting));\n\
             \x20 }}).catch(() => {{}});\n\
             const root = document.getElementById('{APP_ROOT_ID}');\n\
             if (clientPost || !root) {{\n\
             \x20 await loadReader();\n\
             }} else {{\n\
             \x20 try {{\n\
             \x20   first = await import({});\n\
             \x20   await first.default({{ module_or_path: {} }});\n\
             \x20 }} catch {{\n\
             \x20   first = null;\n\
             \x20 }}\n\
             \x20 // Without the first screen (it failed to load or to start), the full reader at once.\n\
             \x20 let started = false;\n\
             \x20 try {{\n\
             \x20   if (first) {{ first.start(root, loadReader); started = true; }}\n\
             \x20 }} catch {{\n\
             \x20   started = false;\n\
             \x20 }}\n\
             \x20 if (!started) await loadReader();\n\
             \x20 else if (updateWaiting) first.wake();\n\
             }}\n",
            json_string(&first.js),
            fetch_of(&first.wasm),
        )),
    }
    code
}

/// FNV-1a, 64 bits: a content hash for a file name (not a security measure).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Removes every `open … close` tag from `text` and returns them.
fn take(text: &mut String, open: &str, close: &str) -> Vec<String> {
    let mut taken = Vec::new();
    while let Some(start) = text.find(open) {
        let Some(end) = text[start..].find(close).map(|at| start + at + close.len()) else {
            break;
        };
        taken.push(text[start..end].to_owned());
        text.replace_range(start..end, "");
    }
    taken
}

/// The value of `name="…"` in a tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    quoted_after(tag, &format!(" {name}=\"")).or_else(|| quoted_after(tag, &format!(" {name}='")))
}

/// The text between `prefix` (which ends with the opening quote) and the matching quote.
fn quoted_after(text: &str, prefix: &str) -> Option<String> {
    let quote = prefix.chars().last()?;
    let start = text.find(prefix)? + prefix.len();
    let len = text[start..].find(quote)?;
    Some(text[start..start + len].to_owned())
}

/// A JSON (and so JavaScript) string literal.
pub(crate) fn json_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"<head><link rel="stylesheet" href="./main.css"/>
<script type="module">
import init, * as bindings from './lectern-1.js';
const wasm = await init({ module_or_path: './lectern-1_bg.wasm' });
</script>
<link rel="modulepreload" href="./lectern-1.js" crossorigin="anonymous" integrity="sha384-J"><link rel="modulepreload" href="./snippets/s/offline.js" crossorigin="anonymous" integrity="sha384-S"><link rel="preload" href="./lectern-1_bg.wasm" crossorigin="anonymous" integrity="sha384-W" as="fetch" type="application/wasm"></head>"#;

    #[test]
    fn replaces_trunks_loader_with_a_file_that_keeps_the_wasm_hash() {
        let head = HEAD.replace(
            "<link rel=\"modulepreload\"",
            "<script type=\"importmap\">{}</script><link rel=\"modulepreload\"",
        );
        let (head, loader) = deferred_loader(&head).unwrap_or_else(|e| panic!("{e}"));
        assert!(!head.contains("<script") && !head.contains("preload"));
        assert!(head.contains(r#"<link rel="stylesheet" href="./main.css"/>"#));
        assert!(loader.code.contains(r#"import("./lectern-1.js")"#));
        assert!(
            loader.code.contains("await loadReader();") && !loader.code.contains(".start("),
            "without a first screen the reader loads at once"
        );
        assert!(
            loader
                .code
                .contains(r#"fetch("./lectern-1_bg.wasm", { integrity: "sha384-W" })"#)
        );
        assert!(
            loader.file_name.starts_with("lectern-loader-") && loader.file_name.ends_with(".js")
        );
        assert_eq!(
            loader.tag,
            format!(
                "<script type=\"module\" src=\"./{}\"></script>\n",
                loader.file_name
            )
        );
        let (_, other) = deferred_loader(&HEAD.replace("sha384-W", "sha384-V"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(
            other.file_name, loader.file_name,
            "a new loader gets a new name"
        );
    }

    #[test]
    fn a_build_with_a_first_screen_starts_it_and_loads_the_reader_on_demand() {
        let head = HEAD.replace(
            "</head>",
            "<link rel=\"modulepreload\" href=\"./lectern-first-9.js\" integrity=\"sha384-F\" data-first-screen>\n\
             <link rel=\"preload\" href=\"./lectern-first-9_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin integrity=\"sha384-G\" data-first-screen>\n</head>",
        );
        let (head, loader) = deferred_loader(&head).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !head.contains("lectern-first"),
            "its links leave the head: {head}"
        );
        assert!(
            loader
                .code
                .contains(r#"await import("./lectern-first-9.js")"#)
        );
        assert!(
            loader
                .code
                .contains(r#"fetch("./lectern-first-9_bg.wasm", { integrity: "sha384-G" })"#)
        );
        assert!(loader.code.contains("first.start(root, loadReader)"));
        assert!(
            loader
                .code
                .contains(r#"fetch("./lectern-1_bg.wasm", { integrity: "sha384-W" })"#),
            "the reader is still loaded with its hash"
        );
    }

    #[test]
    fn a_changed_trunk_output_fails_the_build() {
        let error = deferred_loader("<head></head>").err();
        assert_eq!(
            error.map(|e| e.0),
            Some("index.html: Trunk's loader has no <script type=\"module\">".to_owned())
        );
    }
}
