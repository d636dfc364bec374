//! Rich text and blocks as HTML. Text always goes in as text nodes; links only when safe.

use yew::prelude::*;

use crate::words::Words;
use lectern_format::link::{safe_href, safe_image_src};
use lectern_format::{Block, Embed, Figure, List, Quote, Source, Span, Table, Text};

/// Who wrote the text, which decides how its links are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    /// The post's author: ordinary links.
    Post,
    /// A reader (comments): links get `rel="nofollow ugc noopener"`.
    Reader,
}

/// Renders rich text: runs with emphasis, strength, code, superscript or subscript and (safe)
/// links.
pub fn render_text(text: &Text, by: Author) -> Html {
    text.0
        .iter()
        .map(|span| render_span(span, by))
        .collect::<Html>()
}

fn render_span(span: &Span, by: Author) -> Html {
    // A reference to one of the post's notes: a mark linked to the note, which links back.
    if span.note.is_some() && !span.note_anchor.is_empty() {
        let anchor = &span.note_anchor;
        return html! {
            <sup class="note-ref"><a href={format!("#{anchor}")} id={span.note_ref.clone()}
                role="doc-noteref">{span.text.clone()}</a></sup>
        };
    }
    let mut html = html! { {span.text.clone()} };
    if span.em {
        html = html! { <em>{html}</em> };
    }
    if span.strong {
        html = html! { <strong>{html}</strong> };
    }
    if span.code {
        html = html! { <code>{html}</code> };
    }
    if span.sup {
        html = html! { <sup>{html}</sup> };
    } else if span.sub {
        html = html! { <sub>{html}</sub> };
    }
    match span.href.as_deref().and_then(safe_href) {
        Some(href) if by == Author::Reader => {
            html! { <a href={href} rel="nofollow ugc noopener">{html}</a> }
        }
        Some(href) => html! { <a href={href}>{html}</a> },
        None => html,
    }
}

/// Renders a list of blocks. `quote_ids` gives the anchor for each top-level quotation in order
/// (nested quotations inside a quote get none).
pub fn render_blocks(
    blocks: &[Block],
    quote_ids: &mut dyn Iterator<Item = String>,
    by: Author,
    say: &Words,
) -> Html {
    blocks
        .iter()
        .map(|block| render_block(block, quote_ids, by, say))
        .collect::<Html>()
}

/// Renders one block (quotations unfolded; [`super::quote::QuoteView`] folds top-level ones).
pub fn render_block(
    block: &Block,
    quote_ids: &mut dyn Iterator<Item = String>,
    by: Author,
    say: &Words,
) -> Html {
    match block {
        // A reader's paragraph takes the direction of its own text: comments mix languages.
        Block::Paragraph(p) => {
            let dir = matches!(by, Author::Reader).then_some("auto");
            html! { <p {dir}>{render_text(&p.text, by)}</p> }
        }
        Block::Quote(quote) => render_quote(quote, quote_ids.next(), by, say),
        Block::Heading(h) => {
            let tag = match h.level.get() {
                2 => "h3",
                3 => "h4",
                _ => "h5",
            };
            // Section headings are h2, so post heading levels 2–4 sit one level below them.
            html! { <@{tag} class="block-heading">{render_text(&h.text, by)}</@> }
        }
        Block::List(list) => render_list(list, by),
        Block::Figure(figure) => render_figure(figure, by),
        Block::Rule => html! { <hr /> },
        // Focusable, so a keyboard can scroll code wider than the column.
        Block::Code(code) => {
            html! { <pre class="block-code" tabindex="0"><code>{code.text.clone()}</code></pre> }
        }
        Block::Table(table) => render_table(table, by, say),
        Block::Embed(embed) => render_embed(embed, say),
        Block::Unknown { kind } => html! {
            <p class="block-unknown" role="note">
                {say.fill("block.unknown", &[("kind", kind)])}
            </p>
        },
    }
}

fn render_list(list: &List, by: Author) -> Html {
    let items = list
        .items
        .iter()
        .map(|item| {
            html! { <li>{render_text(&item.text, by)}{item.list.as_ref().map(|l| render_list(l, by))}</li> }
        })
        .collect::<Html>();
    if list.ordered {
        html! { <ol>{items}</ol> }
    } else {
        html! { <ul>{items}</ul> }
    }
}

