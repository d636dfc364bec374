//! The rule for markup made quiet before the browser parses it (`lectern_wordpress::html::inert`),
//! shared by the native test (`crates/lectern-wordpress/tests/inert_markup.rs`) and the fuzz
//! target (`fuzz/`): the shared mapping reads the same blocks from the quiet markup as from the
//! original.

use lectern_wordpress::html::{map_blocks, without_inline_styles_and_handlers};
use lectern_wordpress::native_html::parse_fragment;

/// `Err` describes how the quiet markup of `html` maps differently from `html`.
pub fn same_blocks_when_quiet(html: &str) -> Result<(), String> {
    let quiet = without_inline_styles_and_handlers(html);
    let before = map_blocks(&parse_fragment(html)).into_blocks();
    let after = map_blocks(&parse_fragment(&quiet)).into_blocks();
    if before == after {
        Ok(())
    } else {
        Err(format!(
            "the mapping changed\n  markup: {html:?}\n  quiet:  {quiet:?}\n  before: {before:?}\n  after:  {after:?}"
        ))
    }
}
