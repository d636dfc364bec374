//! Importing from a live WordPress site through its REST API: the site's address (every
//! published post and page), a post's own address, or a REST address (`…/wp-json/wp/v2/posts/7`,
//! `?rest_route=…`). Polite: one request at a time, 100 items a page (WordPress's most), a
//! named User-Agent, one retry after a pause when the site is busy (429, 5xx).

use std::time::Duration;

use super::output::Output;
use super::rest::{convert_rest, rest_id, skip_reason};
use super::{ImportError, Progress, Summary};
use lectern_format::WordPressThread;
use lectern_format::json::{self, Value};
use lectern_wordpress::export::item::Options;
use lectern_wordpress::rest::{comments_from_address, comments_page_url, replies_link};

/// One answer of the site: its text and WordPress's page count (`X-WP-TotalPages`), if sent.
struct Page {
    text: String,
    /// The `Link` header (WordPress announces its API there).
    link: Option<String>,
    total_pages: Option<u32>,
    total: Option<usize>,
}

/// A polite HTTP client for one site.
struct Client {
    agent: ureq::Agent,
}

impl Client {
    fn new() -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .user_agent(concat!(
                "lectern-cli/",
                env!("CARGO_PKG_VERSION"),
                " (WordPress import)"
            ))
            .build()
            .into();
        Self { agent }
    }

    /// GETs `url`, retrying once after a pause when the site is busy.
    fn get(&self, url: &str) -> Result<Page, ImportError> {
        let fail = |message: String| ImportError::Fetch {
            url: url.to_owned(),
            message,
        };
        for attempt in 0..2 {
            let mut answer = self
                .agent
                .get(url)
                .header("Accept", "application/json, text/html")
                .call()
                .map_err(|e| fail(e.to_string()))?;
            let status = answer.status().as_u16();
            if (status == 429 || status >= 500) && attempt == 0 {
                std::thread::sleep(Duration::from_secs(2));
                continue;
            }
            let header = |name: &str| {
                answer
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<usize>().ok())
            };
            let total_pages = header("x-wp-totalpages").and_then(|n| u32::try_from(n).ok());
            let total = header("x-wp-total");
            // WordPress sends its links as several `Link` headers.
            let links: Vec<&str> = answer
                .headers()
                .get_all("link")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect();
            let link = (!links.is_empty()).then(|| links.join(", "));
            let text = answer
                .body_mut()
                .with_config()
                .limit(256 * 1024 * 1024)
                .read_to_string()
                .map_err(|e| fail(e.to_string()))?;
            if !(200..300).contains(&status) {
                let why = json::parse(&text)
                    .ok()
                    .and_then(|v| match v.get("message") {
                        Some(Value::String(m)) => Some(m.clone()),
                        _ => None,
                    })
                    .unwrap_or_else(|| format!("the site answered {status}"));
                return Err(fail(why));
            }
            return Ok(Page {
                text,
                link,
                total_pages,
                total,
            });
        }
        Err(fail("the site stayed busy".to_owned()))
    }

    fn json(&self, url: &str) -> Result<(Value, Page), ImportError> {
        let page = self.get(url)?;
        let value = json::parse(&page.text).map_err(|e| ImportError::Fetch {
            url: url.to_owned(),
            message: format!(
                "not JSON (line {}, column {}: {}); is this a WordPress site?",
                e.line, e.column, e.message
            ),
        })?;
        Ok((value, page))
    }
}

/// What an address names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    /// One post or page: its REST address.
    One(String),
    /// Every published post and page of the site whose API root is this (ends in `/` or `=/`).
    All(String),
}

/// The REST address of `route` (`wp/v2/posts`) under the API root, with `query`.
fn api_url(root: &str, route: &str, query: &str) -> String {
    let join = if root.contains('?') { '&' } else { '?' };
    format!("{root}{route}{join}{query}")
}

