//! The shared HTML mapping's tree ([`HtmlNode`]) over the browser's own parser. `DOMParser`
//! builds an inert document: nothing in it runs (scripts, handlers) or loads (images, frames,
//! styles) while it is parsed and read, and no HTML parser of our own goes into the wasm.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use lectern_wordpress::html::{HtmlNode, without_inline_styles_and_handlers};

/// A node of an inert parsed document.
#[derive(Clone)]
pub struct DomNode(Node);

impl HtmlNode for DomNode {
    fn tag(&self) -> Option<String> {
        self.0
            .dyn_ref::<Element>()
            .map(|e| e.local_name().to_ascii_lowercase())
    }

    fn text(&self) -> Option<String> {
        (self.0.node_type() == Node::TEXT_NODE).then(|| self.0.text_content().unwrap_or_default())
    }

    fn attr(&self, name: &str) -> Option<String> {
        self.0.dyn_ref::<Element>()?.get_attribute(name)
    }

    fn children(&self) -> Vec<Self> {
        let list = self.0.child_nodes();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(DomNode)
            .collect()
    }
}

/// Parses an HTML fragment into the top-level nodes of its `<body>`; empty when the browser
/// cannot parse (it always can: HTML parsing does not fail). Inline styles and handlers are
/// taken out of the text first: an inert document still reports them to the page's
/// Content-Security-Policy, and the mapping reads none of them.
pub fn parse_fragment(html: &str) -> Vec<DomNode> {
    let Ok(parser) = DomParser::new() else {
        return Vec::new();
    };
    let html = without_inline_styles_and_handlers(html);
    parser
        .parse_from_string(&html, SupportedType::TextHtml)
        .ok()
        .and_then(|document| document.body())
        .map(|body| DomNode(body.into()).children())
        .unwrap_or_default()
}
