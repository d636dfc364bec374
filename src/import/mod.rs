//! `lectern-cli import`: a WordPress export (WXR) into one Lectern post file per published post
//! and page. The export is read twice as a stream (first its attachments and item count, for
//! galleries and the progress bar; then the posts), never whole. Files are written into a
//! temporary folder beside the output and moved into place at the end, so a failed import leaves
//! nothing half-written. Native only.

pub mod content;
pub mod export_post;
pub mod wxr;

use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File};
use std::io::BufReader;
use std::path::{Path, PathBuf};

use content::Attachments;
use export_post::{CommentCounts, Options, Outcome, Skip, convert};

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
            Self::OutputNotEmpty(path) => write!(
                f,
                "{}: the folder is not empty; import into a new or empty folder",
                path.display()
            ),
        }
    }
}

impl std::error::Error for ImportError {}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ImportError + '_ {
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
    let staging = match out {
        Some(out) => Some(staging_folder(out)?),
        None => None,
    };
    let mut summary = Summary::default();
    let mut used = HashSet::new();
    let mut done = 0;
    let mut write_error = None;
    let second = wxr::read_export(open()?, |channel, item| {
        done += 1;
        progress(&Progress {
            done,
            total,
            title: item.title.clone(),
        });
        if write_error.is_some() {
            return;
        }
        match convert(&item, channel, &attachments, options) {
            Outcome::Skipped(why) => *summary.skipped.entry(why).or_default() += 1,
            Outcome::Invalid(error) => summary
                .invalid
                .push((item.title.clone(), error.to_string())),
            Outcome::Post(converted) => {
                let mut post = converted.post;
                if !used.insert(post.id.clone()) {
                    post.id = format!("{}-{}", post.id, item.id.trim());
                    used.insert(post.id.clone());
                }
                let file = format!("{}.json", post.id);
                if let Some(folder) = &staging {
                    let path = folder.join(&file);
                    if let Err(error) = fs::write(&path, crate::model::write::post_to_json(&post)) {
                        write_error = Some(ImportError::Io { path, error });
                        return;
                    }
                }
                *summary.imported.entry(converted.kind).or_default() += 1;
                let counts = converted.comments;
                summary.comments.imported += counts.imported;
                summary.comments.held += counts.held;
                summary.comments.spam += counts.spam;
                summary.comments.pings += counts.pings;
                if !converted.warnings.is_empty() {
                    summary.warnings.push((file.clone(), converted.warnings));
                }
                summary.files.push(file);
            }
        }
    });
    let finished = second
        .map_err(malformed)
        .and_then(|_| write_error.map_or(Ok(()), Err));
    match (finished, staging, out) {
        (Err(error), Some(folder), _) => {
            let _ = fs::remove_dir_all(&folder);
            Err(error)
        }
        (Err(error), None, _) => Err(error),
        (Ok(()), Some(folder), Some(out)) => {
            // An empty output folder is replaced; rename is atomic within one parent folder.
            if out.exists() {
                fs::remove_dir(out).map_err(io(out))?;
            }
            fs::rename(&folder, out).map_err(io(out))?;
            Ok(summary)
        }
        (Ok(()), _, _) => Ok(summary),
    }
}

/// A new, empty temporary folder beside `out` (refused when `out` holds files already).
fn staging_folder(out: &Path) -> Result<PathBuf, ImportError> {
    if out.exists() {
        let mut entries = fs::read_dir(out).map_err(io(out))?;
        if entries.next().is_some() {
            return Err(ImportError::OutputNotEmpty(out.to_owned()));
        }
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(io(&parent))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "import".to_owned());
    let folder = parent.join(format!(".{name}.importing-{}", std::process::id()));
    let _ = fs::remove_dir_all(&folder);
    fs::create_dir(&folder).map_err(io(&folder))?;
    Ok(folder)
}