/// What a REST address names, without asking the site.
fn rest_target(url: &str) -> Option<Target> {
    let decoded = url.replace("%2F", "/").replace("%2f", "/");
    let (root, route) = if let Some(at) = decoded.find("/wp-json/") {
        (
            decoded[..at + "/wp-json/".len()].to_owned(),
            &decoded[at + "/wp-json/".len()..],
        )
    } else {
        let at = decoded.find("rest_route=/")?;
        (
            decoded[..at + "rest_route=/".len()].to_owned(),
            &decoded[at + "rest_route=/".len()..],
        )
    };
    let route = route.split(['?', '&', '#']).next().unwrap_or("");
    let parts: Vec<&str> = route.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        ["wp", "v2", "posts" | "pages", id] if id.chars().all(|c| c.is_ascii_digit()) => {
            Some(Target::One(url.to_owned()))
        }
        _ => Some(Target::All(root)),
    }
}

/// Finds what a site or post address names: a REST address as it is; otherwise the page is
/// read for WordPress's own links to its API (`rel="https://api.w.org/"`) and to the post's
/// JSON (`rel="alternate" type="application/json"`, on a post's page).
fn discover(client: &Client, url: &str) -> Result<Target, ImportError> {
    if let Some(target) = rest_target(url) {
        return Ok(target);
    }
    let page = client.get(url)?;
    let found = |rel: &str, kind: Option<&str>| {
        page.link
            .as_deref()
            .and_then(|header| header_href(header, rel, kind))
            .or_else(|| page_href(&page.text, rel, kind))
    };
    let alternate = found("alternate", Some("application/json"));
    if let Some(post) = alternate.filter(|href| matches!(rest_target(href), Some(Target::One(_)))) {
        return Ok(Target::One(post));
    }
    let api = found("https://api.w.org/", None).ok_or_else(|| ImportError::Fetch {
        url: url.to_owned(),
        message: "no WordPress REST API is announced on this page (rel=\"https://api.w.org/\"); give the site's /wp-json/ address".to_owned(),
    })?;
    Ok(Target::All(api))
}

/// The address in a `Link` header (`<https://site/wp-json/>; rel="https://api.w.org/"`) with
/// that `rel` (and `type`, when given).
fn header_href(header: &str, rel: &str, kind: Option<&str>) -> Option<String> {
    header.split(',').find_map(|part| {
        let wanted =
            part.contains(&format!("rel=\"{rel}\"")) && kind.is_none_or(|k| part.contains(k));
        wanted
            .then(|| {
                part.split_once('<')
                    .and_then(|(_, rest)| rest.split_once('>'))
            })
            .flatten()
            .map(|(href, _)| href.trim().to_owned())
    })
}

/// The `href` of the page's first `<link>` with that `rel` (and `type`, when given).
fn page_href(page: &str, rel: &str, kind: Option<&str>) -> Option<String> {
    lectern_wordpress::native_html::parse_document_links(page)
        .into_iter()
        .find_map(|(link_rel, link_type, href)| {
            (link_rel == rel && kind.is_none_or(|k| link_type == k)).then_some(href)
        })
}

/// Imports what `url` names into `out` (`None`: a dry run).
pub fn import_site(
    url: &str,
    out: Option<&std::path::Path>,
    options: Options,
    progress: &mut dyn FnMut(&Progress),
) -> Result<Summary, ImportError> {
    let client = Client::new();
    let target = discover(&client, url)?;
    let mut output = Output::start(out)?;
    let result = match target {
        Target::One(address) => import_one(&client, &address, options, &mut output, progress),
        Target::All(root) => import_all(&client, &root, options, &mut output, progress),
    };
    output.finish(result.err())
}

fn import_one(
    client: &Client,
    address: &str,
    options: Options,
    output: &mut Output,
    progress: &mut dyn FnMut(&Progress),
) -> Result<(), ImportError> {
    let (item, _) = client.json(address)?;
    take(client, &item, Some(address), options, output)?;
    progress(&Progress {
        done: 1,
        total: 1,
        title: title_of(&item),
    });
    Ok(())
}

