//! The table of contents: a sticky sidebar on wide screens, an "On this page" disclosure bar on
//! narrow ones. Marks the section being read and shows how far through the reader is.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{
    use_after_render, use_disclosure, use_dom_actions, use_style_property, use_words,
};
use lectern_format::outline::SectionSummary;

/// Props for [`TableOfContents`].
#[derive(Properties, PartialEq)]
pub struct TableOfContentsProps {
    /// One summary per section, in order.
    pub sections: Rc<[SectionSummary]>,
    /// The list's accessible name ("Table of contents", with the post's title in an embed).
    #[prop_or(AttrValue::Static("Table of contents"))]
    pub label: AttrValue,
    /// Index of the section being read.
    #[prop_or_default]
    pub current: usize,
    /// Share of the article read, 0–100.
    #[prop_or_default]
    pub progress: u8,
    /// Whether the reader has read the post to the end (now or on an earlier visit).
    #[prop_or_default]
    pub finished: bool,
    /// Reads the post aloud from a section (its index), where the reader offers it.
    #[prop_or_default]
    pub on_listen: Option<Callback<usize>>,
}

/// Lets the reader see the shape of the post, where they are in it, and jump to a section.
#[component]
pub fn TableOfContents(props: &TableOfContentsProps) -> Html {
    let list = use_disclosure();
    let say = use_words();
    let progress_ref = use_node_ref();
    use_style_property(
        progress_ref.clone(),
        "--progress",
        lectern_first::numbers::fraction(props.progress),
    );
    let dom = use_dom_actions();
    let after = use_after_render();
    let current_title = props
        .sections
        .get(props.current)
        .map(|s| s.title.clone())
        .unwrap_or_default();
    let entries = props
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let quotes = match section.quotes {
                0 => String::new(),
                n => format!(" · {}", say.count("count.quotations", n, &[])),
            };
            let is_current = index == props.current;
            let on_click = {
                let close = list.close.clone();
                let anchor = section.anchor.clone();
                let (dom, after) = (dom.clone(), after.clone());
                Callback::from(move |_: MouseEvent| {
                    close.emit(());
                    let heading = format!("{anchor}-heading");
                    let dom = dom.clone();
                    after.run(move || dom.focus_without_scroll(&heading));
                })
            };
            html! {
                <li key={section.anchor.clone()} class={classes!(is_current.then_some("toc-current"))}>
                    <a href={format!("#{}", section.anchor)} aria-current={is_current.then_some("true")}
                        onclick={on_click} dir="auto">{section.title.clone()}</a>
                    <span class="toc-meta">{format!("{}{quotes}", say.fill("toc.minutes", &[("n", &say.number(section.minutes))]))}</span>
                    if let Some(listen) = &props.on_listen {
                        <button type="button" class="link-button toc-listen"
                            onclick={listen.reform(move |_: MouseEvent| index)}>
                            {say.get("listen.start").to_owned()}<span class="visually-hidden">{" "}{say.fill("toc.listen-from", &[("section", &section.title)])}</span>
                        </button>
                    }
                </li>
            }
        })
        .collect::<Html>();
    // The share read in the post's words and digits, for the first screen (crates/lectern-first),
    // which updates this line before this component runs.
    let digits = (0..10).map(|n| say.number(n)).collect::<String>();
    html! {
        <nav class={classes!("toc", list.open.then_some("toc--open"))} aria-label={props.label.clone()}
            ref={list.container.clone()} onkeydown={list.on_keydown.clone()}>
            <button type="button" class="toc-toggle" ref={list.button.clone()} aria-expanded={list.open.to_string()}
                aria-controls="toc-list" onclick={list.toggle.clone()}>
                <span class="toc-toggle-label">{say.get("toc.on-this-page").to_owned()}{" "}</span>
                <span class="toc-toggle-current" dir="auto">{current_title}</span>
            </button>
            <h2 class="toc-title">{say.get("toc.contents").to_owned()}</h2>
            <ol class="toc-list" id="toc-list">{entries}</ol>
            <p class="toc-progress">
                <span class="toc-progress-bar" aria-hidden="true">
                    <span class="toc-progress-fill" ref={progress_ref}></span>
                </span>
                <span class="toc-progress-text" data-read={say.get("toc.read").to_owned()} data-digits={digits}>
                    if props.finished && props.progress < 100 {
                        {say.fill("toc.read-before", &[("percent", &say.number(usize::from(props.progress)))])}
                    } else if props.finished {
                        {say.get("toc.read-to-end").to_owned()}
                    } else {
                        {say.fill("toc.read", &[("percent", &say.number(usize::from(props.progress)))])}
                    }
                </span>
            </p>
        </nav>
    }
}
