//! The reader drawn without Yew (`lectern_draw::reader`, what the first screen of a post with no
//! published markup shows) is the markup Yew's server renderer writes for the same post: the
//! full reader hydrates it, and hydration stops at the first element that differs. Held byte for
//! byte (the components' names in Yew's markers aside, which hydration does not read) for every
//! test post, in every language.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

use std::rc::Rc;

use lectern::components::comments_app::{PLACEHOLDER, PLACEHOLDER_OPEN};
use lectern::components::{
    App, AppProps, CommentsApp, CommentsAppProps, CommentsPlacement, PostSource,
};
use lectern::hooks::Root;
use lectern::words::{LANGUAGES, Words, language_of};
use lectern_format::Post;
use lectern_wordpress::native_html::parse_fragment;

/// What Yew's server renderer writes for an embedded reader hydrated with its conversation in a
/// root of its own, and that conversation's app inside it (as the prerenderer places it).
fn rendered(post: &Rc<Post>, lang: &str, words: &Rc<Words>) -> String {
    let props = AppProps {
        lang: Some(lang.to_owned().into()),
        source: PostSource::Parsed(post.clone()),
        root: Root::embedded_markup(),
        comments: CommentsPlacement::OwnRoot,
        hydrating: true,
        words: Some(words.clone()),
        ..AppProps::default()
    };
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(true);
    let app = futures::executor::block_on(renderer.render());
    let props = CommentsAppProps {
        post: post.clone(),
        root: Root::embedded_markup(),
        words: words.clone(),
    };
    let renderer = yew::LocalServerRenderer::<CommentsApp>::with_props(props).hydratable(true);
    let comments = futures::executor::block_on(renderer.render());
    assert!(
        app.contains(PLACEHOLDER),
        "the reader leaves the conversation's root"
    );
    app.replacen(
        PLACEHOLDER,
        &format!("{PLACEHOLDER_OPEN}{comments}</div>"),
        1,
    )
}

/// `html` with the names in Yew's component markers (`<!--<[name]>-->`) left out.
fn unnamed(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!--<") {
        out.push_str(&rest[..at]);
        let marker = &rest[at..];
        let end = marker.find("-->").map_or(marker.len(), |e| e + 3);
        let body = &marker[5..end.saturating_sub(3).max(5)];
        let (slash, body) = body
            .strip_prefix('/')
            .map_or(("", body), |inner| ("/", inner));
        if body.starts_with('[') && body.ends_with("]>") {
            out.push_str("<!--<");
            out.push_str(slash);
            out.push_str("[]>-->");
        } else {
            out.push_str(&marker[..end]);
        }
        rest = &marker[end..];
    }
    out.push_str(rest);
    out
}

fn drawn(post: &Post, words: &Words) -> String {
    let mut out = lectern_draw::Html::new();
    lectern_draw::reader(&mut out, post, words);
    out.into_string()
}

/// Where the two first differ, with some context, for a failure message.
fn first_difference(left: &str, right: &str) -> String {
    let at = left
        .char_indices()
        .zip(right.chars())
        .find(|((_, a), b)| a != b)
        .map_or(left.len().min(right.len()), |((i, _), _)| i);
    let from = left[..at]
        .char_indices()
        .rev()
        .nth(200)
        .map_or(0, |(i, _)| i);
    let cut = |text: &str| {
        text.get(from..)
            .unwrap_or("")
            .chars()
            .take(500)
            .collect::<String>()
    };
    format!(
        "\n--- Yew wrote:\n{}\n--- drawn:\n{}\n",
        cut(left),
        cut(right)
    )
}

