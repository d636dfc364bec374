//! Block-level HTML as Lectern blocks: paragraphs, headings, lists, quotations with their
//! sources, figures, code, tables, rules, and embeds as links.

use super::inline::{ACTIVE, InlineText, Style, collect_children, collect_inline, plain_text};
use super::{HtmlNode, Warning};
use lectern_format::block::{Code, Embed, HeadingLevel, ListItem, Table};
use lectern_format::{Block, Figure, Heading, List, Paragraph, Quote, Source, Text};

/// A mapped piece of content: a block, or a heading that may start a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// Content.
    Block(Block),
    /// A heading outside quotations, with its rank (`h2` → 2) and its `id`, if it had one.
    Heading {
        /// 1 to 6, from the tag name.
        rank: u8,
        /// The heading's text.
        text: Text,
        /// The element's own `id` (links into the post use it).
        id: Option<String>,
    },
}

/// What [`map_blocks`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapped {
    /// The content, in document order.
    pub items: Vec<Item>,
    /// What was dropped or changed on the way.
    pub warnings: Vec<Warning>,
}

impl Mapped {
    /// The content as plain blocks (headings below the top as heading blocks): comments, and
    /// anything else without sections.
    pub fn into_blocks(self) -> Vec<Block> {
        self.items.into_iter().map(Item::into_block).collect()
    }
}

impl Item {
    /// The item as a block; a heading keeps its rank as well as the format allows (2–4).
    pub fn into_block(self) -> Block {
        match self {
            Self::Block(block) => block,
            Self::Heading { rank, text, .. } => Block::Heading(Heading {
                level: HeadingLevel::nearest(rank),
                text,
            }),
        }
    }
}

/// Maps a sequence of sibling nodes (a parsed document's body) to blocks.
pub fn map_blocks<N: HtmlNode>(nodes: &[N]) -> Mapped {
    let mut mapper = Mapper::default();
    for node in nodes {
        mapper.node(node);
    }
    mapper.flush();
    Mapped {
        items: mapper.items,
        warnings: mapper.warnings,
    }
}

/// Elements that only group other content: their children are mapped in their place.
const CONTAINERS: &[&str] = &[
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "center",
    "details",
    "summary",
    "address",
    "hgroup",
    "body",
    "html",
    "figcaption",
    "picture",
    "dl",
];

#[derive(Default)]
struct Mapper {
    items: Vec<Item>,
    pending: InlineText,
    warnings: Vec<Warning>,
}

impl Mapper {
    fn push(&mut self, block: Block) {
        self.flush();
        self.items.push(Item::Block(block));
    }

    /// Ends the paragraph being gathered from loose inline content.
    fn flush(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        if !pending.is_blank() {
            self.items.push(Item::Block(Block::Paragraph(Paragraph {
                text: pending.finish(),
            })));
        }
    }

    fn children<N: HtmlNode>(&mut self, node: &N) {
        for child in node.children() {
            self.node(&child);
        }
    }

