//! Output that appears whole or not at all: the command line writes into a temporary folder
//! beside the output folder and renames it into place when everything worked (a rename within
//! one parent folder is atomic), so a failure never leaves half a site or half an import.

use std::fs;
use std::path::{Path, PathBuf};

/// Why a temporary folder could not be made.
#[derive(Debug)]
pub enum StagingError {
    /// The output folder holds files already (they are never overwritten).
    NotEmpty,
    /// A folder could not be read or made.
    Io(PathBuf, std::io::Error),
}

/// A new, empty temporary folder beside `out`, named after it and `what` (`importing`).
pub fn staging_beside(out: &Path, what: &str) -> Result<PathBuf, StagingError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |error| StagingError::Io(path, error)
    };
    if out.exists() && fs::read_dir(out).map_err(io(out))?.next().is_some() {
        return Err(StagingError::NotEmpty);
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(io(&parent))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_owned());
    let folder = parent.join(format!(".{name}.{what}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&folder);
    fs::create_dir(&folder).map_err(io(&folder))?;
    Ok(folder)
}

/// Moves the finished `staging` folder to `out` (an empty `out` is replaced).
pub fn move_into_place(staging: &Path, out: &Path) -> std::io::Result<()> {
    if out.exists() {
        fs::remove_dir(out)?;
    }
    fs::rename(staging, out)
}
