//! One section of the post, with its heading and how much of it is quotation.

use std::rc::Rc;

use yew::prelude::*;

use super::quote::QuoteView;
use super::text::{Author, render_block};
use crate::model::outline::{SectionSummary, quote_anchor};
use crate::model::{Block, Post};

/// Props for [`PostSection`].
#[derive(Properties, PartialEq)]
pub struct PostSectionProps {
    /// The post the section belongs to.
    pub post: Rc<Post>,
    /// Index of the section in `post.sections`.
    pub index: usize,
}

/// Renders a section as a labelled `<section>` that deep links can target.
#[component]
pub fn PostSection(props: &PostSectionProps) -> Html {
    let Some(section) = props.post.sections.get(props.index) else {
        return Html::default();
    };
    let summary = SectionSummary::of(section);
    let heading_id = format!("{}-heading", section.anchor);
    let heading = section.display_heading();
    // A post without headings is one section named after the post: its title is already the
    // page's heading, so the section's says it only to screen readers and the contents.
    let only_the_title = props.post.sections.len() == 1 && heading == props.post.title;
    let heading_class = classes!(
        "section-heading",
        only_the_title.then_some("visually-hidden")
    );
    let kicker = (heading != section.title).then(|| {
        html! { <p class="section-kicker">{section.title.clone()}</p> }
    });
    let share = (summary.quotes > 0).then(|| {
        html! {
            // The reader's own (English) words keep their order inside a right-to-left post.
            <p class="section-share">
                <span dir="ltr">{format!("{} min read · {}% quotation", summary.minutes, summary.quoted_percent())}</span>
            </p>
        }
    });
    let mut quote_number = 0;
    let mut no_ids = std::iter::empty();
    let blocks = section
        .blocks
        .iter()
        .enumerate()
        .map(|(index, block)| match block {
            Block::Quote(_) => {
                quote_number += 1;
                let id = quote_anchor(&section.anchor, quote_number);
                html! { <QuoteView post={props.post.clone()} section={props.index} block={index} id={id} /> }
            }
            other => render_block(other, &mut no_ids, Author::Post),
        })
        .collect::<Html>();
    html! {
        <section id={section.anchor.clone()} class="post-section" aria-labelledby={heading_id.clone()}>
            {kicker}
            <h2 id={heading_id} class={heading_class} tabindex="-1">{heading.to_owned()}</h2>
            {share}
            {blocks}
        </section>
    }
}
