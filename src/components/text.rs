//! Rich text and blocks as HTML. The markup is drawn by `lectern_draw` (written once: the first
//! screen draws a post with it too) and inserted as Yew's raw HTML, which hydrates without a
//! walk through every element. Text always goes in escaped; links only when safe.

use yew::prelude::*;

use crate::words::Words;
use lectern_format::{Block, Source, Text};

pub use lectern_draw::Author;

/// Rich text: runs with emphasis, strength, code, superscript or subscript and (safe) links.
pub fn render_text(text: &Text, by: Author) -> Html {
    raw(|out| lectern_draw::text(out, text, by))
}

/// Blocks in order (quotations unfolded; [`super::quote::QuoteView`] folds the post's own).
pub fn render_blocks(blocks: &[Block], by: Author, say: &Words) -> Html {
    if blocks.is_empty() {
        return Html::default();
    }
    raw(|out| lectern_draw::blocks(out, blocks, by, say))
}

/// One block (a quotation unfolded).
pub fn render_block(block: &Block, by: Author, say: &Words) -> Html {
    render_blocks(std::slice::from_ref(block), by, say)
}

/// "— M.K. Bhadrakumar, *Indian Punchline*", linked to the original when a safe URL is given.
pub fn render_source(source: &Source, say: &Words) -> Html {
    raw(|out| lectern_draw::source(out, source, say))
}

/// What `draw` writes, as markup Yew inserts as it is (`lectern_draw` escapes every text and
/// value it writes, and writes only safe links). Yew replaces it whole when it changes: what
/// changes while the post is read (a status, a highlight) stays outside it.
pub fn raw(draw: impl FnOnce(&mut lectern_draw::Html)) -> Html {
    let mut out = lectern_draw::Html::new();
    draw(&mut out);
    Html::from_html_unchecked(out.into_string().into())
}
