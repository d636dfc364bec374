//! Lists: bulleted and numbered, with the lists inside an item nested under it.

use super::HtmlNode;
use crate::html::Warning;
use crate::html::inline::{ACTIVE, InlineText, Style, collect_inline};
use lectern_format::List;
use lectern_format::block::ListItem;

/// A list with its items; a list inside an item nests under it.
pub(super) fn list_of<N: HtmlNode>(node: &N, warnings: &mut Vec<Warning>) -> List {
    let ordered = node.tag().as_deref() == Some("ol");
    let mut items = Vec::new();
    for child in node.children() {
        match child.tag().as_deref() {
            Some("li") => items.push(item_of(&child, warnings)),
            // Loose text or a stray element between items still reads.
            Some("ul" | "ol") => {
                let nested = list_of(&child, warnings);
                match items.last_mut() {
                    Some(last) => attach(last, nested),
                    None => items.extend(nested.items),
                }
            }
            Some(tag) if ACTIVE.contains(&tag) => warnings.push(Warning::Dropped(tag.to_owned())),
            _ => {
                let mut out = InlineText::default();
                collect_inline(&child, &Style::default(), &mut out, warnings);
                if !out.is_blank() {
                    items.push(ListItem::text(out.finish()));
                }
            }
        }
    }
    List { ordered, items }
}

/// Puts `nested` under `item` (after any list already there).
fn attach(item: &mut ListItem, nested: List) {
    match &mut item.list {
        Some(list) => list.items.extend(nested.items),
        None => item.list = Some(nested),
    }
}

/// One `<li>`: its text (paragraphs inside joined by line breaks) and any list inside it.
fn item_of<N: HtmlNode>(node: &N, warnings: &mut Vec<Warning>) -> ListItem {
    let mut item = ListItem::default();
    let mut out = InlineText::default();
    item_parts(node, &mut item, &mut out, warnings);
    item.text = out.finish();
    item
}

fn item_parts<N: HtmlNode>(
    node: &N,
    item: &mut ListItem,
    out: &mut InlineText,
    warnings: &mut Vec<Warning>,
) {
    for child in node.children() {
        match child.tag().as_deref() {
            Some("ul" | "ol") => {
                let nested = list_of(&child, warnings);
                attach(item, nested);
            }
            Some("p" | "div" | "blockquote" | "figure" | "pre") => {
                if !out.is_blank() {
                    out.line_break(&Style::default());
                }
                item_parts(&child, item, out, warnings);
            }
            _ => collect_inline(&child, &Style::default(), out, warnings),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::mapped;
    use lectern_format::Block;

    #[test]
    fn a_list_inside_an_item_nests_under_it() {
        let blocks = mapped("<ol><li>First<ul><li>Inner</li></ul></li><li>Second</li></ol>");
        let [Block::List(list)] = blocks.as_slice() else {
            panic!("one list: {blocks:?}");
        };
        assert!(list.ordered);
        assert_eq!(list.items.len(), 2);
        assert_eq!(list.items[0].text.to_plain(), "First");
        let inner = list.items[0].list.as_ref().expect("nested list");
        assert!(!inner.ordered);
        assert_eq!(inner.items[0].text.to_plain(), "Inner");
        assert!(list.items[1].list.is_none());
    }

    #[test]
    fn paragraphs_inside_an_item_are_joined_by_line_breaks() {
        let blocks = mapped("<ul><li><p>One</p><p>Two</p></li></ul>");
        let [Block::List(list)] = blocks.as_slice() else {
            panic!("one list: {blocks:?}");
        };
        assert_eq!(list.items[0].text.to_plain(), "One\nTwo");
    }
}
