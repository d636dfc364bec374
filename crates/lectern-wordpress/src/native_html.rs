//! The shared HTML mapping's tree ([`HtmlNode`]) over a native HTML5 parser (html5ever through
//! `scraper`), for the command line and native tests. The browser uses its own parser instead.

use scraper::{Html, Node};

use crate::html::HtmlNode;

/// A node of a parsed fragment. Holds the whole parsed tree, so it can be handed around freely.
#[derive(Clone)]
pub struct NativeNode {
    tree: std::rc::Rc<Html>,
    id: ego_tree::NodeId,
}

impl NativeNode {
    fn node(&self) -> Option<ego_tree::NodeRef<'_, Node>> {
        self.tree.tree.get(self.id)
    }
}

impl HtmlNode for NativeNode {
    fn tag(&self) -> Option<String> {
        match self.node()?.value() {
            Node::Element(element) => Some(element.name().to_ascii_lowercase()),
            _ => None,
        }
    }

    fn text(&self) -> Option<String> {
        match self.node()?.value() {
            Node::Text(text) => Some(text.to_string()),
            _ => None,
        }
    }

    fn attr(&self, name: &str) -> Option<String> {
        match self.node()?.value() {
            Node::Element(element) => element.attr(name).map(str::to_owned),
            _ => None,
        }
    }

    fn children(&self) -> Vec<Self> {
        self.node()
            .map(|node| {
                node.children()
                    .map(|child| Self {
                        tree: self.tree.clone(),
                        id: child.id(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Parses an HTML fragment (as a `<body>` would hold it) into its top-level nodes.
pub fn parse_fragment(html: &str) -> Vec<NativeNode> {
    let tree = std::rc::Rc::new(Html::parse_fragment(html));
    // A fragment parses into a root holding one `<html>` element, which holds the content.
    let root = tree.tree.root();
    let container = root
        .children()
        .find(|c| matches!(c.value(), Node::Element(e) if e.name() == "html"))
        .map(|c| c.id())
        .unwrap_or(root.id());
    NativeNode {
        tree: tree.clone(),
        id: container,
    }
    .children()
}

/// Every `<link>` of a whole HTML page with a `rel` and an `href`: (rel, type, href). The
/// command line finds a WordPress site's API (`rel="https://api.w.org/"`) and a post's JSON
/// (`rel="alternate" type="application/json"`) this way.
pub fn parse_document_links(page: &str) -> Vec<(String, String, String)> {
    let document = scraper::Html::parse_document(page);
    let Ok(selector) = scraper::Selector::parse("link[rel][href]") else {
        return Vec::new();
    };
    document
        .select(&selector)
        .filter_map(|link| {
            let element = link.value();
            Some((
                element.attr("rel")?.trim().to_owned(),
                element.attr("type").unwrap_or("").trim().to_owned(),
                element.attr("href")?.trim().to_owned(),
            ))
        })
        .collect()
}
