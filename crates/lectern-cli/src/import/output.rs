//! Where imported posts go: files written into a temporary folder beside the output folder and
//! moved into place when the whole import succeeded (nothing half-written otherwise), one name
//! per post, and the summary of what was imported, skipped and changed. Every kind of import
//! (an export file, saved REST answers, a live site) writes through this.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::{ImportError, Summary, io};
use crate::staging::{StagingError, move_into_place, staging_beside};
use lectern_wordpress::export::item::{Converted, Outcome};

/// An import under way.
pub struct Output {
    out: Option<PathBuf>,
    staging: Option<PathBuf>,
    used: HashSet<String>,
    /// What was done so far.
    pub summary: Summary,
    failed: Option<ImportError>,
}

impl Output {
    /// Starts writing into `out` (refused when it holds files already); `None` writes nothing
    /// (a dry run).
    pub fn start(out: Option<&Path>) -> Result<Self, ImportError> {
        let staging = match out {
            Some(out) => Some(staging_folder(out)?),
            None => None,
        };
        Ok(Self {
            out: out.map(Path::to_owned),
            staging,
            used: HashSet::new(),
            summary: Summary::default(),
            failed: None,
        })
    }

    /// Takes one item's outcome; `title` and `fallback_id` name it when the post's own id is
    /// taken already (`<slug>-<fallback_id>`).
    pub fn take(&mut self, outcome: Outcome, title: &str, fallback_id: &str) {
        if self.failed.is_some() {
            return;
        }
        match outcome {
            Outcome::Skipped(why) => *self.summary.skipped.entry(why).or_default() += 1,
            Outcome::Invalid(error) => self
                .summary
                .invalid
                .push((title.to_owned(), error.to_string())),
            Outcome::Post(converted) => self.write(*converted, fallback_id),
        }
    }

    fn write(&mut self, converted: Converted, fallback_id: &str) {
        let mut post = converted.post;
        if !self.used.insert(post.id.clone()) {
            post.id = format!("{}-{}", post.id, fallback_id.trim());
            self.used.insert(post.id.clone());
        }
        let file = format!("{}.json", post.id);
        if let Some(folder) = &self.staging {
            let path = folder.join(&file);
            if let Err(error) = fs::write(&path, lectern_format::write::post_to_json(&post)) {
                self.failed = Some(ImportError::Io { path, error });
                return;
            }
        }
        let summary = &mut self.summary;
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

    /// Ends the import: on success the files move into the output folder; on `error` (or a
    /// write that failed) the temporary folder is removed and nothing is left.
    pub fn finish(self, error: Option<ImportError>) -> Result<Summary, ImportError> {
        match (error.or(self.failed), self.staging, self.out) {
            (Some(error), Some(folder), _) => {
                let _ = fs::remove_dir_all(&folder);
                Err(error)
            }
            (Some(error), None, _) => Err(error),
            (None, Some(folder), Some(out)) => {
                move_into_place(&folder, &out).map_err(io(&out))?;
                Ok(self.summary)
            }
            (None, _, _) => Ok(self.summary),
        }
    }
}

/// A new, empty temporary folder beside `out` (refused when `out` holds files already).
fn staging_folder(out: &Path) -> Result<PathBuf, ImportError> {
    staging_beside(out, "importing").map_err(|error| match error {
        StagingError::NotEmpty => ImportError::OutputNotEmpty(out.to_owned()),
        StagingError::Io(path, error) => ImportError::Io { path, error },
    })
}
