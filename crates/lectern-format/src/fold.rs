//! Where a long quotation folds: which part stays visible as a preview and where the rest starts.
//!
//! A quotation folds when it has more words than the post's `reader.collapse_words` (default
//! 100; 0 turns folding off). The preview is about half of that, at most 50 words, and ends at a
//! paragraph boundary when one is near, else at a sentence end, else at a word boundary.

use super::block::{Block, Quote};
use super::text::{Span, Text, count_words};

/// Quotations longer than this many words fold, unless the post says otherwise.
pub const DEFAULT_COLLAPSE_WORDS: usize = 100;

/// Longest preview, in words.
pub const MAX_PREVIEW_WORDS: usize = 50;

/// How a folded quotation is split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoldPlan {
    /// Words in the whole quotation (for "Show full quotation (N words)").
    pub words: usize,
    /// Where the preview ends.
    pub cut: Cut,
}

/// The end of the preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cut {
    /// The preview is `blocks[..n]`; the rest starts with block `n`.
    BeforeBlock(usize),
    /// The preview is `blocks[..block]` plus `head`; the rest is `tail` then `blocks[block + 1..]`.
    InsideParagraph {
        /// Index of the paragraph that is split.
        block: usize,
        /// Its visible beginning.
        head: Text,
        /// Its folded remainder.
        tail: Text,
    },
}

/// Decides whether and where `quote` folds, given the post's threshold.
pub fn plan_fold(quote: &Quote, collapse_words: usize) -> Option<FoldPlan> {
    let words: usize = quote.blocks.iter().map(Block::word_count).sum();
    if !folds_at(words, collapse_words) {
        return None;
    }
    let target = (collapse_words / 2).clamp(1, MAX_PREVIEW_WORDS);
    let (low, high) = (target * 3 / 5, target * 8 / 5);
    let near = |n: usize| n.abs_diff(target);

    // 1. A paragraph boundary near the target.
    let mut seen = 0;
    let mut best: Option<(usize, usize)> = None;
    for (index, block) in quote.blocks.iter().enumerate() {
        seen += block.word_count();
        let remaining = words - seen;
        if (low..=high).contains(&seen)
            && remaining > 0
            && best.is_none_or(|(_, n)| near(seen) < near(n))
        {
            best = Some((index + 1, seen));
        }
    }
    if let Some((next, _)) = best {
        return Some(FoldPlan {
            words,
            cut: Cut::BeforeBlock(next),
        });
    }

    // 2. Inside the block where the target falls: a sentence end, else a word boundary.
    let mut before = 0;
    for (index, block) in quote.blocks.iter().enumerate() {
        let here = block.word_count();
        if before + here < target {
            before += here;
            continue;
        }
        let cut = match block {
            Block::Paragraph(p) => {
                let local_target = target - before;
                let (local_low, local_high) = (low.saturating_sub(before).max(1), high - before);
                split_text(&p.text, local_target, local_low, local_high).map(|(head, tail)| {
                    Cut::InsideParagraph {
                        block: index,
                        head,
                        tail,
                    }
                })
            }
            _ => None,
        };
        let cut = cut.unwrap_or(Cut::BeforeBlock(if before > 0 { index } else { index + 1 }));
        return Some(FoldPlan { words, cut });
    }
    None
}

/// Whether a quotation of `words` words folds under the threshold `collapse_words` (0: never).
/// Every such quotation gets a [`plan_fold`]: a cut is always found, at worst after a block.
pub fn folds_at(words: usize, collapse_words: usize) -> bool {
    collapse_words > 0 && words > collapse_words
}

/// Splits `text` after a sentence ending between `low` and `high` words (nearest `target`),
/// else after exactly `target` words. `None` if nothing would remain after the cut.
fn split_text(text: &Text, target: usize, low: usize, high: usize) -> Option<(Text, Text)> {
    let plain = text.to_plain();
    let words = word_ends(&plain);
    if words.len() <= target {
        return None;
    }
    let sentence = words
        .iter()
        .enumerate()
        .filter(|(i, (_, sentence_end))| {
            *sentence_end && (low..=high).contains(&(i + 1)) && i + 1 < words.len()
        })
        .min_by_key(|(i, _)| (i + 1).abs_diff(target))
        .map(|(i, _)| i);
    let word_index = sentence.unwrap_or(target - 1);
    let cut = words[word_index].0;
    Some(split_at(text, cut))
}

