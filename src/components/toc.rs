//! The table of contents: one link per section, with its reading time and quotation count.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::outline::SectionSummary;

/// Props for [`TableOfContents`].
#[derive(Properties, PartialEq)]
pub struct TableOfContentsProps {
    /// One summary per section, in order.
    pub sections: Rc<[SectionSummary]>,
}

/// Lets the reader see the shape of the post and jump to a section.
#[component]
pub fn TableOfContents(props: &TableOfContentsProps) -> Html {
    let entries = props
        .sections
        .iter()
        .map(|section| {
            let quotes = match section.quotes {
                0 => String::new(),
                1 => " · 1 quotation".to_owned(),
                n => format!(" · {n} quotations"),
            };
            html! {
                <li key={section.anchor.clone()}>
                    <a href={format!("#{}", section.anchor)}>{section.title.clone()}</a>
                    <span class="toc-meta">{format!("{} min{quotes}", section.minutes)}</span>
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <nav class="toc" aria-label="Table of contents">
            <h2 class="toc-title">{"Contents"}</h2>
            <ol class="toc-list">{entries}</ol>
        </nav>
    }
}
