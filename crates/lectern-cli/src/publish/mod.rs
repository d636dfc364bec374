//! `lectern-cli publish`: Lectern posts written out as a static site, each the way the seed is
//! published: its own page, prerendered by Yew's server renderer (readable without JavaScript,
//! hydrated without a shift), with the post's meta for search engines and link previews, and its
//! single-file offline edition (`offline/<id>.html`) and a fragment to paste into other pages
//! (`embed/<id>.html`, the markup in a declarative shadow root); a list of the posts; a JSON Feed; and the
//! service worker's precache list. The site uses relative
//! addresses only, so it can be served from any path. The Trunk release build publishes the
//! posts of `static/posts/` with it, into the build itself; a site is written whole or not at
//! all (`staging`).

pub mod edition;
mod feed;
mod fragment;
mod listing;
mod meta;
pub mod precache;

use std::fs;
use std::path::{Path, PathBuf};

use crate::prerender::{compact_json, fill_page, render_app, set_document_meta};
use crate::staging::{StagingError, move_into_place, staging_beside};
use lectern_format::{Post, parse_post};

/// The page of the reader without a post: Trunk's `index.html`, saved by the release build's
/// post-build hook before the seed is prerendered into it.
pub const TEMPLATE: &str = "reader-template.html";

/// A published post and its page (relative to the site), for the list and the feed.
pub struct Published<'a> {
    /// The post.
    pub post: &'a Post,
    /// Its page, e.g. `hello-world.html`.
    pub page: String,
}

/// What to publish besides the posts.
#[derive(Debug, Clone, Default)]
pub struct PublishOptions {
    /// The site's name (the list's title, the feed's title); default "Posts".
    pub site_name: Option<String>,
    /// The address the site will be served from, for absolute links in the feed and meta.
    pub base_url: Option<String>,
    /// A post id whose page is also the site's `index.html` (the list is then `posts.html`).
    pub home: Option<String>,
}

/// What was published.
#[derive(Debug, Clone, Default)]
pub struct PublishSummary {
    /// Pages written, one per post (`<id>.html`).
    pub pages: Vec<String>,
    /// The list page (`index.html` or `posts.html`).
    pub listing: String,
    /// Post files that are not valid posts, with the reason; the rest are published.
    pub invalid: Vec<(String, String)>,
    /// Files in the service worker's precache list.
    pub precached: usize,
}

/// Why nothing was published.
#[derive(Debug)]
pub enum PublishError {
    /// A file or folder could not be read or written.
    Io(PathBuf, std::io::Error),
    /// The reader folder is not a release build of Lectern.
    NotABuild(PathBuf),
    /// No valid post was given.
    NoPosts(Vec<(String, String)>),
    /// The output folder has files in it already.
    OutputNotEmpty(PathBuf),
    /// The template could not take a post.
    Template(String),
}

impl std::fmt::Display for PublishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Io(path, error) => write!(f, "{}: {error}", path.display()),
            Self::NotABuild(path) => write!(
                f,
                "{}: not a release build of Lectern (no {TEMPLATE}); run `trunk build --release` and give its dist/ folder",
                path.display()
            ),
            Self::NoPosts(invalid) => {
                write!(f, "no post to publish")?;
                for (file, why) in invalid {
                    write!(f, "\n  {file}: {why}")?;
                }
                Ok(())
            }
            Self::OutputNotEmpty(path) => write!(
                f,
                "{}: the folder is not empty; publish into a new or empty folder",
                path.display()
            ),
            Self::Template(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for PublishError {}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> PublishError + '_ {
    move |error| PublishError::Io(path.to_owned(), error)
}

/// A post id as a file name: letters, digits, `-`, `_` and `.` only.
pub(crate) fn file_stem(id: &str) -> String {
    let stem: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches(['.', '-']);
    if stem.is_empty() {
        "post".to_owned()
    } else {
        stem.to_owned()
    }
}

