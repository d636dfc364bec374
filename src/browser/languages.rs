//! Where this build's language files are, and the language of the page around a reader.

use std::cell::RefCell;

thread_local! {
    /// The folder of the language files (set by `lectern-embed.js`, which knows where the build
    /// is; a page of the build finds them beside itself).
    static LOCALES: RefCell<String> = RefCell::new("locales/".to_owned());
}

/// Tells the reader where the build's files are (the folder of `lectern-embed.js`), so a
/// reader embedded in another site's page fetches its language files from the build.
pub fn set_build_base(base: &str) {
    let folder = if base.ends_with('/') {
        format!("{base}locales/")
    } else {
        format!("{base}/locales/")
    };
    LOCALES.with(|locales| *locales.borrow_mut() = folder);
}

/// The address of one language's file (`locales/de.txt`).
pub fn language_file(lang: &str) -> String {
    LOCALES.with(|locales| format!("{}{lang}.txt", locales.borrow()))
}

pub use lectern_first::language::language_around;
