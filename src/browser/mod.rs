//! The only module that calls web APIs: fetching, the page address and document, scrolling and
//! focus, observers, the clipboard, the panic report. Everything else is plain Rust or Yew
//! components, so it can be tested natively.

pub mod dom;
pub mod early_input;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod fetch;
pub mod html;
pub mod languages;
pub mod observe;
pub mod offline;
pub mod page;
pub mod panic;
pub mod place;
pub mod root;
pub mod settings;
pub mod speech;
pub mod storage;
