//! Every key the reader writes in browser storage, in one place. The names are those earlier
//! versions wrote, so drafts and pending comments saved before an upgrade are still found.

/// The draft of a reply: one per post and parent (`-` for a new comment).
pub fn draft(post_id: &str, parent: Option<&str>) -> String {
    format!("lectern:draft:{post_id}:{}", parent.unwrap_or("-"))
}

/// Which comment the reader was last replying to on a post (`null` for a new comment).
pub fn replying_to(post_id: &str) -> String {
    format!("lectern:draft-active:{post_id}")
}

/// The remembered name, email and website (only when the reader opts in). One for all posts.
pub const IDENTITY: &str = "lectern:identity";

/// The reader's text settings (size, width, spacing, font, theme): one for the whole site.
/// `static/early.js` reads it too, before the first paint.
pub const READING_SETTINGS: &str = lectern_first::settings::STORAGE_KEY;

/// Where the reader stopped in a post, and whether they finished it.
pub fn reading_place(post_id: &str) -> String {
    // The first screen saves places too: one key for both.
    lectern_first::place::storage_key(post_id)
}

/// The comments the reader sent on a post that the site has not published yet.
pub fn pending(post_id: &str) -> String {
    format!("lectern:pending:{post_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_per_post_and_parent() {
        assert_eq!(draft("p", None), "lectern:draft:p:-");
        assert_eq!(draft("p", Some("12")), "lectern:draft:p:12");
        assert_eq!(replying_to("p"), "lectern:draft-active:p");
        assert_eq!(pending("p"), "lectern:pending:p");
    }
}