fn import_all(
    client: &Client,
    root: &str,
    options: Options,
    output: &mut Output,
    progress: &mut dyn FnMut(&Progress),
) -> Result<(), ImportError> {
    let mut done = 0;
    let mut total = 0;
    for route in ["wp/v2/posts", "wp/v2/pages"] {
        let mut page = 1;
        loop {
            let url = api_url(
                root,
                route,
                &format!("per_page=100&page={page}&_embed=author"),
            );
            let (list, answer) = client.json(&url)?;
            if page == 1 {
                total += answer.total.unwrap_or(0);
            }
            let Value::Array(items) = list else {
                return Err(ImportError::Fetch {
                    url,
                    message: "the site's answer is not a list of posts".to_owned(),
                });
            };
            for item in &items {
                take(client, item, None, options, output)?;
                done += 1;
                progress(&Progress {
                    done,
                    total: total.max(done),
                    title: title_of(item),
                });
            }
            let pages = answer.total_pages.unwrap_or(1);
            if items.is_empty() || page >= pages {
                break;
            }
            page += 1;
        }
    }
    Ok(())
}

/// Reads one post's comments (every page) and takes the post.
fn take(
    client: &Client,
    item: &Value,
    address: Option<&str>,
    options: Options,
    output: &mut Output,
) -> Result<(), ImportError> {
    let id = rest_id(item).unwrap_or(0);
    let comments_root = replies_link(item).or_else(|| address.and_then(comments_from_address));
    let mut comments = Vec::new();
    // A post that is not imported has no comments to read (a protected one refuses to).
    let wanted = skip_reason(item).is_none();
    if let Some(root) = comments_root.filter(|_| wanted) {
        let thread = WordPressThread {
            comments: root,
            post: id,
        };
        let mut page = 1;
        loop {
            let (list, answer) = client.json(&comments_page_url(&thread, page))?;
            let Value::Array(items) = list else { break };
            let empty = items.is_empty();
            comments.extend(items);
            if empty || page >= answer.total_pages.unwrap_or(1) {
                break;
            }
            page += 1;
        }
    }
    let outcome = convert_rest(item, &comments, options);
    output.take(outcome, &title_of(item), &id.to_string());
    Ok(())
}

fn title_of(item: &Value) -> String {
    match item.get("title").and_then(|t| t.get("rendered")) {
        Some(Value::String(t)) => t.clone(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rest_addresses_are_told_apart_without_asking() {
        assert_eq!(
            rest_target("https://b.org/wp-json/wp/v2/posts/12"),
            Some(Target::One("https://b.org/wp-json/wp/v2/posts/12".into()))
        );
        assert_eq!(
            rest_target("https://b.org/?rest_route=/wp/v2/pages/3"),
            Some(Target::One(
                "https://b.org/?rest_route=/wp/v2/pages/3".into()
            ))
        );
        assert_eq!(
            rest_target("https://b.org/wp-json/"),
            Some(Target::All("https://b.org/wp-json/".into()))
        );
        assert_eq!(
            rest_target("https://b.org/?rest_route=%2Fwp%2Fv2%2Fposts"),
            Some(Target::All("https://b.org/?rest_route=/".into()))
        );
        assert_eq!(rest_target("https://b.org/2024/01/hello/"), None);
        assert_eq!(
            api_url("https://b.org/?rest_route=/", "wp/v2/posts", "page=2"),
            "https://b.org/?rest_route=/wp/v2/posts&page=2"
        );
        assert_eq!(
            api_url("https://b.org/wp-json/", "wp/v2/posts", "page=2"),
            "https://b.org/wp-json/wp/v2/posts?page=2"
        );
    }

    #[test]
    fn the_api_is_found_in_the_link_header_or_the_page() {
        let header = "<https://b.org/wp-json/>; rel=\"https://api.w.org/\", <https://b.org/wp-json/wp/v2/posts/5>; rel=\"alternate\"; type=\"application/json\"";
        assert_eq!(
            header_href(header, "https://api.w.org/", None).as_deref(),
            Some("https://b.org/wp-json/")
        );
        assert_eq!(
            header_href(header, "alternate", Some("application/json")).as_deref(),
            Some("https://b.org/wp-json/wp/v2/posts/5")
        );
        let page = "<html><head><link rel='https://api.w.org/' href='https://c.org/wp-json/' /><link rel=\"alternate\" type=\"application/json\" href=\"https://c.org/wp-json/wp/v2/posts/9\"></head></html>";
        assert_eq!(
            page_href(page, "https://api.w.org/", None).as_deref(),
            Some("https://c.org/wp-json/")
        );
        assert_eq!(
            page_href(page, "alternate", Some("application/json")).as_deref(),
            Some("https://c.org/wp-json/wp/v2/posts/9")
        );
    }
}
