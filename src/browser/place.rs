//! The reader's place on the page: the block at the top of the window (below the phone's sticky
//! bar), kept while the text changes shape and found again on a later visit.

use web_sys::Element;

use super::root::Root;

/// What lies at the top of the window: a block of the post or a comment, and where in it.
pub struct Place {
    element: Element,
    /// Pixels from the reading edge to the block's top, when the block starts on screen.
    top: Option<f64>,
    /// Otherwise, the share of the block above the reading edge.
    fraction: f64,
}

/// Blocks a reader's place is measured against, in document order.
const BLOCKS: &str = "#article .post-header, #article .post-section > *, #comments li.comment";

/// Where reading starts on screen: the window's top, or the bottom of the contents bar that
/// stays at the top on a phone.
fn reading_edge(root: &Root) -> f64 {
    let window = gloo::utils::window();
    let width = window
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0);
    root.select_all(".lectern-side")
        .first()
        .map(Element::get_bounding_client_rect)
        .filter(|bar| bar.width() >= width * 0.9 && bar.top() <= 1.0)
        .map_or(0.0, |bar| bar.bottom().max(0.0))
}

/// The block at the top of the window (found by halving: a long post has thousands).
pub fn place_at_top(root: &Root) -> Option<Place> {
    let edge = reading_edge(root);
    let blocks = root.select_all(BLOCKS);
    // The first block whose bottom is below the reading edge.
    let (mut low, mut high) = (0, blocks.len());
    while low < high {
        let middle = (low + high) / 2;
        if blocks[middle].get_bounding_client_rect().bottom() <= edge {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    let element = blocks.get(low)?.clone();
    let rect = element.get_bounding_client_rect();
    let (top, fraction) = if rect.top() >= edge {
        (Some(rect.top() - edge), 0.0)
    } else {
        (None, (edge - rect.top()) / rect.height().max(1.0))
    };
    Some(Place {
        element,
        top,
        fraction,
    })
}

impl Place {
    /// Scrolls the window so the same block is at the top, at the same point in it.
    pub fn restore(&self, root: &Root) {
        let rect = self.element.get_bounding_client_rect();
        let wanted = reading_edge(root) + self.top.unwrap_or(-self.fraction * rect.height());
        scroll_by(rect.top() - wanted);
    }

    /// The place as a section id, the block's position among the section's elements and how
    /// far into it (thousandths); `None` outside the post's sections (its header, the comments).
    pub fn in_section(&self) -> Option<(String, usize, u16)> {
        let section = self.element.parent_element()?;
        if !section.class_list().contains("post-section") {
            return None;
        }
        let children = section.children();
        let index =
            (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&self.element))?;
        let into = if self.top.is_some() {
            0
        } else {
            (self.fraction.clamp(0.0, 1.0) * 1000.0).round() as u16
        };
        Some((section.id(), index as usize, into))
    }
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
