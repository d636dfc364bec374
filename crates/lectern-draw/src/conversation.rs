//! The conversation as its first render writes it (`CommentsApp` in the reader; the test in
//! `tests/drawn_reader.rs` holds the two equal): "N thoughts on …", the first page of the thread
//! oldest first with every reply shown, and "Leave a Reply" with its fields empty. Drawn into the
//! conversation's own root, which the full reader hydrates.

use lectern_format::draft::Field;
use lectern_format::link::safe_href;
use lectern_format::thread::{Order, PAGE_SIZE, ReplyNote, ThreadItem, build_thread};
use lectern_format::{Comment, Post};
use lectern_words::Words;

use crate::blocks::{Author, blocks};
use crate::html::Html;
use crate::reader::{component, raw};

/// The deepest nesting the stylesheet indents for (WordPress's own limit); deeper replies are
/// drawn at this indent.
pub const DEEPEST_INDENT: usize = 10;

/// Rows beyond which off-screen comments skip layout (`comment-list--long` in main.css).
pub const LONG_THREAD_ROWS: usize = 40;

/// The class that indents a row at `depth` (`depth-2`): a class, not a `style` attribute, so a
/// page under a strict Content-Security-Policy (`style-src 'self'`) keeps its indents.
pub fn depth_class(depth: usize) -> String {
    ["depth-", &depth.min(DEEPEST_INDENT).to_string()].concat()
}

/// The name a comment is shown under: its author's, or "Anonymous" in the reader's language.
pub fn author_label(comment: &Comment, say: &Words) -> String {
    comment
        .author
        .as_ref()
        .map(|a| a.name.trim())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| say.get("comment.anonymous"))
        .to_owned()
}

/// The conversation of `post`, in its components' markers, as the reader's conversation app
/// first renders it.
pub fn conversation(out: &mut Html, post: &Post, say: &Words) {
    // The app, its two contexts, the list.
    for _ in 0..4 {
        crate::reader::component_start(out);
    }
    let comments = &post.comments;
    let items = build_thread(comments, post.reader.max_depth(), Order::default());
    out.open(
        "section",
        &[
            ("id", Some("comments")),
            ("aria-labelledby", Some("comments-heading")),
            ("class", Some("comments")),
        ],
    );
    // A site's thread is read after the post shows: until then the count is what the post has.
    let from_site = post.conversation.wordpress.is_some();
    out.open("h2", &[("id", Some("comments-heading"))]);
    match comments.len() {
        0 if from_site => out.text(say.get("comments.heading")),
        0 => out.text(say.get("comments.none")),
        n => {
            let line = say.count("comments.thoughts", n, &[]);
            let (before, after) = line.split_once("{title}").unwrap_or((&line, ""));
            out.text(before);
            out.element("bdi", &[], &post.title);
            out.text(after);
        }
    }
    out.close("h2");
    if comments.len() > 1 {
        out.element(
            "button",
            &[("type", Some("button")), ("class", Some("link-button"))],
            say.get("comments.newest-first"),
        );
    }
    let shown: Vec<&ThreadItem> = items
        .iter()
        .take_while(|item| item.top_level_index < PAGE_SIZE)
        .collect();
    let list_class = if shown.len() > LONG_THREAD_ROWS {
        "comment-list comment-list--long"
    } else {
        "comment-list"
    };
    out.open("ol", &[("class", Some(list_class))]);
    for item in &shown {
        row(out, post, item, say);
    }
    out.close("ol");
    let top_level = items.last().map_or(0, |i| i.top_level_index + 1);
    if top_level > PAGE_SIZE {
        out.element(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("button button--quiet")),
            ],
            &say.count("comments.more", top_level - PAGE_SIZE, &[]),
        );
    }
    if from_site {
        out.element(
            "p",
            &[("role", Some("status")), ("class", Some("thread-status"))],
            &say.fill("comments.loading", &[("shown", &say.number(0))]),
        );
    }
    if post.conversation.open {
        composer(out, say);
    } else {
        out.element(
            "p",
            &[("class", Some("comments-closed"))],
            say.get("comments.closed"),
        );
    }
    out.close("section");
    for _ in 0..4 {
        crate::reader::component_end(out);
    }
}

