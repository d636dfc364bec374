//! Where in the article the reader is: the section being read (and the observers that follow
//! it) and the share read.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, IntersectionObserver, IntersectionObserverInit};

/// Share of the viewport height, from the top, where the reading line sits.
pub const READING_LINE: f64 = 0.3;
/// The observer's root margin that leaves only the band above the reading line (top 30 %).
/// Written out so no float is ever formatted (that pulls float printing into the wasm).
pub const READING_BAND_MARGIN: &str = "0px 0px -70% 0px";

/// The index of the section being read: if the end of the article (`end`) is in view, the last
/// section that has begun on screen (so a short last section still becomes current); otherwise
/// the last whose top is above the reading line; above the first section, the first.
pub fn current_section(sections: &[Element], end: &Element, viewport_height: f64) -> usize {
    let limit = if end.get_bounding_client_rect().top() <= viewport_height {
        viewport_height - 1.0
    } else {
        viewport_height * READING_LINE
    };
    sections
        .iter()
        .rposition(|s| s.get_bounding_client_rect().top() <= limit)
        .unwrap_or(0)
}

/// 0–100: the share of `article` that has scrolled past the bottom of the viewport.
pub fn share_read(article: &Element, viewport_height: f64) -> u8 {
    let rect = article.get_bounding_client_rect();
    let scrollable = rect.height() - viewport_height;
    let read = if scrollable <= 0.0 {
        1.0
    } else {
        (-rect.top() / scrollable).clamp(0.0, 1.0)
    };
    (read * 100.0).round() as u8
}

/// Keeps the observers of [`watch_sections`] alive; disconnects them when dropped.
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

/// Calls `on_change` with the index of the section being read whenever it may have changed
/// (once at the start too).
///
/// Two observers feed one rule ([`current_section`]). The first watches a band over the top
/// 30 % of the viewport, so it fires whenever a section boundary crosses the reading line
/// (scrolling, or layout shifts when quotations fold); the second watches the sections and the
/// end of the article (`end`) against the whole viewport, so it fires when the reader reaches
/// the bottom or jumps far. Geometry is read only when an observer fires, never on scroll.
pub fn watch_sections(
    sections: Vec<Element>,
    end: Element,
    on_change: impl Fn(usize) + 'static,
) -> Option<SectionWatcher> {
    if sections.is_empty() {
        return None;
    }
    let observed = sections.clone();
    let last = Cell::new(usize::MAX);
    let end_for_rule = end.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |_entries, _observer| {
            let height = web_sys::window()
                .and_then(|w| w.inner_height().ok())
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
