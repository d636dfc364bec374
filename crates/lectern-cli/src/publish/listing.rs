//! The published site's list of posts: title, date, reading time and excerpt of each, newest
//! first, in the reader's own style (its stylesheet), readable without JavaScript.

use super::Published;
use super::meta::{attribute, description, text};
use lectern::components::header::reading_line;
use lectern::words::{Words, language_of};

/// The list page. `head_links` are the reader's stylesheet and icon tags, as its page has them.
pub fn listing_page(
    site_name: &str,
    lang: &str,
    head_links: &str,
    posts: &[Published<'_>],
) -> String {
    // The list speaks the site's language (a post's own line too: it sits in the list).
    let say = Words::built_in(language_of(Some(lang))).unwrap_or_else(Words::english);
    let mut items = String::new();
    for listed in posts {
        let post = listed.post;
        let date = post
            .published
            .as_ref()
            .map(|d| {
                format!(
                    "<time datetime=\"{}\">{}</time>",
                    attribute(&d.raw),
                    text(&say.date(d))
                )
            })
            .unwrap_or_default();
        let excerpt = description(post);
        let excerpt = if excerpt.is_empty() {
            String::new()
        } else {
            format!(
                "\n        <p class=\"post-index-excerpt\">{}</p>",
                text(&excerpt)
            )
        };
        items.push_str(&format!(
            "\n    <li class=\"post-index-item\"{lang}>\n      <article>\n        <h2 class=\"post-index-title\"><a href=\"./{page}\">{title}</a></h2>\n        <p class=\"post-meta\">{date}<span class=\"reading-time\">{reading}</span></p>{excerpt}\n      </article>\n    </li>",
            lang = post
                .lang
                .as_deref()
                .map(|l| format!(" lang=\"{}\"", attribute(l)))
                .unwrap_or_default(),
            page = attribute(&listed.page),
            title = text(&post.title),
            reading = text(&reading_line(&say, post.word_count())),
        ));
    }
    let count_words = say.count("site.posts", posts.len(), &[]);
    let count = text(&count_words);
    let feed = text(say.get("site.feed"));
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n    <meta name=\"color-scheme\" content=\"light dark\" />\n    <title>{title}</title>\n    <meta name=\"description\" content=\"{description}\" />\n    <link rel=\"alternate\" type=\"application/feed+json\" title=\"{title}\" href=\"./feed.json\" />\n    {head_links}\n  </head>\n  <body>\n    <main class=\"post-index\">\n    <h1 class=\"post-title\">{title}</h1>\n    <p class=\"post-meta\">{count} · <a href=\"./feed.json\">{feed}</a></p>\n    <ol class=\"post-index-list\">{items}\n    </ol>\n    </main>\n  </body>\n</html>\n",
        lang = attribute(lang),
        title = text(site_name),
        description = attribute(&format!("{site_name}: {count_words}")),
    )
}
