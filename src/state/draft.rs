//! The composer's edits as a pure reducer over [`Draft`]: every change the reader makes to a
//! reply goes through [`reduce_draft`], so it is tested natively.

use lectern_format::draft::{Draft, Field};

/// One change to the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftAction {
    /// A field's new value, as typed.
    Set(Field, String),
    /// The "Save my name, email, and website" checkbox was flipped.
    ToggleRemember,
    /// "Quote in reply": add `quote` as a `> ` quotation followed by its attribution.
    AddQuotation {
        /// The selected text.
        quote: String,
        /// Who said it.
        by: String,
    },
    /// "Discard draft": the text goes, who is writing stays.
    Discard,
}

/// The draft after `action`.
pub fn reduce_draft(draft: &Draft, action: &DraftAction) -> Draft {
    let mut next = draft.clone();
    match action {
        DraftAction::Set(Field::Comment, value) => next.text = value.clone(),
        DraftAction::Set(Field::Name, value) => next.name = value.clone(),
        DraftAction::Set(Field::Email, value) => next.email = value.clone(),
        DraftAction::Set(Field::Website, value) => next.website = value.clone(),
        DraftAction::ToggleRemember => next.remember = !next.remember,
        DraftAction::AddQuotation { quote, by } => {
            next.text = with_quotation(&draft.text, quote, by)
        }
        DraftAction::Discard => next.text.clear(),
    }
    next
}

/// `quote` as a `> ` quotation followed by its attribution, after what is already written.
pub fn with_quotation(current: &str, quote: &str, attribution: &str) -> String {
    let mut out = current.trim_end().to_owned();
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    for line in quote.lines().map(str::trim) {
        out.push_str(if line.is_empty() { ">" } else { "> " });
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&format!("— {attribution}\n\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_each_field_and_keeps_the_rest() {
        let draft = Draft {
            parent: Some("1".into()),
            ..Draft::default()
        };
        let draft = reduce_draft(&draft, &DraftAction::Set(Field::Comment, "Hi".into()));
        let draft = reduce_draft(&draft, &DraftAction::Set(Field::Name, "Ann".into()));
        let draft = reduce_draft(&draft, &DraftAction::Set(Field::Email, "a@b.org".into()));
        let draft = reduce_draft(
            &draft,
            &DraftAction::Set(Field::Website, "https://a.org".into()),
        );
        let draft = reduce_draft(&draft, &DraftAction::ToggleRemember);
        assert_eq!(
            draft,
            Draft {
                parent: Some("1".into()),
                text: "Hi".into(),
                name: "Ann".into(),
                email: "a@b.org".into(),
                website: "https://a.org".into(),
                remember: true
            }
        );
        let discarded = reduce_draft(&draft, &DraftAction::Discard);
        assert!(
            discarded.text.is_empty()
                && discarded.name == "Ann"
                && discarded.parent.as_deref() == Some("1")
        );
    }

    #[test]
    fn quotation_goes_after_the_text_with_its_attribution() {
        assert_eq!(
            with_quotation("", "One\ntwo", "RT"),
            "> One\n> two\n— RT\n\n"
        );
        assert_eq!(with_quotation("Hi\n", "Q", "Ann"), "Hi\n\n> Q\n— Ann\n\n");
        assert_eq!(with_quotation("", "a\n\nb", "X"), "> a\n>\n> b\n— X\n\n");
        let draft = Draft {
            text: "Hi".into(),
            ..Draft::default()
        };
        let quoted = reduce_draft(
            &draft,
            &DraftAction::AddQuotation {
                quote: "Q".into(),
                by: "RT".into(),
            },
        );
        assert_eq!(quoted.text, "Hi\n\n> Q\n— RT\n\n");
    }
}
