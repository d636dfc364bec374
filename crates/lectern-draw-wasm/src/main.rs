//! The first screen of a post that has no published markup (issue 22): a `<lectern-reader>`
//! given a post's address that `lectern-cli publish` never wrote, or `mount()` given the post
//! itself. `lectern-embed.js` hands this small module (no Yew) the post's JSON; it draws the
//! reader exactly as the full reader's first render would (`lectern_draw::reader`), in the
//! words of the post's language. The markup then takes a published reader's path: the first
//! screen (`lectern-first`) makes it live, and the full reader hydrates it when a reader needs it.

#[cfg(target_arch = "wasm32")]
mod drawn;

/// Its allocator: lol_alloc's free list (safe to declare), a few kilobytes smaller than
/// dlmalloc, as in the first screen.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

/// Natively there is nothing to run: the module is built for the browser by Trunk.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lectern-draw-wasm runs in the browser, loaded by lectern-embed.js");
    std::process::exit(2);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
