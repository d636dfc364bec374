//! WordPress's REST API (`wp/v2`) as Lectern posts: a post or page (`content.rendered` mapped by
//! the shared HTML rules), and its comments, threaded by `parent`. Pure: the HTML parser is
//! passed in (the browser's inert DOM parser, or a native one), so the browser and the command
//! line read WordPress by the same rules.

use crate::html::{HtmlNode, Warning, map_blocks, plain_text, split_sections};
use lectern_format::PostError;
use lectern_format::json::{At, PathError, Value};
use lectern_format::parse::finish_post;
use lectern_format::thread::parents_first;
use lectern_format::{
    Comment, Conversation, FormatTag, Person, Post, PostPreferences, PublishedDate, WordPressThread,
};

/// A WordPress post read from its REST form.
#[derive(Debug, Clone, PartialEq)]
pub struct WordPressPost {
    /// The post in Lectern's model, with the comments its answer embeds (`?_embed`), if any; the
    /// whole thread comes from another request.
    pub post: Post,
    /// What the mapping dropped or changed.
    pub warnings: Vec<Warning>,
}

/// Whether `value` looks like a WordPress REST post or page: an object (or a one-item array,
/// as `?slug=` answers) with `title.rendered` and `content.rendered`. Recognised by shape, not
/// by address, so a saved response file works too.
pub fn is_wordpress_post(value: &Value) -> bool {
    the_post(value).is_some()
}

/// The post object itself: the value, or the only item of a `?slug=` answer.
fn the_post(value: &Value) -> Option<&Value> {
    let post = match value {
        Value::Array(items) if items.len() == 1 => &items[0],
        other => other,
    };
    let rendered = |field: &str| post.get(field).and_then(|f| f.get("rendered")).is_some();
    (rendered("title") && rendered("content")).then_some(post)
}

/// Reads a WordPress REST post or page. `parse_html` parses an HTML fragment into its top-level
/// nodes without running or loading anything. `address` is where the post was read from (to
/// find the comments collection when the response does not link it).
pub fn read_post<N: HtmlNode>(
    value: &Value,
    address: Option<&str>,
    parse_html: &dyn Fn(&str) -> Vec<N>,
) -> Result<WordPressPost, PostError> {
    let empty_list = matches!(value, Value::Array(items) if items.is_empty());
    if empty_list {
        return Err(PostError::Invalid {
            path: String::new(),
            message: "no post has that slug on this site (WordPress answered with an empty list)"
                .to_owned(),
        });
    }
    if let Value::Array(items) = value
        && items.len() > 1
        && items.iter().all(|item| the_post(item).is_some())
    {
        return Err(PostError::Invalid {
            path: String::new(),
            message: format!(
                "this is a list of {} WordPress posts, not one post: open one of them (…/wp/v2/posts/<id>)",
                items.len()
            ),
        });
    }
    let Some(post) = the_post(value) else {
        return Err(PostError::Invalid {
            path: String::new(),
            message: "this is neither a Lectern post nor a WordPress post (a WordPress post has title.rendered and content.rendered)".to_owned(),
        });
    };
    let at = At::root(post);
    let fields = at.fields().map_err(invalid)?;
    let rest_id = fields
        .optional("id", |v| {
            v.value.as_u64().ok_or_else(|| v.expected("a whole number"))
        })
        .map_err(invalid)?;
    let protected = post
        .get("content")
        .and_then(|c| c.get("protected"))
        .is_some_and(|p| *p == Value::Bool(true));
    let html = text_at(post, &["content", "rendered"]);
    if protected && html.trim().is_empty() {
        return Err(PostError::Invalid {
            path: "content".to_owned(),
            message: "this post is password-protected: WordPress shows it only after its password is entered on the site".to_owned(),
        });
    }
    let title = html_text(&text_at(post, &["title", "rendered"]), parse_html);
    let title = if title.trim().is_empty() {
        "(no title)".to_owned()
    } else {
        title
    };
    let mapped = map_blocks(&parse_html(&html));
    let warnings = mapped.warnings.clone();
    let notes = mapped.notes;
    let sections = split_sections(mapped.items, &title);
    let slug = text_at(post, &["slug"]);
    let id = match (slug.trim(), rest_id) {
        ("", Some(number)) => format!("wordpress-{number}"),
        ("", None) => "wordpress-post".to_owned(),
        (slug, _) => slug.to_owned(),
    };
    let author = first_embedded(post, "author").and_then(|author| {
        let name = text_at(author, &["name"]);
        (!name.trim().is_empty()).then(|| Person {
            name: name.trim().to_owned(),
            url: [text_at(author, &["url"]), text_at(author, &["link"])]
                .into_iter()
                .find(|u| !u.trim().is_empty()),
        })
    });
    let excerpt = html_text(&text_at(post, &["excerpt", "rendered"]), parse_html);
    let open = text_at(post, &["comment_status"]) != "closed";
    let comments_url = replies_link(post).or_else(|| address.and_then(comments_from_address));
    let wordpress = match (comments_url, rest_id) {
        (Some(comments), Some(post)) => Some(WordPressThread { comments, post }),
        _ => None,
    };
    let link = text_at(post, &["link"]);
    let post = Post {
        format: FormatTag,
        id,
        title,
        subtitle: None,
        lang: None,
        author,
        published: published(post),
        url: (!link.trim().is_empty()).then_some(link),
        excerpt: (!excerpt.trim().is_empty()).then_some(excerpt),
        sections,
        notes,
        comments: embedded_replies(post, parse_html),
        reader: PostPreferences::default(),
        conversation: Conversation { open, wordpress },
    };
    Ok(WordPressPost {
        post: finish_post(post)?,
        warnings,
    })
}

