//! WordPress's export format (WXR: RSS 2.0 with `wp:`, `content:`, `excerpt:` and `dc:`
//! elements) read as a stream of items: one `<item>` is held at a time, so an export of any size
//! reads in the memory of its largest post. A file that is not well-formed XML stops with the
//! line and column where the parser gave up.

use std::io::BufRead;

use quick_xml::Reader;
use quick_xml::events::Event;

/// What the channel says about the whole site (read before the first item).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Channel {
    /// The site's title.
    pub title: String,
    /// The site's address (`<link>`).
    pub link: String,
    /// `wp:base_site_url`.
    pub base_site_url: String,
    /// The site's language (`<language>`, e.g. `en-US`).
    pub language: String,
    /// Authors by login: (login, display name).
    pub authors: Vec<(String, String)>,
}

/// One `<item>`: a post, page, attachment or anything else WordPress exports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    /// `<title>`.
    pub title: String,
    /// `<link>`: the item's public address.
    pub link: String,
    /// `dc:creator`: the author's login.
    pub creator: String,
    /// `content:encoded`: the post's stored content (not rendered: no `<p>` in classic posts).
    pub content: String,
    /// `excerpt:encoded`.
    pub excerpt: String,
    /// `wp:post_id`.
    pub id: String,
    /// `wp:post_date` (site time) and `wp:post_date_gmt`, as `YYYY-MM-DD HH:MM:SS`.
    pub date: String,
    /// See [`Item::date`].
    pub date_gmt: String,
    /// `wp:comment_status`: `open` or `closed`.
    pub comment_status: String,
    /// `wp:post_name`: the slug.
    pub slug: String,
    /// `wp:status`: `publish`, `draft`, `pending`, `private`, `future`, `inherit`, `trash`…
    pub status: String,
    /// `wp:post_type`: `post`, `page`, `attachment`, `nav_menu_item`…
    pub post_type: String,
    /// `wp:post_password`: not empty for a password-protected post.
    pub password: String,
    /// `wp:attachment_url`, for attachments.
    pub attachment_url: String,
    /// `wp:post_parent`: the post an attachment belongs to (`0` for none).
    pub parent: String,
    /// The item's comments, pingbacks and trackbacks, in file order.
    pub comments: Vec<ItemComment>,
    /// The `footnotes` post meta (WordPress 6.3+): the notes of the Footnotes block, as JSON
    /// (`[{"id": "…", "content": "…"}]`); empty when the post has none.
    pub footnotes: String,
    /// Entities that could not stand for a character (a lone surrogate) and were replaced.
    pub bad_references: usize,
}

/// One `<wp:comment>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemComment {
    /// `wp:comment_id`.
    pub id: String,
    /// `wp:comment_parent` (`0` for none).
    pub parent: String,
    /// `wp:comment_author`.
    pub author: String,
    /// `wp:comment_author_url`.
    pub author_url: String,
    /// `wp:comment_date_gmt`.
    pub date_gmt: String,
    /// `wp:comment_content`: stored text (no `<p>`).
    pub content: String,
    /// `wp:comment_approved`: `1`, `0` (held), `spam`, `trash`.
    pub approved: String,
    /// `wp:comment_type`: empty or `comment` for comments, else `pingback`, `trackback`…
    pub kind: String,
}

/// Where and why the export is not well-formed XML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError {
    /// Byte offset into the file where the parser stopped.
    pub offset: u64,
    /// What the parser said.
    pub message: String,
}

