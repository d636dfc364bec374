//! The reader rendered to HTML with Yew's server renderer, then read back as a person would:
//! sections, quotations with their sources, comments, every sentence of the seed; hostile input
//! shown as text and never as markup.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

use std::rc::Rc;

use lectern::{Reader, ReaderProps};
use lectern_format::parse_post;
use scraper::{Html, Selector};

const SEED_JSON: &str = include_str!("../static/posts/syria-russia-turkey-stalin-myth.json");
const SEED_TEXT: &str = include_str!("fixtures/seed.txt");

fn render(json: &str) -> Html {
    let post = Rc::new(parse_post(json).expect("post parses"));
    let renderer = yew::LocalServerRenderer::<Reader>::with_props(ReaderProps {
        post,
        banner: yew::Html::default(),
        header_note: None,
        initially_open: Rc::from(Vec::new()),
        initially_current: 0,
        comments: Default::default(),
        all_at_once: false,
        text: Default::default(),
    });
    Html::parse_document(&futures::executor::block_on(renderer.render()))
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).expect("selector"))
        .collect()
}

fn text_of(element: &scraper::ElementRef<'_>) -> String {
    normalize(&element.text().collect::<String>())
}

/// Collapses all white space (including no-break spaces) to single spaces.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn seed_renders_three_sections_with_toc_links() {
    let doc = render(SEED_JSON);
    let links: Vec<_> = select(&doc, r#"nav[aria-label="Table of contents"] a"#)
        .iter()
        .map(|a| {
            (
                a.value().attr("href").unwrap_or_default().to_owned(),
                text_of(a),
            )
        })
        .collect();
    assert_eq!(
        links,
        [
            ("#syria".to_owned(), "Syria".to_owned()),
            ("#russia-turkey".to_owned(), "Russia–Turkey".to_owned()),
            ("#stalin-myth".to_owned(), "Stalin myth".to_owned()),
        ]
    );
    for id in ["syria", "russia-turkey", "stalin-myth"] {
        let section = select(&doc, &format!("section#{id}"));
        assert_eq!(section.len(), 1, "one section #{id}");
        let labelled_by = section[0]
            .value()
            .attr("aria-labelledby")
            .expect("labelled");
        let heading = select(&doc, &format!("#{labelled_by}"));
        assert!(
            heading[0].value().name() == "h2",
            "#{id} is labelled by its h2"
        );
    }
    let syria_heading = text_of(&select(&doc, "#syria h2")[0]);
    assert!(syria_heading.starts_with("US-backed forces on collision course"));
    let title = text_of(&select(&doc, "h1")[0]);
    assert!(title.starts_with("Syrian Army Close to Liberating Entire Country"));
}

