//! WordPress export files (WXR, Tools → Export) read as Lectern posts: the XML read as a stream
//! (`wxr`), each item's stored content rendered as WordPress renders it on the site (`content`:
//! wpautop and shortcodes; `texturize`: curly quotes, dashes and smilies) and then mapped by the
//! same HTML rules as a REST answer (`item`); the Footnotes block from the post's `footnotes`
//! meta (`footnotes`). Native only: it needs an XML and an HTML5 parser.

pub mod content;
pub mod footnotes;
pub mod item;
pub mod texturize;
pub mod wxr;
