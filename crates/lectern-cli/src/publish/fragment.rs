//! A published post as a fragment to paste into any page: `<lectern-reader>` with the post's
//! markup already inside, in a declarative shadow root (`<template shadowrootmode="open">`), so
//! it reads before and without the wasm, styled and isolated from the host page; the embed script
//! then hydrates it like the main page (docs/embedding.md).

use super::meta::attribute;
use crate::prerender::{post_attribute, post_words, render_embed, script_safe_json};

/// The fragment for the post `json` published as `posts/<stem>.json`. Addresses are relative to
/// the site, or absolute under `base` (the site's address) — needed when the fragment is pasted
/// into a page elsewhere.
pub fn embed_fragment(json: &str, stem: &str, base: Option<&str>) -> String {
    let at = |path: &str| match base {
        Some(base) => format!("{}/{path}", base.trim_end_matches('/')),
        None => format!("./{path}"),
    };
    format!(
        "<!-- A Lectern reader with its post inside: paste it into any page (docs/embedding.md). -->\n<lectern-reader src=\"{src}\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{css}\" /><div class=\"lectern-embed\" data-prerendered{post_id}>{markup}</div><script type=\"application/json\" class=\"lectern-post\">{data}</script>{words}</template></lectern-reader>\n<script type=\"module\" src=\"{script}\"></script>\n",
        src = attribute(&at(&format!("posts/{stem}.json"))),
        css = attribute(&at("lectern-embed.css")),
        markup = render_embed(json),
        post_id = post_attribute(json),
        data = script_safe_json(json),
        words = post_words(json)
            .map(|text| format!(
                "<script type=\"text/plain\" class=\"lectern-words\">{text}</script>"
            ))
            .unwrap_or_default(),
        script = attribute(&at("lectern-embed.js")),
    )
}