/// A table in a box of its own that scrolls sideways when wider than the column.
fn render_table(table: &Table, by: Author, say: &Words) -> Html {
    let head = (!table.head.is_empty()).then(|| {
        html! {
            <thead><tr>{for table.head.iter().map(|cell| html! { <th scope="col">{render_text(cell, by)}</th> })}</tr></thead>
        }
    });
    let rows = table.rows.iter().map(|row| {
        html! { <tr>{for row.iter().map(|cell| html! { <td>{render_text(cell, by)}</td> })}</tr> }
    });
    html! {
        <div class="block-table" role="group" aria-label={say.get("block.table").to_owned()} tabindex="0">
            <table>
                {table.caption.as_ref().map(|c| html! { <caption>{render_text(c, by)}</caption> })}
                {head}
                <tbody>{for rows}</tbody>
            </table>
        </div>
    }
}

/// Content from elsewhere as a link to it ("Video on youtube.com"): nothing is loaded.
fn render_embed(embed: &Embed, say: &Words) -> Html {
    let label = embed_label(embed, say);
    let title = embed
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .map(|t| html! { <span class="embed-title" dir="auto">{t.to_owned()}</span> });
    let link = match safe_href(&embed.url) {
        Some(href) => {
            html! { <a class="embed-link" href={href} rel="noopener noreferrer">{label}</a> }
        }
        None => html! { <span class="embed-link">{label}</span> },
    };
    html! { <p class="block-embed">{link}{title}</p> }
}

fn render_figure(figure: &Figure, by: Author) -> Html {
    let image = figure.src.as_deref().and_then(safe_image_src).map(|src| {
        // Its size, when known, keeps its room before it loads (the CSS scales it to the column).
        let (width, height) = match (figure.width, figure.height) {
            (Some(w), Some(h)) if w > 0 && h > 0 => (Some(w.to_string()), Some(h.to_string())),
            _ => (None, None),
        };
        html! { <img src={src} alt={figure.alt.clone().unwrap_or_default()} loading="lazy" {width} {height} /> }
    });
    let caption = figure
        .caption
        .as_ref()
        .map(|c| html! { <figcaption>{render_text(c, by)}</figcaption> });
    let class = if image.is_some() {
        "figure"
    } else {
        "figure figure-caption-only"
    };
    html! { <figure class={class}>{image}{caption}</figure> }
}

/// A quotation: the quoted blocks, visibly set apart, with an attribution that is always shown.
fn render_quote(quote: &Quote, id: Option<String>, by: Author, say: &Words) -> Html {
    let cite_url = quote.cite_url();
    let mut no_ids = std::iter::empty();
    html! {
        <figure class="quote" id={id}>
            <blockquote cite={cite_url}>{render_blocks(&quote.blocks, &mut no_ids, by, say)}</blockquote>
            {quote.source.as_ref().map(|source| render_source(source, say))}
        </figure>
    }
}

/// "— M.K. Bhadrakumar, *Indian Punchline*", linked to the original when a safe URL is given.
pub fn render_source(source: &Source, say: &Words) -> Html {
    let name = match source.url.as_deref().and_then(safe_href) {
        Some(href) => html! {
            <a href={href} rel="noopener noreferrer">{source.name.clone()}</a>
        },
        None => html! { {source.name.clone()} },
    };
    let author = source
        .author
        .as_deref()
        .filter(|a| !a.trim().is_empty() && a.trim() != source.name.trim())
        .map(|a| html! { <><span class="quote-author">{a.to_owned()}</span>{", "}</> });
    html! {
        <figcaption class="quote-source">
            <span class="quote-dash" aria-hidden="true">{"— "}</span>
            <span class="visually-hidden">{say.get("quote.quoted-from").to_owned()}{" "}</span>
            {author}
            <cite>{name}</cite>
        </figcaption>
    }
}

/// "Video on youtube.com": what the link to an embed's original says.
fn embed_label(embed: &Embed, say: &Words) -> String {
    let kind = embed.label_key();
    match lectern_format::link::host_of(&embed.url) {
        Some(host) => say.fill(kind, &[("host", &host)]),
        None => say.get(&format!("{kind}-bare")).to_owned(),
    }
}
