//! The house rules inside the reader app, checked on the source: components render and emit
//! (every effect lives in a hook), only `src/browser/` calls web APIs, and the app's own data
//! (`src/app_model/`) is plain Rust. The rules between crates (the post format and WordPress know
//! nothing of the web or of Yew) are the compiler's: those crates do not depend on them.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(next) = pending.pop() {
        for entry in fs::read_dir(&next).unwrap_or_else(|e| panic!("{}: {e}", next.display())) {
            let path = entry.map(|e| e.path()).unwrap_or_default();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    assert!(!found.is_empty(), "no Rust files under {}", dir.display());
    found
}

/// `(file, line number, line)` for each line of code (comments left out) that contains one of
/// `words`.
fn offending_lines(dir: &str, words: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut found = Vec::new();
    for file in rust_files(&root) {
        let text = fs::read_to_string(&file).unwrap_or_default();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if let Some(word) = words.iter().find(|w| code.contains(*w)) {
                found.push(format!(
                    "{}:{}: `{word}` in {}",
                    file.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    found
}

#[test]
fn components_reach_the_browser_only_through_hooks() {
    let found = offending_lines(
        "src/components",
        &[
            "browser::",
            "crate::browser",
            "use_effect",
            "gloo",
            "js_sys",
            "spawn_local",
            "wasm_bindgen",
        ],
    );
    assert!(
        found.is_empty(),
        "components must render and emit; move these into hooks:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_browser_layer_calls_web_apis() {
    for dir in ["src/hooks", "src/state", "src/app_model"] {
        let found = offending_lines(dir, &["gloo", "js_sys", "web_sys", "wasm_bindgen"]);
        assert!(
            found.is_empty(),
            "web APIs outside src/browser/:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn the_apps_own_data_is_plain_rust() {
    let found = offending_lines(
        "src/app_model",
        &["yew", "crate::browser", "crate::components", "crate::hooks"],
    );
    assert!(
        found.is_empty(),
        "the app's data must not depend on the UI:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_storage_key_is_written_in_one_place() {
    let mut found = Vec::new();
    for dir in ["src/components", "src/hooks", "src/state", "src/browser"] {
        found.extend(offending_lines(dir, &["\"lectern:"]));
    }
    assert!(
        found.is_empty(),
        "storage keys belong in src/app_model/storage_keys.rs:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checks_see_a_violation() {
    // The scanner itself: a word in code is found, the same word in a comment is not.
    let found = offending_lines("src/browser", &["gloo"]);
    assert!(
        !found.is_empty(),
        "the browser layer uses gloo, and the scan must see it"
    );
}
