//! Anchor ids for the page, derived from the post (never from components), unique on the page.
//!
//! Ids are slugs: lower-case letters, digits and dashes, so they are valid in URLs and CSS
//! selectors. Clashes get `-2`, `-3`, … as mdBook does.

use std::collections::HashSet;

/// Ids the reader's own furniture uses; posts cannot take them.
pub const RESERVED: &[&str] = &[
    "article",
    "article-end",
    "comments",
    "comments-heading",
    "main",
    "notes-heading",
    "respond",
    "toc",
    "toc-list",
    "top",
];

/// Turns any string into a slug: `"Russia–Turkey!"` → `"russia-turkey"`.
pub fn slugify(raw: &str) -> String {
    let mut slug = String::with_capacity(raw.len());
    for c in raw.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '_' {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Hands out unique ids: the first request for a slug gets it, later ones get `-2`, `-3`, ….
#[derive(Debug, Default)]
pub struct AnchorSet {
    taken: HashSet<String>,
}

impl AnchorSet {
    /// A set that already holds the reader's reserved ids.
    pub fn with_reserved() -> Self {
        Self {
            taken: RESERVED.iter().map(|id| (*id).to_owned()).collect(),
        }
    }

    /// A unique id built from `preferred`, or from `fallback` when `preferred` has no letters.
    pub fn claim(&mut self, preferred: &str, fallback: &str) -> String {
        let mut base = slugify(preferred);
        if base.is_empty() {
            base = slugify(fallback);
        }
        // The reader's form fields and roots are all `lectern…`; a post never takes those.
        if base == "lectern" || base.starts_with("lectern-") {
            base = format!("post-{base}");
        }
        if self.taken.insert(base.clone()) {
            return base;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{base}-{n}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slugify("Russia–Turkey!"), "russia-turkey");
        assert_eq!(slugify("  Stalin   myth "), "stalin-myth");
        assert_eq!(slugify("<script>"), "script");
        assert_eq!(slugify("—"), "");
    }

    #[test]
    fn clashes_are_numbered_and_reserved_ids_avoided() {
        let mut set = AnchorSet::with_reserved();
        assert_eq!(set.claim("syria", "section-1"), "syria");
        assert_eq!(set.claim("Syria", "section-2"), "syria-2");
        assert_eq!(set.claim("comments", "section-3"), "comments-2");
        assert_eq!(set.claim("!!!", "section-4"), "section-4");
        assert_eq!(set.claim("respond", "section-5"), "respond-2");
        assert_eq!(
            set.claim("Lectern comments", "section-6"),
            "post-lectern-comments"
        );
        assert_eq!(set.claim("lecterns", "section-7"), "lecterns");
    }
}
