//! The table of contents follows the reader: the section being read is marked (by the
//! observers the full reader uses too, `lectern_first::reading::watch_sections`: no geometry on
//! scroll),
//! the share read is shown, and on a phone the "On this page" bar opens and closes the list.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, Event};

use crate::disclosure::{self, Panel};
use crate::events::{Listener, closest};
use crate::folds::for_each;
use lectern_first::numbers::{fill_percent, fraction};
use lectern_first::reading::{SectionWatcher, share_read, watch_sections};

/// What keeps the contents live; everything stops when it is dropped and the list closes, as the
/// server rendered it. The entry being read stays marked: the full reader starts from it
/// (`initially_current`), so its hydration matches the page and nothing flashes back to the
/// first entry.
pub struct Contents {
    nav: Element,
    _sections: SectionWatcher,
    _listeners: Vec<Listener>,
}

impl Drop for Contents {
    fn drop(&mut self) {
        set_list_open(&self.nav, false);
    }
}

/// Starts following the reader in `root` (the prerendered reader).
pub fn follow(root: &Element) -> Option<Contents> {
    let window = web_sys::window()?;
    let nav = root.query_selector("nav.toc").ok()??;
    let end = root.query_selector("#article-end").ok()??;
    let mut sections = Vec::new();
    for_each(root, "section.post-section", |section| {
        sections.push(section)
    });
    let marked = nav.clone();
    let sections = watch_sections(sections, end, move |current| mark_current(&marked, current))?;

    let article = root.query_selector("article.post").ok()??;
    let progress = Progress::new(&nav, article);
    progress.show();
    let scheduled = Rc::new(Cell::new(false));
    let on_scroll = {
        let window = window.clone();
        move |_: Event| {
            if scheduled.replace(true) {
                return;
            }
            let (scheduled, progress) = (scheduled.clone(), progress.clone());
            let frame = Closure::once_into_js(move || {
                scheduled.set(false);
                progress.show();
            });
            let _ = window.request_animation_frame(frame.unchecked_ref());
        }
    };
    let on_scroll = Rc::new(std::cell::RefCell::new(on_scroll));
    let (for_resize, for_scroll) = (on_scroll.clone(), on_scroll);
    let mut listeners = vec![
        Listener::new(&window, "scroll", false, move |e| {
            (for_scroll.borrow_mut())(e)
        }),
        Listener::new(&window, "resize", false, move |e| {
            (for_resize.borrow_mut())(e)
        }),
        // Following a link in the open list closes it.
        Listener::new(&nav, "click", false, {
            let nav = nav.clone();
            move |event: Event| {
                if closest(&event, ".toc-list a").is_some() {
                    set_list_open(&nav, false);
                }
            }
        }),
    ];
    listeners.extend(disclosure::listen(
        &nav,
        Panel {
            button: ".toc-toggle",
            show: set_list_open,
            shown: |nav| nav.class_list().contains("toc--open"),
        },
    ));
    Some(Contents {
        nav,
        _sections: sections,
        _listeners: listeners,
    })
}

fn set_list_open(nav: &Element, open: bool) {
    let _ = nav.class_list().toggle_with_force("toc--open", open);
    if let Ok(Some(button)) = nav.query_selector(".toc-toggle") {
        let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
}

/// Marks entry `current` of the contents as the one being read, and names it on the phone bar.
fn mark_current(nav: &Element, current: usize) {
    let mut index = 0;
    let mut title = None;
    for_each(nav, ".toc-list > li", |item| {
        let is_current = index == current;
        let _ = item
            .class_list()
            .toggle_with_force("toc-current", is_current);
        if let Ok(Some(link)) = item.query_selector("a") {
            let _ = if is_current {
                title = link.text_content();
                link.set_attribute("aria-current", "true")
            } else {
                link.remove_attribute("aria-current")
            };
        }
        index += 1;
    });
    if let (Some(title), Ok(Some(bar))) = (title, nav.query_selector(".toc-toggle-current")) {
        bar.set_text_content(Some(&title));
    }
}

/// The progress bar and its words ("42% read", in the post's language and digits).
#[derive(Clone)]
struct Progress {
    article: Element,
    fill: Option<web_sys::HtmlElement>,
    text: Option<Element>,
    last: Rc<Cell<Option<u8>>>,
}

impl Progress {
    fn new(nav: &Element, article: Element) -> Self {
        let find = |selector: &str| nav.query_selector(selector).ok().flatten();
        Progress {
            article,
            fill: find(".toc-progress-fill").and_then(|e| e.dyn_into().ok()),
            text: find(".toc-progress-text"),
            last: Rc::new(Cell::new(None)),
        }
    }

    /// Shows how far through the article the reader is, if that changed.
    fn show(&self) {
        let percent = share_read(&self.article, viewport_height());
        if self.last.replace(Some(percent)) == Some(percent) {
            return;
        }
        if let Some(fill) = &self.fill {
            let _ = fill.style().set_property("--progress", &fraction(percent));
        }
        if let Some(text) = &self.text
            && let Some(template) = text.get_attribute("data-read")
        {
            let digits = text.get_attribute("data-digits").unwrap_or_default();
            text.set_text_content(Some(&fill_percent(&template, percent, &digits)));
        }
    }
}

fn viewport_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}
