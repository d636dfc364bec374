//! Post parsing and validation: good input, bad input with the exact message a reader sees, and
//! hostile input.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

use lectern_format::PostError;
use lectern_format::outline::PostOutline;
use lectern_format::{Block, parse_post};

const SEED: &str = include_str!("../../../static/posts/syria-russia-turkey-stalin-myth.json");

/// A minimal valid post with `blocks` as its one section's content.
fn post_with_blocks(blocks: &str) -> String {
    format!(
        r#"{{"format": "lectern/post@1", "id": "t", "title": "T",
            "sections": [{{"id": "s", "title": "S", "blocks": {blocks}}}]}}"#
    )
}

fn error_of(json: &str) -> String {
    match parse_post(json) {
        Ok(_) => panic!("expected an error for {json}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn seed_post_has_three_sections_eight_quotations_and_two_comments() {
    let post = parse_post(SEED).expect("seed parses");
    let anchors: Vec<_> = post.sections.iter().map(|s| s.anchor.as_str()).collect();
    assert_eq!(anchors, ["syria", "russia-turkey", "stalin-myth"]);
    let titles: Vec<_> = post.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Syria", "Russia–Turkey", "Stalin myth"]);
    let quotes: Vec<_> = PostOutline::of(&post)
        .summaries
        .iter()
        .map(|s| s.quotes)
        .collect();
    assert_eq!(quotes, [4, 2, 2]);
    assert_eq!(post.comments.len(), 2);
    assert!(post.author.is_none() && post.published.is_none() && post.url.is_none());
    assert!(post.comments.iter().all(|c| c.author_name() == "Anonymous"));
}

#[test]
fn json_syntax_errors_give_line_and_column() {
    let error =
        parse_post("{\n  \"format\": \"lectern/post@1\",\n  \"id\": \"a\"\n  \"title\": \"x\"\n}")
            .unwrap_err();
    match error {
        PostError::Syntax { line, column, .. } => assert_eq!((line, column), (4, 3)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    assert_eq!(
        error_of("{\"format\": \"lectern/post@1\""),
        "JSON syntax error at line 1, column 27: EOF while parsing an object"
    );
    for empty in ["", " \n", "\u{feff}"] {
        assert_eq!(
            error_of(empty),
            "JSON syntax error at line 1, column 1: the file is empty (a post is a JSON object)"
        );
    }
    assert!(
        error_of(&format!("{} x", post_with_blocks("[]")))
            .starts_with("JSON syntax error at line 2")
    );
}

#[test]
fn missing_and_wrong_fields_name_their_path() {
    let cases: &[(&str, &str)] = &[
        (
            r#"{"id": "a", "title": "t", "sections": []}"#,
            "format: missing field",
        ),
        (
            r#"{"format": "lectern/post@2", "id": "a", "title": "t", "sections": []}"#,
            r#"format: unsupported format "lectern/post@2"; this reader reads "lectern/post@1""#,
        ),
        (r#"[1, 2]"#, "expected an object, found an array"),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": [{"id": "s", "title": "S", "blocks": []}], "reader": {"collapse_words": -1}}"#,
            "reader.collapse_words: expected a whole number (0 or more), found -1",
        ),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": {"id": "s"}}"#,
            "sections: expected an array, found an object",
        ),
        (
            r#"{"format": "lectern/post@1", "title": "t", "sections": []}"#,
            "id: missing field",
        ),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": 5, "sections": []}"#,
            "title: expected a string, found 5",
        ),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": "t"}"#,
            "sections: missing field",
        ),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": []}"#,
            "sections: a post needs at least one section",
        ),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": "  ", "sections": []}"#,
            "title: must not be empty",
        ),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": "t", "published": "12/09/2017", "sections": []}"#,
            r#"published: expected a date like "2017-09-12" or an RFC 3339 time like "2017-09-12T08:30:00Z", found "12/09/2017""#,
        ),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": "t", "lang": "en_GB!", "sections": [{"id": "s", "title": "S", "blocks": []}]}"#,
            r#"lang: expected a language tag like "en" or "pt-BR", found "en_GB!""#,
        ),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": [{"id": "s", "blocks": []}]}"#,
            "sections[0].title: missing field",
        ),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": [{"id": "s", "title": "S", "blocks": []}], "comments": [{"id": "1"}]}"#,
            "comments[0].blocks: missing field",
        ),
        (
            r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": [{"id": "s", "title": "S", "blocks": []}], "comments": [{"id": "1", "author": {"url": "x"}, "blocks": []}]}"#,
            "comments[0].author.name: missing field",
        ),
    ];
    for (json, expected) in cases {
        assert_eq!(&error_of(json), expected, "for {json}");
    }
}

