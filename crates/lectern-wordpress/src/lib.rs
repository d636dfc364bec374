//! WordPress, read as Lectern posts: the HTML mapping (post HTML to Lectern's blocks, written
//! once over a small tree trait that the browser's inert parser and a native HTML5 parser both
//! implement), the REST API's shapes (posts, pages, comments, threads), replies sent back and
//! what WordPress's refusals mean. With the `native` feature: the html5ever tree and exports
//! (WXR files rendered as WordPress renders them: wpautop, texturize, shortcodes), for the
//! command line and native tests. The default build has no HTTP, XML or HTML parser: the reader
//! brings the browser's.

pub mod comment_form;
#[cfg(feature = "native")]
pub mod export;
pub mod html;
#[cfg(feature = "native")]
pub mod native_html;
pub mod refusal;
pub mod reply;
pub mod rest;

use lectern_format::Post;
use lectern_format::PostError;
use lectern_format::parse::{parse_document, post_from_value};

use crate::html::HtmlNode;

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
    let list = matches!(value, lectern_format::json::Value::Array(_));
    if rest::is_wordpress_post(&value) || list {
        return rest::read_post(&value, address, parse_html).map(|read| read.post);
    }
    post_from_value(&value)
}
