//! A reply sent to a WordPress site: the request (`POST wp/v2/comments`) and what its answer
//! means, in the reader's words. Pure; sending is the browser's job.

use lectern_format::block::Block;
use lectern_format::comment_text::parse_comment;
use lectern_format::draft::Draft;
use lectern_format::json::{Value, quote};
use lectern_format::link::safe_href;
use lectern_format::text::Text;

/// What became of a reply the site answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyOutcome {
    /// Accepted and waiting in the site's moderation queue (`status: "hold"`), with its id.
    Held(String),
    /// Accepted and published at once (`status: "approved"`); the answer is the comment itself.
    Published(Value),
    /// Refused because the REST route takes comments only from logged-in users
    /// (`rest_comment_login_required`, core's answer unless the site opts in): the site's own
    /// comment form may still take it ([`crate::comment_form`]). Why, for when there is no
    /// form to send it to.
    LoginRequired(Refusal),
    /// Refused, and why.
    Refused(Refusal),
}

/// Why the site did not take a reply: the key of the reader's words for it (`refused.flood`),
/// and for a refusal Lectern has no words of its own for, the HTTP status and the site's own
/// message (`refused.unknown`, "The site refused the comment (HTTP 403: …)").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The key of the reader's words for it.
    pub key: &'static str,
    /// The HTTP status of the answer.
    pub status: u16,
    /// The site's own message, quoted, for `refused.unknown` (empty when it gave none).
    pub detail: String,
}

/// The JSON body of `POST wp/v2/comments` for `draft` on post `post`: the composer's fields by
/// WordPress's names, the text as the HTML WordPress stores for comments. A reader logged in on
/// the site (`as_site_user`) sends no name, email or website: WordPress takes them from their
/// account.
pub fn reply_body(draft: &Draft, post: u64, as_site_user: bool) -> String {
    let parent = parent_id(draft);
    let content = quote(&comment_html(&draft.text));
    if as_site_user {
        return format!("{{\"post\":{post},\"parent\":{parent},\"content\":{content}}}");
    }
    format!(
        "{{\"post\":{post},\"parent\":{parent},\"author_name\":{},\"author_email\":{},\"author_url\":{},\"content\":{content}}}",
        quote(draft.name.trim()),
        quote(draft.email.trim()),
        quote(draft.website.trim()),
    )
}

/// The id of the comment `draft` replies to, as WordPress's number (`0`: the post itself).
pub(crate) fn parent_id(draft: &Draft) -> &str {
    draft
        .parent
        .as_deref()
        .filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or("0")
}

/// The comment syntax as WordPress keeps comments: paragraphs apart by a blank line (WordPress
/// adds the `<p>` when it shows them), quotations in `<blockquote>`, emphasis and links in the
/// tags WordPress allows in comments, and every character the reader typed escaped, so HTML
/// typed into a comment stays text on the site too.
pub fn comment_html(text: &str) -> String {
    blocks_html(&parse_comment(text))
}

fn blocks_html(blocks: &[Block]) -> String {
    let parts: Vec<String> = blocks
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph(p) => Some(text_html(&p.text)),
            Block::Quote(q) => Some(format!(
                "<blockquote>{}</blockquote>",
                blocks_html(&q.blocks)
            )),
            _ => None,
        })
        .collect();
    parts.join("\n\n")
}

fn text_html(text: &Text) -> String {
    let mut out = String::new();
    for span in &text.0 {
        let mut inner = escape(&span.text);
        if span.em {
            inner = format!("<em>{inner}</em>");
        }
        if span.strong {
            inner = format!("<strong>{inner}</strong>");
        }
        match span.href.as_deref().and_then(safe_href) {
            Some(href) => out.push_str(&format!("<a href=\"{}\">{inner}</a>", escape(&href))),
            None => out.push_str(&inner),
        }
    }
    out
}

/// Escapes the characters HTML gives meaning to.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// What the site's answer (`status`, `body`) to a reply means.
pub fn reply_outcome(status: u16, body: &str) -> ReplyOutcome {
    let value = lectern_format::json::parse(body).ok();
    let field = |name: &str| match value.as_ref().and_then(|v| v.get(name)) {
        Some(Value::String(text)) => Some(text.clone()),
        Some(number @ Value::Number(_)) => number.as_u64().map(|n| n.to_string()),
        _ => None,
    };
    if (200..300).contains(&status) {
        return match (field("status").as_deref(), field("id"), value.clone()) {
            (Some("approved"), Some(_), Some(comment)) => ReplyOutcome::Published(comment),
            (_, Some(id), _) => ReplyOutcome::Held(id),
            _ => ReplyOutcome::Refused(Refusal {
                key: "refused.not-a-comment",
                status,
                detail: String::new(),
            }),
        };
    }
    let code = field("code").unwrap_or_default();
    let message = field("message").unwrap_or_default();
    let words = refusal_in_plain_words(status, &code, &message);
    if code == "rest_comment_login_required" {
        return ReplyOutcome::LoginRequired(words);
    }
    ReplyOutcome::Refused(words)
}

