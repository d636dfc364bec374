//! From JSON text to a checked [`Post`]: syntax, shape, then the rules serde cannot express.

use super::anchor::AnchorSet;
use super::nested::PathError;
use super::post::Post;
use crate::error::PostError;

/// Parses and checks a post. Errors name the JSON path (or line and column) and the problem.
pub fn parse_post(json: &str) -> Result<Post, PostError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let mut post: Post = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(post) => post,
        Err(error) => {
            let path = error.path().to_string();
            return Err(classify(&path, error.into_inner()));
        }
    };
    if let Err(error) = deserializer.end() {
        return Err(classify(".", error));
    }
    check(&post).map_err(|e| PostError::Invalid {
        path: e.path,
        message: e.message,
    })?;
    assign_anchors(&mut post);
    Ok(post)
}

/// Separates JSON syntax errors (line and column) from shape errors (path).
fn classify(path: &str, error: serde_json::Error) -> PostError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            let message = error.to_string();
            let at = format!(" at line {} column {}", error.line(), error.column());
            PostError::Syntax {
                line: error.line(),
                column: error.column(),
                message: message.strip_suffix(&at).unwrap_or(&message).to_owned(),
            }
        }
        Category::Data => {
            let message = error.to_string();
            let at = format!(" at line {} column {}", error.line(), error.column());
            let bare = message.strip_suffix(&at).unwrap_or(&message).to_owned();
            let checked = PathError::from_path_text(path, bare);
            PostError::Invalid {
                path: checked.path,
                message: checked.message,
            }
        }
    }
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
            format!("expected a language tag like \"en\" or \"pt-BR\", found {lang:?}"),
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

/// Gives every section and comment a unique, URL-safe anchor id.
fn assign_anchors(post: &mut Post) {
    let mut anchors = AnchorSet::with_reserved();
    for (index, section) in post.sections.iter_mut().enumerate() {
        section.anchor = anchors.claim(&section.id, &format!("section-{}", index + 1));
    }
    for (index, comment) in post.comments.iter_mut().enumerate() {
        comment.anchor = anchors.claim(
            &format!("comment-{}", comment.id),
            &format!("comment-{}", index + 1),
        );
    }
}
