//! What "Listen" says, in order: the post as a list of utterances, each tied to the element on
//! the page it reads (highlighted while it is spoken). Folded quotations are read in full and
//! announced ("Quotation from RT." … "End of quotation."). Note marks are not read in the
//! running text (a bare "1" after a word); the notes follow the post, each announced ("Note 1.").

use lectern_format::block::{Block, ListItem, Quote};
use lectern_format::outline::quote_anchor;
use lectern_format::post::Post;
use lectern_format::text::Text;

use crate::words::Words;

/// The element an utterance reads from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeechTarget {
    /// The post's title.
    Title,
    /// A section's heading (its section's id).
    Heading(String),
    /// A block of a section (the section's id and the block's index in the section's blocks).
    Block {
        /// The section's id.
        section: String,
        /// Index in the section's blocks.
        block: usize,
    },
    /// A quotation, read in full (its id, `syria-q2`).
    Quote(String),
    /// One of the post's notes, read after the post (its anchor, `note-1`), or their heading.
    Note(String),
}

/// One thing said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    /// The words.
    pub text: String,
    /// What is highlighted while they are said.
    pub target: SpeechTarget,
    /// Index of the section they belong to (`None` for the title).
    pub section: Option<usize>,
}

/// The whole post as utterances, in reading order.
pub fn script(post: &Post, say: &Words) -> Vec<Utterance> {
    let mut out = vec![Utterance {
        text: post.title.clone(),
        target: SpeechTarget::Title,
        section: None,
    }];
    for (index, section) in post.sections.iter().enumerate() {
        let speak = |out: &mut Vec<Utterance>, text: String, target: SpeechTarget| {
            if !text.trim().is_empty() {
                out.push(Utterance {
                    text,
                    target,
                    section: Some(index),
                });
            }
        };
        speak(
            &mut out,
            section.display_heading().to_owned(),
            SpeechTarget::Heading(section.anchor.clone()),
        );
        let mut quotes = 0;
        for (block_index, block) in section.blocks.iter().enumerate() {
            if let Block::Quote(quote) = block {
                quotes += 1;
                let target = SpeechTarget::Quote(quote_anchor(&section.anchor, quotes));
                speak(&mut out, announce(quote, say), target.clone());
                for inner in &quote.blocks {
                    speak(&mut out, text_of(inner, say), target.clone());
                }
                speak(
                    &mut out,
                    say.get("speech.end-of-quotation").to_owned(),
                    target,
                );
            } else {
                let target = SpeechTarget::Block {
                    section: section.anchor.clone(),
                    block: block_index,
                };
                speak(&mut out, text_of(block, say), target);
            }
        }
    }
    if !post.notes.is_empty() {
        let section = post.sections.len().checked_sub(1);
        out.push(Utterance {
            text: say.get("speech.notes").to_owned(),
            // The notes' heading (its id is reserved: see `lectern_format::anchor`).
            target: SpeechTarget::Note("notes-heading".to_owned()),
            section,
        });
        for (index, note) in post.notes.iter().enumerate() {
            let words: Vec<String> = note.blocks.iter().map(|b| text_of(b, say)).collect();
            let number = say.number(index + 1);
            let heading = say.fill("speech.note", &[("number", &number)]);
            out.push(Utterance {
                text: format!("{heading} {}", words.join(" ")),
                target: SpeechTarget::Note(note.anchor.clone()),
                section,
            });
        }
    }
    out
}

/// "Quotation from RT.", with the author when the post names one.
fn announce(quote: &Quote, say: &Words) -> String {
    match &quote.source {
        Some(source) => match &source.author {
            Some(author) => say.fill(
                "speech.quotation-from-author",
                &[("author", author), ("source", &source.name)],
            ),
            None => say.fill("speech.quotation-from", &[("source", &source.name)]),
        },
        None => say.get("speech.quotation").to_owned(),
    }
}