/// The post files named by `input`: the file itself, or every `.json` in the folder, sorted.
fn post_files(input: &Path) -> Result<Vec<PathBuf>, PublishError> {
    if input.is_dir() {
        let mut files: Vec<PathBuf> = fs::read_dir(input)
            .map_err(io(input))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        Ok(files)
    } else {
        Ok(vec![input.to_owned()])
    }
}

/// The stylesheet and icon tags of the reader's page, for the list page.
fn head_links(template: &str) -> String {
    let mut tags = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("<link ") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + len + 1];
        let wanted = (tag.contains("rel=\"stylesheet\"") && !tag.contains("media=\"print\""))
            || tag.contains("rel=\"icon\"");
        if wanted {
            tags.push(tag.to_owned());
        }
        rest = &rest[start + len + 1..];
    }
    tags.join("\n    ")
}

/// Publishes the posts at `input` (a post file or a folder of them) with the reader built in
/// `reader` into `out`: a new or empty folder, or `reader` itself (the build's own posts).
pub fn publish(
    input: &Path,
    reader: &Path,
    out: &Path,
    options: &PublishOptions,
) -> Result<PublishSummary, PublishError> {
    let template_path = reader.join(TEMPLATE);
    let template = fs::read_to_string(&template_path)
        .map_err(|_| PublishError::NotABuild(reader.to_owned()))?;
    let mut summary = PublishSummary::default();
    let mut posts: Vec<(Post, String)> = Vec::new();
    for file in post_files(input)? {
        let name = file.display().to_string();
        let text = match fs::read_to_string(&file) {
            Ok(text) => text,
            Err(error) => {
                summary.invalid.push((name, error.to_string()));
                continue;
            }
        };
        match parse_post(&text) {
            Ok(post) => posts.push((post, text)),
            Err(error) => summary.invalid.push((name, error.to_string())),
        }
    }
    if posts.is_empty() {
        return Err(PublishError::NoPosts(summary.invalid));
    }
    let in_place = match (fs::canonicalize(out), fs::canonicalize(reader)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    let dest = if in_place {
        out.to_owned()
    } else {
        let staging = staging(out)?;
        if let Err(error) = copy_reader(reader, &staging) {
            let _ = fs::remove_dir_all(&staging);
            return Err(error);
        }
        staging
    };
    let written = write_site(&dest, &template, &posts, options, &mut summary);
    match (written, in_place) {
        (Ok(()), true) => Ok(summary),
        (Ok(()), false) => {
            move_into_place(&dest, out).map_err(io(out))?;
            Ok(summary)
        }
        (Err(error), in_place) => {
            if !in_place {
                let _ = fs::remove_dir_all(&dest);
            }
            Err(error)
        }
    }
}

/// A new temporary folder beside `out` (refused when `out` holds files already).
fn staging(out: &Path) -> Result<PathBuf, PublishError> {
    staging_beside(out, "publishing").map_err(|error| match error {
        StagingError::NotEmpty => PublishError::OutputNotEmpty(out.to_owned()),
        StagingError::Io(path, error) => PublishError::Io(path, error),
    })
}

/// Copies the reader's files (not its seed page, posts, editions or demo) into `dest`.
fn copy_reader(reader: &Path, dest: &Path) -> Result<(), PublishError> {
    let files = precache::list_files(reader).map_err(io(reader))?;
    for file in files {
        let skip = matches!(
            file.as_str(),
            "index.html" | "sw-manifest.js" | "embed-demo.html" | "embed-demo.css"
        ) || file.starts_with("posts/")
            || file.starts_with("offline/")
            || file.starts_with("embed/")
            || file.starts_with('.');
        if skip {
            continue;
        }
        let to = dest.join(&file);
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(io(parent))?;
        }
        fs::copy(reader.join(&file), &to).map_err(io(&to))?;
    }
    Ok(())
}

