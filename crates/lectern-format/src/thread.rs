//! The comment thread built from the flat `comments` list, without recursion.
//!
//! Rules (see `docs/decisions.md`):
//! - A reply's `parent` must name a comment that comes *earlier* in the list (a reply is written
//!   after what it answers). This makes cycles impossible: a parent that is missing, is the
//!   comment itself, or comes later is not followed; such a comment is shown at top level, marked
//!   as a reply to a comment that is not available (or "in reply to <name>" when the named
//!   comment exists later in the list). Nothing is dropped.
//! - Duplicate ids: every comment is shown; replies attach to the first comment with that id.
//! - Nesting stops at `max_depth` levels; deeper replies are shown at the last level with
//!   "in reply to <name>" linking to their parent.
//! - The result is a flat list in display order (pre-order), each item with its depth and the
//!   size of its subtree, so rendering and collapsing never recurse.

use std::collections::HashMap;

use super::post::Comment;

/// Replies nest this deep unless the post says otherwise.
pub const DEFAULT_MAX_DEPTH: usize = 5;

/// Top-level comments shown before "Show more comments".
pub const PAGE_SIZE: usize = 50;

/// Order of top-level comments; replies always read oldest first under their parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// As written: oldest first.
    #[default]
    OldestFirst,
    /// Most recent conversations first.
    NewestFirst,
}

/// Why an item shows an "in reply to" line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyNote {
    /// Nested at the last level (or its parent comes later): links to the parent comment.
    To {
        /// Index of the parent in the comments list.
        parent: usize,
    },
    /// The parent is not in this thread.
    Unavailable,
}

/// One comment in display order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadItem {
    /// Index into the post's `comments`.
    pub comment: usize,
    /// Nesting level, 0 for top level, at most `max_depth - 1`.
    pub depth: usize,
    /// Number of replies below it (all levels): items `i + 1 ..= i + descendants`.
    pub descendants: usize,
    /// Which top-level conversation this belongs to (0-based, in display order).
    pub top_level_index: usize,
    /// An "in reply to" line, when nesting alone does not show the parent.
    pub note: Option<ReplyNote>,
    /// Where it sits for assistive technology, which hears a flat list otherwise: its true
    /// level (1 for top level, however deep the indent stops), its place among the comments at
    /// that level under the same parent (1-based), and how many there are.
    pub structure: Structure,
}

/// A comment's place in the conversation's tree (`aria-level`, `aria-posinset`,
/// `aria-setsize`), and the comment it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Structure {
    /// 1 for a top-level comment, 2 for a reply to it, and so on.
    pub level: usize,
    /// 1-based place among its siblings, in display order.
    pub position: usize,
    /// How many siblings (itself included).
    pub set_size: usize,
    /// Index of the comment it answers, when it is nested under it.
    pub parent: Option<usize>,
}

/// Builds the display list for `comments`.
pub fn build_thread(comments: &[Comment], max_depth: usize, order: Order) -> Vec<ThreadItem> {
    let max_depth = max_depth.max(1);
    let mut first_with_id: HashMap<&str, usize> = HashMap::with_capacity(comments.len());
    for (index, comment) in comments.iter().enumerate() {
        first_with_id.entry(comment.id.as_str()).or_insert(index);
    }
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); comments.len()];
    let mut roots = Vec::new();
    let mut notes: Vec<Option<ReplyNote>> = vec![None; comments.len()];
    for (index, comment) in comments.iter().enumerate() {
        match comment
            .parent
            .as_deref()
            .map(|p| first_with_id.get(p).copied())
        {
            None => roots.push(index),
            Some(Some(parent)) if parent < index => children[parent].push(index),
            Some(Some(parent)) if parent != index => {
                notes[index] = Some(ReplyNote::To { parent });
                roots.push(index);
            }
            Some(_) => {
                notes[index] = Some(ReplyNote::Unavailable);
                roots.push(index);
            }
        }
    }
    if order == Order::NewestFirst {
        roots.reverse();
    }

    let mut items = Vec::with_capacity(comments.len());
    let mut real_depths = Vec::with_capacity(comments.len());
    // Depth-first with an explicit stack (a 10,000-deep chain must not overflow anything);
    // children are pushed in reverse so the oldest reply comes out first.
    let mut stack: Vec<Visit> = Vec::new();
    for (top_level_index, &root) in roots.iter().enumerate() {
        stack.push(Visit {
            comment: root,
            depth: 0,
            parent: None,
            position: top_level_index + 1,
            set_size: roots.len(),
        });
        while let Some(Visit {
            comment,
            depth,
            parent,
            position,
            set_size,
        }) = stack.pop()
        {
            let note = match parent {
                Some(parent) if depth >= max_depth => Some(ReplyNote::To { parent }),
                _ => notes[comment].clone(),
            };
            items.push(ThreadItem {
                comment,
                depth: depth.min(max_depth - 1),
                descendants: 0,
                top_level_index,
                note,
                structure: Structure {
                    level: depth + 1,
                    position,
                    set_size,
                    parent,
                },
            });
            real_depths.push(depth);
            let replies = &children[comment];
            for (i, &child) in replies.iter().enumerate().rev() {
                stack.push(Visit {
                    comment: child,
                    depth: depth + 1,
                    parent: Some(comment),
                    position: i + 1,
                    set_size: replies.len(),
                });
            }
        }
    }
    count_descendants(&mut items, &real_depths);
    items
}

