//! Where the reader is in the article: the current section and the share read.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;

/// Index of the section being read, kept current by IntersectionObservers (see
/// [`browser::observe::watch_sections`]). `end_id` marks the end of the article; `initial` is
/// the index marked until the observers first report (what the page shows when it is hydrated).
///
/// ```ignore
/// let current = use_current_section(anchors.clone(), "article-end", 0);
/// ```
#[hook]
pub fn use_current_section(anchors: Rc<[String]>, end_id: &'static str, initial: usize) -> usize {
    let current = use_state(|| initial);
    let root = super::use_root();
    {
        let current = current.clone();
        use_effect_with((anchors, root), move |(anchors, root)| {
            let watcher = browser::observe::watch_sections(root, anchors, end_id, move |index| {
                current.set(index)
            });
            move || drop(watcher)
        });
    }
    *current
}

/// How far through the article `article_id` the reader is, 0–100.
///
/// ```ignore
/// let percent = use_reading_progress("article");
/// ```
#[hook]
pub fn use_reading_progress(article_id: &'static str) -> u8 {
    let progress = use_state(|| 0_u8);
    let root = super::use_root();
    {
        let progress = progress.clone();
        use_effect_with((article_id, root), move |(article_id, root)| {
            if let Some(now) = browser::observe::progress_of(root, article_id) {
                progress.set(now);
            }
            let listeners =
                browser::observe::watch_progress(root, article_id.to_string(), move |p| {
                    if *progress != p {
                        progress.set(p);
                    }
                });
            move || drop(listeners)
        });
    }
    *progress
}