/// What `?_embed` put in the answer for its first `name` link (`_embedded.<name>[0]`): the
/// author's user, the thread's first page.
fn first_embedded<'a>(post: &'a Value, name: &str) -> Option<&'a Value> {
    match post.get("_embedded")?.get(name)? {
        Value::Array(items) => items.first(),
        _ => None,
    }
}

/// The comments an answer fetched with `?_embed` carries (`_embedded.replies`: the first page of
/// the thread, approved comments only), so a saved answer shows its conversation even where its
/// site cannot be reached. A list that does not read as comments (WordPress puts an error object
/// there when the thread is not public) is left out: the site's own thread is read anyway.
fn embedded_replies<N: HtmlNode>(
    post: &Value,
    parse_html: &dyn Fn(&str) -> Vec<N>,
) -> Vec<Comment> {
    match first_embedded(post, "replies") {
        Some(list @ Value::Array(_)) => read_comments(list, parse_html)
            .map(|comments| {
                comments
                    .into_iter()
                    .filter(|c| !c.id.trim().is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Reads one page of `wp/v2/comments` (an array of comments), oldest first as WordPress shows
/// them (whatever order the response had), so every reply follows the comment it answers.
pub fn read_comments<N: HtmlNode>(
    value: &Value,
    parse_html: &dyn Fn(&str) -> Vec<N>,
) -> Result<Vec<Comment>, PathError> {
    let mut comments = At::root(value).each(|at| {
        let fields = at.fields()?;
        let id = fields.required("id", |v| v.identifier())?;
        let parent = fields
            .optional("parent", |v| v.identifier())?
            .filter(|p| p != "0" && !p.is_empty());
        let name = html_text(&text_at(at.value, &["author_name"]), parse_html);
        let url = text_at(at.value, &["author_url"]);
        let html = text_at(at.value, &["content", "rendered"]);
        Ok(Comment {
            id,
            parent,
            author: (!name.trim().is_empty()).then(|| Person {
                name: name.trim().to_owned(),
                url: (!url.trim().is_empty()).then_some(url),
            }),
            published: published(at.value),
            blocks: map_blocks(&parse_html(&html)).into_blocks(),
            anchor: String::new(),
        })
    })?;
    oldest_first(&mut comments);
    Ok(parents_first(comments))
}

/// Sorts comments by date, then by id (numerically when both are numbers): the order WordPress
/// shows a thread in. Stable, so comments without a date keep their place among themselves.
pub fn oldest_first(comments: &mut [Comment]) {
    comments.sort_by(|a, b| {
        let date = |c: &Comment| c.published.as_ref().map(|d| d.raw.clone());
        let number = |c: &Comment| c.id.parse::<u64>().ok();
        date(a)
            .cmp(&date(b))
            .then_with(|| number(a).cmp(&number(b)))
    });
}

/// The address of page `page` of a post's comments, oldest first, 100 to a page (WordPress's
/// largest page).
pub fn comments_page_url(thread: &WordPressThread, page: u32) -> String {
    let base = &thread.comments;
    let join = if base.contains('?') { '&' } else { '?' };
    format!(
        "{base}{join}post={}&per_page=100&page={page}&order=asc&orderby=date_gmt",
        thread.post
    )
}

/// The comments collection named by the post's `_links.replies` (without its query).
pub fn replies_link(post: &Value) -> Option<String> {
    let href = match post.get("_links")?.get("replies")? {
        Value::Array(links) => links.first()?.get("href")?,
        _ => return None,
    };
    let Value::String(href) = href else {
        return None;
    };
    Some(without_post_query(href))
}

/// `…/wp/v2/comments?post=60` → `…/wp/v2/comments`; for `?rest_route=` addresses the route
/// stays and only the `post` parameter goes.
fn without_post_query(href: &str) -> String {
    let Some((base, query)) = href.split_once('?') else {
        return href.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.starts_with("post="))
        .collect();
    if kept.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

/// The comments collection of the site a post was read from: `…/wp-json/wp/v2/posts/60` →
/// `…/wp-json/wp/v2/comments`; `…?rest_route=/wp/v2/pages/2` → `…?rest_route=/wp/v2/comments`.
pub fn comments_from_address(address: &str) -> Option<String> {
    let address = address
        .split('#')
        .next()?
        .replace("%2F", "/")
        .replace("%2f", "/");
    ["/wp/v2/posts", "/wp/v2/pages"].iter().find_map(|marker| {
        let at = address.find(marker)?;
        Some(format!("{}/wp/v2/comments", &address[..at]))
    })
}

/// The string at `path` inside `value`, or "" when missing or not a string.
fn text_at(value: &Value, path: &[&str]) -> String {
    let mut at = value;
    for key in path {
        match at.get(key) {
            Some(next) => at = next,
            None => return String::new(),
        }
    }
    match at {
        Value::String(text) => text.clone(),
        _ => String::new(),
    }
}

/// The text of an HTML fragment (titles and names are HTML in the REST API: `&#8217;`).
pub(crate) fn html_text<N: HtmlNode>(html: &str, parse_html: &dyn Fn(&str) -> Vec<N>) -> String {
    if !html.contains(['<', '&']) {
        return html.trim().to_owned();
    }
    parse_html(html)
        .iter()
        .map(plain_text)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// When it was published: `date_gmt` is UTC without a zone; `date` (site time) gives the day.
fn published(value: &Value) -> Option<PublishedDate> {
    let gmt = text_at(value, &["date_gmt"]);
    PublishedDate::parse(&format!("{gmt}Z"))
        .or_else(|| PublishedDate::parse(text_at(value, &["date"]).get(..10)?))
}

fn invalid(error: PathError) -> PostError {
    PostError::Invalid {
        path: error.path,
        message: error.message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_collections_come_from_the_address_read() {
        assert_eq!(
            comments_from_address("https://x.org/wp-json/wp/v2/posts/60?_embed").as_deref(),
            Some("https://x.org/wp-json/wp/v2/comments")
        );
        assert_eq!(
            comments_from_address("https://x.org/?rest_route=/wp/v2/pages/2&_embed=1").as_deref(),
            Some("https://x.org/?rest_route=/wp/v2/comments")
        );
        assert_eq!(comments_from_address("https://x.org/post.json"), None);
        assert_eq!(
            without_post_query("https://x.org/?rest_route=/wp/v2/comments&post=60"),
            "https://x.org/?rest_route=/wp/v2/comments"
        );
        let thread = WordPressThread {
            comments: "https://x.org/?rest_route=/wp/v2/comments".into(),
            post: 7,
        };
        assert_eq!(
            comments_page_url(&thread, 2),
            "https://x.org/?rest_route=/wp/v2/comments&post=7&per_page=100&page=2&order=asc&orderby=date_gmt"
        );
    }
}