fn write_site(
    dest: &Path,
    template: &str,
    posts: &[(Post, String)],
    options: &PublishOptions,
    summary: &mut PublishSummary,
) -> Result<(), PublishError> {
    let site_name = options
        .site_name
        .clone()
        .unwrap_or_else(|| "Posts".to_owned());
    let base = options
        .base_url
        .as_deref()
        .map(|b| b.trim_end_matches('/').to_owned());
    let posts_dir = dest.join("posts");
    fs::create_dir_all(&posts_dir).map_err(io(&posts_dir))?;
    let mut pages: Vec<(usize, String)> = Vec::new();
    let mut used = std::collections::HashSet::new();
    for (index, (post, text)) in posts.iter().enumerate() {
        let mut stem = file_stem(&post.id);
        if !used.insert(stem.clone()) {
            stem = format!("{stem}-{index}");
            used.insert(stem.clone());
        }
        let json = compact_json(text);
        let json_file = format!("posts/{stem}.json");
        fs::write(dest.join(&json_file), &json).map_err(io(&dest.join(&json_file)))?;
        let page_name = format!("{stem}.html");
        let app = render_app(&json, &json_file);
        let (page, loader) = fill_page(template, &app, &json, &json_file)
            .map_err(|e| PublishError::Template(e.0))?;
        let loader_path = dest.join(&loader.file_name);
        fs::write(&loader_path, &loader.code).map_err(io(&loader_path))?;
        let page = set_document_meta(&page, &post.title, post.lang.as_deref().unwrap_or("en"));
        let page_url = base.as_ref().map(|b| format!("{b}/{page_name}"));
        let page = meta::insert_head_tags(
            &page,
            &meta::head_tags(post, page_url.as_deref(), &site_name),
        );
        fs::write(dest.join(&page_name), &page).map_err(io(&dest.join(&page_name)))?;
        // The fragment to paste into other pages, readable before the wasm loads.
        let fragment = fragment::embed_fragment(&json, &stem, base.as_deref());
        let fragment_path = dest.join("embed").join(&page_name);
        fs::create_dir_all(dest.join("embed")).map_err(io(&dest.join("embed")))?;
        fs::write(&fragment_path, fragment).map_err(io(&fragment_path))?;
        // The single-file edition, for reading from disk (made from the build in `dest`).
        let edition = edition::edition_html(dest, post, text).map_err(PublishError::Template)?;
        let edition_path = dest.join("offline").join(&page_name);
        fs::create_dir_all(dest.join("offline")).map_err(io(&dest.join("offline")))?;
        fs::write(&edition_path, edition).map_err(io(&edition_path))?;
        if options.home.as_deref() == Some(post.id.as_str()) {
            fs::write(dest.join("index.html"), &page).map_err(io(&dest.join("index.html")))?;
        }
        summary.pages.push(page_name.clone());
        pages.push((index, page_name));
    }
    // The list, newest first (undated posts last, in file order).
    let mut listed: Vec<Published<'_>> = pages
        .iter()
        .map(|(i, page)| Published {
            post: &posts[*i].0,
            page: page.clone(),
        })
        .collect();
    listed.sort_by(|a, b| {
        let date = |p: &Post| p.published.as_ref().map(|d| d.raw.clone());
        date(b.post).cmp(&date(a.post))
    });
    let lang = posts
        .first()
        .and_then(|(p, _)| p.lang.clone())
        .unwrap_or_else(|| "en".to_owned());
    let listing_name = if options.home.is_some() {
        "posts.html"
    } else {
        "index.html"
    };
    let listing = listing::listing_page(&site_name, &lang, &head_links(template), &listed);
    fs::write(dest.join(listing_name), listing).map_err(io(&dest.join(listing_name)))?;
    summary.listing = listing_name.to_owned();
    let feed = feed::feed_json(&site_name, base.as_deref(), &listed);
    fs::write(dest.join("feed.json"), feed).map_err(io(&dest.join("feed.json")))?;
    let (_, count) = precache::write_precache(dest).map_err(io(dest))?;
    summary.precached = count;
    Ok(())
}