/// One comment of the thread with its actions.
fn row(out: &mut Html, post: &Post, item: &ThreadItem, say: &Words) {
    let comments = &post.comments;
    let Some(comment) = comments.get(item.comment) else {
        return;
    };
    let name = author_label(comment, say);
    component(out, |out| {
        let structure = item.structure;
        let class = ["comment ", &depth_class(item.depth)].concat();
        out.open(
            "li",
            &[
                ("id", Some(&comment.anchor)),
                ("tabindex", Some("-1")),
                ("aria-level", Some(&structure.level.to_string())),
                ("aria-posinset", Some(&structure.position.to_string())),
                ("aria-setsize", Some(&structure.set_size.to_string())),
                ("class", Some(&class)),
            ],
        );
        if let Some(parent) = structure.parent.and_then(|p| comments.get(p)) {
            let answers = say.fill("comment.reply-to", &[("name", &author_label(parent, say))]);
            out.element(
                "span",
                &[("class", Some("visually-hidden"))],
                &[answers.as_str(), ". "].concat(),
            );
        }
        out.open(
            "article",
            &[
                (
                    "aria-label",
                    Some(&say.fill("comment.by", &[("name", &name)])),
                ),
                ("class", Some("comment-body")),
            ],
        );
        out.open("header", &[("class", Some("comment-meta"))]);
        let link = comment
            .author
            .as_ref()
            .and_then(|a| a.url.as_deref())
            .and_then(safe_href);
        match link {
            Some(href) => out.element(
                "a",
                &[
                    ("href", Some(&href)),
                    ("rel", Some("nofollow ugc noopener")),
                    ("dir", Some("auto")),
                    ("class", Some("comment-author")),
                ],
                &name,
            ),
            None => out.element(
                "span",
                &[("dir", Some("auto")), ("class", Some("comment-author"))],
                &name,
            ),
        }
        if let Some(date) = &comment.published {
            out.element("time", &[("datetime", Some(&date.raw))], &say.date(date));
        }
        out.close("header");
        match &item.note {
            Some(ReplyNote::To { parent }) => {
                let parent = comments.get(*parent);
                let anchor = parent.map_or("", |p| p.anchor.as_str());
                let parent_name = parent.map_or_else(
                    || say.get("comment.a-comment").to_owned(),
                    |p| author_label(p, say),
                );
                let (before, after) = say.around("comment.in-reply-to", "name");
                out.open("p", &[("class", Some("comment-note"))]);
                out.text(before);
                out.element(
                    "a",
                    &[("href", Some(&["#", anchor].concat()))],
                    &parent_name,
                );
                out.text(after);
                out.close("p");
            }
            Some(ReplyNote::Unavailable) => out.element(
                "p",
                &[("class", Some("comment-note"))],
                say.get("comment.reply-unavailable"),
            ),
            None => {}
        }
        out.open(
            "div",
            &[("dir", Some("auto")), ("class", Some("comment-content"))],
        );
        if !comment.blocks.is_empty() {
            raw(out, |out| blocks(out, &comment.blocks, Author::Reader, say));
        }
        out.close("div");
        out.open("p", &[("class", Some("comment-actions"))]);
        out.element(
            "a",
            &[
                ("href", Some(&["#", comment.anchor.as_str()].concat())),
                ("class", Some("comment-permalink")),
            ],
            say.get("comment.permalink"),
        );
        crate::reader::copy_link(out, &say.fill("comment.copy-link", &[("name", &name)]), say);
        if post.conversation.open {
            out.element(
                "button",
                &[
                    ("type", Some("button")),
                    ("id", Some(&["reply-", comment.anchor.as_str()].concat())),
                    (
                        "aria-label",
                        Some(&say.fill("comment.reply-to", &[("name", &name)])),
                    ),
                    ("class", Some("link-button")),
                ],
                say.get("comment.reply"),
            );
        }
        if item.descendants > 0 {
            out.element(
                "button",
                &[
                    ("type", Some("button")),
                    ("aria-expanded", Some("true")),
                    ("class", Some("link-button")),
                ],
                &say.count("comment.hide-replies", item.descendants, &[]),
            );
        }
        out.close("p");
        out.close("article");
        out.close("li");
    });
}

