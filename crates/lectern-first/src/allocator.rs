//! The allocator of the small modules without Yew (the first screen, and the module that draws a
//! post): lol_alloc's free list, locked and merging freed neighbours, is a few kilobytes smaller
//! than dlmalloc for a module that allocates little, and is declared in safe code.

/// The allocator each small module's binary declares as its `#[global_allocator]`.
pub type SmallAllocator = lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator>;

/// A [`SmallAllocator`], for the binary's `static`.
pub const fn small_allocator() -> SmallAllocator {
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new())
}
