//! Where the reader stopped in this post: saved as they read, offered back on their next visit
//! ("Continue where you left off"), and whether they read to the end.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app_model::place::ReadingPlace;
use crate::app_model::storage_keys::reading_place;
use crate::browser;

/// How long the window must rest before the place is saved (a scroll is many events).
const SAVE_AFTER_MS: u32 = 400;

/// What the reader is offered and what they did with it.
#[derive(Clone, PartialEq)]
pub struct UseReadingPlace {
    /// The place of an earlier visit, while it is offered (not yet taken or dismissed).
    pub offer: Option<ReadingPlace>,
    /// Whether the reader took the offer: the whole post must be laid out to go there.
    pub taken: bool,
    /// Whether the reader has read this post to the end (on this visit or an earlier one).
    pub finished: bool,
    /// Goes to the offered place.
    pub take: Callback<()>,
    /// Withdraws the offer.
    pub dismiss: Callback<()>,
}

/// Remembers the reader's place in the post `post_id` (per post, in local storage) while they
/// read, and offers an earlier visit's place back unless the address names a place
/// (`has_fragment`: a deep link always wins). `progress` (0–100) marks the post finished at 100.
///
/// ```ignore
/// let place = use_reading_place(post.id.clone(), first_section, progress, fragment.target.is_some());
/// ```
#[hook]
pub fn use_reading_place(
    post_id: String,
    first_section: String,
    progress: u8,
    has_fragment: bool,
) -> UseReadingPlace {
    let root = super::use_root();
    let after = super::use_after_render();
    let offer = use_state_eq(|| None::<ReadingPlace>);
    let taken = use_state_eq(|| false);
    let finished = use_state_eq(|| false);
    let key = reading_place(&post_id);
    // What is stored, also read by the save below (which keeps `finished`).
    let stored = use_mut_ref(|| None::<ReadingPlace>);

    // On arrival: read what an earlier visit left, and offer it when it is somewhere further on
    // and not where the window already is (a reload keeps the scroll position).
    {
        let (offer, finished, stored, root) = (
            offer.clone(),
            finished.clone(),
            stored.clone(),
            root.clone(),
        );
        use_effect_with(key.clone(), move |key| {
            let earlier = browser::storage::load::<ReadingPlace>(key).ok().flatten();
            if let Some(place) = &earlier {
                finished.set(place.finished);
                let here = browser::place::place_at_top(&root).and_then(|p| p.in_section());
                let already_there =
                    here.is_some_and(|(s, b, _)| s == place.section && b == place.block);
                // The first screen saved it during this very page load: it is where the reader
                // is, not where they left off.
                let this_visit = place.visit.as_deref() == Some(browser::page::visit_id().as_str());
                if !has_fragment
                    && !this_visit
                    && place.is_past_start(&first_section)
                    && !already_there
                {
                    offer.set(Some(place.clone()));
                }
            }
            *stored.borrow_mut() = earlier;
        });
    }

    // While reading: the place is saved once the window rests, and when the page goes away.
    {
        let (stored, root) = (stored.clone(), root.clone());
        use_effect_with(key.clone(), move |key| {
            let save = Rc::new({
                let key = key.clone();
                move || {
                    let Some((section, block, into)) =
                        browser::place::place_at_top(&root).and_then(|p| p.in_section())
                    else {
                        return;
                    };
                    let mut stored = stored.borrow_mut();
                    let place = ReadingPlace {
                        section,
                        block,
                        into,
                        finished: stored.as_ref().is_some_and(|p| p.finished),
                        visit: Some(browser::page::visit_id()),
                    };
                    // Storage that refuses is no reason to interrupt reading: the place is
                    // simply not remembered.
                    let _ = browser::storage::save(&key, &place);
                    *stored = Some(place);
                }
            });
            let pending = Rc::new(RefCell::new(None));
            let on_scroll = {
                let (save, pending) = (save.clone(), pending.clone());
                browser::dom::listen_window("scroll", move |_| {
                    let save = save.clone();
                    *pending.borrow_mut() =
                        Some(browser::dom::later(SAVE_AFTER_MS, move || save()));
                })
            };
            let on_leave = browser::dom::listen_window("pagehide", move |_| save());
            move || drop((on_scroll, on_leave, pending))
        });
    }

    // Reaching the end marks the post finished, for this visit and the next.
    {
        let (finished, stored, key) = (finished.clone(), stored.clone(), key.clone());
        use_effect_with(progress >= 100, move |&at_end| {
            if at_end {
                finished.set(true);
                let mut stored = stored.borrow_mut();
                let place = ReadingPlace {
                    finished: true,
                    visit: Some(browser::page::visit_id()),
                    ..stored.clone().unwrap_or_default()
                };
                let _ = browser::storage::save(&key, &place);
                *stored = Some(place);
            }
        });
    }

    let take = {
        let (offer, taken, root) = (offer.clone(), taken.clone(), root.clone());
        Callback::from(move |()| {
            let Some(place) = (*offer).clone() else {
                return;
            };
            // The whole post is laid out first (a long one arrives in parts), then the window
            // goes to the place.
            taken.set(true);
            offer.set(None);
            let root = root.clone();
            after.run(move || {
                browser::place::go_to(&root, &place.section, place.block, place.into);
            });
        })
    };
    let dismiss = {
        let offer = offer.clone();
        Callback::from(move |()| offer.set(None))
    };
    UseReadingPlace {
        offer: (*offer).clone(),
        taken: *taken,
        finished: *finished,
        take,
        dismiss,
    }
}
