//! Inline HTML (text, links, emphasis, code, superscript and subscript, line breaks) as Lectern
//! text runs.

use super::{HtmlNode, Warning};
use lectern_format::{Span, Text};

/// The inline formatting in effect at a point of the tree.
#[derive(Debug, Clone, Default)]
pub(super) struct Style {
    href: Option<String>,
    em: bool,
    strong: bool,
    code: bool,
    sup: bool,
    sub: bool,
    /// Inside a reference to one of the post's notes (its id).
    note: Option<String>,
}

impl Style {
    /// A run of `text` in this style.
    fn span(&self, text: String) -> Span {
        Span {
            text,
            href: self.href.clone(),
            em: self.em,
            strong: self.strong,
            code: self.code,
            sup: self.sup,
            sub: self.sub,
            note: self.note.clone(),
            note_anchor: String::new(),
            note_ref: String::new(),
        }
    }

    /// Whether `span` is in this style (so text in it joins that run).
    fn is_style_of(&self, span: &Span) -> bool {
        span.href == self.href
            && span.note == self.note
            && (span.em, span.strong, span.code, span.sup, span.sub)
                == (self.em, self.strong, self.code, self.sup, self.sub)
    }
}

/// Elements whose content is never text for the reader: dropped with a warning.
pub(super) const ACTIVE: &[&str] = &[
    "script", "style", "template", "noscript", "form", "button", "input", "select", "textarea",
    "option", "object", "embed", "applet", "svg", "math", "canvas", "link", "meta", "base",
    "iframe", "frame", "frameset", "dialog", "video", "audio", "source", "track", "map", "area",
    "head", "title",
];

/// Builds one piece of [`Text`] from inline content, the way a browser lays it out: runs of
/// white space collapse to one space, `<br>` is a line break, leading and trailing space goes.
#[derive(Debug, Default)]
pub(super) struct InlineText {
    spans: Vec<Span>,
}

impl InlineText {
    /// Adds characters in `style`, collapsing white space.
    fn push(&mut self, text: &str, style: &Style) {
        let mut collapsed = String::with_capacity(text.len());
        let mut after_space = self.ends_with_space();
        for c in text.chars() {
            if c.is_ascii_whitespace() {
                if !after_space {
                    collapsed.push(' ');
                }
                after_space = true;
            } else {
                collapsed.push(c);
                after_space = false;
            }
        }
        self.append(collapsed, style);
    }

    /// Adds a line break (`<br>`): a space before it is dropped.
    pub(super) fn line_break(&mut self, style: &Style) {
        if let Some(last) = self.spans.last_mut() {
            let kept = last.text.trim_end_matches(' ').len();
            last.text.truncate(kept);
        }
        self.append("\n".to_owned(), style);
    }

    fn ends_with_space(&self) -> bool {
        self.spans
            .last()
            .is_none_or(|s| s.text.ends_with([' ', '\n']))
    }

    fn append(&mut self, text: String, style: &Style) {
        if text.is_empty() {
            return;
        }
        if let Some(last) = self.spans.last_mut()
            && style.is_style_of(last)
        {
            last.text.push_str(&text);
            return;
        }
        self.spans.push(style.span(text));
    }

    /// Whether nothing but white space was added.
    pub(super) fn is_blank(&self) -> bool {
        self.spans.iter().all(|s| s.text.trim().is_empty())
    }

    /// The text, trimmed at both ends.
    pub(super) fn finish(mut self) -> Text {
        while let Some(first) = self.spans.first_mut() {
            let trimmed = first.text.trim_start().to_owned();
            if trimmed.is_empty() {
                self.spans.remove(0);
            } else {
                first.text = trimmed;
                break;
            }
        }
        while let Some(last) = self.spans.last_mut() {
            let trimmed = last.text.trim_end().to_owned();
            if trimmed.is_empty() {
                self.spans.pop();
            } else {
                last.text = trimmed;
                break;
            }
        }
        Text(self.spans)
    }
}

/// Adds `node` and everything inside it to `out` as inline content.
pub(super) fn collect_inline<N: HtmlNode>(
    node: &N,
    style: &Style,
    out: &mut InlineText,
    warnings: &mut Vec<Warning>,
) {
    let Some(tag) = node.tag() else {
        if let Some(text) = node.text() {
            out.push(&text, style);
        }
        return;
    };
    let mut inner = style.clone();
    match tag.as_str() {
        "br" => return out.line_break(style),
        // WordPress replaces emoji with images whose alt text is the emoji itself.
        "img" => {
            if let Some(alt) = node.attr("alt") {
                out.push(&alt, style);
            }
            return;
        }
        "em" | "i" | "cite" | "dfn" | "var" => inner.em = true,
        "strong" | "b" => inner.strong = true,
        "code" | "kbd" | "samp" | "tt" => inner.code = true,
        "sup" => (inner.sup, inner.sub) = (true, false),
        "sub" => (inner.sup, inner.sub) = (false, true),
        // A file block's "Download" button repeats the link to the file just before it.
        "a" if node
            .attr("class")
            .is_some_and(|c| c.split_whitespace().any(|c| c == "wp-block-file__button")) =>
        {
            return;
        }
        // A note's arrow back to its reference: the reader draws its own.
        "a" if super::notes::is_back_link(node) => return,
        "a" => {
            if let Some(href) = node.attr("href").filter(|h| !h.trim().is_empty()) {
                match super::notes::note_of(&href) {
                    Some(note) => inner.note = Some(note),
                    None => inner.href = Some(href),
                }
            }
        }
        "q" => {
            out.push("“", style);
            collect_children(node, &inner, out, warnings);
            out.push("”", style);
            return;
        }
        other if ACTIVE.contains(&other) => {
            warnings.push(Warning::Dropped(other.to_owned()));
            return;
        }
        _ => {}
    }
    collect_children(node, &inner, out, warnings);
}

/// Adds the children of `node` as inline content.
pub(super) fn collect_children<N: HtmlNode>(
    node: &N,
    style: &Style,
    out: &mut InlineText,
    warnings: &mut Vec<Warning>,
) {
    for child in node.children() {
        collect_inline(&child, style, out, warnings);
    }
}

/// The text of `node` and everything inside it, white space collapsed, without formatting
/// (titles, names, captions of embeds). Scripts and styles inside contribute nothing.
pub fn plain_text<N: HtmlNode>(node: &N) -> String {
    let mut out = InlineText::default();
    let mut ignored = Vec::new();
    collect_inline(node, &Style::default(), &mut out, &mut ignored);
    out.finish().to_plain().replace('\n', " ")
}
