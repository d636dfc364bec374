//! Every byte string a reader might be handed as a post: our JSON parser must give serde_json's
//! verdict (same values, same error position), and the decoders (Lectern's format, a WordPress
//! REST answer, dates) must answer without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/json_compare.rs"]
mod json_compare;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(why) = json_compare::compare(text) {
        panic!("our JSON parser and serde_json disagree: {why}");
    }
    let _ = lectern_wordpress::read_post_text(
        text,
        None,
        &lectern_wordpress::native_html::parse_fragment,
    );
    let _ = lectern_format::date::PublishedDate::parse(text);
});
