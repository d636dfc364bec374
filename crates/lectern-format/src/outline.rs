//! Numbers a reader uses to find their way: reading time, and per-section word and quote counts.

use std::rc::Rc;

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
    /// Summarises one section whose blocks have `block_words` words each.
    fn of(section: &Section, block_words: &[usize]) -> Self {
        let (mut words, mut quoted_words, mut quotes) = (0, 0, 0);
        for (block, &here) in section.blocks.iter().zip(block_words) {
            words += here;
            if matches!(block, Block::Quote(_)) {
                quoted_words += here;
                quotes += 1;
            }
        }
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

/// The words of every block of a post, counted once. Counting words is the costly part of a long
/// post's outline, and the contents, the header, folding and the layout in parts all need them:
/// a reader makes one of these per post and asks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordCounts {
    /// Per section, the words of each top-level block.
    sections: Vec<Vec<usize>>,
}

impl WordCounts {
    /// Counts every block of `post`.
    pub fn of(post: &Post) -> Self {
        Self {
            sections: post
                .sections
                .iter()
                .map(|s| s.blocks.iter().map(Block::word_count).collect())
                .collect(),
        }
    }

    /// Words in the body (as [`Post::word_count`]).
    pub fn total(&self) -> usize {
        self.blocks().sum()
    }

    /// Each block's words, through the sections in reading order.
    fn blocks(&self) -> impl Iterator<Item = usize> + '_ {
        self.sections.iter().flatten().copied()
    }

    /// Summaries of every section of `post` (the post these were counted from), in order.
    pub fn summarise(&self, post: &Post) -> Vec<SectionSummary> {
        post.sections
            .iter()
            .zip(&self.sections)
            .map(|(section, words)| SectionSummary::of(section, words))
            .collect()
    }

    /// The ids of the quotations among `locations` (as [`quote_locations`] gives them for
    /// `post`) that fold under the post's settings (for "Expand all").
    fn foldable_quote_ids(&self, post: &Post, locations: &[(usize, usize, String)]) -> Vec<String> {
        let threshold = post.reader.collapse_words();
        locations
            .iter()
            .filter(|(s, b, _)| {
                let words = self.sections.get(*s).and_then(|w| w.get(*b)).copied();
                words.is_some_and(|words| super::fold::folds_at(words, threshold))
            })
            .map(|(_, _, id)| id.clone())
            .collect()
    }

    /// The words it takes to lay out the whole post: [`Self::blocks_within`] this many is every
    /// block.
    pub fn layout_words(&self) -> usize {
        self.blocks()
            .map(layout_weight)
            .fold(0, usize::saturating_add)
    }

    /// How many blocks, counted through the sections in reading order, fit within `words`
    /// words: always at least one more than none, so every render shows something new.
    pub fn blocks_within(&self, words: usize) -> usize {
        let mut used = 0_usize;
        let mut count = 0;
        for block in self.blocks() {
            used = used.saturating_add(layout_weight(block));
            if used > words && count > 0 {
                break;
            }
            count += 1;
        }
        count
    }
}

/// What a reader works out once per post, from one count of its words: the contents' summaries,
/// the ids it moves between, what folds, and the layout's length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostOutline {
    /// Each block's words.
    pub counts: WordCounts,
    /// Each section's summary, in order.
    pub summaries: Rc<[SectionSummary]>,
    /// Each section's anchor, in order.
    pub anchors: Rc<[String]>,
    /// Every top-level quotation's id, in order.
    pub quotations: Rc<[String]>,
    /// The ids of the quotations that fold.
    pub foldable: Rc<[String]>,
    /// Words in the body.
    pub words: usize,
    /// [`WordCounts::layout_words`].
    pub layout_words: usize,
}

impl PostOutline {
    /// Outlines `post`.
    pub fn of(post: &Post) -> Self {
        let counts = WordCounts::of(post);
        let summaries: Rc<[SectionSummary]> = counts.summarise(post).into();
        let locations = quote_locations(post);
        Self {
            anchors: summaries.iter().map(|s| s.anchor.clone()).collect(),
            foldable: counts.foldable_quote_ids(post, &locations).into(),
            quotations: locations.into_iter().map(|(_, _, id)| id).collect(),
            words: counts.total(),
            layout_words: counts.layout_words(),
            summaries,
            counts,
        }
    }
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

/// How a long post is laid out a part at a time on the client: the first part fills several
/// screens, and each later part is small enough to lay out in one short browser task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutPace {
    /// Words in the first render.
    pub first_words: usize,
    /// Words added in each later render.
    pub step_words: usize,
}

/// The pace the reader uses: about 3,000 words (a dozen screens) first, then 3,000 a task
/// (measured at about 15 ms of rendering and layout each on this project's benchmark machine).
pub const LAYOUT_PACE: LayoutPace = LayoutPace {
    first_words: 3_000,
    step_words: 3_000,
};

/// What a block of `words` words weighs when a post is laid out in parts: at least one.
fn layout_weight(words: usize) -> usize {
    words.max(1)
}

/// How many of a section's blocks to show when the first `shown` blocks of the post are shown
/// (`before`: blocks in the sections before it).
pub fn shown_in_section(section: &Section, before: usize, shown: usize) -> usize {
    shown.saturating_sub(before).min(section.blocks.len())
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

    fn post_of(words_per_block: &[&[usize]]) -> Post {
        use super::super::block::Paragraph;
        use super::super::text::Text;
        let mut post = crate::parse::parse_post(
            r#"{"format": "lectern/post@1", "id": "p", "title": "T", "sections": [{"id": "a", "title": "A", "blocks": [{"type": "paragraph", "text": "x"}]}]}"#,
        )
        .expect("a valid post");
        let template = post.sections[0].clone();
        post.sections = words_per_block
            .iter()
            .enumerate()
            .map(|(i, blocks)| {
                let mut section = template.clone();
                section.anchor = format!("s{i}");
                section.blocks = blocks
                    .iter()
                    .map(|n| {
                        Block::Paragraph(Paragraph {
                            text: Text::plain(vec!["word"; *n].join(" ")),
                        })
                    })
                    .collect();
                section
            })
            .collect();
        post
    }

    #[test]
    fn blocks_are_laid_out_by_words_across_sections() {
        let post = post_of(&[&[1000, 1000], &[500, 2000, 10]]);
        let counts = WordCounts::of(&post);
        assert_eq!(counts.layout_words(), 4510);
        assert_eq!(counts.total(), post.word_count());
        assert_eq!(counts.blocks_within(0), 1, "always at least one block");
        assert_eq!(counts.blocks_within(2000), 2);
        assert_eq!(counts.blocks_within(2499), 2);
        assert_eq!(counts.blocks_within(2500), 3);
        assert_eq!(counts.blocks_within(4510), 5);
        assert_eq!(counts.blocks_within(usize::MAX), 5);
        assert_eq!(shown_in_section(&post.sections[0], 0, 3), 2);
        assert_eq!(shown_in_section(&post.sections[1], 2, 3), 1);
        assert_eq!(shown_in_section(&post.sections[1], 2, 1), 0);
    }

    #[test]
    fn a_huge_block_is_shown_alone() {
        let post = post_of(&[&[50_000, 10]]);
        assert_eq!(
            WordCounts::of(&post).blocks_within(LAYOUT_PACE.first_words),
            1
        );
    }

    #[test]
    fn quote_ids_are_stable() {
        assert_eq!(quote_anchor("syria", 2), "syria-q2");
    }
}