#[test]
fn block_errors_reach_inside_the_block() {
    let two_sections = r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": [
        {"id": "s", "title": "S", "blocks": []},
        {"id": "u", "title": "U", "blocks": [{"type": "rule"}, {"type": "rule"}, {"type": "rule"}, {"type": "paragraph"}]}]}"#;
    assert_eq!(
        error_of(two_sections),
        "sections[1].blocks[3].text: missing field"
    );
    let cases: &[(&str, &str)] = &[
        (
            r#"[{"text": "x"}]"#,
            "sections[0].blocks[0].type: missing field",
        ),
        (
            r#"[{"type": 3}]"#,
            "sections[0].blocks[0].type: expected a string, found 3",
        ),
        (
            r#"["just a string"]"#,
            r#"sections[0].blocks[0]: expected a block object like {"type": "paragraph", …}, found "just a string""#,
        ),
        (
            r#"[{"type": "paragraph", "text": 4}]"#,
            "sections[0].blocks[0].text: expected a string or an array of text runs, found 4",
        ),
        (
            r##"[{"type": "paragraph", "text": ["a", {"href": "#x"}]}]"##,
            "sections[0].blocks[0].text[1].text: missing field",
        ),
        (
            r#"[{"type": "paragraph", "text": ["a", 7]}]"#,
            r#"sections[0].blocks[0].text[1]: expected a string or a text run like {"text": "…"}, found 7"#,
        ),
        (
            r#"[{"type": "quote", "blocks": [{"type": "paragraph", "text": "ok"}, {"type": "heading", "level": 7, "text": "x"}]}]"#,
            "sections[0].blocks[0].blocks[1].level: expected 2, 3 or 4, found 7",
        ),
        (
            r#"[{"type": "quote", "source": {"url": "https://x"}, "blocks": []}]"#,
            "sections[0].blocks[0].source.name: missing field",
        ),
        (
            r#"[{"type": "list", "items": ["a"]}]"#,
            "sections[0].blocks[0].ordered: missing field",
        ),
        (
            r#"[{"type": "list", "ordered": "yes", "items": []}]"#,
            r#"sections[0].blocks[0].ordered: expected true or false, found "yes""#,
        ),
        (
            r#"[{"type": "heading", "level": 2.5, "text": "x"}]"#,
            "sections[0].blocks[0].level: expected 2, 3 or 4, found 2.5",
        ),
        (
            r#"[{"type": "paragraph", "text": [{"text": "a", "em": "yes"}]}]"#,
            r#"sections[0].blocks[0].text[0].em: expected true or false, found "yes""#,
        ),
        (
            r#"[{"type": "figure", "caption": {"text": 1}}]"#,
            "sections[0].blocks[0].caption: expected a string or an array of text runs, found an object",
        ),
    ];
    for (blocks, expected) in cases {
        assert_eq!(
            &error_of(&post_with_blocks(blocks)),
            expected,
            "for {blocks}"
        );
    }
}

#[test]
fn unknown_fields_are_ignored_and_unknown_blocks_kept() {
    let json = r#"{"format": "lectern/post@1", "id": "a", "title": "t", "extra": {"x": 1},
        "sections": [{"id": "s", "title": "S", "colour": "red",
            "blocks": [{"type": "video", "src": "x.mp4"}, {"type": "paragraph", "text": "after", "font": "big"}]}]}"#;
    let post = parse_post(json).expect("parses");
    assert_eq!(
        post.sections[0].blocks[0],
        Block::Unknown {
            kind: "video".into()
        }
    );
    assert!(matches!(post.sections[0].blocks[1], Block::Paragraph(_)));
}

#[test]
fn anchors_are_slugged_unique_and_avoid_reserved_ids() {
    let json = r#"{"format": "lectern/post@1", "id": "a", "title": "t", "sections": [
        {"id": "Syria!", "title": "A", "blocks": []},
        {"id": "syria", "title": "B", "blocks": []},
        {"id": "comments", "title": "C", "blocks": []},
        {"id": "<script>", "title": "D", "blocks": []},
        {"id": "", "title": "E", "blocks": []}],
        "comments": [{"id": "x y", "blocks": []}, {"id": "x-y", "blocks": []}]}"#;
    let post = parse_post(json).expect("parses");
    let anchors: Vec<_> = post.sections.iter().map(|s| s.anchor.as_str()).collect();
    assert_eq!(
        anchors,
        ["syria", "syria-2", "comments-2", "script", "section-5"]
    );
    let comment_anchors: Vec<_> = post.comments.iter().map(|c| c.anchor.as_str()).collect();
    assert_eq!(comment_anchors, ["comment-x-y", "comment-x-y-2"]);
}

