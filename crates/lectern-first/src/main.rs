//! The reader's first screen (issue 22): a published page is readable before any script runs;
//! this small module, without Yew, makes the prerendered article live — quotations fold both
//! ways, the table of contents follows the reader and shows the share read, the phone's "On
//! this page" bar opens — and loads the full reader only when a reader needs it (see
//! `wake`). The full reader then hydrates the page as it always has; everything added here
//! is removed first, so nothing is handled twice, and what the reader clicked or pressed while
//! it loaded is done again once it runs.
//!
//! The page's loader (`lectern-cli publish`, `prerender/loader.rs`) calls `start` with a
//! function that loads the full reader and resolves once its module has started.

#[cfg(target_arch = "wasm32")]
mod contents;
#[cfg(target_arch = "wasm32")]
mod disclosure;
#[cfg(target_arch = "wasm32")]
mod events;
#[cfg(target_arch = "wasm32")]
mod folds;
#[cfg(target_arch = "wasm32")]
mod fragment;
#[cfg(target_arch = "wasm32")]
mod host_look;
#[cfg(target_arch = "wasm32")]
mod keep_place;
#[cfg(target_arch = "wasm32")]
mod live;
#[cfg(target_arch = "wasm32")]
mod reader_focus;
#[cfg(target_arch = "wasm32")]
mod scope;
#[cfg(target_arch = "wasm32")]
mod text_settings;
#[cfg(target_arch = "wasm32")]
mod wake;

/// The small modules' allocator (`lectern_first::allocator`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lectern_first::allocator::SmallAllocator =
    lectern_first::allocator::small_allocator();

/// Natively there is nothing to run: the module is built for the browser by Trunk.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lectern-first runs in the browser, on a page `lectern-cli publish` wrote");
    std::process::exit(2);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
