//! What a WordPress site means when its REST API refuses a request: the error `code` of its
//! answer and plain words for it, so a reader sees "This post is private" rather than
//! `rest_forbidden`.

/// The `code` of a WordPress REST error body (`{"code": "…", "message": "…", "data": …}`).
pub fn error_code(body: &str) -> Option<String> {
    let value = lectern_format::json::parse(body).ok()?;
    match value.get("code")? {
        lectern_format::json::Value::String(code) if value.get("message").is_some() => {
            Some(code.clone())
        }
        _ => None,
    }
}

/// A heading for a WordPress refusal (a REST error `code` with its HTTP status).
pub fn refusal_title(code: &str, status: u16) -> &'static str {
    match code {
        "rest_post_invalid_id" | "rest_invalid_param" if status == 404 => "The post was not found",
        "rest_no_route" => "This WordPress site does not answer that address",
        "rest_forbidden"
        | "rest_cannot_read"
        | "rest_forbidden_context"
        | "rest_post_incorrect_password" => "This post is private or password-protected",
        "rest_disabled" | "rest_cannot_access" | "rest_login_required" | "rest_not_logged_in" => {
            "This site has switched off its REST API for visitors"
        }
        _ if status == 404 => "The post was not found",
        _ => "The WordPress site refused the request",
    }
}

/// What a WordPress refusal means, in the reader's words (follows [`refusal_title`]).
pub fn refusal_meaning(code: &str, status: u16) -> &'static str {
    match refusal_title(code, status) {
        "The post was not found" => {
            "there is no post with that id or slug on this site (it may have been deleted or moved)"
        }
        "This WordPress site does not answer that address" => {
            "the address does not name a REST route of this site; the REST API may be switched off, or the address mistyped"
        }
        "This post is private or password-protected" => {
            "only the site's logged-in users, or readers with the post's password, may read it"
        }
        "This site has switched off its REST API for visitors" => {
            "the site answers its REST API only to logged-in users"
        }
        _ => "the site gave this reason code",
    }
}