/// The words of a block as they are read (nested quotations included, code and rules left out).
fn text_of(block: &Block, say: &Words) -> String {
    match block {
        Block::Paragraph(p) => spoken(&p.text),
        Block::Heading(h) => spoken(&h.text),
        Block::List(list) => list_text(&list.items),
        Block::Quote(quote) => {
            let inner: Vec<String> = quote.blocks.iter().map(|b| text_of(b, say)).collect();
            format!(
                "{} {} {}",
                announce(quote, say),
                inner.join(" "),
                say.get("speech.end-of-quotation")
            )
        }
        Block::Figure(figure) => figure
            .caption
            .as_ref()
            .map(|c| c.to_plain())
            .or_else(|| figure.alt.clone())
            .unwrap_or_default(),
        Block::Table(table) => table
            .caption
            .as_ref()
            .map(|c| say.fill("speech.table", &[("caption", &c.to_plain())]))
            .unwrap_or_default(),
        Block::Embed(embed) => embed
            .title
            .clone()
            .map(|t| say.fill("speech.link", &[("title", &t)]))
            .unwrap_or_default(),
        Block::Rule | Block::Code(_) | Block::Unknown { .. } => String::new(),
    }
}

/// Text as it is read aloud: without its note marks.
fn spoken(text: &Text) -> String {
    text.0
        .iter()
        .filter(|span| span.note.is_none())
        .map(|span| span.text.as_str())
        .collect()
}

fn list_text(items: &[ListItem]) -> String {
    items
        .iter()
        .map(|item| {
            let own = spoken(&item.text);
            match &item.list {
                Some(list) => format!("{own} {}", list_text(&list.items)),
                None => own,
            }
        })
        .collect::<Vec<_>>()
        .join(". ")
}

/// Where reading from a section starts (its heading).
pub fn start_of_section(script: &[Utterance], section: usize) -> Option<usize> {
    script.iter().position(|u| u.section == Some(section))
}

/// Where reading one quotation starts (its announcement), and the utterance after its end.
pub fn quotation_span(script: &[Utterance], id: &str) -> Option<(usize, usize)> {
    let is_it = |u: &Utterance| matches!(&u.target, SpeechTarget::Quote(q) if q == id);
    let start = script.iter().position(is_it)?;
    let end = script[start..]
        .iter()
        .position(|u| !is_it(u))
        .map_or(script.len(), |n| start + n);
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lectern_format::parse::parse_post;

    const POST: &str = r#"{"format": "lectern/post@1", "id": "p", "title": "Round-up", "sections": [
        {"id": "syria", "title": "Syria", "blocks": [
            {"type": "paragraph", "text": "Lead."},
            {"type": "quote", "source": {"name": "RT"}, "blocks": [
                {"type": "paragraph", "text": "First."}, {"type": "paragraph", "text": "Second."}]},
            {"type": "rule"},
            {"type": "list", "ordered": false, "items": ["One", "Two"]}]},
        {"id": "end", "title": "End", "blocks": [{"type": "paragraph", "text": "Last."}]}]}"#;

    #[test]
    fn the_post_is_read_in_order_with_quotations_announced() {
        let post = parse_post(POST).expect("the post parses");
        let said: Vec<_> = script(&post, &Words::english())
            .into_iter()
            .map(|u| u.text)
            .collect();
        assert_eq!(
            said,
            [
                "Round-up",
                "Syria",
                "Lead.",
                "Quotation from RT.",
                "First.",
                "Second.",
                "End of quotation.",
                "One. Two",
                "End",
                "Last."
            ]
        );
    }

    #[test]
    fn note_marks_are_not_read_and_the_notes_follow_the_post() {
        let post = parse_post(
            r#"{"format": "lectern/post@1", "id": "p", "title": "T", "sections": [
            {"id": "s", "title": "S", "blocks": [{"type": "paragraph",
                "text": ["A claim", {"text": "1", "note": "a"}, "."]}]}],
            "notes": [{"id": "a", "blocks": [{"type": "paragraph", "text": "The source."}]}]}"#,
        )
        .expect("the post parses");
        let script = script(&post, &Words::english());
        let said: Vec<_> = script.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            said,
            ["T", "S", "A claim.", "Notes.", "Note 1. The source."]
        );
        assert_eq!(script[4].target, SpeechTarget::Note("note-a".into()));
    }

    #[test]
    fn sections_and_quotations_have_their_starts() {
        let post = parse_post(POST).expect("the post parses");
        let script = script(&post, &Words::english());
        assert_eq!(start_of_section(&script, 1), Some(8));
        assert_eq!(quotation_span(&script, "syria-q1"), Some((3, 7)));
        assert_eq!(quotation_span(&script, "syria-q9"), None);
        assert_eq!(
            script[2].target,
            SpeechTarget::Block {
                section: "syria".into(),
                block: 0
            }
        );
    }
}