    fn node<N: HtmlNode>(&mut self, node: &N) {
        let Some(tag) = node.tag() else {
            collect_inline(
                node,
                &Style::default(),
                &mut self.pending,
                &mut self.warnings,
            );
            return;
        };
        match tag.as_str() {
            "p" => {
                self.flush();
                // "<cite>Steve Jobs</cite> – WWDC, 1997" or "— The Guardian" right under a
                // quotation without a source is that quotation's source.
                if let Some(source) = self.source_below_quote(node) {
                    if let Some(Item::Block(Block::Quote(quote))) = self.items.last_mut() {
                        quote.source = Some(source);
                    }
                    return;
                }
                self.children(node);
                self.flush();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let text = inline_of(node, &mut self.warnings);
                if !text.0.is_empty() {
                    let rank = tag.as_bytes()[1] - b'0';
                    let id = node.attr("id").filter(|id| !id.trim().is_empty());
                    self.items.push(Item::Heading { rank, text, id });
                }
            }
            "ul" | "ol" => {
                let list = list_of(node, &mut self.warnings);
                if !list.items.is_empty() {
                    self.push(Block::List(list));
                }
            }
            "blockquote" => {
                let block = self.blockquote(node);
                self.push(block);
            }
            "figure" => self.figure(node),
            "img" if !is_emoji(node) => {
                if let Some(figure) = image_of(node, None) {
                    self.push(Block::Figure(figure));
                }
            }
            "iframe" | "video" | "audio" | "object" | "embed" => {
                if let Some(embed) = self.media(node, None) {
                    self.push(Block::Embed(embed));
                }
            }
            "hr" => self.push(Block::Rule),
            "pre" => {
                let text = raw_text(node);
                if !text.trim().is_empty() {
                    self.push(Block::Code(Code {
                        text: text.trim_matches('\n').to_owned(),
                    }));
                }
            }
            "table" => {
                let table = table_of(node, &mut self.warnings);
                if !table.rows.is_empty() || !table.head.is_empty() {
                    self.push(Block::Table(table));
                }
            }
            "dt" => {
                self.flush();
                let text = inline_of(node, &mut self.warnings);
                let strong = Text(
                    text.0
                        .into_iter()
                        .map(|s| lectern_format::Span { strong: true, ..s })
                        .collect(),
                );
                if !strong.0.is_empty() {
                    self.push(Block::Paragraph(Paragraph { text: strong }));
                }
            }
            "dd" | "li" => {
                self.flush();
                self.children(node);
                self.flush();
            }
            other if ACTIVE.contains(&other) => {
                self.warnings.push(Warning::Dropped(other.to_owned()))
            }
            other if CONTAINERS.contains(&other) => {
                if let Some(embed) = embed_container(node) {
                    self.warnings.push(Warning::EmbedAsLink(embed.url.clone()));
                    self.push(Block::Embed(embed));
                    return;
                }
                self.flush();
                self.children(node);
                self.flush();
            }
            // Inline content (a link, emphasis, a span), unless it holds an image or a frame:
            // then what is inside is mapped in its place (an image linked to its file).
            _ if holds_media(node) => self.children(node),
            _ => collect_inline(
                node,
                &Style::default(),
                &mut self.pending,
                &mut self.warnings,
            ),
        }
    }

