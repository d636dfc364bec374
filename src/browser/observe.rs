//! Watching where the reader is: the current section (IntersectionObserver, no scroll-handler
//! layout work) and how far through the article they are.

use std::cell::Cell;
use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{IntersectionObserver, IntersectionObserverInit};

/// Keeps the observers alive; disconnects them when dropped.
pub struct SectionWatcher {
    observers: Vec<IntersectionObserver>,
    _callback: Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>,
}

impl Drop for SectionWatcher {
    fn drop(&mut self) {
        for observer in &self.observers {
            observer.disconnect();
        }
    }
}

use lectern_first::reading::{READING_BAND_MARGIN, current_section, share_read};

/// Calls `on_change` with the index of the section being read whenever it may have changed.
///
/// Two observers feed one rule. The first watches a band over the top 30 % of the viewport, so
/// it fires whenever a section boundary crosses the reading line (scrolling, or layout shifts
/// when quotations fold); the second watches the sections and the end of the article against the
/// whole viewport, so it fires when the reader reaches the bottom or jumps far. On each event: if the end of the article is in
/// view, the last section that has begun on screen is current (so a short last section still
/// becomes current); otherwise the last section whose top is above the reading line; above the
/// first section, the first. Geometry is read only when an observer fires, never on scroll.
pub fn watch_sections(
    root: &super::root::Root,
    section_ids: &[String],
    end_id: &str,
    on_change: impl Fn(usize) + 'static,
) -> Option<SectionWatcher> {
    let sections: Vec<_> = section_ids
        .iter()
        .filter_map(|id| root.element(id))
        .collect();
    let end = root.element(end_id)?;
    if sections.is_empty() {
        return None;
    }
    let observed = sections.clone();
    let last = Cell::new(usize::MAX);
    let end_for_rule = end.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |_entries, _observer| {
            let height = gloo::utils::window()
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0);
            let current = current_section(&sections, &end_for_rule, height);
            if last.replace(current) != current {
                on_change(current);
            }
        },
    );
    let band = IntersectionObserverInit::new();
    band.set_root_margin(READING_BAND_MARGIN);
    let reading_band =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &band).ok()?;
    let viewport = IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    for section in &observed {
        reading_band.observe(section);
        // Entering or leaving the screen also counts: a jump from the comments back to the
        // top crosses no reading-line boundary when the first section starts below the line.
        viewport.observe(section);
    }
    viewport.observe(&end);
    Some(SectionWatcher {
        observers: vec![reading_band, viewport],
        _callback: callback,
    })
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
