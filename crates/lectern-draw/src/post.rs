//! The parts of a post's page around its blocks that hold no control: the header (title,
//! subtitle, byline, date, reading time) and the notes after the text.

use lectern_format::link::safe_href;
use lectern_format::outline::{SectionSummary, reading_minutes};
use lectern_format::{Note, Post};
use lectern_words::Words;

use crate::blocks::{Author, blocks};
use crate::html::Html;

/// Id of the notes' heading (reserved: no section takes it).
pub const NOTES_HEADING_ID: &str = "notes-heading";

/// The top of the post's header: its title, and its subtitle when it has one.
pub fn title(out: &mut Html, post: &Post) {
    out.element(
        "h1",
        &[
            ("id", Some("lectern-post-title")),
            ("class", Some("post-title")),
        ],
        &post.title,
    );
    if let Some(subtitle) = post.subtitle.as_deref().filter(|s| !s.trim().is_empty()) {
        out.element("p", &[("class", Some("post-subtitle"))], subtitle);
    }
}

/// The header's line about the post: the author, the date and the reading time (`words`
/// counted). The reader adds its own status after them ("Available offline"), which changes
/// while the post is read, so it is not drawn here.
pub fn meta(out: &mut Html, post: &Post, words: usize, say: &Words) {
    if let Some(author) = post.author.as_ref().filter(|a| !a.name.trim().is_empty()) {
        let (before, after) = say.around("post.by", "name");
        out.open("span", &[("class", Some("byline"))]);
        out.text(before);
        match author.url.as_deref().and_then(safe_href) {
            Some(href) => out.element(
                "a",
                &[("href", Some(&href)), ("rel", Some("author"))],
                &author.name,
            ),
            None => out.text(&author.name),
        }
        out.text(after);
        out.close("span");
    }
    if let Some(date) = &post.published {
        out.element("time", &[("datetime", Some(&date.raw))], &say.date(date));
    }
    out.element(
        "span",
        &[("dir", Some("auto")), ("class", Some("reading-time"))],
        &reading_line(say, words),
    );
}

/// The head of the section at `index` (its anchor and counts in `summary`): the section's title
/// as a kicker when its heading says something else, the heading (a focus target, visually
/// hidden when a one-section post would only repeat its title) and, when it quotes, how long it
/// takes and how much of it is quoted.
pub fn section_head(
    out: &mut Html,
    post: &Post,
    index: usize,
    summary: &SectionSummary,
    say: &Words,
) {
    let Some(section) = post.sections.get(index) else {
        return;
    };
    let heading = section.display_heading();
    if heading != section.title {
        out.element("p", &[("class", Some("section-kicker"))], &section.title);
    }
    let only_the_title = post.sections.len() == 1 && heading == post.title;
    let id = [section.anchor.as_str(), "-heading"].concat();
    out.element(
        "h2",
        &[
            ("id", Some(&id)),
            ("tabindex", Some("-1")),
            (
                "class",
                Some(if only_the_title {
                    "section-heading visually-hidden"
                } else {
                    "section-heading"
                }),
            ),
        ],
        heading,
    );
    if summary.quotes > 0 {
        let share = [
            say.count("count.minutes", summary.minutes, &[]),
            say.fill(
                "share.quoted",
                &[("percent", &say.number(summary.quoted_percent()))],
            ),
        ]
        .join(" · ");
        out.open("p", &[("class", Some("section-share"))]);
        out.element("span", &[("dir", Some("auto"))], &share);
        out.close("p");
    }
}

/// "14 min read · 3,157 words" in the reader's language ("No text" for none).
pub fn reading_line(say: &Words, words: usize) -> String {
    if words == 0 {
        return say.get("post.no-text").to_owned();
    }
    [
        say.count("count.minutes", reading_minutes(words), &[]),
        say.count("count.words", words, &[]),
    ]
    .join(" · ")
}

/// The notes as an ordered list under "Notes", each with its way back to where the text cites
/// it (plain anchors: they work without JavaScript and in print); nothing when there are none.
pub fn notes(out: &mut Html, notes: &[Note], say: &Words) {
    if notes.is_empty() {
        return;
    }
    out.open(
        "section",
        &[
            ("aria-labelledby", Some(NOTES_HEADING_ID)),
            ("class", Some("notes")),
        ],
    );
    out.element(
        "h2",
        &[
            ("id", Some(NOTES_HEADING_ID)),
            ("class", Some("notes-heading")),
        ],
        say.get("notes.heading"),
    );
    out.open("ol", &[("class", Some("notes-list"))]);
    for (index, note) in notes.iter().enumerate() {
        out.open("li", &[("id", Some(&note.anchor))]);
        blocks(out, &note.blocks, Author::Post, say);
        let back = ["#", note.anchor.as_str(), "-ref"].concat();
        let label = say.fill("notes.back", &[("number", &say.number(index + 1))]);
        out.element(
            "a",
            &[
                ("href", Some(&back)),
                ("aria-label", Some(&label)),
                ("class", Some("note-back")),
            ],
            "↩",
        );
        out.close("li");
    }
    out.close("ol");
    out.close("section");
}

