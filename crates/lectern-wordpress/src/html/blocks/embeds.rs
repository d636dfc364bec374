//! Embeds as links to the original: a WordPress embed block, a frame or player, a social
//! network's post (`twitter-tweet`, `instagram-media`, …), named by what lives at the address
//! ("Video on youtube.com"). Nothing of them loads or runs.

use super::{HtmlNode, find_all, find_first};
use crate::html::inline::plain_text;
use lectern_format::block::Embed;

/// What kind of thing lives at `url`, for "Video on youtube.com".
pub(super) fn kind_of(url: &str) -> &'static str {
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
pub(super) fn media_embed<N: HtmlNode>(node: &N, title: Option<String>) -> Option<Embed> {
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
pub(super) fn embed_container<N: HtmlNode>(node: &N) -> Option<Embed> {
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
pub(super) fn social_post<N: HtmlNode>(node: &N) -> Option<Embed> {
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
pub(super) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::super::mapped;
    use super::{kind_of, shorten};
    use lectern_format::Block;

    #[test]
    fn what_lives_at_an_address_is_named_by_its_host() {
        assert_eq!(kind_of("https://www.youtube.com/watch?v=x"), "video");
        assert_eq!(kind_of("https://open.spotify.com/track/1"), "audio");
        assert_eq!(kind_of("https://x.com/someone/status/1"), "post");
        assert_eq!(kind_of("https://notyoutube.com/"), "page");
    }

    #[test]
    fn a_wordpress_embed_block_is_a_link_to_the_original() {
        let blocks = mapped(
            "<figure class=\"wp-block-embed is-type-video\"><div class=\"wp-block-embed__wrapper\">\
             <iframe src=\"https://www.youtube.com/embed/abc\" title=\"A talk\"></iframe></div></figure>",
        );
        let [Block::Embed(e)] = blocks.as_slice() else {
            panic!("one embed: {blocks:?}");
        };
        assert!(e.url.contains("youtube.com"), "{e:?}");
        assert_eq!(e.kind.as_deref(), Some("video"));
    }

    #[test]
    fn a_social_post_becomes_a_link_with_its_text_as_title() {
        let blocks = mapped(
            "<blockquote class=\"twitter-tweet\"><p>Big news today</p>&mdash; Someone \
             <a href=\"https://twitter.com/someone/status/1\">May 1, 2017</a></blockquote>",
        );
        let [Block::Embed(e)] = blocks.as_slice() else {
            panic!("one embed: {blocks:?}");
        };
        assert_eq!(e.url, "https://twitter.com/someone/status/1");
        assert_eq!(e.kind.as_deref(), Some("post"));
        assert_eq!(e.title.as_deref(), Some("Big news today"));
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        assert_eq!(shorten("one two three", 100), "one two three");
        let cut = shorten("alpha beta gamma delta", 12);
        assert!(cut.ends_with('…') && cut.chars().count() <= 13, "{cut}");
        assert!(!cut.contains("gam"), "cut at a word boundary: {cut}");
    }
}
