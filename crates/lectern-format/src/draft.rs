//! A reply being written, its checks, and a reply the reader has sent (kept as pending).

use super::comment_text::parse_comment;
use super::post::{Comment, Person};

/// What the reader has typed into the composer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The comment this replies to; `None` for a top-level comment.
    pub parent: Option<String>,
    /// The comment text, in the comment syntax.
    pub text: String,
    /// Name shown with the comment.
    pub name: String,
    /// Email, never published.
    pub email: String,
    /// Optional website (http or https).
    pub website: String,
    /// "Save my name, email, and website in this browser for the next time I comment."
    pub remember: bool,
}

/// A composer field, for errors and focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The comment text.
    Comment,
    /// The name.
    Name,
    /// The email address.
    Email,
    /// The website.
    Website,
}

impl Field {
    /// The form control's id suffix.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Comment => "comment",
            Self::Name => "author",
            Self::Email => "email",
            Self::Website => "url",
        }
    }

    /// The key of the field's label in the reader's words (WordPress's field names).
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Comment => "composer.comment",
            Self::Name => "composer.name",
            Self::Email => "composer.email",
            Self::Website => "composer.website",
        }
    }
}

/// One problem with one field, worded for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Which field.
    pub field: Field,
    /// What to fix: the key of the reader's words for it (`draft.name-missing`), which the
    /// reader says in its language.
    pub message: String,
}

impl Draft {
    /// What the reader typed in `field`.
    pub fn value(&self, field: Field) -> &str {
        match field {
            Field::Comment => &self.text,
            Field::Name => &self.name,
            Field::Email => &self.email,
            Field::Website => &self.website,
        }
    }

    /// Whether there is anything worth keeping.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Every problem, in form order (so the first one gets focus).
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut fail = |field, message: &str| {
            errors.push(FieldError {
                field,
                message: message.to_owned(),
            })
        };
        if self.text.trim().is_empty() {
            fail(Field::Comment, "draft.comment-missing");
        }
        if self.name.trim().is_empty() {
            fail(Field::Name, "draft.name-missing");
        }
        if self.email.trim().is_empty() {
            fail(Field::Email, "draft.email-missing");
        } else if !is_plausible_email(self.email.trim()) {
            fail(Field::Email, "draft.email-invalid");
        }
        if !self.website.trim().is_empty() && !is_web_address(self.website.trim()) {
            fail(Field::Website, "draft.website-invalid");
        }
        errors
    }
}

/// `local@domain.tld` with no spaces: plausible, not proof.
pub fn is_plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !email.chars().any(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
}

/// An http or https address with a host.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty() && !r.starts_with('/') && !url.chars().any(char::is_whitespace)
    })
}

/// A comment the reader sent: shown to them as awaiting moderation, never as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingComment {
    /// Local id (`local-<n>`), unique among this reader's pending comments.
    pub id: String,
    /// The comment it replies to.
    pub parent: Option<String>,
    /// Name as typed.
    pub name: String,
    /// Website as typed (checked).
    pub website: String,
    /// Text as typed.
    pub text: String,
}

impl PendingComment {
    /// The pending comment as a thread comment (its email is never part of it).
    pub fn to_comment(&self) -> Comment {
        let url = (!self.website.trim().is_empty()).then(|| self.website.trim().to_owned());
        Comment {
            id: self.id.clone(),
            parent: self.parent.clone(),
            author: Some(Person {
                name: self.name.trim().to_owned(),
                url,
            }),
            published: None,
            blocks: parse_comment(&self.text),
            anchor: format!("comment-{}", self.id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_draft_names_each_required_field() {
        let fields: Vec<_> = Draft::default()
            .validate()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, [Field::Comment, Field::Name, Field::Email]);
    }

    #[test]
    fn checks_email_and_website() {
        let mut draft = Draft {
            text: "hi".into(),
            name: "A".into(),
            email: "nope".into(),
            website: "javascript:alert(1)".into(),
            ..Draft::default()
        };
        let fields: Vec<_> = draft.validate().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::Email, Field::Website]);
        draft.email = "a@example.org".into();
        draft.website = "https://example.org".into();
        assert!(draft.validate().is_empty());
        for bad in ["a@b", "@b.c", "a b@c.d", "a@.c", "a@c."] {
            assert!(!is_plausible_email(bad), "{bad}");
        }
        assert!(
            !is_web_address("ftp://x.org")
                && !is_web_address("https://")
                && is_web_address("http://x.org")
        );
    }
}