#[test]
fn text_settings_start_closed_with_the_posts_own_look_chosen() {
    let doc = render(SEED_JSON);
    let toggle = select(&doc, ".lectern-side .text-settings-toggle");
    assert_eq!(toggle.len(), 1);
    assert_eq!(text_of(&toggle[0]), "Aa Text settings");
    assert_eq!(toggle[0].value().attr("aria-expanded"), Some("false"));
    let panel = select(&doc, "#text-settings-panel");
    assert_eq!(panel.len(), 1, "the button controls a panel that exists");
    assert!(panel[0].value().attr("hidden").is_some(), "closed at first");
    let checked: Vec<_> = select(&doc, "#text-settings-panel input[checked]")
        .iter()
        .map(|input| input.value().attr("value").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(checked, ["medium", "normal", "serif", "auto"]);
    assert_eq!(
        select(&doc, ".size-value")
            .first()
            .map(text_of)
            .unwrap_or_default(),
        "100%"
    );
}

#[test]
fn every_quotation_is_a_blockquote_with_its_source() {
    let doc = render(SEED_JSON);
    let quotes = select(&doc, "figure.quote");
    let sources: Vec<_> = quotes
        .iter()
        .map(|q| {
            assert_eq!(
                q.children()
                    .filter_map(scraper::ElementRef::wrap)
                    .next()
                    .map(|e| e.value().name()),
                Some("blockquote")
            );
            let caption = q
                .select(&Selector::parse(".quote-source").unwrap())
                .next()
                .expect("attribution");
            text_of(&caption).replace("— Quoted from ", "")
        })
        .collect();
    assert_eq!(
        sources,
        [
            "Press TV",
            "RT",
            "RT",
            "Asia Times",
            "M.K. Bhadrakumar, Indian Punchline",
            "Nikolai Pakhomov, Lobelog",
            "Paul Robinson",
            "Gordon Hahn",
        ]
    );
    let ids: Vec<_> = quotes
        .iter()
        .map(|q| q.value().attr("id").unwrap_or_default())
        .collect();
    assert_eq!(
        ids,
        [
            "syria-q1",
            "syria-q2",
            "syria-q3",
            "syria-q4",
            "russia-turkey-q1",
            "russia-turkey-q2",
            "stalin-myth-q1",
            "stalin-myth-q2"
        ]
    );
    let caption = select(&doc, "#stalin-myth-q1 blockquote figure figcaption");
    assert_eq!(text_of(&caption[0]), "Sretenskii Monastery, Moscow");
    assert!(
        select(&doc, "#stalin-myth-q1 img").is_empty(),
        "no image was invented"
    );
}

#[test]
fn comments_render_under_their_heading() {
    let doc = render(SEED_JSON);
    let heading = text_of(&select(&doc, "#comments-heading")[0]);
    assert!(
        heading.starts_with("2 thoughts on “Syrian Army Close"),
        "{heading}"
    );
    let comments = select(&doc, "#comments li.comment");
    assert_eq!(comments.len(), 2);
    let authors: Vec<_> = select(&doc, ".comment-author")
        .iter()
        .map(text_of)
        .collect();
    assert_eq!(authors, ["Anonymous", "Anonymous"]);
    assert!(
        text_of(&comments[1]).contains("the light seems to be visible at the end of the tunnel")
    );
    assert_eq!(comments[0].value().attr("id"), Some("comment-1"));
}

/// Splits text into sentences at `.`, `?` or `!` followed by a space (good enough to check that
/// nothing was dropped; a missing sentence anywhere fails).
fn sentences(text: &str) -> Vec<String> {
    let text = normalize(text);
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for window in chars.windows(2) {
        let ((i, c), (_, next)) = (window[0], window[1]);
        if matches!(c, '.' | '?' | '!') && next == ' ' {
            out.push(text[start..=i].trim().to_owned());
            start = i + 1;
        }
    }
    out.push(text[start..].trim().to_owned());
    out.into_iter().filter(|s| !s.is_empty()).collect()
}

#[test]
fn every_sentence_of_the_seed_is_on_the_page_in_order() {
    let doc = render(SEED_JSON);
    let page = normalize(&doc.root_element().text().collect::<String>());
    let furniture = [
        "2 thoughts on",
        "Leave a Reply",
        "Your email address will not be published",
    ];
    let mut cursor = 0;
    let mut checked = 0;
    for paragraph in SEED_TEXT
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if furniture.iter().any(|f| paragraph.starts_with(f)) {
            continue;
        }
        // Comment numbers ("1. ", "2. ") are list furniture, not comment text.
        let paragraph = paragraph
            .strip_prefix("1. ")
            .or_else(|| paragraph.strip_prefix("2. "))
            .unwrap_or(paragraph);
        for sentence in sentences(paragraph) {
            let found = page[cursor..].find(&sentence);
            assert!(
                found.is_some(),
                "sentence missing or out of order: {sentence:?}"
            );
            cursor += found.unwrap_or(0) + sentence.len();
            checked += 1;
        }
    }
    assert!(checked > 120, "only {checked} sentences checked");
}

