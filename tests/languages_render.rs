//! A post in each of Lectern's languages is rendered (as the prerenderer renders it) without one
//! English word of Lectern's own: every piece of English wording the English render shows,
//! where the language says it differently, is absent from that language's render.
#![cfg(not(target_arch = "wasm32"))]

use lectern::components::{App, AppProps, PostSource};
use lectern::words::{LANGUAGES, Words};

/// A post with something of everything Lectern words: a byline and date, a long quotation
/// (folded), notes, a table, a thread with replies, the reply form.
fn post(lang: &str) -> String {
    let long = "lorem ipsum dolor sit amet ".repeat(60);
    format!(
        r#"{{"format": "lectern/post@1", "id": "p-{lang}", "title": "Tellus", "lang": "{lang}",
        "published": "2017-09-12", "author": {{"name": "Ada"}},
        "sections": [
          {{"id": "a", "title": "Alpha", "blocks": [
            {{"type": "paragraph", "text": ["Lorem ipsum", {{"text": "1", "note": "n1"}}, "."]}},
            {{"type": "quote", "source": {{"name": "Varro", "author": "Marcus"}}, "blocks": [{{"type": "paragraph", "text": "{long}"}}]}},
            {{"type": "table", "caption": "Tabula", "head": ["A", "B"], "rows": [["1", "2"]]}}]}},
          {{"id": "b", "title": "Beta", "blocks": [
            {{"type": "quote", "source": {{"name": "Cato"}}, "blocks": [{{"type": "paragraph", "text": "Carthago delenda est."}}]}},
            {{"type": "paragraph", "text": "Dolor sit amet."}}]}}],
        "notes": [{{"id": "n1", "blocks": [{{"type": "paragraph", "text": "Nota bene."}}]}}],
        "comments": [
          {{"id": "1", "author": {{"name": "Ann"}}, "published": "2017-09-13", "blocks": [{{"type": "paragraph", "text": "Salve."}}]}},
          {{"id": "2", "parent": "1", "author": {{"name": "Bo"}}, "blocks": [{{"type": "paragraph", "text": "Vale."}}]}},
          {{"id": "3", "parent": "2", "blocks": [{{"type": "paragraph", "text": "Ave."}}]}}]}}"#
    )
}

fn render(lang: &str) -> String {
    let props = AppProps {
        source: PostSource::Json(post(lang).into()),
        ..AppProps::default()
    };
    let html =
        futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).render());
    // Markup out, entities decoded enough for the words compared here.
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    // What assistive technology says: the accessible names.
    let attributes: String = html
        .split("aria-label=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect::<Vec<_>>()
        .join(" ");
    format!("{text} {attributes}")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
}

/// The literal pieces of a template (between its `{values}`) long enough to mean something.
fn pieces(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    loop {
        let (piece, after) = match rest.find('{') {
            Some(open) => (
                &rest[..open],
                rest[open..].find('}').map(|c| &rest[open + c + 1..]),
            ),
            None => (rest, None),
        };
        let piece = piece.trim();
        if piece.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            out.push(piece.to_owned());
        }
        match after {
            Some(after) => rest = after,
            None => break,
        }
    }
    out
}

#[test]
fn a_post_in_each_language_shows_no_english_word_of_lecterns_own() {
    let english_page = render("en");
    let english = Words::english();
    assert!(
        english_page.contains("Leave a Reply"),
        "the English render has the reply form"
    );
    assert!(english_page.contains("3 thoughts on"), "and the thread");
    for lang in LANGUAGES.iter().filter(|l| **l != "en") {
        let page = render(lang);
        let words = Words::built_in(lang).expect("built in natively");
        let mut shown = 0;
        for key in english.keys() {
            for piece in pieces(english.get(key)) {
                if !english_page.contains(&piece) {
                    continue;
                }
                // Words a language shares with English ("Name", "Permalink", Italian's "Note")
                // are its own too.
                if words.keys().any(|own| words.get(own).contains(&piece)) {
                    continue;
                }
                shown += 1;
                assert!(
                    !page.contains(&piece),
                    "{lang}: “{piece}” ({key}) is English"
                );
            }
        }
        assert!(
            shown > 40,
            "{lang}: the check compared the page's words ({shown})"
        );
        assert!(
            page.contains(words.get("composer.leave-reply")),
            "{lang}: its own words are there"
        );
    }
}