/// WordPress's refusal codes, as the keys of the reader's plain words for them.
fn refusal_in_plain_words(status: u16, code: &str, message: &str) -> Refusal {
    let key = match code {
        "rest_comment_login_required" => "refused.login-required",
        // The Lectern plugin's answer on a site whose Discussion settings require registration.
        "lectern_registration_required" => "refused.registration-required",
        "rest_cookie_invalid_nonce" => "refused.login-expired",
        "rest_comment_closed" | "rest_comment_draft_post" | "rest_comment_trash_post" => {
            "refused.closed"
        }
        "comment_duplicate" => "refused.duplicate",
        "comment_flood" => "refused.flood",
        "rest_comment_author_data_required" => "refused.name-and-email",
        "rest_comment_content_invalid" => "refused.empty",
        "rest_comment_author_invalid" | "rest_comment_invalid_author" => "refused.name",
        "rest_invalid_param" if message.contains("author_email") => "refused.email",
        "rest_invalid_param" if message.contains("author_url") => "refused.website",
        "rest_comment_invalid_post_id" => "refused.no-post",
        "comment_content_column_length" | "comment_author_column_length" => "refused.too-long",
        _ => "refused.unknown",
    };
    let detail = if key == "refused.unknown" && !message.is_empty() {
        format!(": {}", lectern_format::json::shown(message))
    } else {
        String::new()
    };
    Refusal {
        key,
        status,
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_has_wordpress_fields_and_escaped_html() {
        let draft = Draft {
            parent: Some("129".into()),
            text: "<b>hi</b> & *so* **much**\n\n> quoted".into(),
            name: " Ann ".into(),
            email: "ann@example.org".into(),
            website: String::new(),
            remember: false,
        };
        let body = reply_body(&draft, 60, false);
        let value = lectern_format::json::parse(&body).expect("JSON");
        assert_eq!(value.get("post").and_then(Value::as_u64), Some(60));
        assert_eq!(value.get("parent").and_then(Value::as_u64), Some(129));
        assert_eq!(value.get("author_name"), Some(&Value::String("Ann".into())));
        let Some(Value::String(content)) = value.get("content") else {
            panic!("content");
        };
        assert_eq!(
            content,
            "&lt;b&gt;hi&lt;/b&gt; &amp; <em>so</em> <strong>much</strong>\n\n<blockquote>quoted</blockquote>"
        );
        let top = reply_body(
            &Draft {
                parent: None,
                ..draft.clone()
            },
            60,
            false,
        );
        assert!(top.contains("\"parent\":0"));
        // Logged in on the site: WordPress knows who they are.
        let mine = lectern_format::json::parse(&reply_body(&draft, 60, true)).expect("JSON");
        assert_eq!(mine.get("author_name"), None);
        assert_eq!(mine.get("author_email"), None);
        assert_eq!(mine.get("parent").and_then(Value::as_u64), Some(129));
    }

    #[test]
    fn answers_mean_what_wordpress_means() {
        assert_eq!(
            reply_outcome(201, r#"{"id": 31, "status": "hold"}"#),
            ReplyOutcome::Held("31".into())
        );
        assert!(matches!(
            reply_outcome(201, r#"{"id": 32, "status": "approved"}"#),
            ReplyOutcome::Published(_)
        ));
        match reply_outcome(
            401,
            r#"{"code":"rest_comment_login_required","message":"Sorry, you must be logged in to comment."}"#,
        ) {
            ReplyOutcome::LoginRequired(why) => assert_eq!(why.key, "refused.login-required"),
            other => panic!("login required: {other:?}"),
        }
        // The site's own message is kept only where Lectern has no words of its own.
        match reply_outcome(403, r#"{"code":"odd_plugin","message":"Nope."}"#) {
            ReplyOutcome::Refused(why) => {
                assert_eq!(
                    (why.key, why.status, why.detail.as_str()),
                    ("refused.unknown", 403, ": \"Nope.\"")
                );
            }
            other => panic!("odd plugin: {other:?}"),
        }
        for (status, body, says) in [
            (
                401,
                r#"{"code":"lectern_registration_required","message":"Only registered users who are logged in can comment on this site."}"#,
                "refused.registration-required",
            ),
            (
                409,
                r#"{"code":"comment_duplicate","message":"Duplicate comment detected"}"#,
                "refused.duplicate",
            ),
            (
                400,
                r#"{"code":"comment_flood","message":"You are posting comments too quickly. Slow down."}"#,
                "refused.flood",
            ),
            (
                403,
                r#"{"code":"rest_comment_closed","message":"Sorry, comments are closed for this item."}"#,
                "refused.closed",
            ),
            (
                400,
                r#"{"code":"rest_comment_author_data_required","message":"Creating a comment requires valid author name and email values."}"#,
                "refused.name-and-email",
            ),
            (
                400,
                r#"{"code":"rest_invalid_param","message":"Invalid parameter(s): author_email"}"#,
                "refused.email",
            ),
            (500, "<html>oops</html>", "refused.unknown"),
            (201, "{}", "refused.not-a-comment"),
        ] {
            match reply_outcome(status, body) {
                ReplyOutcome::Refused(why) => assert_eq!(why.key, says, "{body}"),
                other => panic!("{body}: {other:?}"),
            }
        }
    }
}
