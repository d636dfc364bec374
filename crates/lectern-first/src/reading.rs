//! Where in the article the reader is: the section being read and the share read.

use web_sys::Element;

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
