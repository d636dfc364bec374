//! Permalinks into the thread (`#comment-7`): a comment on a later page, or inside a folded
//! subtree, is brought onto the page before the reader is scrolled to it.

use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::state::{FoldedThreads, ThreadAction};
use lectern_format::Comment;
use lectern_format::thread::{PAGE_SIZE, ThreadItem};

/// Whenever the fragment names a comment that is not shown yet (or the thread changes), shows
/// enough pages and unfolds its ancestors, then scrolls to it once it is rendered.
///
/// ```ignore
/// use_comment_permalink(items.clone(), comments.clone(), pages.clone(), threads.dispatcher());
/// ```
#[hook]
pub fn use_comment_permalink(
    items: Rc<Vec<ThreadItem>>,
    comments: Rc<Vec<Comment>>,
    pages: UseStateHandle<usize>,
    threads: UseReducerDispatcher<FoldedThreads>,
) {
    let fragment = super::use_fragment();
    let after = super::use_after_render();
    let dom = super::use_dom_actions();
    let count = items.len();
    use_effect_with((fragment, count), move |(fragment, _)| {
        let Some(target) = fragment.target.clone() else {
            return;
        };
        let Some(position) = items
            .iter()
            .position(|i| comments[i.comment].anchor == target)
        else {
            return;
        };
        let item = &items[position];
        let needed = item.top_level_index / PAGE_SIZE + 1;
        // Its ancestors: any of them may have its replies folded (this effect may hold an older
        // state, so unfold them all; unfolding an open one changes nothing).
        let ancestors: HashSet<usize> = (0..position)
            .filter(|&i| i + items[i].descendants >= position)
            .map(|i| items[i].comment)
            .collect();
        if *pages >= needed && ancestors.is_empty() {
            return;
        }
        if *pages < needed {
            pages.set(needed);
        }
        if !ancestors.is_empty() {
            threads.dispatch(ThreadAction::Unfold(ancestors));
        }
        after.run(move || dom.scroll_to(&target, false));
    });
}
