//! One exported item as a Lectern post, by the same rules the browser reads WordPress with: the
//! stored content rendered as WordPress would (`content`), then the shared mapping
//! (`crate::html`) over html5ever, sections from the headings, comments threaded by
//! `wp:comment_parent`. What is not published (drafts, private, password-protected) is skipped
//! with its reason; held comments only when asked; pingbacks and trackbacks are left out
//! (they are notices that another site linked here, not part of the conversation).

use super::content::{Attachments, render_comment, render_stored};
use super::footnotes::with_footnotes;
use super::texturize::texturize;
use super::wxr::{Channel, Item, ItemComment};
use crate::html::{map_blocks, split_sections};
use crate::native_html::parse_fragment;
use crate::rest::{html_text, oldest_first};
use lectern_format::PostError;
use lectern_format::parse::finish_post;
use lectern_format::thread::parents_first;
use lectern_format::{
    Comment, Conversation, FormatTag, Person, Post, PostPreferences, PublishedDate,
};

/// What the import takes besides published posts and approved comments.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Also comments held for moderation (never spam or trash).
    pub held_comments: bool,
}

/// Why an item is not imported.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Skip {
    /// Not a post or page (an attachment, a menu item, a custom type): its kind.
    NotAPost(String),
    /// Not published: `draft`, `pending`, `future`, `auto-draft`, `trash`…
    NotPublished(String),
    /// `private`: only for the site's members.
    Private,
    /// Needs a password on the site.
    PasswordProtected,
}

impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotAPost(kind) => write!(f, "not a post or page ({kind})"),
            Self::NotPublished(status) => write!(f, "not published ({status})"),
            Self::Private => f.write_str("private"),
            Self::PasswordProtected => f.write_str("password-protected"),
        }
    }
}

/// An item turned into a post, with what changed on the way.
#[derive(Debug, Clone)]
pub struct Converted {
    /// The post, checked as the reader checks one.
    pub post: Post,
    /// `page` or `post`.
    pub kind: String,
    /// What the mapping dropped or changed, for the summary.
    pub warnings: Vec<String>,
    /// Comments taken; held, spam or trashed ones left out; pingbacks and trackbacks left out.
    pub comments: CommentCounts,
}

/// How an item's comments were treated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CommentCounts {
    /// Imported.
    pub imported: usize,
    /// Held for moderation and not asked for.
    pub held: usize,
    /// Spam or trash.
    pub spam: usize,
    /// Pingbacks and trackbacks.
    pub pings: usize,
}

/// What an item could become.
#[derive(Debug)]
pub enum Outcome {
    /// A post to write.
    Post(Box<Converted>),
    /// Not imported, and why.
    Skipped(Skip),
    /// Meant to be imported but not a valid post (the reason names the field).
    Invalid(PostError),
}

/// Converts one exported item.
pub fn convert(
    item: &Item,
    channel: &Channel,
    attachments: &Attachments,
    options: Options,
) -> Outcome {
    if item.post_type != "post" && item.post_type != "page" {
        let kind = if item.post_type.is_empty() {
            "no type".to_owned()
        } else {
            item.post_type.clone()
        };
        return Outcome::Skipped(Skip::NotAPost(kind));
    }
    match item.status.as_str() {
        "publish" => {}
        "private" => return Outcome::Skipped(Skip::Private),
        other => return Outcome::Skipped(Skip::NotPublished(other.to_owned())),
    }
    if !item.password.is_empty() {
        return Outcome::Skipped(Skip::PasswordProtected);
    }
    let mut warnings = Vec::new();
    if item.bad_references > 0 {
        warnings.push(format!(
            "{} character reference(s) to no character (a lone surrogate) replaced by U+FFFD",
            item.bad_references
        ));
    }
    let content = with_footnotes(&item.content, &item.footnotes);
    let rendered = render_stored(&content, &item.id, attachments);
    let mapped = map_blocks(&parse_fragment(&rendered.html));
    warnings.extend(mapped.warnings.iter().map(ToString::to_string));
    let title = html_text(&texturize(&item.title), &parse_fragment);
    let title = if title.trim().is_empty() {
        "(no title)".to_owned()
    } else {
        title.trim().to_owned()
    };
    let notes = mapped.notes;
    let sections = split_sections(mapped.items, &title);
    let excerpt = [
        html_text(&texturize(&item.excerpt), &parse_fragment),
        rendered
            .before_more
            .map(|html| html_text(&html, &parse_fragment))
            .unwrap_or_default(),
    ]
    .into_iter()
    .map(|text| text.trim().to_owned())
    .find(|text| !text.is_empty());
    let (comments, counts) = comments(&item.comments, options, &mut warnings);
    let author = channel
        .authors
        .iter()
        .find(|(login, _)| *login == item.creator)
        .map(|(_, display)| display.clone())
        .filter(|name| !name.trim().is_empty())
        .or_else(|| (!item.creator.trim().is_empty()).then(|| item.creator.clone()))
        .map(|name| Person {
            name: name.trim().to_owned(),
            url: None,
        });
    let lang = channel.language.trim();
    let post = Post {
        format: FormatTag,
        id: post_id(item),
        title,
        subtitle: None,
        lang: (!lang.is_empty()).then(|| lang.to_owned()),
        author,
        published: export_date(&item.date_gmt)
            .or_else(|| PublishedDate::parse(item.date.get(..10)?)),
        url: (!item.link.trim().is_empty()).then(|| item.link.trim().to_owned()),
        excerpt,
        sections,
        notes,
        comments,
        reader: PostPreferences::default(),
        conversation: Conversation {
            open: item.comment_status == "open",
            wordpress: None,
        },
    };
    match finish_post(post) {
        Ok(post) => Outcome::Post(Box::new(Converted {
            post,
            kind: item.post_type.clone(),
            warnings,
            comments: counts,
        })),
        Err(error) => Outcome::Invalid(error),
    }
}

