//! The reader's pending comments: which way each one went (its id says so, as it is kept in
//! storage) and when the site's thread shows it published, so this browser can forget its copy.

use lectern_format::Comment;
use lectern_format::block::Block;
use lectern_format::comment_text::parse_comment;
use lectern_format::draft::PendingComment;

/// Where a pending comment went, read from its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingKind {
    /// Taken by the site's REST API and held for moderation under the site's id (`wp-31`).
    Held(String),
    /// Sent to the site's own comment form, whose answer a page of another origin cannot read
    /// (`form-<time>`): the site may hold it, publish it, or not have taken it.
    SentToForm,
    /// Kept in this browser only: the post has no site to send it to (`local-<time>-<n>`).
    Local,
}

/// The id prefix of a comment the site holds (`wp-31`).
const HELD_PREFIX: &str = "wp-";
/// The id prefix of a comment sent to the site's comment form.
const FORM_PREFIX: &str = "form-";

impl PendingKind {
    /// The kind of the pending comment with id `id`.
    pub fn of(id: &str) -> Self {
        if let Some(site_id) = id.strip_prefix(HELD_PREFIX) {
            Self::Held(site_id.to_owned())
        } else if id.starts_with(FORM_PREFIX) {
            Self::SentToForm
        } else {
            Self::Local
        }
    }

    /// A new pending comment's id: `now` (milliseconds) and `count` (comments already pending)
    /// keep ids apart.
    pub fn new_id(&self, now: u64, count: usize) -> String {
        match self {
            Self::Held(site_id) => format!("{HELD_PREFIX}{site_id}"),
            Self::SentToForm => format!("{FORM_PREFIX}{now}-{}", count + 1),
            Self::Local => format!("local-{now}-{}", count + 1),
        }
    }
}

/// Whether the site's thread (`published`) has `pending` now, so it is no longer pending:
/// a held comment by its id; one sent to the form (no id known) by its author's name, the
/// comment it replies to and its words — compared by letters and digits only, since WordPress
/// curls quotes and dashes and adds its own paragraph markup.
pub fn is_published(pending: &PendingComment, published: &[Comment]) -> bool {
    match PendingKind::of(&pending.id) {
        PendingKind::Held(id) => published.iter().any(|c| c.id == id),
        PendingKind::SentToForm => {
            let words = fingerprint(&parse_comment(&pending.text));
            let name = pending.name.trim();
            !words.is_empty()
                && published.iter().any(|c| {
                    c.author.as_ref().is_some_and(|a| a.name.trim() == name)
                        && c.parent.as_deref().unwrap_or("0")
                            == pending.parent.as_deref().unwrap_or("0")
                        && fingerprint(&c.blocks) == words
                })
        }
        PendingKind::Local => false,
    }
}

/// The letters and digits of a comment's text, lower-cased, in order.
fn fingerprint(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Paragraph(p) => {
                for span in &p.text.0 {
                    out.extend(
                        span.text
                            .chars()
                            .filter(|c| c.is_alphanumeric())
                            .flat_map(char::to_lowercase),
                    );
                }
            }
            Block::Quote(q) => out.push_str(&fingerprint(&q.blocks)),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use lectern_format::Person;

    fn pending(id: &str, parent: Option<&str>, text: &str) -> PendingComment {
        PendingComment {
            id: id.into(),
            parent: parent.map(Into::into),
            name: "Ada Reader".into(),
            website: String::new(),
            text: text.into(),
        }
    }

    fn published(id: &str, parent: Option<&str>, name: &str, text: &str) -> Comment {
        Comment {
            id: id.into(),
            parent: parent.map(Into::into),
            author: Some(Person {
                name: name.into(),
                url: None,
            }),
            published: None,
            blocks: parse_comment(text),
            anchor: format!("comment-{id}"),
        }
    }

    #[test]
    fn ids_say_which_way_a_comment_went() {
        assert_eq!(PendingKind::of("wp-31"), PendingKind::Held("31".into()));
        assert_eq!(PendingKind::of("form-17-1"), PendingKind::SentToForm);
        assert_eq!(PendingKind::of("local-17-1"), PendingKind::Local);
        for kind in [
            PendingKind::Held("31".into()),
            PendingKind::SentToForm,
            PendingKind::Local,
        ] {
            assert_eq!(PendingKind::of(&kind.new_id(17, 0)), kind);
        }
        assert_ne!(
            PendingKind::SentToForm.new_id(17, 0),
            PendingKind::SentToForm.new_id(17, 1)
        );
    }

    #[test]
    fn a_held_comment_is_published_once_the_thread_has_its_id() {
        let mine = pending("wp-31", None, "Hello");
        assert!(!is_published(
            &mine,
            &[published("30", None, "Ada Reader", "Hello")]
        ));
        assert!(is_published(
            &mine,
            &[published("31", None, "Someone", "Other")]
        ));
    }

    #[test]
    fn a_comment_sent_to_the_form_is_published_once_its_words_are_there() {
        let mine = pending(
            "form-1-1",
            Some("7"),
            "It's -- \"quoted\" *here*...\n\n> and this",
        );
        // WordPress's texturized rendering of the same words.
        let site = published(
            "40",
            Some("7"),
            "Ada Reader",
            "It’s – “quoted” here…\n\n> and this",
        );
        assert!(is_published(&mine, std::slice::from_ref(&site)));
        let elsewhere = Comment {
            parent: None,
            ..site.clone()
        };
        assert!(
            !is_published(&mine, &[elsewhere]),
            "a reply to another comment"
        );
        let other_name = published("41", Some("7"), "Bo", "It’s – “quoted” here…\n\n> and this");
        assert!(!is_published(&mine, &[other_name]));
        assert!(!is_published(
            &mine,
            &[published("42", Some("7"), "Ada Reader", "Something else")]
        ));
        assert!(!is_published(
            &pending("local-1-1", None, "Hi"),
            &[published("1", None, "Ada Reader", "Hi")]
        ));
    }
}