#[cfg(test)]
mod tests {
    use super::*;
    use lectern_format::parse_post;
    use lectern_words::Words;

    #[test]
    fn the_header_escapes_what_the_post_says_and_links_only_safe_addresses() {
        let post = parse_post(
            r#"{"format": "lectern/post@1", "id": "p", "title": "A <title>", "subtitle": "S & s",
                "author": {"name": "Ann", "url": "javascript:alert(1)"}, "published": "2024-03-05",
                "sections": [{"id": "s", "title": "S", "blocks": []}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let mut top = Html::new();
        title(&mut top, &post);
        assert_eq!(
            top.as_str(),
            r#"<h1 id="lectern-post-title" class="post-title">A &lt;title&gt;</h1><p class="post-subtitle">S &amp; s</p>"#
        );
        let mut line = Html::new();
        meta(&mut line, &post, 250, &Words::english());
        assert_eq!(
            line.as_str(),
            concat!(
                r#"<span class="byline">By Ann</span><time datetime="2024-03-05">5 March 2024</time>"#,
                r#"<span dir="auto" class="reading-time">2 min read · 250 words</span>"#
            )
        );
    }

    #[test]
    fn a_section_head_says_what_the_section_is_and_how_much_it_quotes() {
        use lectern_format::outline::PostOutline;
        let head = |json: &str| {
            let post = parse_post(json).unwrap_or_else(|e| panic!("{e}"));
            let outline = PostOutline::of(&post);
            let mut out = Html::new();
            section_head(&mut out, &post, 0, &outline.summaries[0], &Words::english());
            out.into_string()
        };
        // A heading other than the title: the title as a kicker; a quotation: the share.
        assert_eq!(
            head(
                r#"{"format": "lectern/post@1", "id": "p", "title": "T", "sections": [
                    {"id": "s", "title": "Syria", "heading": "War & peace", "blocks": [
                        {"type": "quote", "blocks": [{"type": "paragraph", "text": "One two three."}]}]},
                    {"id": "t", "title": "U", "blocks": []}]}"#
            ),
            concat!(
                r#"<p class="section-kicker">Syria</p><h2 id="s-heading" tabindex="-1" class="section-heading">War &amp; peace</h2>"#,
                r#"<p class="section-share"><span dir="auto">1 min read · 100% quotation</span></p>"#
            )
        );
        // One section repeating the post's title: there for the outline, out of sight.
        assert_eq!(
            head(
                r#"{"format": "lectern/post@1", "id": "p", "title": "T", "sections": [
                    {"id": "s", "title": "T", "blocks": [{"type": "paragraph", "text": "Words."}]}]}"#
            ),
            r#"<h2 id="s-heading" tabindex="-1" class="section-heading visually-hidden">T</h2>"#
        );
    }

    #[test]
    fn each_note_links_back_to_where_it_is_cited() {
        let post = parse_post(
            r#"{"format": "lectern/post@1", "id": "p", "title": "T",
                "sections": [{"id": "s", "title": "S", "blocks": [{"type": "paragraph", "text": ["A", {"text": "1", "note": "n"}]}]}],
                "notes": [{"id": "n", "blocks": [{"type": "paragraph", "text": "Source."}]}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let mut out = Html::new();
        notes(&mut out, &post.notes, &Words::english());
        assert_eq!(
            out.as_str(),
            concat!(
                r#"<section aria-labelledby="notes-heading" class="notes"><h2 id="notes-heading" class="notes-heading">Notes</h2>"#,
                r##"<ol class="notes-list"><li id="note-n"><p>Source.</p><a href="#note-n-ref" aria-label="Back to the text of note 1" class="note-back">↩</a></li></ol></section>"##
            )
        );
        let mut none = Html::new();
        notes(&mut none, &[], &Words::english());
        assert_eq!(none.as_str(), "");
    }

    #[test]
    fn counts_read_in_the_language_of_the_words() {
        let english = Words::english();
        assert_eq!(reading_line(&english, 0), "No text");
        assert_eq!(reading_line(&english, 1), "1 min read · 1 word");
        assert_eq!(reading_line(&english, 3157), "14 min read · 3,157 words");
    }
}
