//! A top-level quotation that folds when long, without hiding its text from find-in-page.
//!
//! The folded remainder is `hidden="until-found"`: the browser's find-in-page and text-fragment
//! links still search it, and reveal it with a `beforematch` event, which opens the fold. The
//! attribution stays visible whether folded or not.

use std::rc::Rc;

use yew::prelude::*;

use super::copy_link::CopyLink;
use super::text::{Author, render_blocks, render_source, render_text};
use crate::hooks::{use_after_render, use_dom_actions, use_element_event, use_words};
use crate::state::{FoldAction, Folds};
use lectern_format::fold::{Cut, plan_fold};
use lectern_format::{Block, Post};

/// The remainder of a foldable quotation. Built by hand because `html!` only knows `hidden` as
/// a boolean, and the fold needs `hidden="until-found"`.
fn folded_rest(content: Html, id: &str, node_ref: NodeRef, folded: bool) -> Html {
    let mut rest = yew::virtual_dom::VTag::new("div");
    rest.add_attribute("class", "quote-rest");
    rest.add_attribute("id", AttrValue::from(id.to_owned()));
    if folded {
        rest.add_attribute("hidden", "until-found");
    }
    rest.node_ref = node_ref;
    rest.add_child(content);
    rest.into()
}

/// Props for [`QuoteView`].
#[derive(Properties, PartialEq)]
pub struct QuoteViewProps {
    /// The post holding the quotation.
    pub post: Rc<Post>,
    /// Section index.
    pub section: usize,
    /// Block index inside the section; must be a quote.
    pub block: usize,
    /// The quotation's stable anchor id (`syria-q2`).
    pub id: AttrValue,
}

/// A quotation with its attribution, fold toggle and "copy link" control.
#[component]
pub fn QuoteView(props: &QuoteViewProps) -> Html {
    let folds = use_context::<UseReducerHandle<Folds>>();
    let say = use_words();
    // "Listen" to this quotation alone, where the reader offers it.
    let listen = use_context::<ListenFrom>().map(|from| {
        let quote_id = props.id.clone();
        let onclick = from.0.reform(move |_: MouseEvent| quote_id.to_string());
        html! {
            <button type="button" class="link-button listen-quote" {onclick}>
                {say.get("listen.start").to_owned()}<span class="visually-hidden">{" "}{say.get("quote.listen-hidden").to_owned()}</span>
            </button>
        }
    });
    let rest_ref = use_node_ref();
    let dom = use_dom_actions();
    let after = use_after_render();
    let plan = use_memo(
        (props.post.clone(), props.section, props.block),
        |(post, s, b)| match post
            .sections
            .get(*s)
            .and_then(|section| section.blocks.get(*b))
        {
            Some(Block::Quote(quote)) => plan_fold(quote, post.reader.collapse_words()),
            _ => None,
        },
    );
    let Some(Block::Quote(quote)) = props
        .post
        .sections
        .get(props.section)
        .and_then(|s| s.blocks.get(props.block))
    else {
        return Html::default();
    };
    let id = props.id.to_string();
    let open = folds.as_ref().is_none_or(|f| f.is_open(&id));
    let folded = plan.is_some() && !open;
    let rest_id = format!("{id}-rest");

    // Find-in-page or a text fragment reached folded text: open the fold.
    {
        let folds = folds.clone();
        let id = id.clone();
        let on_found = Callback::from(move |()| {
            if let Some(folds) = &folds {
                folds.dispatch(FoldAction::Open(id.clone()));
            }
        });
        use_element_event(rest_ref.clone(), "beforematch", plan.is_some(), on_found);
    }
    // Folding a quotation whose start had scrolled away brings its start back into view.
    let toggle: Rc<dyn Fn()> = {
        let folds = folds.clone();
        let id = id.clone();
        Rc::new(move || {
            if open && dom.starts_above_viewport(&id) {
                let (dom, id) = (dom.clone(), id.clone());
                after.run(move || dom.scroll_to(&id, false));
            }
            if let Some(folds) = &folds {
                folds.dispatch(FoldAction::Toggle(id.clone()));
            }
        })
    };
    // The toggle is a link to the folded part, acting as a button: with script it toggles in
    // place; without script, following the link reveals the `hidden="until-found"` text (the
    // browser opens such content for the fragment it scrolls to), so a fold opens either way.
    let on_click = {
        let toggle = toggle.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            toggle();
        })
    };
    let on_keydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == " " {
            event.prevent_default();
            toggle();
        }
    });
    let cite_url = quote.cite_url();
    let (preview, rest) = match plan.as_ref().as_ref().map(|p| &p.cut) {
        None => (render_blocks(&quote.blocks, Author::Post, &say), None),
        Some(Cut::BeforeBlock(n)) => (
            render_blocks(&quote.blocks[..*n], Author::Post, &say),
            Some(render_blocks(&quote.blocks[*n..], Author::Post, &say)),
        ),
        Some(Cut::InsideParagraph { block, head, tail }) => {
            let before = render_blocks(&quote.blocks[..*block], Author::Post, &say);
            let after = render_blocks(&quote.blocks[*block + 1..], Author::Post, &say);
            (
                html! { <>{before}<p class="quote-cut-head">{render_text(head, Author::Post)}</p></> },
                Some(
                    html! { <><p class="quote-cut-tail">{render_text(tail, Author::Post)}</p>{after}</> },
                ),
            )
        }
    };
    // Both labels ride on the toggle, so the first screen (crates/lectern-first) can fold and
    // unfold the prerendered quotation in the post's language before this component runs.
    let toggle = plan.as_ref().as_ref().map(|plan| {
        let show_full = say.count("quote.show-full", plan.words, &[]);
        let show_less = say.get("quote.show-less").to_owned();
        let label = if folded {
            show_full.clone()
        } else {
            show_less.clone()
        };
        html! {
            <a class="quote-toggle" role="button" href={format!("#{rest_id}")}
                aria-expanded={(!folded).to_string()} aria-controls={rest_id.clone()}
                data-folded-label={show_full} data-open-label={show_less}
                onclick={on_click} onkeydown={on_keydown}>{label}</a>
        }
    });
    let class = classes!(
        "quote",
        plan.is_some().then_some("quote--foldable"),
        folded.then_some("quote--folded")
    );
    html! {
        <figure {class} id={id.clone()}>
            <blockquote cite={cite_url}>
                <div class="quote-preview">{preview}</div>
                {rest.map(|rest| folded_rest(rest, &rest_id, rest_ref, folded))}
            </blockquote>
            {quote.source.as_ref().map(|source| render_source(source, &say))}
            <div class="quote-controls">
                {toggle}
                <CopyLink fragment={id.clone()} label={say.get("quote.copy-link").to_owned()} />
                {listen}
            </div>
        </figure>
    }
}

/// Starts reading one quotation aloud (its id): given by the reader to every quotation.
#[derive(Clone, PartialEq)]
pub struct ListenFrom(pub Callback<String>);
