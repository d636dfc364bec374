//! A WordPress post's HTML, as the shared mapping reads it (html5ever's tree, the rules the
//! browser uses too): any markup maps to blocks and sections without panicking, and the markup
//! made quiet for a strict Content-Security-Policy (`lectern_wordpress::html::inert`) maps to the
//! same blocks.
#![no_main]

use lectern_wordpress::html::{map_blocks, split_sections};
use lectern_wordpress::native_html::parse_fragment;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/inert_check.rs"]
mod inert_check;

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else {
        return;
    };
    let mapped = map_blocks(&parse_fragment(html));
    let _ = split_sections(mapped.items, "Title");
    if let Err(why) = inert_check::same_blocks_when_quiet(html) {
        panic!("{why}");
    }
});
