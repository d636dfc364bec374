//! Numbers a reader uses to find their way: reading time, and per-section word and quote counts.

use super::block::Block;
use super::post::{Post, Section};

/// Average silent reading speed used for reading times, in words per minute.
pub const WORDS_PER_MINUTE: usize = 230;

/// Minutes to read `words`, rounded up, at least one for any text.
pub fn reading_minutes(words: usize) -> usize {
    words.div_ceil(WORDS_PER_MINUTE).max(usize::from(words > 0))
}

/// What the table of contents shows for one section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionSummary {
    /// The section's anchor id.
    pub anchor: String,
    /// The TOC label.
    pub title: String,
    /// Words in the section.
    pub words: usize,
    /// Words inside quotations in the section.
    pub quoted_words: usize,
    /// Number of quotations (top-level quote blocks).
    pub quotes: usize,
    /// Reading time in minutes.
    pub minutes: usize,
}

impl SectionSummary {
    /// Summarises one section.
    pub fn of(section: &Section) -> Self {
        let words = section.word_count();
        let quotes = section
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Quote(_)))
            .count();
        let quoted_words = section
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Quote(_)))
            .map(Block::word_count)
            .sum();
        Self {
            anchor: section.anchor.clone(),
            title: section.title.clone(),
            words,
            quoted_words,
            quotes,
            minutes: reading_minutes(words),
        }
    }

    /// Share of the section that is quotation, as a whole percentage.
    pub fn quoted_percent(&self) -> usize {
        (self.quoted_words * 100)
            .checked_div(self.words)
            .unwrap_or(0)
    }
}

/// Summaries of every section, in order.
pub fn summarise(post: &Post) -> Vec<SectionSummary> {
    post.sections.iter().map(SectionSummary::of).collect()
}

/// The stable id of the `n`th (1-based) quotation of a section: `syria-q2`.
pub fn quote_anchor(section_anchor: &str, n: usize) -> String {
    format!("{section_anchor}-q{n}")
}

/// Every top-level quotation of the post as (section index, block index, anchor id), in order.
pub fn quote_locations(post: &Post) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (section_index, section) in post.sections.iter().enumerate() {
        let quotes = section
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b, Block::Quote(_)));
        for (n, (block_index, _)) in quotes.enumerate() {
            out.push((
                section_index,
                block_index,
                quote_anchor(&section.anchor, n + 1),
            ));
        }
    }
    out
}

/// Anchor ids of the quotations that fold under the post's settings (for "Expand all").
pub fn foldable_quote_ids(post: &Post) -> Vec<String> {
    let threshold = post.reader.collapse_words();
    quote_locations(post)
        .into_iter()
        .filter(|(s, b, _)| match &post.sections[*s].blocks[*b] {
            Block::Quote(q) => super::fold::plan_fold(q, threshold).is_some(),
            _ => false,
        })
        .map(|(_, _, id)| id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_time_rounds_up() {
        assert_eq!(reading_minutes(0), 0);
        assert_eq!(reading_minutes(1), 1);
        assert_eq!(reading_minutes(230), 1);
        assert_eq!(reading_minutes(231), 2);
    }

    #[test]
    fn quote_ids_are_stable() {
        assert_eq!(quote_anchor("syria", 2), "syria-q2");
    }
}