/// A comment waiting on the walk's stack: its true depth, the comment it answers, and its place
/// among its siblings.
struct Visit {
    comment: usize,
    depth: usize,
    parent: Option<usize>,
    position: usize,
    set_size: usize,
}

/// In pre-order, an item's subtree runs until the next item at the same or a shallower depth.
fn count_descendants(items: &mut [ThreadItem], real_depths: &[usize]) {
    let mut open: Vec<usize> = Vec::new();
    for index in 0..items.len() {
        while let Some(&top) = open.last() {
            if real_depths[top] < real_depths[index] {
                break;
            }
            items[top].descendants = index - top - 1;
            open.pop();
        }
        open.push(index);
    }
    for top in open {
        items[top].descendants = items.len() - top - 1;
    }
}

/// Reorders comments so that every reply comes after the comment it answers, keeping the given
/// order otherwise (siblings stay in it): a site can hold a reply dated before its parent (an
/// import, a clock set wrong), and WordPress still shows it under that parent. Comments whose
/// parent is missing stay where they are; a cycle of parents is broken where it is found.
pub fn parents_first(comments: Vec<Comment>) -> Vec<Comment> {
    let position: HashMap<&str, usize> = comments
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); comments.len()];
    let mut roots = Vec::new();
    for (index, comment) in comments.iter().enumerate() {
        match comment.parent.as_deref().and_then(|p| position.get(p)) {
            Some(&parent) if parent != index => children[parent].push(index),
            _ => roots.push(index),
        }
    }
    let mut order = Vec::with_capacity(comments.len());
    let mut placed = vec![false; comments.len()];
    let visit = |start: usize, order: &mut Vec<usize>, placed: &mut Vec<bool>| {
        let mut stack = vec![start];
        while let Some(index) = stack.pop() {
            if std::mem::replace(&mut placed[index], true) {
                continue;
            }
            order.push(index);
            stack.extend(children[index].iter().rev().copied());
        }
    };
    for root in roots {
        visit(root, &mut order, &mut placed);
    }
    // What is left hangs on a cycle of parents: take it in the given order.
    for index in 0..comments.len() {
        visit(index, &mut order, &mut placed);
    }
    let mut slots: Vec<Option<Comment>> = comments.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|index| slots[index].take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: &str, parent: Option<&str>) -> Comment {
        Comment {
            id: id.to_owned(),
            parent: parent.map(str::to_owned),
            author: None,
            published: None,
            blocks: Vec::new(),
            anchor: format!("comment-{id}"),
        }
    }

    fn shape(items: &[ThreadItem], comments: &[Comment]) -> Vec<(String, usize, usize)> {
        items
            .iter()
            .map(|i| (comments[i.comment].id.clone(), i.depth, i.descendants))
            .collect()
    }

    #[test]
    fn nests_replies_under_parents_oldest_first() {
        let comments = vec![
            comment("a", None),
            comment("b", None),
            comment("a1", Some("a")),
            comment("a1x", Some("a1")),
            comment("a2", Some("a")),
        ];
        let items = build_thread(&comments, 5, Order::OldestFirst);
        let expected = [
            ("a", 0, 3),
            ("a1", 1, 1),
            ("a1x", 2, 0),
            ("a2", 1, 0),
            ("b", 0, 0),
        ];
        assert_eq!(
            shape(&items, &comments),
            expected.map(|(a, b, c)| (a.to_owned(), b, c))
        );
        let newest = build_thread(&comments, 5, Order::NewestFirst);
        assert_eq!(comments[newest[0].comment].id, "b");
        assert_eq!(comments[newest[1].comment].id, "a");
        // The tree as assistive technology hears it: level, place among siblings, parent.
        let structure: Vec<(usize, usize, usize, Option<usize>)> = items
            .iter()
            .map(|i| {
                let s = i.structure;
                (s.level, s.position, s.set_size, s.parent)
            })
            .collect();
        assert_eq!(
            structure,
            [
                (1, 1, 2, None),
                (2, 1, 2, Some(0)),
                (3, 1, 1, Some(2)),
                (2, 2, 2, Some(0)),
                (1, 2, 2, None),
            ]
        );
        assert_eq!(
            newest[0].structure.position, 1,
            "newest first counts in display order"
        );
    }

    #[test]
    fn replies_dated_before_their_parent_follow_it() {
        let comment = |id: &str, parent: Option<&str>| Comment {
            id: id.into(),
            parent: parent.map(Into::into),
            author: None,
            published: None,
            blocks: Vec::new(),
            anchor: String::new(),
        };
        let given = vec![
            comment("8", Some("5")),
            comment("2", None),
            comment("5", None),
            comment("9", Some("8")),
            comment("x", Some("missing")),
            comment("a", Some("b")),
            comment("b", Some("a")),
        ];
        let ids: Vec<String> = parents_first(given).into_iter().map(|c| c.id).collect();
        assert_eq!(ids, ["2", "5", "8", "9", "x", "a", "b"]);
    }

    #[test]
    fn caps_depth_and_notes_the_parent() {
        let comments = vec![
            comment("1", None),
            comment("2", Some("1")),
            comment("3", Some("2")),
            comment("4", Some("3")),
        ];
        let items = build_thread(&comments, 2, Order::OldestFirst);
        let depths: Vec<_> = items.iter().map(|i| i.depth).collect();
        assert_eq!(depths, [0, 1, 1, 1]);
        assert_eq!(items[1].note, None);
        assert_eq!(items[2].note, Some(ReplyNote::To { parent: 1 }));
        assert_eq!(items[3].note, Some(ReplyNote::To { parent: 2 }));
        assert_eq!(items[0].descendants, 3);
        // The indent stops; the level a screen reader hears does not.
        let levels: Vec<_> = items.iter().map(|i| i.structure.level).collect();
        assert_eq!(levels, [1, 2, 3, 4]);
    }

    #[test]
    fn orphans_cycles_and_duplicates_keep_every_comment() {
        let comments = vec![
            comment("x", Some("missing")),
            comment("self", Some("self")),
            comment("p", Some("q")),
            comment("q", Some("p")),
            comment("d", None),
            comment("d", None),
            comment("r", Some("d")),
        ];
        let items = build_thread(&comments, 5, Order::OldestFirst);
        assert_eq!(items.len(), comments.len(), "nothing dropped");
        assert_eq!(items[0].note, Some(ReplyNote::Unavailable));
        assert_eq!(items[1].note, Some(ReplyNote::Unavailable));
        assert_eq!(
            items[2].note,
            Some(ReplyNote::To { parent: 3 }),
            "p names a later comment"
        );
        assert_eq!(
            (items[3].comment, items[3].depth),
            (3, 1),
            "q nests under p, which came first"
        );
        assert_eq!(
            (items[4].comment, items[5].comment, items[5].depth),
            (4, 6, 1),
            "replies join the first 'd'"
        );
        assert_eq!(items[6].comment, 5);
    }

    #[test]
    fn ten_thousand_deep_and_ten_thousand_wide() {
        let deep: Vec<_> = (0..10_000)
            .map(|i| {
                comment(
                    &i.to_string(),
                    (i > 0).then(|| (i - 1).to_string()).as_deref(),
                )
            })
            .collect();
        let items = build_thread(&deep, DEFAULT_MAX_DEPTH, Order::OldestFirst);
        assert_eq!(items.len(), 10_000);
        assert_eq!(items[0].descendants, 9_999);
        assert_eq!(items[9_999].depth, DEFAULT_MAX_DEPTH - 1);
        let wide: Vec<_> = (0..10_000).map(|i| comment(&i.to_string(), None)).collect();
        let items = build_thread(&wide, DEFAULT_MAX_DEPTH, Order::NewestFirst);
        assert_eq!(items.len(), 10_000);
        assert_eq!(items[0].comment, 9_999);
        assert_eq!(items.iter().position(|i| i.top_level_index == 50), Some(50));
    }
}
