//! Pictures, figures and players: images with their captions and sizes (WordPress's emoji
//! images are characters, not pictures), and frames, videos and audio as links to what they
//! would have loaded.

use super::embeds::{embed_container, media_embed};
use super::{HtmlNode, Item, Mapper, find_all, find_first, find_outermost, inline_of};
use crate::html::Warning;
use lectern_format::{Block, Embed, Figure, Text};

impl Mapper {
    /// A `<figure>`: a pull quote, an embed, a table, or images with a caption.
    pub(super) fn figure<N: HtmlNode>(&mut self, node: &N) {
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
        // A gallery (WordPress's block, in either of its markups: figures side by side, or in a
        // list): each picture with its own caption, then the gallery's caption.
        let pictures = find_outermost(node, &|n: &N| n.tag().as_deref() == Some("figure"));
        if !pictures.is_empty() {
            for picture in &pictures {
                self.figure(picture);
            }
            if let Some(caption) = caption {
                self.push(Block::Figure(Figure::caption_only(caption)));
            }
            return;
        }
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
        if !self.pictures(node, caption.clone()) {
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

    /// A classic gallery's item (`<dl class="gallery-item">`): the picture in `<dt>`, its
    /// caption in `<dd>`.
    pub(super) fn gallery_item<N: HtmlNode>(&mut self, node: &N) {
        let caption = find_first(node, &|n: &N| n.tag().as_deref() == Some("dd"))
            .map(|dd| inline_of(&dd, &mut self.warnings))
            .filter(|t| !t.0.is_empty());
        if !self.pictures(node, caption.clone())
            && let Some(caption) = caption
        {
            self.push(Block::Figure(Figure::caption_only(caption)));
        }
    }

    /// The images under `node` as figures, `caption` under the last; whether there were any.
    fn pictures<N: HtmlNode>(&mut self, node: &N, caption: Option<Text>) -> bool {
        let images = find_all(node, &|n: &N| {
            n.tag().as_deref() == Some("img") && !is_emoji(n)
        });
        let count = images.len();
        for (index, image) in images.iter().enumerate() {
            let own = (index + 1 == count).then(|| caption.clone()).flatten();
            if let Some(figure) = image_of(image, own) {
                self.push(Block::Figure(figure));
            }
        }
        count > 0
    }

    /// A frame, video or audio element as a link to what it would have loaded.
    pub(super) fn media<N: HtmlNode>(&mut self, node: &N, title: Option<String>) -> Option<Embed> {
        let embed = media_embed(node, title)?;
        self.warnings.push(Warning::EmbedAsLink(embed.url.clone()));
        Some(embed)
    }
}

/// WordPress's emoji and smiley images stand for characters, not pictures.
pub(super) fn is_emoji<N: HtmlNode>(node: &N) -> bool {
    node.has_class("emoji") || node.has_class("wp-smiley")
}

/// An image as a figure (its address through the image rule when rendered).
pub(super) fn image_of<N: HtmlNode>(node: &N, caption: Option<Text>) -> Option<Figure> {
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
pub(super) fn pixels(attribute: Option<String>) -> Option<usize> {
    let digits = attribute?;
    let digits = digits.trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}

/// Whether `node` holds an image (not an emoji) or a frame or player anywhere inside.
pub(super) fn holds_media<N: HtmlNode>(node: &N) -> bool {
    find_first(node, &|n: &N| match n.tag().as_deref() {
        Some("img") => !is_emoji(n),
        Some("iframe" | "video" | "audio" | "object" | "embed" | "figure" | "blockquote") => true,
        _ => false,
    })
    .is_some()
}

#[cfg(test)]
mod tests {
    use super::super::mapped;
    use lectern_format::Block;

    #[test]
    fn a_figure_keeps_its_image_caption_and_size() {
        let blocks = mapped(
            "<figure><img src=\"a.jpg\" alt=\"A bridge\" width=\"640\" height=\"480\">\
             <figcaption>The bridge</figcaption></figure>",
        );
        let [Block::Figure(f)] = blocks.as_slice() else {
            panic!("one figure: {blocks:?}");
        };
        assert_eq!(f.src.as_deref(), Some("a.jpg"));
        assert_eq!(f.alt.as_deref(), Some("A bridge"));
        assert_eq!(
            f.caption.as_ref().map(|c| c.to_plain()).as_deref(),
            Some("The bridge")
        );
        assert_eq!((f.width, f.height), (Some(640), Some(480)));
    }

    #[test]
    fn sizes_are_whole_pixels_given_together_or_not_at_all() {
        for (w, h) in [
            ("50%", "480"),
            ("640px", "480"),
            ("+640", "480"),
            ("640", ""),
        ] {
            let blocks = mapped(&format!("<img src=\"a.jpg\" width=\"{w}\" height=\"{h}\">"));
            let [Block::Figure(f)] = blocks.as_slice() else {
                panic!("one figure: {blocks:?}");
            };
            assert_eq!((f.width, f.height), (None, None), "{w} × {h}");
        }
    }

    #[test]
    fn an_emoji_image_is_not_a_picture() {
        let blocks = mapped("<p>Nice <img class=\"wp-smiley\" src=\"s.png\" alt=\"🙂\"></p>");
        assert!(
            blocks.iter().all(|b| !matches!(b, Block::Figure(_))),
            "{blocks:?}"
        );
    }

    /// Each figure's source and caption, in order (a caption alone has no source).
    fn pictures(blocks: &[Block]) -> Vec<(Option<String>, Option<String>)> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Figure(f) => (f.src.clone(), f.caption.as_ref().map(|c| c.to_plain())),
                other => panic!("only figures: {other:?}"),
            })
            .collect()
    }

