//! The first screen of a post that has no published markup (issue 22): a `<lectern-reader>`
//! given a post's address that `lectern-cli publish` never wrote, or `mount()` given the post
//! itself. `lectern-embed.js` hands this small module (no Yew) the post's JSON; it draws the
//! reader exactly as the full reader's first render would (`lectern_draw::reader`), in the
//! words of the post's language. The markup then takes a published reader's path: the first
//! screen (`lectern-first`) makes it live, and the full reader hydrates it when a reader needs it.

#[cfg(target_arch = "wasm32")]
mod drawn;

/// The small modules' allocator (`lectern_first::allocator`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lectern_first::allocator::SmallAllocator =
    lectern_first::allocator::small_allocator();

/// Natively there is nothing to run: the module is built for the browser by Trunk.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lectern-draw-wasm runs in the browser, loaded by lectern-embed.js");
    std::process::exit(2);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
