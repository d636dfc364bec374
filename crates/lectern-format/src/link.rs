//! Which link targets may become real links. Everything else is shown as plain text.
//!
//! Browsers strip ASCII tabs and newlines from URLs and ignore leading control characters and
//! spaces, so `java\tscript:` and ` javascript:` still run script. The check therefore looks at
//! the scheme the browser would see, after the same clean-up, and allows only `http:`, `https:`,
//! `mailto:`, scheme-less (relative) URLs and `#fragments`.

/// Returns the URL to put in an `href` if it is safe to link, or `None` to show plain text.
pub fn safe_href(raw: &str) -> Option<String> {
    let cleaned = clean_url(raw);
    if cleaned.is_empty() {
        return None;
    }
    match scheme_of(&cleaned) {
        None => Some(cleaned),
        Some(scheme) if ["http", "https", "mailto"].contains(&scheme.as_str()) => Some(cleaned),
        Some(_) => None,
    }
}

/// Returns the URL to use as an image `src` if it is safe and will not leave the page as script:
/// like [`safe_href`] but without `mailto:`.
pub fn safe_image_src(raw: &str) -> Option<String> {
    let cleaned = clean_url(raw);
    match scheme_of(&cleaned) {
        _ if cleaned.is_empty() => None,
        None => Some(cleaned),
        Some(scheme) if scheme == "http" || scheme == "https" => Some(cleaned),
        Some(_) => None,
    }
}

/// The host of an absolute `http(s)://` address, without `www.` and port, lower-cased
/// (`youtube.com`); `None` for anything else.
pub fn host_of(url: &str) -> Option<String> {
    let cleaned = clean_url(url);
    let lower = cleaned.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .or_else(|| lower.strip_prefix("//"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_owned())
}

/// Applies the browser's URL clean-up: trim C0 controls and spaces, drop tabs and newlines.
fn clean_url(raw: &str) -> String {
    raw.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The lower-cased scheme, if the URL has one (a `:` before any `/`, `?` or `#`).
fn scheme_of(url: &str) -> Option<String> {
    let end = url.find([':', '/', '?', '#'])?;
    if !url[end..].starts_with(':') {
        return None;
    }
    Some(url[..end].to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_web_mail_relative_and_fragment_links() {
        for url in [
            "https://example.org/a",
            "HTTP://example.org",
            "mailto:me@example.org",
            "/posts/a.json",
            "posts/a.json",
            "#syria",
            "?post=x",
            "//example.org/x",
        ] {
            assert!(safe_href(url).is_some(), "{url} should be a link");
        }
    }

    #[test]
    fn refuses_script_and_data_even_when_disguised() {
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "",
            "   ",
        ] {
            assert_eq!(safe_href(url), None, "{url:?} must not be a link");
        }
    }

    #[test]
    fn images_take_web_and_relative_sources_only() {
        assert!(safe_image_src("img/a.png").is_some());
        assert!(safe_image_src("https://example.org/a.png").is_some());
        assert_eq!(safe_image_src("mailto:x@example.org"), None);
        assert_eq!(
            safe_image_src("data:image/svg+xml,<svg onload=alert(1)>"),
            None
        );
    }
}
