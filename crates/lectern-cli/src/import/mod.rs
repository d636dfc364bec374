//! `lectern-cli import`: a WordPress export (WXR) into one Lectern post file per published post
//! and page. The export is read twice as a stream (first its attachments and item count, for
//! galleries and the progress bar; then the posts), never whole. Files are written into a
//! temporary folder beside the output and moved into place at the end, so a failed import leaves
//! nothing half-written. How an export or a REST answer becomes a post is the WordPress crate's
//! (`lectern_wordpress::export`, `lectern_wordpress::rest`); this module reads files and sites
//! and writes the results.

mod output;
pub mod rest;
pub mod site;

use std::collections::BTreeMap;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use lectern_wordpress::export::content::Attachments;
use lectern_wordpress::export::item::{CommentCounts, Options, Skip, convert};
use lectern_wordpress::export::wxr;
use output::Output;

/// What the import did, for the summary it prints.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Posts written (or that would be, with `--dry-run`), by kind (`post`, `page`).
    pub imported: BTreeMap<String, usize>,
    /// Items not imported, by reason.
    pub skipped: BTreeMap<Skip, usize>,
    /// Posts that could not be made valid: (title, reason).
    pub invalid: Vec<(String, String)>,
    /// What changed on the way, per written file name.
    pub warnings: Vec<(String, Vec<String>)>,
    /// Comments over all imported posts.
    pub comments: CommentCounts,
    /// The files written, in order.
    pub files: Vec<String>,
}

/// Where the import is, for a progress bar.
#[derive(Debug, Clone)]
pub struct Progress {
    /// Items read so far.
    pub done: usize,
    /// Items in the export.
    pub total: usize,
    /// The title of the item just read.
    pub title: String,
}

/// Why an import stopped (nothing was written).
#[derive(Debug)]
pub enum ImportError {
    /// The export is not well-formed XML.
    Malformed {
        /// The export file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What the XML parser said.
        message: String,
    },
    /// A file could not be read or written.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        error: std::io::Error,
    },
    /// The output folder has files in it already.
    OutputNotEmpty(PathBuf),
    /// A saved REST answer is not JSON, or not WordPress posts.
    Json {
        /// The file.
        path: PathBuf,
        /// Where (1-based line and column; 0 when the whole file is the problem).
        line: usize,
        /// See `line`.
        column: usize,
        /// Why.
        message: String,
    },
    /// A site could not be read.
    Fetch {
        /// The address asked.
        url: String,
        /// Why.
        message: String,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Malformed {
                path,
                line,
                column,
                message,
            } => write!(
                f,
                "{}:{line}:{column}: not a well-formed WordPress export: {message}",
                path.display()
            ),
            Self::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Self::Json {
                path,
                line: 0,
                message,
                ..
            } => write!(f, "{}: {message}", path.display()),
            Self::Json {
                path,
                line,
                column,
                message,
            } => write!(f, "{}:{line}:{column}: {message}", path.display()),
            Self::Fetch { url, message } => write!(f, "{url}: {message}"),
            Self::OutputNotEmpty(path) => write!(
                f,
                "{}: the folder is not empty; import into a new or empty folder",
                path.display()
            ),
        }
    }
}

impl std::error::Error for ImportError {}

pub(crate) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ImportError + '_ {
    move |error| ImportError::Io {
        path: path.to_owned(),
        error,
    }
}

/// Imports the export at `export` into the folder `out` (`None`: a dry run that writes
/// nothing), calling `progress` after every item.
pub fn import_export(
    export: &Path,
    out: Option<&Path>,
    options: Options,
    progress: &mut dyn FnMut(&Progress),
) -> Result<Summary, ImportError> {
    let open = || File::open(export).map(BufReader::new).map_err(io(export));
    let malformed = |error: wxr::XmlError| match open() {
        Ok(file) => {
            let (line, column) = wxr::line_and_column(file, error.offset);
            ImportError::Malformed {
                path: export.to_owned(),
                line,
                column,
                message: error.message,
            }
        }
        Err(e) => e,
    };
    // First pass: attachments (for galleries) and the number of items (for the progress bar).
    let mut attachments = Attachments::default();
    let mut total = 0;
    wxr::read_export(open()?, |_, item| {
        total += 1;
        if item.post_type == "attachment" && !item.attachment_url.is_empty() {
            attachments
                .url_by_id
                .insert(item.id.clone(), item.attachment_url.clone());
            if !item.parent.is_empty() && item.parent != "0" {
                attachments
                    .by_parent
                    .entry(item.parent.clone())
                    .or_default()
                    .push(item.id.clone());
            }
        }
    })
    .map_err(malformed)?;
    let mut output = Output::start(out)?;
    let mut done = 0;
    let second = wxr::read_export(open()?, |channel, item| {
        done += 1;
        progress(&Progress {
            done,
            total,
            title: item.title.clone(),
        });
        let outcome = convert(&item, channel, &attachments, options);
        output.take(outcome, &item.title, &item.id);
    });
    output.finish(second.err().map(malformed))
}

/// Imports saved WordPress REST answers: `posts` is one post or page, or a collection of them
/// (`wp/v2/posts`, `wp/v2/pages`, with or without `_embed`); `comments`, if given, a saved
/// `wp/v2/comments` answer (each post takes its own comments from it).
pub fn import_rest_files(
    posts: &Path,
    comments: Option<&Path>,
    out: Option<&Path>,
    options: Options,
    progress: &mut dyn FnMut(&Progress),
) -> Result<Summary, ImportError> {
    let read = |path: &Path| -> Result<lectern_format::json::Value, ImportError> {
        let text = std::fs::read_to_string(path).map_err(io(path))?;
        lectern_format::json::parse(&text).map_err(|e| ImportError::Json {
            path: path.to_owned(),
            line: e.line,
            column: e.column,
            message: e.message,
        })
    };
    use lectern_format::json::Value;
    let items = match read(posts)? {
        Value::Array(items) => items,
        one => vec![one],
    };
    if let Some(bad) = items
        .iter()
        .position(|item| !lectern_wordpress::rest::is_wordpress_post(item))
    {
        return Err(ImportError::Json {
            path: posts.to_owned(),
            line: 0,
            column: 0,
            message: format!(
                "item {bad} is not a WordPress REST post or page (one has title.rendered and content.rendered)"
            ),
        });
    }
    let comments = match comments {
        Some(path) => match read(path)? {
            Value::Array(list) => list,
            _ => {
                return Err(ImportError::Json {
                    path: path.to_owned(),
                    line: 0,
                    column: 0,
                    message: "not a list of WordPress REST comments".to_owned(),
                });
            }
        },
        None => Vec::new(),
    };
    let mut output = Output::start(out)?;
    for (done, item) in items.iter().enumerate() {
        let title = match item.get("title").and_then(|t| t.get("rendered")) {
            Some(Value::String(t)) => t.clone(),
            _ => String::new(),
        };
        progress(&Progress {
            done: done + 1,
            total: items.len(),
            title: title.clone(),
        });
        let id = rest::rest_id(item)
            .map(|n| n.to_string())
            .unwrap_or_default();
        output.take(rest::convert_rest(item, &comments, options), &title, &id);
    }
    output.finish(None)
}