/// A post with something of everything the reader draws: a byline and date, a quotation folded
/// inside a paragraph and one folded between paragraphs, notes cited twice in one block, a
/// table, more blocks than one run holds, a link that is not safe, a right-to-left title.
fn everything() -> String {
    let long = "lorem ipsum dolor sit amet ".repeat(60);
    let many = (0..40)
        .map(|n| format!(r#"{{"type": "paragraph", "text": "Paragraph {n} & <more>."}}"#))
        .collect::<Vec<_>>()
        .join(",");
    format!(
        r#"{{"format": "lectern/post@1", "id": "everything", "title": "Tellus <b>", "subtitle": "Sub",
        "published": "2017-09-12", "author": {{"name": "Ada", "url": "javascript:alert(1)"}},
        "sections": [
          {{"id": "a", "title": "Alpha", "heading": "Alpha & omega", "blocks": [
            {{"type": "paragraph", "text": ["Lorem ipsum", {{"text": "1", "note": "n1"}}, " and ", {{"text": "2", "note": "n2"}}, {{"text": "1", "note": "n1"}}, "."]}},
            {{"type": "quote", "source": {{"name": "Varro", "author": "Marcus", "url": "https://example.com/v"}}, "blocks": [{{"type": "paragraph", "text": "{long}"}}]}},
            {{"type": "quote", "blocks": [{{"type": "paragraph", "text": "{long}"}}, {{"type": "paragraph", "text": "{long}"}}, {{"type": "paragraph", "text": "{long}"}}]}},
            {{"type": "table", "caption": "Tabula", "head": ["A", "B"], "rows": [["1", "2"]]}}]}},
          {{"id": "b", "title": "שלום", "blocks": [{many},
            {{"type": "quote", "source": {{"name": "Cato"}}, "blocks": [{{"type": "paragraph", "text": "Carthago delenda est."}}]}}]}},
          {{"id": "c", "title": "Empty", "blocks": []}}],
        "notes": [{{"id": "n1", "blocks": [{{"type": "paragraph", "text": "Nota bene."}}]}},
                  {{"id": "n2", "blocks": []}}],
        "comments": [
          {{"id": "1", "author": {{"name": "Ann"}}, "published": "2017-09-13", "blocks": [{{"type": "paragraph", "text": "Salve."}}]}}]}}"#
    )
}

/// A post made of the XSS corpus (`tests/fixtures/xss`): each vector as a section's title and
/// heading, a paragraph, a quotation long enough to fold and its source, the post's title and
/// its author's name and address.
fn hostile() -> String {
    let vectors = include_str!("fixtures/xss/h5sc-vectors.txt");
    let payloads: Vec<&str> = vectors
        .split("<div id=\"")
        .skip(1)
        .filter_map(|part| part.split_once("\">").map(|(_, rest)| rest))
        .map(|rest| rest.rsplit_once("</div>").map_or(rest, |(body, _)| body))
        .filter(|payload| !payload.trim().is_empty())
        .collect();
    assert!(payloads.len() > 100, "the corpus is read");
    let long = " words".repeat(150);
    let sections: Vec<serde_json::Value> = payloads
        .iter()
        .enumerate()
        .map(|(i, payload)| {
            serde_json::json!({
                "id": format!("s{i}"),
                "title": payload,
                "heading": format!("{payload} {i}"),
                "blocks": [
                    {"type": "paragraph", "text": payload},
                    {"type": "quote", "source": {"name": payload, "author": payload, "url": "https://example.com/?q=\"<>"},
                     "blocks": [{"type": "paragraph", "text": format!("{payload}{long}")}]},
                ],
            })
        })
        .collect();
    serde_json::json!({
        "format": "lectern/post@1", "id": "hostile", "title": payloads[0],
        "author": {"name": payloads[1], "url": "javascript:alert(1)"},
        "sections": sections,
    })
    .to_string()
}

