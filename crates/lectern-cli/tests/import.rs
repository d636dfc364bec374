//! `lectern-cli import` on the WordPress exports in `tests/fixtures/wordpress/wxr/`: every post
//! written validates against the published schema, reads back in the reader and renders (SSR)
//! with its text, quotations with their sources and the whole thread; counts and a few exact
//! mappings per file; a malformed export names its line and column and leaves nothing behind.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

use std::path::{Path, PathBuf};
use std::rc::Rc;

use lectern::{Reader, ReaderProps};
use lectern_cli::import::{ImportError, Summary, import_export};
use lectern_format::schema::SCHEMA_PATH;
use lectern_format::{Block, Post, parse_post};
use lectern_wordpress::export::item::Options;

/// A file of `tests/fixtures/wordpress/<folder>/`.
fn wordpress_fixture(folder: &str, name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/wordpress")
        .join(folder)
        .join(name)
}

fn export(name: &str) -> PathBuf {
    wordpress_fixture("wxr", name)
}

/// A fresh folder path under the system's temporary folder (not created), one per call: the
/// tests run in parallel.
fn scratch(name: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("lectern-import-test-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_dir_all(&path);
    path
}

fn import(name: &str) -> (Summary, PathBuf) {
    let out = scratch(name);
    let summary = import_export(&export(name), Some(&out), Options::default(), &mut |_| {})
        .unwrap_or_else(|e| panic!("{e}"));
    (summary, out)
}

fn read(out: &Path, file: &str) -> Post {
    let text = std::fs::read_to_string(out.join(file)).unwrap();
    parse_post(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn rendered(post: &Post) -> String {
    let renderer = yew::LocalServerRenderer::<Reader>::with_props(ReaderProps {
        post: Rc::new(post.clone()),
        banner: yew::Html::default(),
        header_note: None,
        initially_open: Rc::from(Vec::new()),
        initially_current: 0,
        comments: Default::default(),
        all_at_once: false,
        text: Default::default(),
    });
    futures::executor::block_on(renderer.render())
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../..")
                .join(SCHEMA_PATH),
        )
        .unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn quotes(blocks: &[Block]) -> Vec<&lectern_format::Quote> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Quote(q) => Some(q),
            _ => None,
        })
        .collect()
}

#[test]
fn every_good_export_imports_validates_reads_back_and_renders() {
    let validator = validator();
    for name in [
        "a11y-unit-test-data.xml",
        "cdata-edge.xml",
        "crazy-cdata.xml",
        "crazy-cdata-escaped.xml",
        "wxr-utf-8-challenges.xml",
    ] {
        let (summary, out) = import(name);
        let mut files: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut listed = summary.files.clone();
        listed.sort();
        assert_eq!(files, listed, "{name}: exactly the files the summary lists");
        assert!(!files.is_empty(), "{name}");
        for file in &files {
            let text = std::fs::read_to_string(out.join(file)).unwrap();
            let json: serde_json::Value = serde_json::from_str(&text).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&json)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{name}/{file}: {errors:?}");
            let post = read(&out, file);
            let html = rendered(&post);
            let title = post
                .title
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert!(html.contains(&title), "{name}/{file}: the title renders");
            // The whole thread renders (the seed-sized threads here fit the first page).
            assert_eq!(
                html.matches("class=\"comment ").count(),
                post.comments.len(),
                "{name}/{file}: every comment renders"
            );
        }
    }
}

