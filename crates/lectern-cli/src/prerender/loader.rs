//! The prerendered page's app loader. Trunk puts a module script and preload links for the JS
//! and wasm in the head, so their downloads start with the page's and share a slow link with the
//! HTML and the stylesheet that the first paint waits for. A prerendered post is readable (links,
//! folded quotations) before any script runs, so here the app is fetched after the first paint
//! instead. The loader is a file of its own, not an inline script, so a page served with a
//! strict Content-Security-Policy (`script-src 'self'`) runs it (docs/security.md); the wasm is
//! fetched with Trunk's integrity hash. (Trunk's hashes for the JS modules travel in an inline
//! import map, which such a policy refuses; those modules come from the page's own origin.)

use super::{CLIENT_POST_CLASS, PrerenderError};

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
    let wasm_integrity = links
        .iter()
        .find(|link| link.href == wasm)
        .and_then(|link| link.integrity.clone());
    let wasm_request = match wasm_integrity {
        Some(hash) => format!(
            "fetch({}, {{ integrity: {} }})",
            json_string(&wasm),
            json_string(&hash)
        ),
        None => format!("fetch({})", json_string(&wasm)),
    };
    let code = format!(
        "// The post is readable already: load the app after the first paint (or soon after, in a\n\
         // tab that is not painting), so its download never slows the page's own. A page asked\n\
         // for another post (?post=) has nothing to paint first: load at once.\n\
         if (!document.documentElement.classList.contains('{CLIENT_POST_CLASS}'))\n\
         \x20 await new Promise((go) => {{ requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 500); }});\n\
         const app = await import({});\n\
         await app.default({{ module_or_path: {wasm_request} }});\n",
        json_string(&js),
    );
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
        assert!(loader.code.contains(r#"await import("./lectern-1.js")"#));
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
    fn a_changed_trunk_output_fails_the_build() {
        let error = deferred_loader("<head></head>").err();
        assert_eq!(
            error.map(|e| e.0),
            Some("index.html: Trunk's loader has no <script type=\"module\">".to_owned())
        );
    }
}
