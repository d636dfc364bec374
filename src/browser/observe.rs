//! Watching where the reader is: the current section (IntersectionObserver, no scroll-handler
//! layout work) and how far through the article they are.

use std::cell::Cell;
use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;

pub use lectern_first::reading::SectionWatcher;
use lectern_first::reading::share_read;

/// Calls `on_change` with the index of the section being read whenever it may have changed:
/// the sections `section_ids` and the end of the article `end_id`, looked up in `root`, watched
/// as the first screen watches them (`lectern_first::reading::watch_sections`).
pub fn watch_sections(
    root: &super::root::Root,
    section_ids: &[String],
    end_id: &str,
    on_change: impl Fn(usize) + 'static,
) -> Option<SectionWatcher> {
    let sections = section_ids
        .iter()
        .filter_map(|id| root.element(id))
        .collect();
    lectern_first::reading::watch_sections(sections, root.element(end_id)?, on_change)
}

/// Calls `on_progress` with 0–100, how far the article `article_id` has been read, after each
/// scroll or resize (at most once per animation frame; reads only scroll-time geometry).
pub fn watch_progress(
    root: &super::root::Root,
    article_id: String,
    on_progress: impl Fn(u8) + 'static,
) -> Vec<EventListener> {
    let pending = Rc::new(Cell::new(false));
    let root = root.clone();
    let on_progress = Rc::new(on_progress);
    let schedule = move |_: &web_sys::Event| {
        if pending.replace(true) {
            return;
        }
        let pending = pending.clone();
        let on_progress = on_progress.clone();
        let article_id = article_id.clone();
        let root = root.clone();
        let frame = gloo::render::request_animation_frame(move |_| {
            pending.set(false);
            if let Some(percent) = progress_of(&root, &article_id) {
                on_progress(percent);
            }
        });
        // The frame runs once; letting the handle go would cancel it, so keep it until then.
        std::mem::forget(frame);
    };
    let schedule = Rc::new(RefCell::new(schedule));
    ["scroll", "resize"]
        .into_iter()
        .map(|event| {
            let schedule = schedule.clone();
            super::dom::listen_window(event, move |e| (schedule.borrow_mut())(e))
        })
        .collect()
}

/// 0–100: the share of the article that has scrolled past the bottom of the viewport.
pub fn progress_of(root: &super::root::Root, article_id: &str) -> Option<u8> {
    let article = root.element(article_id)?;
    let height = gloo::utils::window().inner_height().ok()?.as_f64()?;
    Some(share_read(&article, height))
}