#[test]
fn the_theme_test_export_counts_and_maps_as_wordpress_shows_it() {
    let (summary, out) = import("a11y-unit-test-data.xml");
    assert_eq!(summary.imported.get("post"), Some(&44));
    assert_eq!(summary.imported.get("page"), Some(&17));
    let skipped: Vec<String> = summary
        .skipped
        .iter()
        .map(|(why, n)| format!("{n} {why}"))
        .collect();
    assert_eq!(
        skipped,
        [
            "39 not a post or page (attachment)",
            "50 not a post or page (nav_menu_item)",
            "1 not a post or page (no type)",
            "1 not published (draft)",
            "1 not published (future)",
            "1 password-protected",
        ]
    );
    assert_eq!(summary.comments.imported, 21);
    assert_eq!(summary.comments.pings, 4);
    // The threaded comments keep their threading, every reply after its parent.
    let thread = read(&out, "template-comments.json");
    assert_eq!(thread.comments.len(), 19);
    let reply = thread.comments.iter().find(|c| c.id == "905").unwrap();
    assert_eq!(reply.parent.as_deref(), Some("904"));
    let position = |id: &str| thread.comments.iter().position(|c| c.id == id).unwrap();
    assert!(position("904") < position("905") && position("905") < position("906"));
    let html = rendered(&thread);
    assert_eq!(
        html.matches("class=\"comment ").count(),
        19,
        "the whole thread renders"
    );
    // Quotations with their sources, from Gutenberg's quote blocks.
    let quoted = read(&out, "block-quotes.json");
    let sources: Vec<String> = quoted
        .sections
        .iter()
        .flat_map(|s| quotes(&s.blocks))
        .filter_map(|q| q.source.as_ref().map(|s| s.name.clone()))
        .collect();
    assert!(
        sources.starts_with(&[
            "The Gutenberg Team".to_owned(),
            "Johannes Gutenberg".to_owned()
        ]),
        "{sources:?}"
    );
    assert!(rendered(&quoted).contains("The Gutenberg Team"));
    // An embed became a link and says so.
    let warned: Vec<&String> = summary
        .warnings
        .iter()
        .filter(|(file, _)| file == "post-format-video-youtube.json")
        .flat_map(|(_, w)| w)
        .collect();
    assert_eq!(
        warned,
        ["embed turned into a link: http://www.youtube.com/watch?v=SQEQr7c0-dw"]
    );
}

#[test]
fn cdata_edge_cases_read_as_wordpress_reads_them() {
    let text_of = |name: &str, file: &str| -> String {
        let (_, out) = import(name);
        let post = read(&out, file);
        post.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.text.to_plain()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        text_of("cdata-edge.xml", "post-1.json"),
        "ends with sequence ]] >"
    );
    // A CDATA nested without escaping, and the same escaped: one text.
    assert_eq!(
        text_of("crazy-cdata.xml", "hello-world.json"),
        text_of("crazy-cdata-escaped.xml", "hello-world.json")
    );
}

#[test]
fn hostile_unicode_survives_as_text() {
    let (_, out) = import("wxr-utf-8-challenges.xml");
    let post = read(&out, "hello-world-utf8--test.json");
    // Every override and zero-width character kept; the quotes curled as WordPress shows them.
    assert_eq!(
        post.title,
        "\u{201C}The Road \u{202e}Not\u{202c} Taken\u{201D} by Rob\u{202d}ert \u{202e}Frost \u{202a}🌲\u{202c}"
    );
    assert_eq!(post.lang.as_deref(), Some("en-US"));
    assert_eq!(
        post.published.map(|d| d.raw).as_deref(),
        Some("2024-06-05T16:04:48Z")
    );
}

