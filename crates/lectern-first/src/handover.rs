//! The signal between the two readers at the hand-over: the full reader dispatches
//! [`HYDRATING`] on the page's root element right before it hydrates the page, and the first
//! screen lets go of the page at that moment, not before. Between the full reader's module
//! starting and its hydration (it waits for the page's `load`, which images can hold up), the
//! first screen keeps answering the reader, so no click falls between the two.

/// The event's type.
pub const HYDRATING: &str = "lectern-hydrating";

/// Tells the first screen on `root` that the full reader hydrates it now.
pub fn announce_hydrating(root: &web_sys::Element) {
    if let Ok(event) = web_sys::Event::new(HYDRATING) {
        let _ = root.dispatch_event(&event);
    }
}
