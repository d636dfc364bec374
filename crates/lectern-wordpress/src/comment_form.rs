//! The site's own comment form (`wp-comments-post.php`): the way every WordPress with open
//! comments takes a comment from an anonymous reader, used when the REST route refuses one
//! (`rest_comment_login_required`: core refuses anonymous REST comments unless the site opts
//! in). Where the form is, and the body its fields make. Pure; sending is the browser's job.

use lectern_format::draft::Draft;
use lectern_format::json::Value;

use crate::reply::{comment_html, parent_id};

/// The REST comments collection's suffix, the same in both address styles
/// (`…/wp-json/wp/v2/comments` and `…?rest_route=/wp/v2/comments`).
const COMMENTS_ROUTE: &str = "/wp/v2/comments";

/// The site's REST index, asked only for the WordPress address (`url`, the `siteurl` option,
/// where `wp-comments-post.php` lives; it differs from the REST address's host part when
/// WordPress is installed in a folder of its own).
pub fn site_index_address(comments: &str) -> Option<String> {
    let at = comments.find(COMMENTS_ROUTE)?;
    let root = format!("{}/", &comments[..at]);
    let join = if root.contains('?') { '&' } else { '?' };
    Some(format!("{root}{join}_fields=url"))
}

/// The WordPress address in the REST index's answer, if it is a web address.
pub fn site_url_of_index(body: &str) -> Option<String> {
    match lectern_format::json::parse(body).ok()?.get("url")? {
        Value::String(url) if url.starts_with("https://") || url.starts_with("http://") => {
            Some(url.clone())
        }
        _ => None,
    }
}

/// The comment form's address at WordPress address `site_url`.
pub fn form_address(site_url: &str) -> String {
    format!("{}/wp-comments-post.php", site_url.trim_end_matches('/'))
}

/// The comment form's address guessed from the REST comments address, for a site whose REST
/// index cannot be read: WordPress beside its REST API (`…/wp-json/…` or `…/index.php?rest_route=`).
pub fn guessed_form_address(comments: &str) -> Option<String> {
    if let Some(at) = comments.find("/wp-json/") {
        return Some(form_address(&comments[..at]));
    }
    if comments.contains("rest_route=") {
        let path = comments.split('?').next()?;
        let folder = path.strip_suffix("index.php").unwrap_or(path);
        return Some(form_address(folder));
    }
    None
}

/// The form-encoded body the site's comment form sends for `draft` on post `post`: its own
/// field names, the text as the HTML a REST reply carries.
pub fn form_body(draft: &Draft, post: u64) -> String {
    let comment = comment_html(&draft.text);
    let post = post.to_string();
    [
        ("comment", comment.as_str()),
        ("author", draft.name.trim()),
        ("email", draft.email.trim()),
        ("url", draft.website.trim()),
        ("comment_post_ID", post.as_str()),
        ("comment_parent", parent_id(draft)),
    ]
    .iter()
    .map(|(name, value)| format!("{name}={}", form_encode(value)))
    .collect::<Vec<_>>()
    .join("&")
}

/// `application/x-www-form-urlencoded` encoding, as a browser's form does it.
fn form_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_is_asked_in_the_address_style_of_the_site() {
        assert_eq!(
            site_index_address("https://example.org/blog/wp-json/wp/v2/comments").as_deref(),
            Some("https://example.org/blog/wp-json/?_fields=url")
        );
        assert_eq!(
            site_index_address("https://example.org/index.php?rest_route=/wp/v2/comments")
                .as_deref(),
            Some("https://example.org/index.php?rest_route=/&_fields=url")
        );
        assert_eq!(
            site_index_address("https://example.org/comments.json"),
            None
        );
    }

    #[test]
    fn the_form_is_where_wordpress_is() {
        assert_eq!(
            site_url_of_index(r#"{"url":"https://example.org/wp"}"#).as_deref(),
            Some("https://example.org/wp")
        );
        assert_eq!(site_url_of_index(r#"{"url":"javascript:alert(1)"}"#), None);
        assert_eq!(site_url_of_index("<html>"), None);
        assert_eq!(
            form_address("https://example.org/wp/"),
            "https://example.org/wp/wp-comments-post.php"
        );
        assert_eq!(
            guessed_form_address("https://example.org/blog/wp-json/wp/v2/comments").as_deref(),
            Some("https://example.org/blog/wp-comments-post.php")
        );
        assert_eq!(
            guessed_form_address("https://example.org/index.php?rest_route=/wp/v2/comments")
                .as_deref(),
            Some("https://example.org/wp-comments-post.php")
        );
        assert_eq!(guessed_form_address("/comments.json"), None);
    }

    #[test]
    fn the_body_has_the_forms_own_fields() {
        let draft = Draft {
            parent: Some("129".into()),
            text: "Ça & *so* <b>\n\n> quoted".into(),
            name: " Ann Lee ".into(),
            email: "ann+x@example.org".into(),
            website: String::new(),
            remember: false,
        };
        assert_eq!(
            form_body(&draft, 60),
            "comment=%C3%87a+%26amp%3B+%3Cem%3Eso%3C%2Fem%3E+%26lt%3Bb%26gt%3B%0A%0A%3Cblockquote%3Equoted%3C%2Fblockquote%3E\
             &author=Ann+Lee&email=ann%2Bx%40example.org&url=&comment_post_ID=60&comment_parent=129"
        );
        let top = Draft {
            parent: Some("not a number".into()),
            ..draft
        };
        assert!(form_body(&top, 60).ends_with("&comment_parent=0"));
    }
}
