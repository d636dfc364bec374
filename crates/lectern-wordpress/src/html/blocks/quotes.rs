//! Quotations and their sources: a `<cite>` or `<footer>` inside, a closing `<cite>` at the
//! end of the last paragraph, a last paragraph that starts with a dash ("— Hannah Arendt"), or a
//! short paragraph just below the quotation that names it.

use super::embeds::social_post;
use super::{HtmlNode, Item, Mapper, find_first};
use crate::html::Warning;
use crate::html::inline::plain_text;
use lectern_format::{Block, Quote, Source, Text};

impl Mapper {
    /// A quotation, or an embedded post from a social network (which is a `blockquote` until
    /// the network's script replaces it: that script never runs here).
    pub(super) fn blockquote<N: HtmlNode>(&mut self, node: &N) -> Block {
        if let Some(embed) = social_post(node) {
            self.warnings.push(Warning::EmbedAsLink(embed.url.clone()));
            return Block::Embed(embed);
        }
        let mut inner = Mapper::nested();
        let mut source_node = None;
        for child in node.children() {
            match child.tag().as_deref() {
                Some("cite" | "footer") => source_node = Some(child),
                _ => inner.node(&child),
            }
        }
        inner.flush();
        self.warnings.append(&mut inner.warnings);
        let mut blocks: Vec<Block> = inner.items.into_iter().map(Item::into_block).collect();
        let mut source = source_node.and_then(|cite| source_of(&cite));
        // "… 1,000 things. <cite>Steve Jobs</cite>" ends the quoted paragraph: a source too.
        if source.is_none()
            && let Some(cite) = closing_cite(node)
            && let Some(found) = source_of(&cite)
            && let Some(Block::Paragraph(last)) = blocks.last_mut()
            && strip_suffix(&mut last.text, &plain_text(&cite))
        {
            source = Some(found);
            if last.text.0.is_empty() {
                blocks.pop();
            }
        }
        if source.is_none()
            && let Some(Block::Paragraph(last)) = blocks.last()
            && let Some(found) = dash_source(&last.text)
        {
            source = Some(found);
            blocks.pop();
        }
        let cite_url = node.attr("cite").filter(|c| !c.trim().is_empty());
        match (&mut source, cite_url) {
            (Some(source), Some(url)) if source.url.is_none() => source.url = Some(url),
            (None, Some(url)) => {
                source = lectern_format::link::host_of(&url).map(|host| Source {
                    name: host,
                    author: None,
                    url: Some(url),
                })
            }
            _ => {}
        }
        Block::Quote(Quote { source, blocks })
    }

    /// The source a short paragraph gives the quotation just before it: one that opens with a
    /// `<cite>` or a dash.
    pub(super) fn source_below_quote<N: HtmlNode>(&self, node: &N) -> Option<Source> {
        let Some(Item::Block(Block::Quote(quote))) = self.items.last() else {
            return None;
        };
        if quote.source.is_some() {
            return None;
        }
        let first = node
            .children()
            .into_iter()
            .find(|c| c.tag().is_some() || c.text().is_some_and(|t| !t.trim().is_empty()))?;
        let text = plain_text(node);
        let name = strip_dash(&text);
        let opens_with_cite = first.tag().as_deref() == Some("cite");
        let dashed = name.len() != text.trim().len();
        if name.is_empty()
            || lectern_format::text::count_words(name) > 20
            || !(opens_with_cite || dashed)
        {
            return None;
        }
        let url =
            find_first(node, &|n: &N| n.tag().as_deref() == Some("a")).and_then(|a| a.attr("href"));
        Some(Source {
            name: name.to_owned(),
            author: None,
            url,
        })
    }
}

/// The attribution in a `<cite>` or `<footer>`: its text without a leading dash, its link.
pub(super) fn source_of<N: HtmlNode>(node: &N) -> Option<Source> {
    let name = strip_dash(&plain_text(node)).to_owned();
    if name.is_empty() {
        return None;
    }
    let url = find_first(node, &|n: &N| n.tag().as_deref() == Some("a"))
        .and_then(|a| a.attr("href"))
        .or_else(|| node.attr("href"));
    Some(Source {
        name,
        author: None,
        url,
    })
}

/// A `<cite>` that closes the last paragraph of a quotation (nothing but white space after it).
pub(super) fn closing_cite<N: HtmlNode>(quote: &N) -> Option<N> {
    let last_paragraph = quote
        .children()
        .into_iter()
        .rfind(|c| c.tag().as_deref() == Some("p"))?;
    let closing = last_paragraph
        .children()
        .into_iter()
        .rfind(|c| c.tag().is_some() || c.text().is_some_and(|t| !t.trim().is_empty()))?;
    (closing.tag().as_deref() == Some("cite")).then_some(closing)
}