/// Byte offsets just past each word of `plain`, with whether the word ends a sentence.
fn word_ends(plain: &str) -> Vec<(usize, bool)> {
    let mut out = Vec::new();
    let mut start = None;
    for (offset, c) in plain
        .char_indices()
        .chain(std::iter::once((plain.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(offset),
            (true, Some(begin)) => {
                let token = &plain[begin..offset];
                if count_words(token) == 1 {
                    let bare = token.trim_end_matches(['”', '’', '"', '\'', ')', ']']);
                    out.push((offset, bare.ends_with(['.', '?', '!', '…'])));
                } else if let Some(last) = out.last_mut() {
                    // Punctuation standing alone ("—", "…") belongs to the word before it.
                    last.0 = offset;
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Splits rich text at a byte offset of its plain text; the tail loses its leading spaces.
fn split_at(text: &Text, cut: usize) -> (Text, Text) {
    let mut head = Vec::new();
    let mut tail = Vec::new();
    let mut offset = 0;
    for span in &text.0 {
        let end = offset + span.text.len();
        if end <= cut {
            head.push(span.clone());
        } else if offset >= cut {
            tail.push(span.clone());
        } else {
            let at = cut - offset;
            head.push(Span {
                text: span.text[..at].to_owned(),
                ..span.clone()
            });
            tail.push(Span {
                text: span.text[at..].to_owned(),
                ..span.clone()
            });
        }
        offset = end;
    }
    if let Some(first) = tail.first_mut() {
        first.text = first.text.trim_start().to_owned();
    }
    tail.retain(|s| !s.text.is_empty());
    (Text(head), Text(tail))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::Paragraph;

    fn words(n: usize, sentence_every: usize) -> String {
        (1..=n)
            .map(|i| {
                if sentence_every > 0 && i % sentence_every == 0 {
                    format!("w{i}.")
                } else {
                    format!("w{i}")
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn quote(paragraphs: &[String]) -> Quote {
        Quote {
            source: None,
            blocks: paragraphs
                .iter()
                .map(|p| {
                    Block::Paragraph(Paragraph {
                        text: Text::plain(p.clone()),
                    })
                })
                .collect(),
        }
    }

    #[test]
    fn short_quotes_and_zero_threshold_never_fold() {
        assert_eq!(plan_fold(&quote(&[words(100, 0)]), 100), None);
        assert_eq!(plan_fold(&quote(&[words(500, 0)]), 0), None);
        assert!(plan_fold(&quote(&[words(101, 0)]), 100).is_some());
    }

    #[test]
    fn prefers_a_paragraph_boundary_near_fifty_words() {
        let plan = plan_fold(&quote(&[words(45, 0), words(40, 0), words(60, 0)]), 100).unwrap();
        assert_eq!(
            plan,
            FoldPlan {
                words: 145,
                cut: Cut::BeforeBlock(1)
            }
        );
    }

    #[test]
    fn cuts_a_single_paragraph_at_the_sentence_end_nearest_fifty() {
        let plan = plan_fold(&quote(&[words(140, 12)]), 100).unwrap();
        match plan.cut {
            Cut::InsideParagraph {
                block: 0,
                head,
                tail,
            } => {
                assert!(head.to_plain().ends_with("w48."), "{}", head.to_plain());
                assert!(tail.to_plain().starts_with("w49 "));
                assert_eq!(head.word_count() + tail.word_count(), 140);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn without_sentences_cuts_at_exactly_the_target_word() {
        let plan = plan_fold(&quote(&[words(300, 0)]), 100).unwrap();
        let Cut::InsideParagraph { head, .. } = plan.cut else {
            panic!("expected a split")
        };
        assert_eq!(head.word_count(), 50);
        assert!(head.to_plain().ends_with("w50"));
    }

    #[test]
    fn threshold_sets_preview_length() {
        let plan = plan_fold(&quote(&[words(100, 0)]), 40).unwrap();
        let Cut::InsideParagraph { head, .. } = plan.cut else {
            panic!("expected a split")
        };
        assert_eq!(head.word_count(), 20);
    }

    #[test]
    fn split_keeps_formatting_and_links() {
        let text = Text(vec![
            Span::plain("One two three. "),
            Span {
                text: "four five six".into(),
                href: Some("https://x".into()),
                em: true,
                ..Span::default()
            },
        ]);
        let (head, tail) = split_at(&text, "One two three. four".len());
        assert_eq!(head.to_plain(), "One two three. four");
        assert_eq!(head.0[1].href.as_deref(), Some("https://x"));
        assert_eq!(tail.to_plain(), "five six");
        assert!(tail.0[0].em);
    }
}
