//! The command line's work, as a library its binary (`main.rs`) and its tests share: importing
//! WordPress into Lectern posts (`import`), publishing posts as a static site (`publish`),
//! rendering the reader's components to HTML for those pages (`prerender`, through the app's
//! server-side rendering) and writing output whole or not at all (`staging`).

pub mod import;
pub mod prerender;
pub mod publish;
pub mod staging;
