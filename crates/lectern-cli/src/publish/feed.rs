//! `feed.json`: the published posts as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), so
//! feed readers and link previews find them. Item addresses are relative to the feed unless the
//! site's address is given (then absolute, with `home_page_url` and `feed_url`).

use super::Published;
use lectern_format::json::Value;
use lectern_format::write::write_value;
use lectern_format::{Block, Post};

fn string(s: &str) -> Value {
    Value::String(s.to_owned())
}

/// The post's text, block by block, for `content_text`.
pub fn plain_text(post: &Post) -> String {
    fn block(b: &Block, out: &mut Vec<String>) {
        match b {
            Block::Paragraph(p) => out.push(p.text.to_plain()),
            Block::Heading(h) => out.push(h.text.to_plain()),
            Block::Quote(q) => {
                for inner in &q.blocks {
                    block(inner, out);
                }
                if let Some(source) = &q.source {
                    out.push(format!("— {}", source.name));
                }
            }
            Block::List(l) => {
                fn items(list: &lectern_format::block::List, out: &mut Vec<String>) {
                    for item in &list.items {
                        out.push(format!("• {}", item.text.to_plain()));
                        if let Some(nested) = &item.list {
                            items(nested, out);
                        }
                    }
                }
                items(l, out);
            }
            Block::Code(c) => out.push(c.text.clone()),
            Block::Figure(f) => {
                if let Some(caption) = &f.caption {
                    out.push(caption.to_plain());
                }
            }
            Block::Table(t) => {
                for row in t
                    .head
                    .iter()
                    .map(std::slice::from_ref)
                    .chain(t.rows.iter().map(Vec::as_slice))
                {
                    out.push(
                        row.iter()
                            .map(|c| c.to_plain())
                            .collect::<Vec<_>>()
                            .join(" | "),
                    );
                }
            }
            // The original's address: a feed reader makes it a link.
            Block::Embed(e) => out.push(e.url.clone()),
            Block::Rule | Block::Unknown { .. } => {}
        }
    }
    let mut out = Vec::new();
    for section in &post.sections {
        if let Some(heading) = &section.heading {
            out.push(heading.clone());
        }
        for b in &section.blocks {
            block(b, &mut out);
        }
    }
    out.join("\n\n")
}

/// `2013-01-10` → `2013-01-10T00:00:00Z`: JSON Feed dates are RFC 3339 with a time.
fn rfc3339(raw: &str) -> String {
    if raw.len() == 10 {
        format!("{raw}T00:00:00Z")
    } else {
        raw.to_owned()
    }
}

/// The feed's JSON text.
pub fn feed_json(site_name: &str, base_url: Option<&str>, items: &[Published<'_>]) -> String {
    let url = |page: &str| match base_url {
        Some(base) => format!("{}/{page}", base.trim_end_matches('/')),
        None => page.to_owned(),
    };
    let mut feed = vec![
        (
            "version".to_owned(),
            string("https://jsonfeed.org/version/1.1"),
        ),
        ("title".to_owned(), string(site_name)),
    ];
    if let Some(base) = base_url {
        feed.push((
            "home_page_url".to_owned(),
            string(&format!("{}/", base.trim_end_matches('/'))),
        ));
        feed.push(("feed_url".to_owned(), string(&url("feed.json"))));
    }
    let list = items
        .iter()
        .map(|item| {
            let post = item.post;
            let page = url(&item.page);
            let mut fields = vec![
                (
                    "id".to_owned(),
                    string(post.url.as_deref().unwrap_or(&page)),
                ),
                ("url".to_owned(), string(&page)),
                ("title".to_owned(), string(&post.title)),
                ("content_text".to_owned(), string(&plain_text(post))),
            ];
            if let Some(summary) = &post.excerpt {
                fields.push(("summary".to_owned(), string(summary)));
            }
            if let Some(date) = &post.published {
                fields.push(("date_published".to_owned(), string(&rfc3339(&date.raw))));
            }
            if let Some(author) = &post.author {
                let mut person = vec![("name".to_owned(), string(&author.name))];
                if let Some(link) = &author.url {
                    person.push(("url".to_owned(), string(link)));
                }
                fields.push((
                    "authors".to_owned(),
                    Value::Array(vec![Value::Object(person)]),
                ));
            }
            if let Some(lang) = &post.lang {
                fields.push(("language".to_owned(), string(lang)));
            }
            if let Some(original) = &post.url {
                fields.push(("external_url".to_owned(), string(original)));
            }
            Value::Object(fields)
        })
        .collect();
    feed.push(("items".to_owned(), Value::Array(list)));
    let mut out = String::new();
    write_value(&Value::Object(feed), 0, &mut out);
    out.push('\n');
    out
}
