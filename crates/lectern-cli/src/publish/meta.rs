//! What a published page says about its post to search engines, link previews and feed
//! readers: `<meta name="description">`, a canonical link, Open Graph and `article:` properties.

use lectern_format::Post;

/// Escapes text for an attribute value in double quotes.
pub fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escapes text for element content.
pub fn text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The post's short description: its excerpt, else the start of its first paragraph (up to
/// about 160 characters, cut at a word).
pub fn description(post: &Post) -> String {
    let source = post.excerpt.clone().unwrap_or_else(|| {
        post.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .find_map(|b| match b {
                lectern_format::Block::Paragraph(p) => Some(p.text.to_plain()),
                _ => None,
            })
            .unwrap_or_default()
    });
    let squashed = source.split_whitespace().collect::<Vec<_>>().join(" ");
    if squashed.chars().count() <= 160 {
        return squashed;
    }
    let cut: String = squashed.chars().take(157).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{at_word}…")
}

/// The tags for `post`, whose page is at `page_url` (absolute, when the site's address is
/// known; else the post's own original address is its canonical one, if it has one).
pub fn head_tags(post: &Post, page_url: Option<&str>, site_name: &str) -> String {
    let mut tags = Vec::new();
    let description = description(post);
    if !description.is_empty() {
        tags.push(format!(
            "<meta name=\"description\" content=\"{}\" />",
            attribute(&description)
        ));
    }
    let canonical = post.url.as_deref().or(page_url);
    if let Some(url) = canonical {
        tags.push(format!(
            "<link rel=\"canonical\" href=\"{}\" />",
            attribute(url)
        ));
    }
    tags.push("<meta property=\"og:type\" content=\"article\" />".to_owned());
    tags.push(format!(
        "<meta property=\"og:title\" content=\"{}\" />",
        attribute(&post.title)
    ));
    if !description.is_empty() {
        tags.push(format!(
            "<meta property=\"og:description\" content=\"{}\" />",
            attribute(&description)
        ));
    }
    if let Some(url) = page_url.or(canonical) {
        tags.push(format!(
            "<meta property=\"og:url\" content=\"{}\" />",
            attribute(url)
        ));
    }
    if !site_name.is_empty() {
        tags.push(format!(
            "<meta property=\"og:site_name\" content=\"{}\" />",
            attribute(site_name)
        ));
    }
    if let Some(lang) = &post.lang {
        tags.push(format!(
            "<meta property=\"og:locale\" content=\"{}\" />",
            attribute(&lang.replace('-', "_"))
        ));
    }
    if let Some(date) = &post.published {
        tags.push(format!(
            "<meta property=\"article:published_time\" content=\"{}\" />",
            attribute(&date.raw)
        ));
    }
    if let Some(author) = &post.author {
        tags.push(format!(
            "<meta property=\"article:author\" content=\"{}\" />",
            attribute(&author.name)
        ));
    }
    tags.join("\n    ")
}

/// `page` with `tags` at the end of its `<head>`, and any description it had replaced.
pub fn insert_head_tags(page: &str, tags: &str) -> String {
    let mut page = page.to_owned();
    if let Some(start) = page.find("<meta name=\"description\"")
        && let Some(len) = page[start..].find('>')
    {
        page.replace_range(start..start + len + 1, "");
    }
    match page.find("</head>") {
        Some(at) => {
            page.insert_str(at, &format!("  {tags}\n  "));
            page
        }
        None => page,
    }
}
