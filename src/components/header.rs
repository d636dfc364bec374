//! The post's title block: title, subtitle, byline, date and reading time.

use std::rc::Rc;

use yew::prelude::*;

use lectern_format::Post;
use lectern_format::link::safe_href;
use lectern_format::outline::reading_minutes;

/// Props for [`PostHeader`].
#[derive(Properties, PartialEq)]
pub struct PostHeaderProps {
    /// The post whose header is shown.
    pub post: Rc<Post>,
    /// Words in its body (counted once by the reader).
    pub words: usize,
}

/// Shows what the post is and how long it takes to read, before the reader commits to it.
#[component]
pub fn PostHeader(props: &PostHeaderProps) -> Html {
    let post = &props.post;
    let words = props.words;
    let author = post
        .author
        .as_ref()
        .filter(|a| !a.name.trim().is_empty())
        .map(|author| {
            let name = match author.url.as_deref().and_then(safe_href) {
                Some(href) => html! { <a href={href} rel="author">{author.name.clone()}</a> },
                None => html! { {author.name.clone()} },
            };
            html! { <span class="byline">{"By "}{name}</span> }
        });
    let date = post.published.as_ref().map(|date| {
        html! { <time datetime={date.raw.clone()}>{date.human()}</time> }
    });
    html! {
        <header class="post-header">
            <h1 id="lectern-post-title" class="post-title">{post.title.clone()}</h1>
            if let Some(subtitle) = post.subtitle.as_ref().filter(|s| !s.trim().is_empty()) {
                <p class="post-subtitle">{subtitle.clone()}</p>
            }
            <p class="post-meta">
                {author}
                {date}
                <span class="reading-time" dir="ltr">{reading_line(words)}</span>
            </p>
        </header>
    }
}

/// "4 min read · 812 words", in English a reader expects: "1 word", and "No text" for a post
/// with nothing to read (WordPress's "Edge Case: No Content").
pub fn reading_line(words: usize) -> String {
    match words {
        0 => "No text".to_owned(),
        1 => "1 min read · 1 word".to_owned(),
        n => format!(
            "{} min read · {} words",
            reading_minutes(n),
            group_thousands(n)
        ),
    }
}

/// 3157 → "3,157": long numbers are easier to read grouped.
pub fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::reading_line;

    #[test]
    fn counts_read_as_english() {
        assert_eq!(reading_line(0), "No text");
        assert_eq!(reading_line(1), "1 min read · 1 word");
        assert_eq!(reading_line(3157), "14 min read · 3,157 words");
    }
}