#[test]
fn post_without_optional_fields_still_reads_well() {
    let doc = render(
        r#"{"format": "lectern/post@1", "id": "p", "title": "Bare",
            "sections": [{"id": "only", "title": "Only", "blocks": [{"type": "paragraph", "text": "Hello."}]}]}"#,
    );
    assert_eq!(select(&doc, "section#only p").len(), 1);
    assert_eq!(
        text_of(&select(&doc, "#comments-heading")[0]),
        "No comments yet"
    );
    assert_eq!(
        text_of(&select(&doc, "#lectern-reply-title")[0]),
        "Leave a Reply"
    );
    assert!(select(&doc, ".byline").is_empty() && select(&doc, "header time").is_empty());
    assert_eq!(
        text_of(&select(&doc, ".reading-time")[0]),
        "1 min read · 1 word"
    );
}

#[test]
fn optional_fields_render_when_present() {
    let doc = render(
        r#"{"format": "lectern/post@1", "id": "p", "title": "Full", "subtitle": "Sub",
            "author": {"name": "Ann", "url": "https://ann.example/"}, "published": "2017-09-12",
            "sections": [{"id": "a", "title": "A", "blocks": [
                {"type": "heading", "level": 3, "text": "Deeper"},
                {"type": "list", "ordered": true, "items": ["one", ["two ", {"text": "bold", "strong": true}]]},
                {"type": "figure", "src": "pic.png", "alt": "A picture", "caption": "Cap"},
                {"type": "rule"},
                {"type": "quote", "source": {"name": "Src", "author": "Bo", "url": "https://src.example/a"}, "blocks": [{"type": "paragraph", "text": "Q"}]},
                {"type": "video", "src": "x"}
            ]}],
            "comments": [{"id": "c1", "author": {"name": "Cy", "url": "https://cy.example"}, "published": "2017-09-13T10:00:00Z", "blocks": [{"type": "paragraph", "text": "Hi"}]}]}"#,
    );
    assert_eq!(text_of(&select(&doc, ".post-subtitle")[0]), "Sub");
    assert_eq!(
        select(&doc, ".byline a")[0].value().attr("href"),
        Some("https://ann.example/")
    );
    let time = select(&doc, ".post-header time");
    assert_eq!(
        (time[0].value().attr("datetime"), text_of(&time[0]).as_str()),
        (Some("2017-09-12"), "12 September 2017")
    );
    assert_eq!(select(&doc, "section#a h4.block-heading").len(), 1);
    assert_eq!(text_of(&select(&doc, "ol li strong")[0]), "bold");
    assert_eq!(
        select(&doc, "figure.figure img")[0].value().attr("alt"),
        Some("A picture")
    );
    assert_eq!(select(&doc, "hr").len(), 1);
    let source_link = select(&doc, ".quote-source cite a");
    assert_eq!(
        source_link[0].value().attr("href"),
        Some("https://src.example/a")
    );
    assert_eq!(
        source_link[0].value().attr("rel"),
        Some("noopener noreferrer")
    );
    assert_eq!(
        select(&doc, "blockquote")[0].value().attr("cite"),
        Some("https://src.example/a")
    );
    assert!(text_of(&select(&doc, ".block-unknown")[0]).contains("“video” block"));
    assert_eq!(
        text_of(&select(&doc, ".comment-meta time")[0]),
        "13 September 2017"
    );
}

