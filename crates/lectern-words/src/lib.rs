//! Lectern's own words (labels, buttons, hints, errors, counts, dates) in the language of the
//! post. Each language is one file, `locales/<tag>.txt` (see `docs/languages.md`): its words by
//! key, and how it counts (plural rule), writes numbers and writes dates. English is built into
//! every build; the browser fetches another language only when a post needs it, so a language
//! nobody reads is never downloaded. Natively (the prerenderer, the command line) every language
//! is built in, so a page is published in its post's language.

mod catalog;
mod choose;
mod numbers;
mod plural;

pub use catalog::{CatalogError, Words};
pub use choose::{BUILT_IN, LANGUAGES, Language, file_of, language_for, language_of};
pub use numbers::NumberStyle;
pub use plural::PluralRule;
