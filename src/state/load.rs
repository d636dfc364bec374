//! The state of loading a post, as the app renders it.

use std::rc::Rc;

use crate::error::LoadError;
use lectern_format::Post;

/// Where a post load stands. Matched in `html!` so every state has a visible rendering.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    /// The post is being fetched or parsed.
    Loading,
    /// The post is ready to read.
    Ready(Rc<Post>),
    /// The post cannot be shown; the error says why.
    Failed(LoadError),
}

impl LoadState {
    /// The state after a load finished with `result`.
    pub fn from_result(result: Result<lectern_format::Post, LoadError>) -> Self {
        match result {
            Ok(post) => Self::Ready(Rc::new(post)),
            Err(error) => Self::Failed(error),
        }
    }
}
