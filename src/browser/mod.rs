//! The only module that calls web APIs: fetching, the page address and document, the panic
//! report. Everything else is plain Rust or Yew components, so it can be tested natively.

pub mod fetch;
pub mod page;
pub mod panic;