    /// A quotation, or an embedded post from a social network (which is a `blockquote` until
    /// the network's script replaces it: that script never runs here).
    fn blockquote<N: HtmlNode>(&mut self, node: &N) -> Block {
        if let Some(embed) = social_post(node) {
            self.warnings.push(Warning::EmbedAsLink(embed.url.clone()));
            return Block::Embed(embed);
        }
        let mut inner = Mapper::default();
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
    fn source_below_quote<N: HtmlNode>(&self, node: &N) -> Option<Source> {
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

    /// A `<figure>`: a pull quote, an embed, a table, or images with a caption.
    fn figure<N: HtmlNode>(&mut self, node: &N) {
        let caption_node = node
            .children()
            .into_iter()
            .find(|c| c.tag().as_deref() == Some("figcaption"));
        let caption = caption_node
            .as_ref()
            .map(|c| inline_of(c, &mut self.warnings))
            .filter(|t| !t.0.is_empty());
        let content: Vec<N> = node
            .children()
            .into_iter()
            .filter(|c| c.tag().as_deref() != Some("figcaption"))
            .collect();
        if let Some(embed) = embed_container(node) {
            let embed = Embed {
                title: embed.title.or_else(|| caption.as_ref().map(Text::to_plain)),
                ..embed
            };
            self.warnings.push(Warning::EmbedAsLink(embed.url.clone()));
            self.push(Block::Embed(embed));
            return;
        }
        let images = find_all(node, &|n: &N| {
            n.tag().as_deref() == Some("img") && !is_emoji(n)
        });
        let has = |tag: &str| find_first(node, &|n: &N| n.tag().as_deref() == Some(tag)).is_some();
        if has("blockquote") || has("table") || has("iframe") || has("video") || has("audio") {
            for child in &content {
                self.node(child);
            }
            if let Some(caption) = caption {
                if let Some(Item::Block(Block::Table(table))) = self.items.last_mut()
                    && table.caption.is_none()
                {
                    table.caption = Some(caption);
                } else if let Some(Item::Block(Block::Embed(embed))) = self.items.last_mut()
                    && embed.title.is_none()
                {
                    embed.title = Some(caption.to_plain());
                } else {
                    self.push(Block::Figure(Figure::caption_only(caption)));
                }
            }
            return;
        }
        let count = images.len();
        for (index, image) in images.iter().enumerate() {
            let own = (index + 1 == count).then(|| caption.clone()).flatten();
            if let Some(figure) = image_of(image, own) {
                self.push(Block::Figure(figure));
            }
        }
        if count == 0 {
            self.flush();
            for child in &content {
                self.node(child);
            }
            self.flush();
            if let Some(caption) = caption {
                self.push(Block::Figure(Figure::caption_only(caption)));
            }
        }
    }

    /// A frame, video or audio element as a link to what it would have loaded.
    fn media<N: HtmlNode>(&mut self, node: &N, title: Option<String>) -> Option<Embed> {
        let embed = media_embed(node, title)?;
        self.warnings.push(Warning::EmbedAsLink(embed.url.clone()));
        Some(embed)
    }
}

/// The inline content of `node` as text.
fn inline_of<N: HtmlNode>(node: &N, warnings: &mut Vec<Warning>) -> Text {
    let mut out = InlineText::default();
    collect_children(node, &Style::default(), &mut out, warnings);
    out.finish()
}

/// WordPress's emoji and smiley images stand for characters, not pictures.
fn is_emoji<N: HtmlNode>(node: &N) -> bool {
    node.has_class("emoji") || node.has_class("wp-smiley")
}

/// An image as a figure (its address through the image rule when rendered).
fn image_of<N: HtmlNode>(node: &N, caption: Option<Text>) -> Option<Figure> {
    let src = node
        .attr("src")
        .filter(|s| !s.trim().is_empty() && !s.trim_start().starts_with("data:"))
        .or_else(|| node.attr("data-src"))
        .or_else(|| node.attr("data-lazy-src"))?;
    let alt = node.attr("alt").map(|a| a.trim().to_owned());
    // Both or neither: one alone says nothing about the image's shape.
    let (width, height) = match (pixels(node.attr("width")), pixels(node.attr("height"))) {
        (Some(width), Some(height)) => (Some(width), Some(height)),
        _ => (None, None),
    };
    Some(Figure {
        src: Some(src),
        alt,
        caption,
        width,
        height,
    })
}

/// An image attribute's size in pixels: digits only (`"640"`, not `"+640"`, `"50%"` or
/// `"640px"`), more than zero.
fn pixels(attribute: Option<String>) -> Option<usize> {
    let digits = attribute?;
    let digits = digits.trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}

/// Whether `node` holds an image (not an emoji) or a frame or player anywhere inside.
fn holds_media<N: HtmlNode>(node: &N) -> bool {
    find_first(node, &|n: &N| match n.tag().as_deref() {
        Some("img") => !is_emoji(n),
        Some("iframe" | "video" | "audio" | "object" | "embed" | "figure" | "blockquote") => true,
        _ => false,
    })
    .is_some()
}

/// The first node under `node` (itself excluded) for which `test` holds, depth first.
fn find_first<N: HtmlNode>(node: &N, test: &dyn Fn(&N) -> bool) -> Option<N> {
    for child in node.children() {
        if test(&child) {
            return Some(child);
        }
        if let Some(found) = find_first(&child, test) {
            return Some(found);
        }
    }
    None
}

/// Every node under `node` for which `test` holds, in document order.
fn find_all<N: HtmlNode>(node: &N, test: &dyn Fn(&N) -> bool) -> Vec<N> {
    let mut found = Vec::new();
    for child in node.children() {
        let inner = find_all(&child, test);
        if test(&child) {
            found.push(child);
        }
        found.extend(inner);
    }
    found
}

/// The characters of `node` as written (`<pre>`): white space kept, `<br>` as a line break.
fn raw_text<N: HtmlNode>(node: &N) -> String {
    let mut out = String::new();
    for child in node.children() {
        match child.tag().as_deref() {
            None => out.push_str(&child.text().unwrap_or_default()),
            Some("br") => out.push('\n'),
            Some(tag) if ACTIVE.contains(&tag) => {}
            Some(_) => out.push_str(&raw_text(&child)),
        }
    }
    out
}

/// A list with its items; a list inside an item nests under it.
fn list_of<N: HtmlNode>(node: &N, warnings: &mut Vec<Warning>) -> List {
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

/// A table: its caption, a heading row (`<thead>`, or a first row of `<th>` only) and its rows.
fn table_of<N: HtmlNode>(node: &N, warnings: &mut Vec<Warning>) -> Table {
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

/// The attribution in a `<cite>` or `<footer>`: its text without a leading dash, its link.
fn source_of<N: HtmlNode>(node: &N) -> Option<Source> {
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
fn closing_cite<N: HtmlNode>(quote: &N) -> Option<N> {
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
fn strip_suffix(text: &mut Text, suffix: &str) -> bool {
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
fn dash_source(text: &Text) -> Option<Source> {
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
fn strip_dash(text: &str) -> &str {
    let text = text.trim();
    for dash in ["—", "–", "―", "--", "-", "~"] {
        if let Some(rest) = text.strip_prefix(dash) {
            return rest.trim_start();
        }
    }
    text
}

/// What kind of thing lives at `url`, for "Video on youtube.com".
fn kind_of(url: &str) -> &'static str {
    let host = lectern_format::link::host_of(url).unwrap_or_default();
    let on = |names: &[&str]| {
        names
            .iter()
            .any(|n| host == *n || host.ends_with(&format!(".{n}")))
    };
    if on(&[
        "youtube.com",
        "youtu.be",
        "youtube-nocookie.com",
        "vimeo.com",
        "dailymotion.com",
        "twitch.tv",
        "ted.com",
        "tiktok.com",
        "wistia.com",
        "videopress.com",
    ]) {
        "video"
    } else if on(&[
        "soundcloud.com",
        "spotify.com",
        "mixcloud.com",
        "bandcamp.com",
        "anchor.fm",
        "podcasts.apple.com",
    ]) {
        "audio"
    } else if on(&[
        "twitter.com",
        "x.com",
        "instagram.com",
        "facebook.com",
        "threads.net",
        "bsky.app",
        "tumblr.com",
        "reddit.com",
        "mastodon.social",
        "linkedin.com",
        "flickr.com",
    ]) {
        "post"
    } else {
        "page"
    }
}

/// A frame, video or audio element as an embed of what it would load.
fn media_embed<N: HtmlNode>(node: &N, title: Option<String>) -> Option<Embed> {
    let tag = node.tag()?;
    let url = node
        .attr("src")
        .or_else(|| node.attr("data"))
        .or_else(|| node.attr("data-src"))
        .filter(|u| !u.trim().is_empty())
        .or_else(|| {
            find_first(node, &|n: &N| n.tag().as_deref() == Some("source"))
                .and_then(|s| s.attr("src"))
        })?;
    let kind = match tag.as_str() {
        "video" => "video",
        "audio" => "audio",
        _ => kind_of(&url),
    };
    let title = title.or_else(|| node.attr("title").filter(|t| !t.trim().is_empty()));
    Some(Embed {
        url: url.trim().to_owned(),
        kind: Some(kind.to_owned()),
        title,
    })
}

/// A WordPress embed block (`wp-block-embed`, `wp-block-video`, `wp-block-audio`) or any group
/// that holds a frame or player: the embed it shows.
fn embed_container<N: HtmlNode>(node: &N) -> Option<Embed> {
    let media = find_first(node, &|n: &N| {
        matches!(
            n.tag().as_deref(),
            Some("iframe" | "video" | "audio" | "object" | "embed")
        )
    });
    if let Some(media) = media {
        // Only when the frame is the point of the group, not one thing among paragraphs.
        let texts = find_all(node, &|n: &N| {
            matches!(n.tag().as_deref(), Some("p" | "h2" | "h3" | "ul" | "ol"))
        });
        if texts.is_empty() || node.has_class_prefix("wp-block-embed") {
            return media_embed(&media, None);
        }
        return None;
    }
    // An embed block saved without its frame: the wrapper holds the address as text.
    if node.has_class_prefix("wp-block-embed") {
        let url = find_first(node, &|n: &N| n.has_class("wp-block-embed__wrapper"))
            .map(|w| plain_text(&w))
            .filter(|u| u.starts_with("http"))?;
        return Some(Embed {
            kind: Some(kind_of(&url).to_owned()),
            url,
            title: None,
        });
    }
    None
}

/// A social network's embedded post (`twitter-tweet`, `instagram-media`, …) as a link to it.
fn social_post<N: HtmlNode>(node: &N) -> Option<Embed> {
    let known = [
        "twitter-tweet",
        "instagram-media",
        "tiktok-embed",
        "text-post-media",
        "bluesky-embed",
        "reddit-embed-bq",
        "tumblr-post",
        "fb-xfbml-parse-ignore",
        "wp-embedded-content",
    ];
    if !known.iter().any(|class| node.has_class(class)) {
        return None;
    }
    let links = find_all(node, &|n: &N| n.tag().as_deref() == Some("a"));
    let url = node
        .attr("data-instgrm-permalink")
        .or_else(|| node.attr("cite"))
        .or_else(|| {
            links
                .iter()
                .filter_map(|a| a.attr("href"))
                .rfind(|h| h.contains("/status/") || h.contains("/p/") || h.contains("/post/"))
        })
        .or_else(|| links.first().and_then(|a| a.attr("href")))?;
    let title = find_first(node, &|n: &N| n.tag().as_deref() == Some("p"))
        .map(|p| shorten(&plain_text(&p), 200))
        .filter(|t| !t.is_empty());
    Some(Embed {
        kind: Some(kind_of(&url).to_owned()),
        url,
        title,
    })
}

/// `text` cut to at most `max` characters at a word boundary, with "…" when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}