/// Removes `suffix` (and the white space and dash before it) from the end of `text`; whether
/// it was there.
pub(super) fn strip_suffix(text: &mut Text, suffix: &str) -> bool {
    let plain = text.to_plain();
    let trimmed = plain.trim_end();
    let Some(kept) = trimmed.strip_suffix(suffix.trim()) else {
        return false;
    };
    let kept = kept
        .trim_end()
        .trim_end_matches(['—', '–', '-', '~'])
        .trim_end();
    let mut left = kept.len();
    let mut spans = Vec::new();
    for mut span in std::mem::take(&mut text.0) {
        if left == 0 {
            break;
        }
        if span.text.len() > left {
            let mut cut = left;
            while !span.text.is_char_boundary(cut) {
                cut -= 1;
            }
            span.text.truncate(cut);
        }
        left -= span.text.len();
        spans.push(span);
    }
    text.0 = spans;
    true
}

/// A last paragraph such as "— Hannah Arendt" or "-- The Guardian" as the quotation's source.
pub(super) fn dash_source(text: &Text) -> Option<Source> {
    let plain = text.to_plain();
    let trimmed = plain.trim();
    let name = strip_dash(trimmed);
    if name.len() == trimmed.len()
        || name.is_empty()
        || lectern_format::text::count_words(name) > 12
    {
        return None;
    }
    let url = text.0.iter().find_map(|span| span.href.clone());
    Some(Source {
        name: name.to_owned(),
        author: None,
        url,
    })
}

/// `text` without a leading dash (—, –, ―, -- or -) and the space after it.
pub(super) fn strip_dash(text: &str) -> &str {
    let text = text.trim();
    for dash in ["—", "–", "―", "--", "-", "~"] {
        if let Some(rest) = text.strip_prefix(dash) {
            return rest.trim_start();
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::super::mapped;
    use lectern_format::{Block, Quote};

    fn quote(html: &str) -> Quote {
        match mapped(html).first() {
            Some(Block::Quote(q)) => q.clone(),
            other => panic!("a quotation first: {other:?}"),
        }
    }

    fn source_name(q: &Quote) -> Option<&str> {
        q.source.as_ref().map(|s| s.name.as_str())
    }

    #[test]
    fn a_cite_inside_names_the_source_with_its_link() {
        let q = quote(
            "<blockquote><p>Words.</p><cite><a href=\"https://example.com/a\">Asia Times</a></cite></blockquote>",
        );
        assert_eq!(source_name(&q), Some("Asia Times"));
        assert_eq!(
            q.source.and_then(|s| s.url).as_deref(),
            Some("https://example.com/a")
        );
    }

    #[test]
    fn a_footer_with_a_dash_names_the_source_without_the_dash() {
        let q = quote("<blockquote><p>Words.</p><footer>— The Guardian</footer></blockquote>");
        assert_eq!(source_name(&q), Some("The Guardian"));
    }

    #[test]
    fn a_last_paragraph_starting_with_a_dash_is_the_source() {
        let q = quote("<blockquote><p>Words.</p><p>-- Hannah Arendt</p></blockquote>");
        assert_eq!(source_name(&q), Some("Hannah Arendt"));
        assert_eq!(
            q.blocks.len(),
            1,
            "the source line is not a paragraph of the quote"
        );
    }

    #[test]
    fn a_closing_cite_leaves_the_paragraph_it_ended() {
        let q = quote("<blockquote><p>Stay hungry. <cite>Steve Jobs</cite></p></blockquote>");
        assert_eq!(source_name(&q), Some("Steve Jobs"));
        match q.blocks.as_slice() {
            [Block::Paragraph(p)] => assert_eq!(p.text.to_plain().trim(), "Stay hungry."),
            other => panic!("one paragraph: {other:?}"),
        }
    }

    #[test]
    fn a_short_dashed_paragraph_below_names_the_quote_above() {
        let blocks = mapped("<blockquote><p>Words.</p></blockquote><p>— Reuters</p><p>After.</p>");
        let Some(Block::Quote(q)) = blocks.first() else {
            panic!("a quotation first: {blocks:?}");
        };
        assert_eq!(source_name(q), Some("Reuters"));
        assert_eq!(blocks.len(), 2, "the source paragraph is taken: {blocks:?}");
    }

    #[test]
    fn a_plain_paragraph_below_is_not_a_source() {
        let blocks = mapped("<blockquote><p>Words.</p></blockquote><p>Reuters reported it.</p>");
        let Some(Block::Quote(q)) = blocks.first() else {
            panic!("a quotation first: {blocks:?}");
        };
        assert_eq!(source_name(q), None);
        assert_eq!(blocks.len(), 2);
    }
}