/// A post whose conversation has something of everything the thread draws: replies nested past
/// the deepest level, a reply whose parent is missing, an anonymous comment, an author's site
/// (and an unsafe one), dates, more top-level comments than one page holds (so a long list and
/// "Show more"); `open` false closes it, `site` reads it from a WordPress site.
fn thread(open: bool, site: bool) -> String {
    let mut comments = Vec::new();
    for i in 0..60 {
        comments.push(serde_json::json!({
            "id": format!("{i}"),
            "author": {"name": format!("Reader <{i}>"), "url": if i % 2 == 0 { "https://example.com/a" } else { "javascript:alert(1)" }},
            "published": "2017-09-13T10:00:00Z",
            "blocks": [{"type": "paragraph", "text": format!("Comment {i} & more.")}],
        }));
    }
    let mut parent = "0".to_owned();
    for depth in 0..7 {
        let id = format!("r{depth}");
        comments.push(serde_json::json!({"id": id, "parent": parent, "author": {"name": ""}, "blocks": [{"type": "paragraph", "text": "A reply."}]}));
        parent = id;
    }
    comments.push(serde_json::json!({"id": "lost", "parent": "nowhere", "blocks": [{"type": "paragraph", "text": "Whose?"}]}));
    let mut post = serde_json::json!({
        "format": "lectern/post@1", "id": format!("thread-{open}-{site}"), "title": "A thread",
        "reader": {"max_depth": 3},
        "sections": [{"id": "s", "title": "S", "blocks": [{"type": "paragraph", "text": "Words."}]}],
        "comments": comments,
        "conversation": {"open": open},
    });
    if site {
        post["conversation"]["wordpress"] = serde_json::json!(
            {"comments": "https://example.com/wp-json/wp/v2/comments", "post": 1}
        );
    }
    post.to_string()
}

/// Every test post: the built-in ones, [`everything`], [`hostile`], a post in Arabic, and real WordPress
/// posts read through the mapping (`tests/fixtures/wordpress`).
fn posts() -> Vec<(String, Rc<Post>)> {
    let parse = |json: &str| Rc::new(lectern_format::parse_post(json).expect("the post parses"));
    let mut posts = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir("static/posts")
        .expect("the built-in posts")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for path in files {
        let json = std::fs::read_to_string(&path).expect("readable");
        posts.push((path.display().to_string(), parse(&json)));
    }
    posts.push(("everything".to_owned(), parse(&everything())));
    posts.push(("hostile".to_owned(), parse(&hostile())));
    posts.push(("thread".to_owned(), parse(&thread(true, false))));
    posts.push(("closed thread".to_owned(), parse(&thread(false, false))));
    posts.push(("a site's thread".to_owned(), parse(&thread(true, true))));
    posts.push((
        "arabic".to_owned(),
        parse(
            r#"{"format": "lectern/post@1", "id": "ar", "title": "مرحبا", "lang": "ar",
            "sections": [{"id": "s", "title": "مرحبا", "blocks": [{"type": "paragraph", "text": "نص."}]}]}"#,
        ),
    ));
    for file in [
        "rest/post-60.json",
        "rest/page-211.json",
        "footnotes/footnotes-rest.json",
    ] {
        let path = format!("tests/fixtures/wordpress/{file}");
        let text = std::fs::read_to_string(&path).expect("readable");
        let post = lectern_wordpress::read_post_text(&text, None, &parse_fragment)
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        posts.push((path, Rc::new(post)));
    }
    posts
}

#[test]
fn the_drawn_reader_is_the_markup_the_full_reader_hydrates() {
    let posts = posts();
    assert!(posts.len() >= 11, "the test posts are found");
    for (name, post) in &posts {
        assert_drawn_as_rendered(name, post, LANGUAGES);
    }
}

