//! The offline edition: one self-contained HTML file (markup, CSS, JavaScript, wasm and the post,
//! all inlined) that opens from disk with a double-click and reads fully, composer included.
//! Made from a finished release build, so it runs exactly the code that was deployed. It carries
//! its own Content-Security-Policy (a file from disk has no headers): its inline scripts and
//! styles by hash, nothing else (docs/security.md).

use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

use super::meta::{attribute, text};
use crate::prerender::script_safe_json;
use lectern_format::Post;

/// What the edition is made of, from the build.
pub struct BuildFiles {
    /// The wasm-bindgen module (`lectern-<hash>.js`).
    pub bindgen: String,
    /// The wasm (`lectern-<hash>_bg.wasm`).
    pub wasm: String,
    /// The stylesheet (`main-<hash>.css`).
    pub css: String,
}

/// The one top-level file of `dir` that `matches`, or why there is not exactly one.
fn find_one(dir: &Path, what: &str, matches: impl Fn(&str) -> bool) -> Result<String, String> {
    let names: Vec<String> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| matches(n))
        .collect();
    match names.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!("{}: no {what}", dir.display())),
        many => Err(format!(
            "{}: several {what}: {}",
            dir.display(),
            many.join(", ")
        )),
    }
}

fn hashed(name: &str, prefix: &str, suffix: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(suffix))
        .is_some_and(|hash| !hash.is_empty() && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The wasm-bindgen module, its wasm and the stylesheet that Trunk wrote (hashed names).
pub fn build_files(dir: &Path) -> Result<BuildFiles, String> {
    Ok(BuildFiles {
        bindgen: find_one(dir, "wasm-bindgen module (lectern-<hash>.js)", |n| {
            hashed(n, "lectern-", ".js")
        })?,
        wasm: find_one(dir, "wasm (lectern-<hash>_bg.wasm)", |n| {
            hashed(n, "lectern-", "_bg.wasm")
        })?,
        css: find_one(dir, "stylesheet (main-<hash>.css)", |n| {
            hashed(n, "main-", ".css")
        })?,
    })
}

/// A snippet module's code as a scope of its own, and the names it exports.
fn snippet_scope(source: &str, path: &str) -> Result<(String, Vec<String>), String> {
    let mut names = Vec::new();
    let mut body = String::with_capacity(source.len());
    for line in source.lines() {
        let declaration = line.strip_prefix("export ").filter(|rest| {
            ["function ", "async function ", "const ", "let ", "class "]
                .iter()
                .any(|k| rest.starts_with(k))
        });
        match declaration {
            Some(rest) => {
                let after = rest
                    .trim_start_matches("async ")
                    .trim_start_matches("function")
                    .trim_start_matches('*')
                    .trim_start_matches("const ")
                    .trim_start_matches("let ")
                    .trim_start_matches("class ")
                    .trim_start();
                let name: String = after
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
                    .collect();
                names.push(name);
                body.push_str(rest);
            }
            None if line.trim_start().starts_with("export ") || line.starts_with("import ") => {
                return Err(format!(
                    "{path}: an import or export the edition cannot inline: {line}"
                ));
            }
            None => body.push_str(line),
        }
        body.push('\n');
    }
    Ok((body, names))
}

/// The wasm-bindgen module as one inline module script: each snippet it imports is inlined in a
/// scope of its own (no `data:` imports, which the edition's policy does not allow), and it
/// starts the wasm from inlined bytes.
fn inline_module(dir: &Path, files: &BuildFiles) -> Result<String, String> {
    let read = |name: &str| {
        fs::read_to_string(dir.join(name)).map_err(|e| format!("{}: {e}", dir.join(name).display()))
    };
    let code = read(&files.bindgen)?;
    let mut scopes: Vec<(String, String)> = Vec::new();
    let mut lines = Vec::new();
    for line in code.lines() {
        let import = line
            .strip_prefix("import ")
            .and_then(|rest| rest.split_once(" from "))
            .and_then(|(clause, from)| {
                let path = from.trim().trim_end_matches(';').trim_matches(['\'', '"']);
                path.starts_with("./snippets/")
                    .then(|| (clause.trim().to_owned(), path.to_owned()))
            });
        let Some((clause, path)) = import else {
            lines.push(line.to_owned());
            continue;
        };
        let scope = match scopes.iter().position(|(p, _)| *p == path) {
            Some(i) => format!("__lecternSnippet{i}"),
            None => {
                let name = format!("__lecternSnippet{}", scopes.len());
                let (body, exported) = snippet_scope(&read(&path[2..])?, &path)?;
                scopes.push((
                    path.clone(),
                    format!(
                        "const {name} = (() => {{\n{body}\nreturn {{ {} }};\n}})();\n",
                        exported.join(", ")
                    ),
                ));
                name
            }
        };
        let binding = match clause.strip_prefix("* as ") {
            Some(alias) => alias.trim().to_owned(),
            None => clause.replace(" as ", ": "),
        };
        lines.push(format!("const {binding} = {scope};"));
    }
    let code = lines.join("\n");
    if code.contains("from './") || code.contains("from \"./") {
        return Err(format!(
            "{}: imports a file that was not inlined",
            files.bindgen
        ));
    }
    if !code.contains("async function __wbg_init(") {
        return Err(format!("{}: no __wbg_init", files.bindgen));
    }
    let wasm = fs::read(dir.join(&files.wasm)).map_err(|e| format!("{}: {e}", files.wasm))?;
    let prelude: String = scopes.into_iter().map(|(_, scope)| scope).collect();
    Ok(format!(
        "{prelude}{code}\nconst lecternWasm = Uint8Array.from(atob('{}'), (c) => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: lecternWasm }});\n",
        STANDARD.encode(wasm)
    ))
}

fn sha256(text: &str) -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// The edition's own policy: its inline scripts and styles by hash, the wasm compiled, pictures
/// over https, requests only to https sites (a WordPress conversation; an `http:` site by its
/// origin); nothing framed, based or posted.
fn policy(scripts: &[&str], styles: &[&str], post: &Post) -> String {
    let site = post
        .conversation
        .wordpress
        .as_ref()
        .and_then(|w| w.comments.strip_prefix("http://"))
        .map(|rest| format!(" http://{}", rest.split('/').next().unwrap_or("")));
    [
        "default-src 'none'".to_owned(),
        format!(
            "script-src {} 'wasm-unsafe-eval'",
            scripts
                .iter()
                .map(|s| sha256(s))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        format!(
            "style-src {}",
            styles
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| sha256(s))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        "img-src https: data:".to_owned(),
        format!("connect-src https:{}", site.unwrap_or_default()),
        "base-uri 'none'".to_owned(),
        "form-action 'none'".to_owned(),
    ]
    .join("; ")
}

/// The edition of `post` (given as its JSON text too) from the release build in `dir`.
pub fn edition_html(dir: &Path, post: &Post, json: &str) -> Result<String, String> {
    let files = build_files(dir)?;
    let style =
        fs::read_to_string(dir.join(&files.css)).map_err(|e| format!("{}: {e}", files.css))?;
    let print = fs::read_to_string(dir.join("print.css")).unwrap_or_default();
    let icon = find_one(dir, "icon", |n| {
        n.starts_with("favicon") && n.ends_with(".svg")
    })
    .ok()
    .and_then(|name| fs::read(dir.join(name)).ok())
    .map(|svg| {
        format!(
            "<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\" />",
            STANDARD.encode(svg)
        )
    })
    .unwrap_or_default();
    let early = "document.documentElement.classList.add('lectern-js')";
    let module = inline_module(dir, &files)?;
    let policy = policy(&[early, &module], &[&style, &print], post);
    let lang = post.lang.as_deref().unwrap_or("en");
    Ok(format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\" />\n<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<meta name=\"color-scheme\" content=\"light dark\" />\n<meta name=\"generator\" content=\"Lectern offline edition\" />\n<title>{title}</title>\n<script>{early}</script>\n{icon}\n<style>{style}</style>\n<style media=\"print\">{print}</style>\n</head>\n<body>\n<div id=\"lectern\"><noscript><p class=\"load-status\">{needs_script}</p></noscript></div>\n<script type=\"application/json\" id=\"lectern-post\">{data}</script>{words}\n<script type=\"module\">{module}</script>\n</body>\n</html>\n",
        lang = attribute(lang),
        policy = attribute(&policy),
        title = text(&post.title),
        words = crate::prerender::words_script(json),
        needs_script = text(
            lectern::words::Words::built_in(lectern::words::language_of(post.lang.as_deref()))
                .unwrap_or_else(lectern::words::Words::english)
                .get("edition.needs-script")
        ),
        data = script_safe_json(&crate::prerender::compact_json(json))
            .replace('\u{2028}', "\\u2028")
            .replace('\u{2029}', "\\u2029"),
    ))
}

/// Writes the edition of the post file `post_path` to `out` (default
/// `<dir>/offline/<post id>.html`); returns the path written.
pub fn write_edition(dir: &Path, post_path: &Path, out: Option<&Path>) -> Result<PathBuf, String> {
    let json =
        fs::read_to_string(post_path).map_err(|e| format!("{}: {e}", post_path.display()))?;
    let post =
        lectern_format::parse_post(&json).map_err(|e| format!("{}: {e}", post_path.display()))?;
    let html = edition_html(dir, &post, &json)?;
    let target = match out {
        Some(out) => out.to_owned(),
        None => dir
            .join("offline")
            .join(format!("{}.html", super::file_stem(&post.id))),
    };
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(&target, html).map_err(|e| format!("{}: {e}", target.display()))?;
    Ok(target)
}