/// Every hostile payload from the corpus, put in every text field and link, shows as text.
#[test]
fn hostile_input_is_shown_as_text_and_never_runs() {
    let payloads = hostile_payloads();
    assert!(
        payloads.len() > 300,
        "corpus loaded ({} payloads)",
        payloads.len()
    );
    for chunk in payloads.chunks(40) {
        let blocks: Vec<serde_json::Value> = chunk
            .iter()
            .flat_map(|p| {
                [
                    serde_json::json!({"type": "paragraph", "text": [p, {"text": p, "href": p}]}),
                    serde_json::json!({"type": "quote", "source": {"name": p, "author": p, "url": p}, "blocks": [{"type": "paragraph", "text": p}]}),
                    serde_json::json!({"type": "figure", "src": p, "alt": p, "caption": p}),
                    serde_json::json!({"type": p}),
                ]
            })
            .collect();
        let post = serde_json::json!({
            "format": "lectern/post@1", "id": "x", "title": chunk[0], "subtitle": chunk[0],
            "author": {"name": chunk[0], "url": chunk[0]},
            "sections": [{"id": chunk[0], "title": chunk[0], "heading": chunk[0], "blocks": blocks}],
            "comments": [{"id": chunk[0], "author": {"name": chunk[0], "url": chunk[0]}, "blocks": [{"type": "paragraph", "text": chunk[0]}]}]
        });
        let doc = render(&post.to_string());
        assert_no_active_content(&doc);
        let page = normalize(&doc.root_element().text().collect::<String>());
        for payload in chunk {
            assert!(
                page.contains(&normalize(payload)),
                "payload not shown literally: {payload}"
            );
        }
    }
}

/// Only the elements the reader itself makes, no event handlers, no script URLs.
fn assert_no_active_content(doc: &Html) {
    const ALLOWED: &[&str] = &[
        "html",
        "head",
        "body",
        "div",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "ol",
        "ul",
        "li",
        "a",
        "span",
        "main",
        "article",
        "header",
        "section",
        "p",
        "figure",
        "figcaption",
        "blockquote",
        "cite",
        "em",
        "strong",
        "img",
        "hr",
        "time",
        "button",
        "form",
        "input",
        "textarea",
        "label",
        "bdi",
        "aside",
        "fieldset",
        "legend",
        "output",
        "dl",
        "dt",
        "dd",
        "kbd",
        "select",
        "option",
    ];
    for element in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let name = element.value().name();
        assert!(ALLOWED.contains(&name), "unexpected <{name}> element");
        for (attr, value) in element.value().attrs() {
            assert!(
                !attr.starts_with("on"),
                "event handler attribute {attr} on <{name}>"
            );
            if matches!(attr, "href" | "src" | "cite") {
                let squashed: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                for scheme in ["javascript:", "data:", "vbscript:"] {
                    assert!(
                        !squashed.starts_with(scheme),
                        "{attr}={value:?} on <{name}>"
                    );
                }
            }
        }
    }
}

fn hostile_payloads() -> Vec<String> {
    let mut payloads = Vec::new();
    // H5SC: one vector per <div id="N">…</div>.
    let vectors = include_str!("fixtures/xss/h5sc-vectors.txt");
    for part in vectors.split("<div id=\"").skip(1) {
        if let Some((_, rest)) = part.split_once("\">") {
            let body = rest.rsplit_once("</div>").map_or(rest, |(body, _)| body);
            payloads.push(body.to_owned());
        }
    }
    // DOMPurify's fixtures: the "payload" strings (a JS module, so read it line by line).
    for line in include_str!("fixtures/xss/dompurify-expect.mjs").lines() {
        if let Some(raw) = line.trim().strip_prefix("\"payload\": ") {
            let raw = raw.trim_end_matches(',');
            if let Ok(payload) = serde_json::from_str::<String>(raw) {
                payloads.push(payload);
            }
        }
    }
    payloads.push("javascript:alert(1)".to_owned());
    payloads.push(" java\tscript:alert(1)".to_owned());
    payloads
}