#[test]
fn hostile_strings_parse_as_plain_text() {
    let payload = r#"<img src=x onerror=alert(1)>\"><script>alert(2)</script>"#;
    let json = post_with_blocks(&format!(
        r#"[{{"type": "paragraph", "text": "{payload}"}}]"#
    ));
    let post = parse_post(&json).expect("parses");
    match &post.sections[0].blocks[0] {
        Block::Paragraph(p) => assert!(p.text.to_plain().contains("<script>alert(2)</script>")),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn deeply_nested_input_is_refused_not_a_crash() {
    let depth = 3000;
    let json = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(error_of(&post_with_blocks(&json)).contains("recursion limit"));
}

#[test]
fn a_byte_order_mark_before_the_post_is_not_an_error() {
    let post = parse_post(&format!("\u{feff}{}", post_with_blocks("[]"))).unwrap();
    assert_eq!(post.title, "T");
}

#[test]
fn comment_ids_may_be_whole_numbers_as_blog_exports_write_them() {
    let json = r#"{"format": "lectern/post@1", "id": "t", "title": "T",
        "sections": [{"id": "s", "title": "S", "blocks": []}],
        "comments": [{"id": 7, "blocks": []}, {"id": "8", "parent": 7, "blocks": []}]}"#;
    let post = parse_post(json).unwrap();
    assert_eq!(post.comments[0].id, "7");
    assert_eq!(post.comments[0].anchor, "comment-7");
    assert_eq!(post.comments[1].parent.as_deref(), Some("7"));
    for (bad, found) in [("-1", "-1"), ("1.5", "1.5"), ("true", "true")] {
        let json = json.replace(r#""id": 7"#, &format!(r#""id": {bad}"#));
        assert_eq!(
            error_of(&json),
            format!("comments[0].id: expected a string (or a whole number), found {found}")
        );
    }
}

/// A post whose one paragraph refers to notes, with `notes` as given.
fn post_with_notes(refs: &str, notes: &str) -> String {
    format!(
        r#"{{"format": "lectern/post@1", "id": "t", "title": "T",
            "sections": [{{"id": "s", "title": "S", "blocks": [
                {{"type": "paragraph", "text": ["Claim", {refs}, "."]}}]}}],
            "notes": {notes}}}"#
    )
}

#[test]
fn notes_are_read_referred_to_and_given_anchors() {
    let post = parse_post(&post_with_notes(
        r#"{"text": "1", "note": "a"}, " and ", {"text": "2", "note": "b c"}"#,
        r#"[{"id": "a", "blocks": [{"type": "paragraph", "text": "First source."}]},
            {"id": "b c", "blocks": [{"type": "paragraph", "text": "Second."}, {"type": "list", "ordered": false, "items": ["x"]}]}]"#,
    ))
    .expect("valid");
    assert_eq!(post.notes.len(), 2);
    assert_eq!(post.notes[1].blocks.len(), 2);
    let Block::Paragraph(p) = &post.sections[0].blocks[0] else {
        panic!("a paragraph");
    };
    assert_eq!(p.text.0[1].note.as_deref(), Some("a"));
    assert_eq!(p.text.0[1].text, "1");
    assert_eq!(post.notes[0].anchor, "note-a");
    assert_eq!(p.text.0[1].note_ref, "note-a-ref");
    assert_ne!(post.notes[1].anchor, post.notes[0].anchor);
    assert!(
        !post.notes[1].anchor.contains(' '),
        "{}",
        post.notes[1].anchor
    );
    // Notes are not part of the body's word count.
    assert_eq!(post.word_count(), 3);
}

#[test]
fn note_errors_name_the_note_or_the_block_that_refers() {
    assert_eq!(
        error_of(&post_with_notes(r#"{"text": "1", "note": "gone"}"#, "[]")),
        "sections[0].blocks[0]: refers to note \"gone\", which is not among the post's notes"
    );
    assert_eq!(
        error_of(&post_with_notes(
            r#"{"text": "1", "note": "a"}"#,
            r#"[{"id": "a", "blocks": []}, {"id": "a", "blocks": []}]"#
        )),
        "notes[1].id: \"a\" is the id of an earlier note: each note needs its own"
    );
    assert_eq!(
        error_of(&post_with_notes(r#""x""#, r#"[{"id": " ", "blocks": []}]"#)),
        "notes[0].id: must not be empty"
    );
    assert_eq!(
        error_of(&post_with_notes(r#""x""#, r#"[{"id": "a"}]"#)),
        "notes[0].blocks: missing field"
    );
}

#[test]
fn notes_survive_writing_and_reading_again() {
    let post = parse_post(&post_with_notes(
        r#"{"text": "1", "note": "a", "sup": true}"#,
        r#"[{"id": "a", "blocks": [{"type": "paragraph", "text": [{"text": "See ", "em": true}, "here"]}]}]"#,
    ))
    .expect("valid");
    let again =
        parse_post(&lectern_format::write::post_to_json(&post)).expect("written post reads");
    assert_eq!(again, post);
}

#[test]
fn a_note_cited_twice_gets_a_reference_id_each_time() {
    let post = parse_post(&post_with_notes(
        r#"{"text": "1", "note": "a"}, " again", {"text": "1", "note": "a"}"#,
        r#"[{"id": "a", "blocks": [{"type": "paragraph", "text": "Ibid."}]}]"#,
    ))
    .expect("valid");
    let Block::Paragraph(p) = &post.sections[0].blocks[0] else {
        panic!("a paragraph");
    };
    let refs: Vec<&str> = p
        .text
        .0
        .iter()
        .filter(|s| s.note.is_some())
        .map(|s| s.note_ref.as_str())
        .collect();
    assert_eq!(refs, ["note-a-ref", "note-a-ref-2"]);
}
