//! A reader's place: the block at the top of the window, as the section's id, the block's
//! position among the section's elements and how far into it (thousandths). Saved by the first
//! screen and the full reader alike (under `lectern:place:<post id>`), offered on a later visit.

use web_sys::Element;

/// Blocks a reader's place is measured against, in document order.
pub const BLOCKS: &str = "#article .post-header, #article .post-section > *, #comments li.comment";
/// Where the tools sit: on a phone, a bar across the top that the reading edge is below.
pub const SIDE_BAR: &str = ".lectern-side";

/// The storage key a post's place is kept under (`app_model::storage_keys::reading_place` in
/// the reader, which its tests hold to this).
pub fn storage_key(post_id: &str) -> String {
    let mut key = String::from("lectern:place:");
    key.push_str(post_id);
    key
}

/// This page load, as saved with a place: a place saved during the same load is where the
/// reader is now, not one to offer back (the first screen saves places before the full reader
/// runs, and the full reader reads them when it starts). The page's time origin, in ms.
pub fn visit_id() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.time_origin());
    // Whole milliseconds, written without float formatting.
    let mut ms = origin.max(0.0).round() as u64;
    let mut digits = Vec::new();
    loop {
        digits.push(char::from(b'0' + (ms % 10) as u8));
        ms /= 10;
        if ms == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

/// What lies at the top of the window: a block of the post or a comment, and where in it.
pub struct Place {
    /// The block.
    pub element: Element,
    /// Pixels from the reading edge to the block's top, when the block starts on screen.
    pub top: Option<f64>,
    /// Otherwise, the share of the block above the reading edge.
    pub fraction: f64,
}

/// Where reading starts on screen: the window's top, or the bottom of the tools bar when it
/// spans the window at its top (a phone), given the bar and the window's width.
pub fn reading_edge(side_bar: Option<&Element>, window_width: f64) -> f64 {
    side_bar
        .map(Element::get_bounding_client_rect)
        .filter(|bar| bar.width() >= window_width * 0.9 && bar.top() <= 1.0)
        .map_or(0.0, |bar| bar.bottom().max(0.0))
}

/// The block of `blocks` (in document order) at the reading edge `edge`, found by halving:
/// a long post has thousands.
pub fn place_among(blocks: &[Element], edge: f64) -> Option<Place> {
    // The first block whose bottom is below the reading edge.
    let (mut low, mut high) = (0, blocks.len());
    while low < high {
        let middle = (low + high) / 2;
        let below = blocks
            .get(middle)
            .is_none_or(|block| block.get_bounding_client_rect().bottom() > edge);
        if !below {
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
    /// How far to scroll so the block is at the reading edge `edge` again, at the same point in
    /// it (after the text changed shape).
    pub fn offset_from(&self, edge: f64) -> f64 {
        let rect = self.element.get_bounding_client_rect();
        rect.top() - (edge + self.top.unwrap_or(-self.fraction * rect.height()))
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
