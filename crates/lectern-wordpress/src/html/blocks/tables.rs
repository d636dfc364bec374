//! Tables: a caption, a heading row (`<thead>`, or a first row of headings only) and the rows.

use super::{HtmlNode, inline_of};
use crate::html::Warning;
use lectern_format::Text;
use lectern_format::block::Table;

/// A table: its caption, a heading row (`<thead>`, or a first row of `<th>` only) and its rows.
pub(super) fn table_of<N: HtmlNode>(node: &N, warnings: &mut Vec<Warning>) -> Table {
    let mut table = Table::default();
    let mut rows: Vec<(bool, Vec<(bool, Text)>)> = Vec::new();
    collect_rows(node, false, &mut rows, &mut table, warnings);
    let mut rows = rows.into_iter().peekable();
    if let Some((in_head, cells)) = rows.peek()
        && (*in_head || cells.iter().all(|(th, _)| *th))
    {
        table.head = cells.iter().map(|(_, t)| t.clone()).collect();
        rows.next();
    }
    table.rows = rows
        .map(|(_, cells)| cells.into_iter().map(|(_, t)| t).collect())
        .collect();
    table
}

fn collect_rows<N: HtmlNode>(
    node: &N,
    in_head: bool,
    rows: &mut Vec<(bool, Vec<(bool, Text)>)>,
    table: &mut Table,
    warnings: &mut Vec<Warning>,
) {
    for child in node.children() {
        match child.tag().as_deref() {
            Some("caption") => {
                let caption = inline_of(&child, warnings);
                if !caption.0.is_empty() {
                    table.caption = Some(caption);
                }
            }
            Some("thead") => collect_rows(&child, true, rows, table, warnings),
            Some("tbody" | "tfoot") => collect_rows(&child, false, rows, table, warnings),
            Some("tr") => {
                let cells: Vec<(bool, Text)> = child
                    .children()
                    .iter()
                    .filter_map(|cell| match cell.tag().as_deref() {
                        Some("th") => Some((true, inline_of(cell, warnings))),
                        Some("td") => Some((false, inline_of(cell, warnings))),
                        _ => None,
                    })
                    .collect();
                if !cells.is_empty() {
                    rows.push((in_head, cells));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::mapped;
    use lectern_format::Block;

    fn table(html: &str) -> lectern_format::block::Table {
        match mapped(html).as_slice() {
            [Block::Table(table)] => table.clone(),
            other => panic!("one table: {other:?}"),
        }
    }

    #[test]
    fn a_thead_is_the_heading_row_and_the_caption_is_kept() {
        let t = table(
            "<table><caption>Votes</caption><thead><tr><th>Party</th><th>Seats</th></tr></thead>\
             <tbody><tr><td>A</td><td>12</td></tr></tbody></table>",
        );
        assert_eq!(t.caption.map(|c| c.to_plain()).as_deref(), Some("Votes"));
        let head: Vec<String> = t.head.iter().map(|c| c.to_plain()).collect();
        assert_eq!(head, ["Party", "Seats"]);
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0][1].to_plain(), "12");
    }

    #[test]
    fn a_first_row_of_headings_only_is_the_heading_row() {
        let t = table("<table><tr><th>Year</th></tr><tr><td>2017</td></tr></table>");
        assert_eq!(t.head.len(), 1);
        assert_eq!(t.rows.len(), 1);
        let plain = table("<table><tr><th>Year</th><td>2017</td></tr></table>");
        assert!(plain.head.is_empty(), "a mixed row is a body row");
        assert_eq!(plain.rows.len(), 1);
    }
}
