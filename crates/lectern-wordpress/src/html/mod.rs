//! Post HTML (WordPress's `content.rendered`, a comment's HTML, an export's `content:encoded`)
//! turned into Lectern blocks. The rules are written once, over [`HtmlNode`]: the browser
//! implements it with the DOM of its own inert parser (`browser::html`), native code with a
//! native HTML parser (`crate::native_html`, with the `native` feature). Nothing of the HTML is kept as HTML: text becomes
//! text runs, links pass the link rule, and scripts, styles, forms and embeds never reach the page
//! (an embed becomes a link to the original).

mod blocks;
mod inert;
mod inline;
mod notes;
mod sections;

pub use blocks::{Mapped, map_blocks};
pub use inert::without_inline_styles_and_handlers;
pub use inline::plain_text;
pub use sections::{INTRODUCTION, split_sections};

/// One node of parsed HTML, as much as the mapping needs to see of it.
pub trait HtmlNode: Sized {
    /// The element's tag name in lower case (`p`, `blockquote`); `None` for text and comments.
    fn tag(&self) -> Option<String>;
    /// The characters of a text node; `None` for anything else.
    fn text(&self) -> Option<String>;
    /// An attribute's value, if the element has it.
    fn attr(&self, name: &str) -> Option<String>;
    /// The child nodes, in order.
    fn children(&self) -> Vec<Self>;

    /// Whether the element's `class` attribute lists `class`.
    fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|list| list.split_ascii_whitespace().any(|c| c == class))
    }

    /// Whether any class of the element starts with `prefix`.
    fn has_class_prefix(&self, prefix: &str) -> bool {
        self.attr("class")
            .is_some_and(|list| list.split_ascii_whitespace().any(|c| c.starts_with(prefix)))
    }
}

/// Something the mapping left out or changed, for the command line's summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A script, style, form or other active element was dropped.
    Dropped(String),
    /// An embed (video, social post, frame) became a link to the original.
    EmbedAsLink(String),
    /// An element the mapping does not know; its text was kept.
    Unknown(String),
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Dropped(tag) => write!(f, "<{tag}> dropped"),
            Self::EmbedAsLink(url) => write!(f, "embed turned into a link: {url}"),
            Self::Unknown(tag) => write!(f, "unknown element <{tag}>: its text kept"),
        }
    }
}
