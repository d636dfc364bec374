//! Landmarks that suit where the reader is: the page's own, or a guest's inside someone else's
//! page, where there may be other readers (each landmark's name then says whose it is).

use yew::prelude::*;

/// The reader's main content, `children` in an element of class `class`: the page's `<main>`
/// landmark, or a plain element in an embedded reader (the host page has its own main; a page may
/// hold only one). A function, not a component: each component type costs the wasm about half a
/// kilobyte.
pub fn main_content(embedded: bool, class: &'static str, children: Html) -> Html {
    let tag = if embedded { "div" } else { "main" };
    html! {
        <@{tag} id={MAIN_ID} class={class}>{children}</@>
    }
}

/// The id of [`main_content`], where [`skip_link`] leads (written out there as `#main`).
const MAIN_ID: &str = "main";

/// "Skip to the post": the first stop for a keyboard on Lectern's own page, past the contents
/// and reading tools (WCAG 2.4.1), shown only while it has focus. Not in an embedded reader: its
/// link would change the host page's address, where `#main` may be the host's own.
pub fn skip_link(embedded: bool, label: &str) -> Html {
    if embedded {
        return Html::default();
    }
    html! { <a class="skip-link" href="#main">{label.to_owned()}</a> }
}

/// A landmark's accessible name: `name` on the reader's own page; in an embedded reader, `name`
/// and the post's `title`, so two readers on one page have landmarks a screen reader tells
/// apart.
pub fn landmark_name(name: &str, title: &str, embedded: bool) -> AttrValue {
    if embedded {
        format!("{name}: {title}").into()
    } else {
        AttrValue::from(name.to_owned())
    }
}