    fn shown(src: Option<&str>, caption: Option<&str>) -> (Option<String>, Option<String>) {
        (src.map(str::to_owned), caption.map(str::to_owned))
    }

    #[test]
    fn a_block_gallery_keeps_each_caption_and_its_own() {
        // WordPress 5.9 and later: a figure of figures, the gallery's caption last.
        let blocks = mapped(
            "<figure class=\"wp-block-gallery has-nested-images columns-default\">\
             <figure class=\"wp-block-image size-large\"><img src=\"a.jpg\" alt=\"\">\
             <figcaption class=\"wp-element-caption\">First</figcaption></figure>\
             <figure class=\"wp-block-image size-large\"><img src=\"b.jpg\" alt=\"\"></figure>\
             <figure class=\"wp-block-image size-large\"><img src=\"c.jpg\" alt=\"\">\
             <figcaption class=\"wp-element-caption\">Third</figcaption></figure>\
             <figcaption class=\"blocks-gallery-caption wp-element-caption\">The trip</figcaption></figure>",
        );
        assert_eq!(
            pictures(&blocks),
            [
                shown(Some("a.jpg"), Some("First")),
                shown(Some("b.jpg"), None),
                shown(Some("c.jpg"), Some("Third")),
                shown(None, Some("The trip")),
            ]
        );
    }

    #[test]
    fn a_gallery_in_a_list_keeps_each_caption() {
        // WordPress 5.0 to 5.8: the pictures in a list.
        let blocks = mapped(
            "<figure class=\"wp-block-gallery columns-2\"><ul class=\"blocks-gallery-grid\">\
             <li class=\"blocks-gallery-item\"><figure><img src=\"a.jpg\" alt=\"A\">\
             <figcaption class=\"blocks-gallery-item__caption\">One</figcaption></figure></li>\
             <li class=\"blocks-gallery-item\"><figure><img src=\"b.jpg\" alt=\"B\">\
             <figcaption class=\"blocks-gallery-item__caption\">Two</figcaption></figure></li>\
             </ul><figcaption class=\"blocks-gallery-caption\">Both</figcaption></figure>",
        );
        assert_eq!(
            pictures(&blocks),
            [
                shown(Some("a.jpg"), Some("One")),
                shown(Some("b.jpg"), Some("Two")),
                shown(None, Some("Both")),
            ]
        );
    }

    #[test]
    fn a_classic_gallery_keeps_each_caption() {
        // The [gallery] shortcode as themes with HTML5 support render it.
        let html5 = mapped(
            "<div id=\"gallery-1\" class=\"gallery galleryid-60 gallery-columns-3\">\
             <figure class=\"gallery-item\"><div class=\"gallery-icon landscape\"><a href=\"p/\">\
             <img src=\"a.jpg\" alt=\"\"></a></div>\
             <figcaption class=\"wp-caption-text gallery-caption\">Falls</figcaption></figure></div>",
        );
        assert_eq!(pictures(&html5), [shown(Some("a.jpg"), Some("Falls"))]);
        // …and as it renders without: a definition list per picture.
        let classic = mapped(
            "<div class=\"gallery\"><dl class=\"gallery-item\"><dt class=\"gallery-icon\">\
             <a href=\"p/\"><img src=\"a.jpg\" alt=\"\"></a></dt>\
             <dd class=\"wp-caption-text gallery-caption\">Falls</dd></dl>\
             <dl class=\"gallery-item\"><dt class=\"gallery-icon\"><img src=\"b.jpg\" alt=\"\"></dt></dl></div>",
        );
        assert_eq!(
            pictures(&classic),
            [
                shown(Some("a.jpg"), Some("Falls")),
                shown(Some("b.jpg"), None)
            ]
        );
    }

    #[test]
    fn a_video_element_becomes_a_link_to_its_file() {
        let blocks = mapped("<video src=\"https://example.com/clip.mp4\" autoplay></video>");
        let [Block::Embed(e)] = blocks.as_slice() else {
            panic!("one embed: {blocks:?}");
        };
        assert_eq!(e.url, "https://example.com/clip.mp4");
    }
}