/// The post's id and file name: its slug, else `post-<id>`; only letters, digits, `-`, `_`, `.`.
fn post_id(item: &Item) -> String {
    let slug: String = item
        .slug
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    let slug = slug.trim_matches('.');
    if slug.is_empty() {
        format!("post-{}", item.id.trim())
    } else {
        slug.to_owned()
    }
}

/// `2013-01-10 20:15:40` (UTC) as a date with its time; WordPress writes zeros for none.
fn export_date(gmt: &str) -> Option<PublishedDate> {
    let gmt = gmt.trim();
    if gmt.starts_with("0000") || gmt.len() < 10 {
        return None;
    }
    let stamp = match gmt.get(11..19) {
        Some(time) => format!("{}T{time}Z", &gmt[..10]),
        None => gmt[..10].to_owned(),
    };
    PublishedDate::parse(&stamp).or_else(|| PublishedDate::parse(&gmt[..10]))
}

/// The comments to keep, oldest first with every reply after its parent; a reply whose parent
/// was left out becomes a comment of its own (noted).
fn comments(
    list: &[ItemComment],
    options: Options,
    warnings: &mut Vec<String>,
) -> (Vec<Comment>, CommentCounts) {
    let mut counts = CommentCounts::default();
    let mut kept = Vec::new();
    for comment in list {
        if !matches!(comment.kind.as_str(), "" | "comment") {
            counts.pings += 1;
            continue;
        }
        match comment.approved.as_str() {
            "1" | "approve" => {}
            "0" | "hold" if options.held_comments => {}
            "0" | "hold" => {
                counts.held += 1;
                continue;
            }
            _ => {
                counts.spam += 1;
                continue;
            }
        }
        let name = html_text(&comment.author, &parse_fragment);
        let url = comment.author_url.trim();
        kept.push(Comment {
            id: comment.id.clone(),
            parent: Some(comment.parent.clone()).filter(|p| !p.is_empty() && p != "0"),
            author: (!name.trim().is_empty()).then(|| Person {
                name: name.trim().to_owned(),
                url: (!url.is_empty()).then(|| url.to_owned()),
            }),
            published: export_date(&comment.date_gmt),
            blocks: map_blocks(&parse_fragment(&render_comment(&comment.content))).into_blocks(),
            anchor: String::new(),
        });
    }
    let ids: std::collections::HashSet<String> = kept.iter().map(|c| c.id.clone()).collect();
    for comment in &mut kept {
        if let Some(parent) = comment.parent.clone()
            && !ids.contains(&parent)
        {
            warnings.push(format!(
                "comment {}: its parent {parent} was left out; shown as a comment of its own",
                comment.id
            ));
            comment.parent = None;
        }
    }
    oldest_first(&mut kept);
    counts.imported = kept.len();
    (parents_first(kept), counts)
}
