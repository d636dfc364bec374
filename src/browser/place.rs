//! The reader's place on the page: the block at the top of the window (below the phone's sticky
//! bar), kept while the text changes shape and found again on a later visit.

use super::root::Root;

pub use lectern_first::place::Place;
use lectern_first::place::{BLOCKS, SIDE_BAR, place_among};

/// Where reading starts on screen: the window's top, or the bottom of the contents bar that
/// stays at the top on a phone.
fn reading_edge(root: &Root) -> f64 {
    let width = gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0);
    lectern_first::place::reading_edge(root.select_all(SIDE_BAR).first(), width)
}

/// The block at the top of the window.
pub fn place_at_top(root: &Root) -> Option<Place> {
    place_among(&root.select_all(BLOCKS), reading_edge(root))
}

/// Scrolls the window so the block of `place` is at the top again, at the same point in it.
pub fn restore(place: &Place, root: &Root) {
    scroll_by(place.offset_from(reading_edge(root)));
}

/// Scrolls so block `block` of section `section` is at the reading edge, `into` thousandths of
/// the way through it. `false` when that block is not on the page.
pub fn go_to(root: &Root, section: &str, block: usize, into: u16) -> bool {
    let Some(target) = root
        .element(section)
        .and_then(|s| s.children().item(u32::try_from(block).ok()?))
    else {
        return false;
    };
    let rect = target.get_bounding_client_rect();
    let wanted = reading_edge(root) - f64::from(into) / 1000.0 * rect.height();
    scroll_by(rect.top() - wanted);
    true
}

fn scroll_by(pixels: f64) {
    if pixels.abs() >= 1.0 {
        gloo::utils::window().scroll_by_with_x_and_y(0.0, pixels);
    }
}

/// How far from the reading edge a target still counts as "here": more than the scroll margin
/// a section or quotation lands with, so "next" never answers the one just reached.
const HERE: f64 = 48.0;

/// The first of `ids` (in reading order) that starts below the reading edge, going `forward`;
/// else the last that starts above it. An id not on the page yet (a long post still being laid
/// out) counts as further on.
pub fn next_of(root: &Root, ids: &[String], forward: bool) -> Option<String> {
    let edge = reading_edge(root);
    let top_of = |id: &String| {
        root.element(id)
            .map(|e| e.get_bounding_client_rect().top() - edge)
    };
    if forward {
        ids.iter()
            .find(|id| top_of(id).is_none_or(|top| top > HERE))
            .cloned()
    } else {
        ids.iter()
            .rev()
            .find(|id| top_of(id).is_some_and(|top| top < -HERE))
            .cloned()
    }
}

/// The one of `ids` being read: the last that starts at or above the reading edge and ends
/// below it, else the first that starts on screen.
pub fn current_of(root: &Root, ids: &[String]) -> Option<String> {
    let edge = reading_edge(root);
    let height = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let rect_of = |id: &String| root.element(id).map(|e| e.get_bounding_client_rect());
    ids.iter()
        .rev()
        .find(|id| rect_of(id).is_some_and(|r| r.top() <= edge + HERE && r.bottom() > edge))
        .or_else(|| {
            ids.iter()
                .find(|id| rect_of(id).is_some_and(|r| r.top() > edge && r.top() < height))
        })
        .cloned()
}
