//! Where posts come from besides Lectern's own format: WordPress's REST API (here, shared by the
//! browser and the command line) and, natively, an HTML parser for the shared mapping rules.

#[cfg(not(target_arch = "wasm32"))]
pub mod native_html;
pub mod wordpress;
pub mod wordpress_reply;

use crate::error::PostError;
use crate::model::Post;
use crate::model::html::HtmlNode;
use crate::model::parse::{parse_document, post_from_value};

/// Reads a post from JSON text: Lectern's own format, or a WordPress REST post or page (also a
/// `?slug=` answer, or a saved response file), told apart by shape. `address` is where the
/// text came from; `parse_html` parses WordPress's HTML without running or loading anything.
pub fn read_post_text<N: HtmlNode>(
    text: &str,
    address: Option<&str>,
    parse_html: &dyn Fn(&str) -> Vec<N>,
) -> Result<Post, PostError> {
    let value = parse_document(text)?;
    // A Lectern post's title is a string; WordPress's is `{"rendered": …}`. (Both have a
    // `format`: WordPress's is the post format, "standard".) A list is a `?slug=` answer.
    let list = matches!(value, crate::model::json::Value::Array(_));
    if wordpress::is_wordpress_post(&value) || list {
        return wordpress::read_post(&value, address, parse_html).map(|read| read.post);
    }
    post_from_value(&value)
}
