//! Where posts come from besides Lectern's own format: WordPress's REST API (here, shared by the
//! browser and the command line) and, natively, an HTML parser for the shared mapping rules.

#[cfg(not(target_arch = "wasm32"))]
pub mod native_html;
pub mod wordpress;