/// Holds the drawing of `post` to Yew's render of it: in its own language when it names one
/// (the reader then speaks it, whatever the page's), else in each of `page_languages`.
fn assert_drawn_as_rendered(name: &str, post: &Rc<Post>, page_languages: &[&'static str]) {
    let own = post.lang.as_deref().map(|lang| language_of(Some(lang)));
    let languages = own.as_ref().map_or(page_languages, std::slice::from_ref);
    for &lang in languages {
        let words = Words::built_in(lang).expect("every language is built in natively");
        let expected = unnamed(&rendered(post, lang, &words));
        let got = drawn(post, &words);
        assert!(
            expected == got,
            "{name} in {lang}: {}",
            first_difference(&expected, &got)
        );
    }
}

/// The posts of the WordPress exports in `tests/fixtures/wordpress` (the theme unit test data,
/// the UTF-8 and CDATA edge cases, the footnotes), converted as `lectern-cli import` converts them.
fn exported_posts() -> Vec<(String, Rc<Post>)> {
    use lectern_wordpress::export::content::Attachments;
    use lectern_wordpress::export::item::{Options, Outcome, convert};
    use lectern_wordpress::export::wxr::read_export;
    let mut posts = Vec::new();
    for file in [
        "wxr/a11y-unit-test-data.xml",
        "wxr/wxr-utf-8-challenges.xml",
        "wxr/cdata-edge.xml",
        "wxr/crazy-cdata.xml",
        "wxr/crazy-cdata-escaped.xml",
        "footnotes/footnotes-export.xml",
    ] {
        let path = format!("tests/fixtures/wordpress/{file}");
        let bytes = std::fs::read(&path).expect("readable");
        let mut attachments = Attachments::default();
        read_export(&bytes[..], |_, item| {
            if item.post_type == "attachment" && !item.attachment_url.is_empty() {
                attachments
                    .url_by_id
                    .insert(item.id.clone(), item.attachment_url.clone());
                attachments
                    .by_parent
                    .entry(item.parent.clone())
                    .or_default()
                    .push(item.id.clone());
            }
        })
        .unwrap_or_else(|e| panic!("{path}: {e:?}"));
        read_export(&bytes[..], |channel, item| {
            if let Outcome::Post(converted) =
                convert(&item, channel, &attachments, Options::default())
            {
                posts.push((format!("{path}: {}", item.title), Rc::new(converted.post)));
            }
        })
        .unwrap_or_else(|e| panic!("{path}: {e:?}"));
    }
    posts
}

#[test]
fn real_wordpress_exports_are_drawn_as_yew_renders_them() {
    let posts = exported_posts();
    assert!(
        posts.len() >= 50,
        "the exports' posts are read: {}",
        posts.len()
    );
    for (name, post) in &posts {
        // English, and a right-to-left language with its own digits.
        assert_drawn_as_rendered(name, post, &["en", "ar"]);
    }
}

#[test]
fn the_test_posts_reach_every_part_the_reader_draws() {
    let posts = posts();
    let all: String = posts
        .iter()
        .map(|(_, post)| drawn(post, &Words::english()))
        .collect();
    for part in [
        "quote-cut-head",
        "quote-cut-tail",
        "class=\"quote-rest\"",
        "class=\"sidenote\"",
        "lectern-layout has-notes",
        "class=\"notes\"",
        "<table",
        "dir=\"rtl\"",
        "section-kicker",
        "comment-list--long",
        "button--quiet",
        "comment-note",
        "depth-2",
        "comments-closed",
        "thread-status",
        "rel=\"nofollow ugc noopener\"",
        "Hide 7 replies",
        "<time datetime=\"2017-09-13T10:00:00Z\"",
    ] {
        assert!(all.contains(part), "no test post draws {part}");
    }
    // Hostile text stays text: no element but the reader's own comes out of it, and no
    // address runs script.
    let hostile = scraper::Html::parse_fragment(&drawn(&posts[3].1, &Words::english()));
    for element in hostile
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let name = element.value().name();
        assert!(
            ![
                "script", "img", "iframe", "svg", "meta", "object", "embed", "style"
            ]
            .contains(&name),
            "<{name}> drawn as markup"
        );
        for (attribute, value) in element.value().attrs() {
            assert!(!attribute.starts_with("on"), "{attribute} on <{name}>");
            assert!(
                !value
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("javascript:"),
                "{attribute}={value} on <{name}>"
            );
        }
    }
    let forms = scraper::Selector::parse("form").expect("selector");
    assert_eq!(
        hostile.select(&forms).count(),
        1,
        "the composer's form alone"
    );
    // More blocks than one run holds: a section in two runs.
    let everything = drawn(&posts[2].1, &Words::english());
    assert!(everything.contains("Paragraph 39"));
}
