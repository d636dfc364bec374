//! A WordPress REST post or page (`wp/v2/posts`, `wp/v2/pages`, as saved from the API or fetched
//! from a site) with its comments, as a Lectern post: read by the same code the browser reads
//! WordPress with (`lectern_wordpress::rest`), with the import's rules on top (only what is published;
//! approved comments unless asked; pingbacks and trackbacks left out).

use lectern_format::PostError;
use lectern_format::json::Value;
use lectern_format::parse::finish_post;
use lectern_wordpress::export::item::{CommentCounts, Converted, Options, Outcome, Skip};
use lectern_wordpress::native_html::parse_fragment;
use lectern_wordpress::rest::{read_comments, read_post};

/// The REST id of a post or comment item, when it has one.
pub fn rest_id(item: &Value) -> Option<u64> {
    item.get("id").and_then(Value::as_u64)
}

fn text(item: &Value, name: &str) -> String {
    match item.get(name) {
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    }
}

/// Why a REST post is not imported, if it is not: unpublished, private or password-protected
/// (a site answers with those only to a signed-in reader).
pub fn skip_reason(item: &Value) -> Option<Skip> {
    match text(item, "status").as_str() {
        "" | "publish" => {}
        "private" => return Some(Skip::Private),
        other => return Some(Skip::NotPublished(other.to_owned())),
    }
    let protected = item
        .get("content")
        .and_then(|c| c.get("protected"))
        .is_some_and(|p| *p == Value::Bool(true));
    protected.then_some(Skip::PasswordProtected)
}

/// Converts one REST post with the comments of `comments` that belong to it (any post's may be
/// given: a saved `wp/v2/comments` file of a whole site). With no comments given, the post keeps
/// those its answer embeds, if it was saved with `?_embed`.
pub fn convert_rest(item: &Value, comments: &[Value], options: Options) -> Outcome {
    if let Some(why) = skip_reason(item) {
        return Outcome::Skipped(why);
    }
    let read = match read_post(item, None, &parse_fragment) {
        Ok(read) => read,
        Err(error) => return Outcome::Invalid(error),
    };
    let id = rest_id(item);
    let mut counts = CommentCounts::default();
    let mut kept = Vec::new();
    for comment in comments {
        if id.is_some() && comment.get("post").and_then(Value::as_u64) != id {
            continue;
        }
        if !matches!(text(comment, "type").as_str(), "" | "comment") {
            counts.pings += 1;
            continue;
        }
        match text(comment, "status").as_str() {
            "" | "approved" | "approve" => {}
            "hold" | "unapproved" if options.held_comments => {}
            "hold" | "unapproved" => {
                counts.held += 1;
                continue;
            }
            _ => {
                counts.spam += 1;
                continue;
            }
        }
        kept.push(comment.clone());
    }
    let mut post = read.post;
    match read_comments(&Value::Array(kept), &parse_fragment) {
        // No comments were given at all: the ones the answer embeds (`?_embed`) are the thread.
        Ok(_) if comments.is_empty() => counts.imported = post.comments.len(),
        Ok(list) => {
            counts.imported = list.len();
            post.comments = list;
        }
        Err(error) => {
            return Outcome::Invalid(PostError::Invalid {
                path: format!("comments{}", error.path),
                message: error.message,
            });
        }
    }
    let kind = match text(item, "type").as_str() {
        "page" => "page",
        _ => "post",
    };
    match finish_post(post) {
        Ok(post) => Outcome::Post(Box::new(Converted {
            post,
            kind: kind.to_owned(),
            warnings: read.warnings.iter().map(ToString::to_string).collect(),
            comments: counts,
        })),
        Err(error) => Outcome::Invalid(error),
    }
}
