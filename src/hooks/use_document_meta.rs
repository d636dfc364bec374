//! Keeps `document.title` and `<html lang>` in step with the post being read.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use lectern_format::Post;

/// Sets the page title and language from the post once it is loaded.
///
/// ```ignore
/// use_document_meta(Some(post.clone()));
/// ```
#[hook]
pub fn use_document_meta(post: Option<Rc<Post>>) {
    use_effect_with(post, |post| {
        if let Some(post) = post {
            browser::page::set_title(&post.title);
            browser::page::set_lang(post.lang.as_deref().unwrap_or("en"));
        }
    });
}