#[test]
fn a_malformed_export_names_line_and_column_and_leaves_nothing() {
    let out = scratch("malformed");
    let error = import_export(
        &export("malformed.xml"),
        Some(&out),
        Options::default(),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        matches!(
            error,
            ImportError::Malformed {
                line: 90,
                column: 1,
                ..
            }
        ),
        "{error}"
    );
    let message = error.to_string();
    assert!(
        message.contains("malformed.xml:90:1: not a well-formed WordPress export"),
        "{message}"
    );
    assert!(message.contains("</notachanneltag>"), "{message}");
    assert!(!out.exists(), "no output folder");
    let parent = out.parent().unwrap();
    let leftovers: Vec<_> = std::fs::read_dir(parent)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("malformed"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary folder left");
}

#[test]
fn a_dry_run_writes_nothing_and_a_full_folder_is_refused() {
    let out = scratch("dry");
    let summary = import_export(
        &export("a11y-unit-test-data.xml"),
        None,
        Options::default(),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(summary.imported.values().sum::<usize>(), 61);
    assert!(!out.exists());
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("mine.txt"), "keep me").unwrap();
    let error = import_export(
        &export("cdata-edge.xml"),
        Some(&out),
        Options::default(),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(matches!(error, ImportError::OutputNotEmpty(_)), "{error}");
    assert_eq!(
        std::fs::read_to_string(out.join("mine.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn progress_counts_every_item() {
    let mut seen = Vec::new();
    import_export(
        &export("a11y-unit-test-data.xml"),
        None,
        Options::default(),
        &mut |p| {
            seen.push((p.done, p.total));
        },
    )
    .unwrap();
    assert_eq!(seen.len(), 154);
    assert_eq!(seen.last(), Some(&(154, 154)));
}

fn rest(name: &str) -> PathBuf {
    wordpress_fixture("rest", name)
}

#[test]
fn saved_rest_answers_import_with_their_comments() {
    let validator = validator();
    let out = scratch("rest-one");
    let summary = lectern_cli::import::import_rest_files(
        &rest("post-60.json"),
        Some(&rest("post-60-comments.json")),
        Some(&out),
        Options::default(),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(summary.files, ["the-beauties-of-gullfoss.json"]);
    assert_eq!(summary.comments.imported, 3);
    let post = read(&out, "the-beauties-of-gullfoss.json");
    assert_eq!(post.comments.len(), 3);
    // The conversation stays the site's: replies go there, the thread is read from there.
    let thread = post.conversation.wordpress.as_ref().unwrap();
    assert_eq!(
        thread.comments,
        "https://demo.worona.org/wp-json/wp/v2/comments"
    );
    assert_eq!(thread.post, 60);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join(&summary.files[0])).unwrap())
            .unwrap();
    assert!(validator.is_valid(&json));
    // Without a comments file, the answer's own `_embedded.replies` are its thread.
    let embedded = scratch("rest-embedded");
    let summary = lectern_cli::import::import_rest_files(
        &rest("post-60.json"),
        None,
        Some(&embedded),
        Options::default(),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(summary.comments.imported, 1);
    let post = read(&embedded, "the-beauties-of-gullfoss.json");
    let authors: Vec<_> = post
        .comments
        .iter()
        .map(|c| c.author.as_ref().map(|a| a.name.as_str()))
        .collect();
    assert_eq!(authors, [Some("Reyes Martinez")]);
    // A collection: one file a post.
    let many = scratch("rest-many");
    let summary = lectern_cli::import::import_rest_files(
        &rest("posts.json"),
        None,
        Some(&many),
        Options::default(),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(summary.files.len(), 3);
}

#[test]
fn saved_answers_that_are_not_posts_say_where() {
    let dir = scratch("bad-rest");
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "[{\"id\": 1,\n  \"title\": }]").unwrap();
    let error = lectern_cli::import::import_rest_files(
        &broken,
        None,
        None,
        Options::default(),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        error
            .to_string()
            .ends_with("broken.json:2:12: expected value"),
        "{error}"
    );
    let comments = dir.join("comments.json");
    std::fs::copy(rest("post-60-comments.json"), &comments).unwrap();
    let error = lectern_cli::import::import_rest_files(
        &comments,
        None,
        None,
        Options::default(),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("item 0 is not a WordPress REST post or page"),
        "{error}"
    );
}

#[test]
fn every_saved_rest_post_and_page_imports_validates_and_renders() {
    let validator = validator();
    let folder =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/wordpress/rest");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut imported = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let value = lectern_format::json::parse(&text).unwrap();
        let items = match &value {
            lectern_format::json::Value::Array(items) => items.clone(),
            one => vec![one.clone()],
        };
        if items.is_empty() || !items.iter().all(lectern_wordpress::rest::is_wordpress_post) {
            continue; // comments, or not posts
        }
        let out = scratch("rest-all");
        let summary = lectern_cli::import::import_rest_files(
            &file,
            None,
            Some(&out),
            Options::default(),
            &mut |_| {},
        )
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(
            summary.files.len() + summary.skipped.values().sum::<usize>(),
            items.len(),
            "{}",
            file.display()
        );
        for name in &summary.files {
            let json: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(out.join(name)).unwrap()).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&json)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{name}: {errors:?}");
            let post = read(&out, name);
            assert!(rendered(&post).contains("<article"), "{name}");
            imported += 1;
        }
    }
    assert!(imported >= 10, "posts and pages imported: {imported}");
}

#[test]
fn a_reference_to_a_lone_surrogate_becomes_a_replacement_character_with_a_warning() {
    let dir = scratch("surrogate");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("export.xml");
    std::fs::write(
        &file,
        "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\n<item><title>Broken &#xD800; title</title><wp:post_id>3</wp:post_id><wp:post_name>broken</wp:post_name><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><content:encoded>Text &#xDC00; here</content:encoded></item>\n<item><title>Fine</title><wp:post_id>4</wp:post_id><wp:post_name>fine</wp:post_name><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><content:encoded>Fine.</content:encoded></item>\n</channel></rss>\n",
    )
    .unwrap();
    let out = dir.join("out");
    let summary = import_export(&file, Some(&out), Options::default(), &mut |_| {}).unwrap();
    assert_eq!(
        summary.files,
        ["broken.json", "fine.json"],
        "the rest goes on"
    );
    let post = read(&out, "broken.json");
    assert_eq!(post.title, "Broken \u{FFFD} title");
    assert_eq!(
        summary.warnings,
        [(
            "broken.json".to_owned(),
            vec![
                "2 character reference(s) to no character (a lone surrogate) replaced by U+FFFD"
                    .to_owned()
            ]
        )]
    );
}

fn footnotes_fixture(name: &str) -> PathBuf {
    wordpress_fixture("footnotes", name)
}

#[test]
fn core_footnotes_read_the_same_from_an_export_and_a_rest_answer() {
    let from_export = scratch("footnotes-export");
    import_export(
        &footnotes_fixture("footnotes-export.xml"),
        Some(&from_export),
        Options::default(),
        &mut |_| {},
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let from_rest = scratch("footnotes-rest");
    lectern_cli::import::import_rest_files(
        &footnotes_fixture("footnotes-rest.json"),
        None,
        Some(&from_rest),
        Options::default(),
        &mut |_| {},
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let validator = validator();
    let mut posts = Vec::new();
    for out in [&from_export, &from_rest] {
        let text = std::fs::read_to_string(out.join("sources-cited.json")).unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(validator.is_valid(&json), "{text}");
        posts.push(read(out, "sources-cited.json"));
    }
    for post in &posts {
        let notes: Vec<(String, String)> = post
            .notes
            .iter()
            .map(|n| {
                let Block::Paragraph(p) = &n.blocks[0] else {
                    panic!("a paragraph");
                };
                (n.id.clone(), p.text.to_plain())
            })
            .collect();
        assert_eq!(
            notes,
            [
                (
                    "6f1c2a3e-0b4d-4e0f-9a51-1d2c3b4a5e6f".to_owned(),
                    "Treaty of Kars, article 1; see the Soviet Treaty Series.".to_owned()
                ),
                (
                    "a7b8c9d0-1e2f-4a3b-8c4d-5e6f7a8b9c0d".to_owned(),
                    "As the 1936 correspondence shows.".to_owned()
                ),
            ]
        );
        let Block::Paragraph(p) = &post.sections[0].blocks[0] else {
            panic!("a paragraph first");
        };
        let marks: Vec<(&str, Option<&str>)> = p
            .text
            .0
            .iter()
            .filter(|s| s.note.is_some())
            .map(|s| (s.text.as_str(), s.note.as_deref()))
            .collect();
        assert_eq!(
            marks,
            [
                ("1", Some("6f1c2a3e-0b4d-4e0f-9a51-1d2c3b4a5e6f")),
                ("2", Some("a7b8c9d0-1e2f-4a3b-8c4d-5e6f7a8b9c0d"))
            ]
        );
        // Rendered: each mark links to its note, each note back; no arrow of WordPress's.
        let html = rendered(post);
        assert_eq!(html.matches("class=\"note-ref\"").count(), 2, "{html}");
        assert!(
            html.contains("href=\"#note-6f1c2a3e-0b4d-4e0f-9a51-1d2c3b4a5e6f-ref\""),
            "{html}"
        );
        assert_eq!(
            html.matches('↩').count(),
            2,
            "the reader's own way back, once a note"
        );
    }
    assert_eq!(posts[0].notes, posts[1].notes);
}
