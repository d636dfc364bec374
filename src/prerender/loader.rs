//! The prerendered page's app loader. Trunk puts a module script and preload links for the JS
//! and wasm in the head, so their downloads start with the page's and share a slow link with the
//! HTML and the stylesheet that the first paint waits for. A prerendered post is readable (links,
//! folded quotations) before any script runs, so here the app is fetched after the first paint
//! instead, with the same integrity hashes: an import map carries them for the JS modules, and
//! the wasm is fetched with its own.

use super::{CLIENT_POST_CLASS, PrerenderError};

/// One file Trunk's loader fetches, with its subresource-integrity hash when Trunk gave one.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fetched {
    href: String,
    integrity: Option<String>,
}

/// Removes Trunk's loader (its inline module script and preload links) from `head` and returns
/// the head without it, and the tags that replace it (for the end of the body).
pub fn deferred_loader(head: &str) -> Result<(String, String), PrerenderError> {
    let missing = |what: &str| PrerenderError(format!("index.html: Trunk's loader has no {what}"));
    let mut head = head.to_owned();
    let script = take(&mut head, "<script type=\"module\">", "</script>")
        .into_iter()
        .next()
        .ok_or_else(|| missing("<script type=\"module\">"))?;
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
    let integrity_of = |href: &str| {
        links
            .iter()
            .find(|link| link.href == href)
            .and_then(|link| link.integrity.clone())
    };
    let modules: Vec<String> = links
        .iter()
        .filter(|link| link.href.ends_with(".js"))
        .filter_map(|link| {
            let hash = link.integrity.as_deref()?;
            Some(format!("{}:{}", json_string(&link.href), json_string(hash)))
        })
        .collect();
    let wasm_request = match integrity_of(&wasm) {
        Some(hash) => format!(
            "fetch({}, {{ integrity: {} }})",
            json_string(&wasm),
            json_string(&hash)
        ),
        None => format!("fetch({})", json_string(&wasm)),
    };
    let tags = format!(
        "<script type=\"importmap\">{{\"integrity\":{{{}}}}}</script>\n\
         <script type=\"module\">\n\
         // The post is readable already: load the app after the first paint (or soon after, in a\n\
         // tab that is not painting), so its download never slows the page's own. A page asked\n\
         // for another post (?post=) has nothing to paint first: load at once.\n\
         if (!document.documentElement.classList.contains('{CLIENT_POST_CLASS}'))\n\
         \x20 await new Promise((go) => {{ requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 500); }});\n\
         const app = await import({});\n\
         await app.default({{ module_or_path: {wasm_request} }});\n\
         </script>\n",
        modules.join(","),
        json_string(&js),
    );
    Ok((head, tags))
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
fn json_string(text: &str) -> String {
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
    fn replaces_trunks_loader_keeping_every_hash() {
        let (head, tags) = deferred_loader(HEAD).unwrap_or_default();
        assert!(!head.contains("<script") && !head.contains("preload"));
        assert!(head.contains(r#"<link rel="stylesheet" href="./main.css"/>"#));
        assert!(tags.contains(
            r#"{"integrity":{"./lectern-1.js":"sha384-J","./snippets/s/offline.js":"sha384-S"}}"#
        ));
        assert!(tags.contains(r#"await import("./lectern-1.js")"#));
        assert!(tags.contains(r#"fetch("./lectern-1_bg.wasm", { integrity: "sha384-W" })"#));
        assert!(tags.find("importmap") < tags.find("type=\"module\""));
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
