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
    let lectern = value.get("format").is_some();
    if !lectern
        && (wordpress::is_wordpress_post(&value)
            || matches!(value, crate::model::json::Value::Array(_)))
    {
        return wordpress::read_post(&value, address, parse_html).map(|read| read.post);
    }
    post_from_value(&value)
}
