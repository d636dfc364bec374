//! From JSON text to a checked [`Post`]: syntax (our own parser, `json/value.rs`), shape (the
//! hand-written decoders, with exact paths), then the rules a shape cannot express.

use super::anchor::AnchorSet;
use super::json::{At, PathError, SyntaxError, Value};
use super::post::Post;
use crate::error::PostError;

/// Parses and checks a post. Errors name the JSON path (or line and column) and the problem.
pub fn parse_post(json: &str) -> Result<Post, PostError> {
    post_from_value(&parse_document(json)?)
}

/// Parses a JSON document as posts arrive: a byte-order mark is ignored, an empty file and a
/// syntax error say so with line and column.
pub fn parse_document(json: &str) -> Result<Value, PostError> {
    // A byte-order mark (some editors write one) is not part of the document.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(PostError::Syntax {
            line: 1,
            column: 1,
            message: "the file is empty (a post is a JSON object)".to_owned(),
        });
    }
    super::json::parse(json).map_err(syntax_error)
}

/// Decodes and checks a post already parsed into a JSON tree (an embedding page's object, say).
pub fn post_from_value(value: &Value) -> Result<Post, PostError> {
    let post = Post::from_json(At::root(value)).map_err(|e| PostError::Invalid {
        path: e.path,
        message: e.message,
    })?;
    finish_post(post)
}

/// Checks a post made in code (a WordPress post mapped to the format) by the rules a decoded
/// one passes, and gives its sections and comments their anchors.
pub fn finish_post(mut post: Post) -> Result<Post, PostError> {
    check(&post).map_err(|e| PostError::Invalid {
        path: e.path,
        message: e.message,
    })?;
    assign_anchors(&mut post);
    Ok(post)
}

fn syntax_error(error: SyntaxError) -> PostError {
    PostError::Syntax {
        line: error.line,
        column: error.column,
        message: error.message,
    }
}

/// Notes have ids, each once, and every reference in the text names one of them.
fn check_notes(post: &Post) -> Result<(), PathError> {
    for (index, note) in post.notes.iter().enumerate() {
        if note.id.trim().is_empty() {
            return Err(PathError::new(
                format!("notes[{index}].id"),
                "must not be empty",
            ));
        }
        if post.notes[..index].iter().any(|other| other.id == note.id) {
            return Err(PathError::new(
                format!("notes[{index}].id"),
                format!(
                    "{} is the id of an earlier note: each note needs its own",
                    super::json::shown(&note.id)
                ),
            ));
        }
    }
    for (index, section) in post.sections.iter().enumerate() {
        for (block_index, block) in section.blocks.iter().enumerate() {
            let mut missing = None;
            block.each_text(&mut |text| {
                for span in &text.0 {
                    if let Some(id) = &span.note
                        && missing.is_none()
                        && !post.notes.iter().any(|note| &note.id == id)
                    {
                        missing = Some(id.clone());
                    }
                }
            });
            if let Some(id) = missing {
                return Err(PathError::new(
                    format!("sections[{index}].blocks[{block_index}]"),
                    format!(
                        "refers to note {}, which is not among the post's notes",
                        super::json::shown(&id)
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Rules beyond the shape: things a reader cannot do without.
fn check(post: &Post) -> Result<(), PathError> {
    if post.id.trim().is_empty() {
        return Err(PathError::new("id", "must not be empty"));
    }
    if post.title.trim().is_empty() {
        return Err(PathError::new("title", "must not be empty"));
    }
    if let Some(lang) = &post.lang
        && !is_language_tag(lang)
    {
        return Err(PathError::new(
            "lang",
            format!(
                "expected a language tag like \"en\" or \"pt-BR\", found {}",
                super::json::shown(lang)
            ),
        ));
    }
    if post.sections.is_empty() {
        return Err(PathError::new(
            "sections",
            "a post needs at least one section",
        ));
    }
    for (index, section) in post.sections.iter().enumerate() {
        if section.title.trim().is_empty() {
            return Err(PathError::new(
                format!("sections[{index}].title"),
                "must not be empty",
            ));
        }
    }
    check_notes(post)?;
    for (index, comment) in post.comments.iter().enumerate() {
        if comment.id.trim().is_empty() {
            return Err(PathError::new(
                format!("comments[{index}].id"),
                "must not be empty",
            ));
        }
    }
    Ok(())
}

/// BCP 47 in outline: letters, then subtags of letters and digits, joined by dashes.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Gives every section and comment a unique, URL-safe anchor id. Deterministic: comments that
/// arrive later (a WordPress thread read page by page) never move a section's anchor.
pub fn assign_anchors(post: &mut Post) {
    let mut anchors = AnchorSet::with_reserved();
    for (index, section) in post.sections.iter_mut().enumerate() {
        section.anchor = anchors.claim(&section.id, &format!("section-{}", index + 1));
    }
    for (index, note) in post.notes.iter_mut().enumerate() {
        note.anchor = anchors.claim(&format!("note-{}", note.id), &format!("note-{}", index + 1));
    }
    // A post without notes has no references (checked), so its text is not walked again.
    if !post.notes.is_empty() {
        link_note_references(post);
    }
    for (index, comment) in post.comments.iter_mut().enumerate() {
        comment.anchor = anchors.claim(
            &format!("comment-{}", comment.id),
            &format!("comment-{}", index + 1),
        );
    }
}

/// Links each reference to its note's anchor (notes refer to notes too, rarely), and gives each
/// reference an id of its own.
fn link_note_references(post: &mut Post) {
    let notes: Vec<(String, String)> = post
        .notes
        .iter()
        .map(|note| (note.id.clone(), note.anchor.clone()))
        .collect();
    // How many references to each note were seen so far: the first is `<anchor>-ref` (where
    // the note's way back goes), later ones `<anchor>-ref-2`, … (ids stay unique).
    let mut seen = vec![0_usize; notes.len()];
    let mut link = |text: &mut super::text::Text| {
        for span in &mut text.0 {
            if let Some(id) = &span.note
                && let Some(index) = notes.iter().position(|(note, _)| note == id)
            {
                let anchor = &notes[index].1;
                seen[index] += 1;
                span.note_ref = match seen[index] {
                    1 => format!("{anchor}-ref"),
                    n => format!("{anchor}-ref-{n}"),
                };
                span.note_anchor = anchor.clone();
            }
        }
    };
    for block in post
        .sections
        .iter_mut()
        .flat_map(|s| s.blocks.iter_mut())
        .chain(post.notes.iter_mut().flat_map(|n| n.blocks.iter_mut()))
    {
        block.each_text_mut(&mut link);
    }
}