#[test]
fn long_quotations_render_folded_but_present() {
    let doc = render(SEED_JSON);
    let rests = select(&doc, ".quote-rest");
    assert_eq!(
        rests.len(),
        7,
        "seven of the eight seed quotations are over 100 words"
    );
    for rest in &rests {
        assert_eq!(rest.value().attr("hidden"), Some("until-found"));
        let id = rest.value().attr("id").unwrap_or_default();
        // A link to the folded text acting as a button: it opens the fold even without script.
        let toggle = select(&doc, &format!("a[role='button'][aria-controls='{id}']"));
        assert_eq!(toggle.len(), 1, "one toggle controls #{id}");
        assert_eq!(
            toggle[0].value().attr("href"),
            Some(format!("#{id}").as_str())
        );
        assert_eq!(toggle[0].value().attr("aria-expanded"), Some("false"));
        assert!(text_of(&toggle[0]).starts_with("Show full quotation ("));
    }
    assert!(
        select(&doc, "#syria-q1 .quote-toggle").is_empty(),
        "the short Press TV quotation never folds"
    );
    assert_eq!(
        select(&doc, ".quote .copy-link").len(),
        8,
        "every quotation has a copy-link control"
    );
}

#[test]
fn the_post_sets_the_folding_threshold() {
    let long = "word ".repeat(60);
    let post = |reader: &str| {
        format!(
            r#"{{"format": "lectern/post@1", "id": "p", "title": "T", {reader}
                "sections": [{{"id": "s", "title": "S", "blocks": [
                    {{"type": "quote", "source": {{"name": "X"}}, "blocks": [{{"type": "paragraph", "text": "{long}"}}]}}]}}]}}"#
        )
    };
    assert!(
        select(&render(&post("")), ".quote-rest").is_empty(),
        "60 words is short by default"
    );
    assert_eq!(
        select(
            &render(&post(r#""reader": {"collapse_words": 40},"#)),
            ".quote-rest"
        )
        .len(),
        1
    );
    let never = render(&post(r#""reader": {"collapse_words": 0},"#));
    assert!(
        select(
            &never,
            r#".quote-rest, .quote-toggle, .reader-tools[aria-label="Quotations"]"#
        )
        .is_empty(),
        "0 turns folding off"
    );
}

#[test]
fn comment_form_has_labelled_fields_and_the_email_notice() {
    let doc = render(SEED_JSON);
    for (id, autocomplete) in [
        ("lectern-author", "name"),
        ("lectern-email", "email"),
        ("lectern-url", "url"),
    ] {
        let input = &select(&doc, &format!("input#{id}"))[0];
        assert_eq!(input.value().attr("autocomplete"), Some(autocomplete));
        assert_eq!(
            select(&doc, &format!("label[for='{id}']")).len(),
            1,
            "label for {id}"
        );
    }
    assert_eq!(select(&doc, "label[for='lectern-comment']").len(), 1);
    assert_eq!(select(&doc, "textarea#lectern-comment").len(), 1);
    let remember = text_of(&select(&doc, "label[for='lectern-remember']")[0]);
    assert_eq!(
        remember,
        "Save my name, email, and website in this browser for the next time I comment."
    );
    let notes = text_of(&select(&doc, ".form-notes")[0]);
    assert_eq!(
        notes,
        "Your email address will not be published. Required fields are marked *"
    );
    assert!(
        select(&doc, "input#lectern-remember")[0]
            .value()
            .attr("checked")
            .is_none(),
        "opt-in"
    );
}

/// Hostile comment text typed into the composer, through the comment syntax, renders as text.
#[test]
fn hostile_comment_syntax_input_stays_text() {
    use lectern_format::comment_text::parse_comment;
    let mut post = parse_post(SEED_JSON).expect("seed parses");
    let payloads = hostile_payloads();
    post.comments = payloads
        .iter()
        .enumerate()
        .map(|(i, payload)| lectern_format::Comment {
            id: format!("x{i}"),
            parent: None,
            author: None,
            published: None,
            blocks: parse_comment(&format!(
                "{payload}\n\n> {payload}\n\n**{payload}** https://example.org/?q={i}"
            )),
            anchor: format!("comment-x{i}"),
        })
        .collect();
    let renderer = yew::LocalServerRenderer::<Reader>::with_props(ReaderProps {
        post: Rc::new(post),
        banner: yew::Html::default(),
        header_note: None,
        initially_open: Rc::from(Vec::new()),
        initially_current: 0,
        comments: Default::default(),
        all_at_once: false,
        text: Default::default(),
    });
    let doc = Html::parse_document(&futures::executor::block_on(renderer.render()));
    assert_no_active_content(&doc);
    let links = select(&doc, "#comments .comment-content a");
    assert!(
        links.len() >= 50,
        "only the first 50 conversations are shown at first"
    );
    for link in &links {
        assert_eq!(link.value().attr("rel"), Some("nofollow ugc noopener"));
        let href = link
            .value()
            .attr("href")
            .unwrap_or_default()
            .to_ascii_lowercase();
        assert!(
            href.starts_with("https://") || href.starts_with("http://"),
            "{href}"
        );
    }
    let shown = normalize(&doc.root_element().text().collect::<String>());
    for payload in payloads.iter().take(50) {
        let first_line = normalize(payload.lines().next().unwrap_or_default());
        if !first_line.starts_with('>') && !first_line.contains('*') {
            assert!(
                shown.contains(&first_line),
                "payload not shown literally: {first_line}"
            );
        }
    }
}

#[test]
fn a_right_to_left_post_reads_right_to_left() {
    let json = r#"{"format":"lectern/post@1","id":"ar","lang":"ar","title":"عنوان المقال",
        "sections":[{"id":"a","title":"القسم الأول","blocks":[{"type":"paragraph","text":"نص."}]}],
        "comments":[{"id":"1","author":{"name":"قارئ"},"blocks":[{"type":"paragraph","text":"Hello"}]}]}"#;
    let doc = render(json);
    let article = &select(&doc, "article.post")[0];
    assert_eq!(article.value().attr("dir"), Some("rtl"));
    assert_eq!(article.value().attr("lang"), Some("ar"));
    // Comments and contents entries may be in any language: each finds its own direction.
    assert_eq!(select(&doc, r#".comment-content[dir="auto"]"#).len(), 1);
    assert_eq!(select(&doc, r#"nav a[dir="auto"]"#).len(), 1);
    assert_eq!(
        text_of(&select(&doc, "#comments-heading bdi")[0]),
        "عنوان المقال"
    );
    let seed = render(SEED_JSON);
    assert_eq!(
        select(&seed, "article.post")[0].value().attr("dir"),
        Some("ltr")
    );
}

#[test]
fn notes_are_linked_both_ways_and_listed_after_the_text() {
    let doc = render(
        r#"{"format": "lectern/post@1", "id": "n", "title": "With notes",
            "sections": [{"id": "s", "title": "S", "blocks": [
                {"type": "paragraph", "text": ["A claim", {"text": "1", "note": "src one"}, " and another", {"text": "2", "note": "b"}, "."]},
                {"type": "quote", "blocks": [{"type": "paragraph", "text": ["Quoted", {"text": "3", "note": "c"}]}]}]}],
            "notes": [
                {"id": "src one", "blocks": [{"type": "paragraph", "text": "The first source."}]},
                {"id": "b", "blocks": [{"type": "paragraph", "text": [{"text": "Second", "em": true}, ", with a ", {"text": "link", "href": "https://example.org/"}]}]},
                {"id": "c", "blocks": [{"type": "paragraph", "text": "Third."}]}]}"#,
    );
    let refs = select(&doc, "article sup.note-ref a");
    assert_eq!(refs.len(), 3);
    let notes = select(&doc, "article section.notes ol.notes-list > li");
    assert_eq!(notes.len(), 3);
    assert_eq!(text_of(&select(&doc, "section.notes h2")[0]), "Notes");
    for (mark, note) in refs.iter().zip(&notes) {
        let note_id = note.value().attr("id").expect("a note has an id");
        let ref_id = mark.value().attr("id").expect("a reference has an id");
        // The mark goes to the note, and the note's way back to the mark.
        assert_eq!(
            mark.value().attr("href"),
            Some(format!("#{note_id}").as_str())
        );
        let back = note
            .select(&Selector::parse("a.note-back").expect("selector"))
            .next()
            .expect("way back");
        assert_eq!(
            back.value().attr("href"),
            Some(format!("#{ref_id}").as_str())
        );
        assert!(
            back.value()
                .attr("aria-label")
                .is_some_and(|l| l.starts_with("Back to the text"))
        );
    }
    assert_eq!(text_of(&refs[0]), "1");
    assert!(text_of(&notes[1]).starts_with("Second, with a link"));
    assert_eq!(
        select(&doc, "section.notes a[href='https://example.org/']").len(),
        1
    );
    // Each note's copy for the margin (or a phone's sheet) comes just before the block citing
    // it, once per block, numbered as in the list; a quotation's notes before the quotation.
    let sides = select(&doc, "section.post-section aside.sidenote");
    let ids: Vec<_> = sides.iter().filter_map(|s| s.value().attr("id")).collect();
    assert_eq!(ids, ["note-src-one-side", "note-b-side", "note-c-side"]);
    assert!(
        text_of(&sides[1])
            .replace(' ', "")
            .starts_with("2Second,withalink")
    );
    assert_eq!(sides[0].value().attr("aria-label"), Some("Note 1"));
    let next = |side: &scraper::ElementRef| {
        side.next_siblings()
            .find_map(scraper::ElementRef::wrap)
            .map(|e| e.value().name().to_owned())
    };
    assert_eq!(next(&sides[1]).as_deref(), Some("p"));
    assert_eq!(next(&sides[2]).as_deref(), Some("figure"));
    assert_eq!(select(&doc, ".lectern-layout.has-notes").len(), 1);
}

/// The raw parts of server-rendered `html` (what `lectern_draw` drew, between Yew's
/// `<!--<#>-->` markers), in order.
fn drawn_parts(html: &str) -> Vec<String> {
    html.split("<!--<#>-->")
        .skip(1)
        .filter_map(|part| {
            part.split_once("<!--</#>-->")
                .map(|(raw, _)| raw.to_owned())
        })
        .collect()
}

/// The seed rendered as the page hydrates it, with `header_note` and the quotations `open`.
fn hydratable_seed(header_note: Option<&'static str>, open: Vec<String>) -> String {
    let post = Rc::new(parse_post(SEED_JSON).expect("post parses"));
    let renderer = yew::LocalServerRenderer::<Reader>::with_props(ReaderProps {
        post,
        banner: yew::Html::default(),
        header_note: header_note.map(Into::into),
        initially_open: Rc::from(open),
        initially_current: 0,
        comments: Default::default(),
        all_at_once: true,
        text: Default::default(),
    })
    .hydratable(true);
    futures::executor::block_on(renderer.render())
}

/// Yew replaces a drawn part whole when its text changes, dropping what effects set on its
/// elements (Listen's highlight, the focus, a selection): what changes while a post is read
/// must stay outside the drawn parts.
#[test]
fn drawn_parts_do_not_change_while_the_post_is_read() {
    let before = hydratable_seed(None, Vec::new());
    let parts = drawn_parts(&before);
    assert!(parts.len() >= 40, "{} drawn parts", parts.len());
    assert!(
        parts.iter().any(|p| p.contains("post-title")),
        "the title is drawn"
    );
    // The offline note arrives and every quotation opens: the same drawn parts.
    let doc = Html::parse_document(&before);
    let quotes: Vec<String> = select(&doc, "figure.quote--foldable")
        .iter()
        .filter_map(|q| q.value().attr("id").map(str::to_owned))
        .collect();
    assert!(!quotes.is_empty());
    let after = hydratable_seed(Some("Available offline"), quotes);
    assert_ne!(
        before, after,
        "the note and the open quotations are on the page"
    );
    assert_eq!(drawn_parts(&after), parts);
}