/// Reads `source` to the end, calling `on_item` with the channel (what came before the items)
/// for every item in file order; returns the channel.
pub fn read_export<R: BufRead>(
    source: R,
    mut on_item: impl FnMut(&Channel, Item),
) -> Result<Channel, XmlError> {
    let mut reader = Reader::from_reader(source);
    let config = reader.config_mut();
    config.allow_dangling_amp = true;
    config.check_end_names = true;
    let mut buf = Vec::new();
    // The element names from the root to the current one.
    let mut path: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut channel = Channel::default();
    let mut item: Option<Item> = None;
    let mut comment: Option<ItemComment> = None;
    let mut author: (String, String) = Default::default();
    // The `wp:postmeta` being read: its key and value.
    let mut meta: (String, String) = Default::default();
    // After a CDATA section, text that ends in `]]>`: an export that nested CDATA without
    // escaping it (WordPress's own importer reads those as one piece).
    let mut after_cdata = false;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| XmlError {
            offset: reader.error_position(),
            message: e.to_string(),
        })?;
        match event {
            Event::Start(start) => {
                let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
                match name.as_str() {
                    "item" => item = Some(Item::default()),
                    "wp:comment" if item.is_some() => comment = Some(ItemComment::default()),
                    "wp:author" => author = Default::default(),
                    _ => {}
                }
                path.push(name);
                text.clear();
                after_cdata = false;
            }
            Event::End(_) => {
                let name = path.pop().unwrap_or_default();
                let value = std::mem::take(&mut text);
                let parent = path.last().map(String::as_str).unwrap_or("");
                if let Some(c) = comment.as_mut().filter(|_| parent == "wp:comment") {
                    set_comment_field(c, &name, value);
                } else if name == "wp:comment" {
                    if let (Some(item), Some(c)) = (item.as_mut(), comment.take()) {
                        item.comments.push(c);
                    }
                } else if item.is_some() && parent == "wp:postmeta" {
                    match name.as_str() {
                        "wp:meta_key" => meta.0 = value.trim().to_owned(),
                        "wp:meta_value" => meta.1 = value,
                        _ => {}
                    }
                } else if let Some(it) = item.as_mut().filter(|_| name == "wp:postmeta") {
                    let (key, value) = std::mem::take(&mut meta);
                    if key == "footnotes" {
                        it.footnotes = value;
                    }
                } else if let Some(it) = item.as_mut().filter(|_| parent == "item") {
                    set_item_field(it, &name, value);
                } else if name == "item" {
                    if let Some(done) = item.take() {
                        on_item(&channel, done);
                    }
                } else if parent == "wp:author" {
                    match name.as_str() {
                        "wp:author_login" => author.0 = value,
                        "wp:author_display_name" => author.1 = value,
                        _ => {}
                    }
                } else if name == "wp:author" {
                    channel.authors.push(std::mem::take(&mut author));
                } else if parent == "channel" {
                    match name.as_str() {
                        "title" => channel.title = value,
                        "link" => channel.link = value,
                        "wp:base_site_url" => channel.base_site_url = value,
                        "language" => channel.language = value,
                        _ => {}
                    }
                }
                after_cdata = false;
            }
            Event::Text(t) => {
                let piece = t.decode().map_err(|e| XmlError {
                    offset: reader.buffer_position(),
                    message: e.to_string(),
                })?;
                if after_cdata && piece.trim_end().ends_with("]]>") {
                    // `<![CDATA[a <![CDATA[ b ]]> c]]>`: the first `]]>` belonged to the text.
                    let trimmed = piece.trim_end();
                    text.push_str("]]>");
                    text.push_str(&trimmed[..trimmed.len() - 3]);
                } else {
                    text.push_str(&piece);
                }
            }
            Event::CData(c) => {
                text.push_str(&String::from_utf8_lossy(&c.into_inner()));
                after_cdata = true;
            }
            Event::GeneralRef(r) => {
                match r.resolve_char_ref() {
                    Ok(Some(c)) => text.push(c),
                    // A character reference to no character (`&#xD800;`): the replacement
                    // character, counted for the post's warnings.
                    Err(_) => {
                        text.push('\u{FFFD}');
                        if let Some(it) = item.as_mut() {
                            it.bad_references += 1;
                        }
                    }
                    Ok(None) => {
                        let name = String::from_utf8_lossy(&r.into_inner()).into_owned();
                        match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(resolved) => text.push_str(resolved),
                            // An HTML entity (`&nbsp;`) in HTML content: kept for the HTML
                            // parser to read.
                            None => {
                                text.push('&');
                                text.push_str(&name);
                                text.push(';');
                            }
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(channel)
}

fn set_item_field(item: &mut Item, name: &str, value: String) {
    match name {
        "title" => item.title = value,
        "link" => item.link = value,
        "dc:creator" => item.creator = value,
        "content:encoded" => item.content = value,
        "excerpt:encoded" => item.excerpt = value,
        "wp:post_id" => item.id = value.trim().to_owned(),
        "wp:post_date" => item.date = value,
        "wp:post_date_gmt" => item.date_gmt = value,
        "wp:comment_status" => item.comment_status = value,
        "wp:post_name" => item.slug = value.trim().to_owned(),
        "wp:status" => item.status = value.trim().to_owned(),
        "wp:post_type" => item.post_type = value.trim().to_owned(),
        "wp:post_password" => item.password = value,
        "wp:attachment_url" => item.attachment_url = value.trim().to_owned(),
        "wp:post_parent" => item.parent = value.trim().to_owned(),
        _ => {}
    }
}

fn set_comment_field(comment: &mut ItemComment, name: &str, value: String) {
    match name {
        "wp:comment_id" => comment.id = value.trim().to_owned(),
        "wp:comment_parent" => comment.parent = value.trim().to_owned(),
        "wp:comment_author" => comment.author = value,
        "wp:comment_author_url" => comment.author_url = value.trim().to_owned(),
        "wp:comment_date_gmt" => comment.date_gmt = value,
        "wp:comment_content" => comment.content = value,
        "wp:comment_approved" => comment.approved = value.trim().to_owned(),
        "wp:comment_type" => comment.kind = value.trim().to_owned(),
        _ => {}
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `source`, read as a stream.
pub fn line_and_column<R: BufRead>(mut source: R, offset: u64) -> (usize, usize) {
    let mut line = 1;
    let mut line_bytes: Vec<u8> = Vec::new();
    let mut at = 0u64;
    let mut chunk = Vec::new();
    while at < offset {
        chunk.clear();
        let Ok(read) = source.read_until(b'\n', &mut chunk) else {
            break;
        };
        if read == 0 {
            break;
        }
        let end = at + read as u64;
        if end > offset || !chunk.ends_with(b"\n") {
            let within = (offset - at) as usize;
            line_bytes = chunk[..within.min(chunk.len())].to_vec();
            break;
        }
        at = end;
        line += 1;
        if at == offset {
            line_bytes.clear();
            break;
        }
    }
    let column = String::from_utf8_lossy(&line_bytes).chars().count() + 1;
    (line, column)
}