/// "Leave a Reply", empty: WordPress's fields for a reader who is not logged in on the site.
fn composer(out: &mut Html, say: &Words) {
    component(out, |out| {
        out.open(
            "div",
            &[
                ("id", Some("respond")),
                ("data-no-script", Some(say.get("composer.needs-script"))),
                ("class", Some("composer")),
            ],
        );
        out.open(
            "form",
            &[
                (
                    "aria-labelledby",
                    Some("lectern-reply-title lectern-post-title"),
                ),
                ("novalidate", Some("novalidate")),
                ("class", Some("comment-form")),
            ],
        );
        out.element(
            "h3",
            &[
                ("id", Some("lectern-reply-title")),
                ("class", Some("composer-title")),
            ],
            say.get("composer.leave-reply"),
        );
        let notes = say.fill("composer.email-note", &[("name", "")]);
        let (before, after) = notes.split_once("{mark}").unwrap_or((&notes, ""));
        out.open("p", &[("class", Some("form-notes"))]);
        out.text(before);
        out.element("span", &[("class", Some("required"))], "*");
        out.text(after);
        out.close("p");
        out.open("p", &[("class", Some("form-field"))]);
        label(out, "lectern-comment", say.get("composer.comment"), true);
        out.open(
            "textarea",
            &[
                ("id", Some("lectern-comment")),
                ("name", Some("comment")),
                ("rows", Some("8")),
                ("dir", Some("auto")),
                ("aria-describedby", Some("lectern-syntax")),
                ("required", Some("required")),
            ],
        );
        out.close("textarea");
        out.element(
            "span",
            &[("id", Some("lectern-syntax")), ("class", Some("form-hint"))],
            say.get("composer.syntax"),
        );
        out.close("p");
        for (field, kind, autocomplete, required, hint) in FIELDS {
            let slug = field.slug();
            let id = ["lectern-", slug].concat();
            let hint_id = [id.as_str(), "-hint"].concat();
            out.open("p", &[("class", Some("form-field"))]);
            label(out, &id, say.get(field.label_key()), required);
            out.open(
                "input",
                &[
                    ("id", Some(&id)),
                    ("name", Some(slug)),
                    ("type", Some(kind)),
                    ("autocomplete", Some(autocomplete)),
                    ("aria-describedby", hint.map(|_| hint_id.as_str())),
                    ("required", required.then_some("required")),
                ],
            );
            if let Some(hint) = hint {
                out.element(
                    "span",
                    &[("id", Some(&hint_id)), ("class", Some("form-hint"))],
                    say.get(hint),
                );
            }
            out.close("p");
        }
        out.open("p", &[("class", Some("form-check"))]);
        out.open(
            "input",
            &[("id", Some("lectern-remember")), ("type", Some("checkbox"))],
        );
        out.element(
            "label",
            &[("for", Some("lectern-remember"))],
            say.get("composer.remember"),
        );
        out.close("p");
        out.open("p", &[]);
        out.element(
            "button",
            &[("type", Some("submit")), ("class", Some("button"))],
            say.get("composer.post"),
        );
        out.close("p");
        out.close("form");
        out.close("div");
    });
}

/// The reader's fields after the comment (for a reader not logged in on the site): each field,
/// its input's type and autocomplete, whether it is required, and the key of its hint. The
/// composer reads the same list.
pub const FIELDS: [(Field, &str, &str, bool, Option<&str>); 3] = [
    (Field::Name, "text", "name", true, None),
    (
        Field::Email,
        "email",
        "email",
        true,
        Some("composer.email-hint"),
    ),
    (
        Field::Website,
        "url",
        "url",
        false,
        Some("composer.website-hint"),
    ),
];

/// A field's label, with the required mark where it is required.
fn label(out: &mut Html, field: &str, text: &str, required: bool) {
    out.open("label", &[("for", Some(field))]);
    out.text(text);
    if required {
        out.element(
            "span",
            &[("aria-hidden", Some("true")), ("class", Some("required"))],
            " *",
        );
    }
    out.close("label");
}
