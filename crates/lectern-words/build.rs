//! Finds the languages in the repository's `locales/` (one file each), so adding a language is adding its file:
//! writes the list of tags, and for native builds (the prerenderer, the command line) the files
//! themselves. A wasm build carries English alone; it fetches any other when a post needs it.

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=../../locales");
    let Ok(out_dir) = env::var("OUT_DIR") else {
        return;
    };
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    // The language files are the repository's (`locales/`, beside the reader that serves them).
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut tags: Vec<String> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|entry| {
                    let name = entry.file_name().into_string().ok()?;
                    name.strip_suffix(".txt").map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    tags.sort();
    let mut code = String::from(
        "/// Every language Lectern speaks (a file in `locales/` each).\npub const LANGUAGES: &[&str] = &[",
    );
    for tag in &tags {
        code.push_str(&format!("{tag:?}, "));
    }
    code.push_str("];\n/// The language files built into this build: English in the browser, all of them natively.\npub const BUILT_IN: &[(&str, &str)] = &[");
    for tag in tags.iter().filter(|tag| !wasm || *tag == "en") {
        let mut path = dir.join(format!("{tag}.txt"));
        // The wasm carries the words without the file's comments and blank lines.
        if wasm {
            let text = fs::read_to_string(&path).unwrap_or_default();
            let words: String = text
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .map(|line| format!("{line}\n"))
                .collect();
            let compact = Path::new(&out_dir).join(format!("{tag}.txt"));
            if fs::write(&compact, words).is_ok() {
                path = compact;
            }
        }
        code.push_str(&format!(
            "({tag:?}, include_str!({:?})), ",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let _ = fs::write(Path::new(&out_dir).join("languages.rs"), code);
}
