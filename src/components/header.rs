//! The post's title block: title, subtitle, byline, date and reading time.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_words;
use crate::words::Words;
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
    /// A status after the reading time ("Available offline").
    #[prop_or_default]
    pub note: Option<AttrValue>,
}

/// Shows what the post is and how long it takes to read, before the reader commits to it.
#[component]
pub fn PostHeader(props: &PostHeaderProps) -> Html {
    let post = &props.post;
    let words = props.words;
    let say = use_words();
    let author = post
        .author
        .as_ref()
        .filter(|a| !a.name.trim().is_empty())
        .map(|author| {
            let name = match author.url.as_deref().and_then(safe_href) {
                Some(href) => html! { <a href={href} rel="author">{author.name.clone()}</a> },
                None => html! { {author.name.clone()} },
            };
            let (before, after) = say.around("post.by", "name");
            html! { <span class="byline">{before.to_owned()}{name}{after.to_owned()}</span> }
        });
    let date = post.published.as_ref().map(|date| {
        html! { <time datetime={date.raw.clone()}>{say.date(date)}</time> }
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
                <span class="reading-time" dir="auto">{reading_line(&say, words)}</span>
                if let Some(note) = &props.note {
                    <span class="header-note" role="status">{note.clone()}</span>
                }
            </p>
        </header>
    }
}

/// "4 min read · 812 words" in the reader's language, and "No text" for a post with nothing
/// to read (WordPress's "Edge Case: No Content").
pub fn reading_line(say: &Words, words: usize) -> String {
    if words == 0 {
        return say.get("post.no-text").to_owned();
    }
    let minutes = reading_minutes(words);
    format!(
        "{} · {}",
        say.count("count.minutes", minutes, &[]),
        say.count("count.words", words, &[])
    )
}

#[cfg(test)]
mod tests {
    use super::reading_line;
    use crate::words::Words;

    #[test]
    fn counts_read_in_the_language_of_the_words() {
        let english = Words::english();
        assert_eq!(reading_line(&english, 0), "No text");
        assert_eq!(reading_line(&english, 1), "1 min read · 1 word");
        assert_eq!(reading_line(&english, 3157), "14 min read · 3,157 words");
    }
}
