//! The reply composer: WordPress's fields, inline errors with a summary, the comment syntax, a
//! live preview in place, and a draft saved as the reader types.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::comment_card::{CardParts, comment_card};
use crate::browser;
use crate::hooks::use_root;
use crate::model::draft::{Draft, Field, FieldError, draft_key};
use crate::model::{Comment, comment_text::parse_comment};
use crate::state::{DraftAction, reduce_draft};

/// Drafts kept in memory for every parent this session, so moving the composer or failing
/// storage never loses text. Shared through props; never triggers a re-render.
#[derive(Default)]
pub struct DraftMemory {
    drafts: RefCell<HashMap<String, Draft>>,
}

impl DraftMemory {
    /// The draft kept for `key`, if any.
    pub fn get(&self, key: &str) -> Option<Draft> {
        self.drafts.borrow().get(key).cloned()
    }

    /// Keeps `draft` for `key`.
    pub fn put(&self, key: &str, draft: &Draft) {
        self.drafts
            .borrow_mut()
            .insert(key.to_owned(), draft.clone());
    }
}

impl PartialEq for DraftMemory {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Storage key of the remembered name, email and website (only when the reader opts in).
pub const IDENTITY_KEY: &str = "lectern:identity";

/// Storage key of which parent the reader was last writing to, per post.
pub fn active_key(post_id: &str) -> String {
    format!("lectern:draft-active:{post_id}")
}

/// Props for [`Composer`].
#[derive(Properties, PartialEq)]
pub struct ComposerProps {
    /// The post, for storage keys.
    pub post_id: AttrValue,
    /// The comment replied to: (id, author name); `None` for "Leave a Reply".
    #[prop_or_default]
    pub parent: Option<(AttrValue, AttrValue)>,
    /// In-memory drafts shared by every composer of the page.
    pub memory: Rc<DraftMemory>,
    /// Cancel the reply (move the composer back to the end).
    pub on_cancel: Callback<()>,
    /// A valid draft was submitted.
    pub on_submit: Callback<Draft>,
    /// Text to add as a quotation ("Quote in reply"): (quote, attribution, request number).
    #[prop_or_default]
    pub insert: Option<(AttrValue, AttrValue, u32)>,
}

/// The composer with its live preview.
#[component]
pub fn Composer(props: &ComposerProps) -> Html {
    let parent_id = props.parent.as_ref().map(|(id, _)| id.to_string());
    let key = draft_key(&props.post_id, parent_id.as_deref());
    let storage_problem = use_state(|| None::<String>);
    let root = use_root();
    let restored = use_state(|| false);
    let draft = {
        let memory = props.memory.clone();
        let key = key.clone();
        let parent_id = parent_id.clone();
        use_state(move || {
            memory.get(&key).unwrap_or(Draft {
                parent: parent_id,
                ..Draft::default()
            })
        })
    };
    // Storage is read in an effect (never during render, which also runs under SSR).
    {
        let (draft, memory, restored, storage_problem) = (
            draft.clone(),
            props.memory.clone(),
            restored.clone(),
            storage_problem.clone(),
        );
        use_effect_with(key.clone(), move |key| {
            if memory.get(key).is_none() {
                let loaded = initial_draft(
                    key,
                    draft.parent.clone(),
                    &memory,
                    &restored,
                    &storage_problem,
                );
                memory.put(key, &loaded);
                draft.set(loaded);
            }
        });
    }
    let errors = use_state(Vec::<FieldError>::new);
    let save_timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let text_ref = use_node_ref();

    // Focus moves into the composer when it opens under a comment.
    {
        let text_ref = text_ref.clone();
        use_effect_with(parent_id.clone(), move |parent| {
            if parent.is_some()
                && let Some(area) = text_ref.cast::<web_sys::HtmlElement>()
            {
                let _ = area.focus();
            }
        });
    }

    // The newest edit not yet in storage. Written 300 ms after the last keystroke, and at once
    // when the page is hidden or closed, or the composer moves.
    let unsaved = use_mut_ref(|| None::<Draft>);
    let flush = {
        let (unsaved, key, post_id, storage_problem) = (
            unsaved.clone(),
            key.clone(),
            props.post_id.to_string(),
            storage_problem.clone(),
        );
        Rc::new(move || {
            if let Some(saved) = unsaved.borrow_mut().take() {
                let result = browser::storage::save(&key, &saved)
                    .and_then(|()| browser::storage::save(&active_key(&post_id), &saved.parent));
                storage_problem.set(result.err());
            }
        })
    };
    {
        let flush = flush.clone();
        use_effect_with((), move |()| {
            let on_hide = flush.clone();
            let listener = browser::dom::listen_window("pagehide", move |_| on_hide());
            move || {
                drop(listener);
                flush();
            }
        });
    }
    let edit = {
        let draft = draft.clone();
        let memory = props.memory.clone();
        let key = key.clone();
        let save_timer = save_timer.clone();
        let unsaved = unsaved.clone();
        let flush = flush.clone();
        move |action: DraftAction| {
            let next = reduce_draft(&draft, &action);
            memory.put(&key, &next);
            *unsaved.borrow_mut() = Some(next.clone());
            let flush = flush.clone();
            *save_timer.borrow_mut() =
                Some(gloo::timers::callback::Timeout::new(300, move || flush()));
            draft.set(next);
        }
    };
    // "Quote in reply" adds the selected text to the draft.
    {
        let edit = edit.clone();
        let text_ref = text_ref.clone();
        use_effect_with(props.insert.clone(), move |insert| {
            if let Some((quote, attribution, _)) = insert {
                let (quote, attribution) = (quote.to_string(), attribution.to_string());
                edit(DraftAction::AddQuotation {
                    quote,
                    by: attribution,
                });
                if let Some(area) = text_ref.cast::<web_sys::HtmlElement>() {
                    let _ = area.focus();
                }
            }
        });
    }
    let on_field = |field: Field| {
        let edit = edit.clone();
        Callback::from(move |event: InputEvent| {
            let value = input_value(&event);
            edit(DraftAction::Set(field, value));
        })
    };
    let on_remember = {
        let edit = edit.clone();
        Callback::from(move |_: Event| edit(DraftAction::ToggleRemember))
    };
    let on_discard = {
        let draft = draft.clone();
        let memory = props.memory.clone();
        let key = key.clone();
        let restored = restored.clone();
        let post_id = props.post_id.to_string();
        Callback::from(move |_: MouseEvent| {
            let cleared = reduce_draft(&draft, &DraftAction::Discard);
            memory.put(&key, &cleared);
            let _ = browser::storage::remove(&key);
            let _ = browser::storage::remove(&active_key(&post_id));
            restored.set(false);
            draft.set(cleared);
        })
    };
    let on_submit = {
        let draft = draft.clone();
        let errors = errors.clone();
        let on_submit = props.on_submit.clone();
        let save_timer = save_timer.clone();
        let unsaved = unsaved.clone();
        let root = root.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let found = draft.validate();
            if let Some(first) = found.first() {
                let id = format!("lectern-{}", first.field.slug());
                let root = root.clone();
                browser::dom::after_render(move || browser::dom::focus(&root, &id));
                errors.set(found);
                return;
            }
            save_timer.borrow_mut().take();
            unsaved.borrow_mut().take();
            errors.set(Vec::new());
            on_submit.emit((*draft).clone());
        })
    };
    let on_cancel = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| on_cancel.emit(()))
    };

    let error_for = |field: Field| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.clone())
    };
    let heading = match &props.parent {
        Some((_, name)) => format!("Reply to {name}"),
        None => "Leave a Reply".to_owned(),
    };
    let preview = (!draft.is_blank()).then(|| {
        let comment = Comment {
            id: "preview".into(),
            parent: parent_id.clone(),
            author: Some(crate::model::Person { name: draft.name.trim().to_owned(), url: None }),
            published: None,
            blocks: parse_comment(&draft.text),
            anchor: "comment-preview".into(),
        };
        let banner = html! { <p class="comment-banner comment-banner--preview">{"Preview — not sent yet"}</p> };
        html! {
            <div class="comment comment--preview" aria-live="off">
                {comment_card(&comment, CardParts { banner: Some(banner), ..CardParts::default() })}
            </div>
        }
    });
    let field = |field: Field,
                 kind: &'static str,
                 autocomplete: &'static str,
                 required: bool,
                 value: String,
                 hint: Option<&'static str>| {
        let id = format!("lectern-{}", field.slug());
        let error = error_for(field);
        let error_id = format!("{id}-error");
        let hint_id = format!("{id}-hint");
        let described = [
            error.as_ref().map(|_| error_id.clone()),
            hint.map(|_| hint_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        html! {
            <p class={classes!("form-field", error.is_some().then_some("form-field--error"))}>
                <label for={id.clone()}>
                    {field.label()}
                    if required { <span class="required" aria-hidden="true">{" *"}</span> }
                </label>
                <input id={id.clone()} name={field.slug()} type={kind} autocomplete={autocomplete}
                    required={required} value={value} aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={(!described.is_empty()).then_some(described)} oninput={on_field(field)} />
                if let Some(hint) = hint { <span class="form-hint" id={hint_id}>{hint}</span> }
                if let Some(error) = error { <span class="form-error" id={error_id}>{error}</span> }
            </p>
        }
    };
    let comment_error = error_for(Field::Comment);
    html! {
        // `respond` is where WordPress's "Leave a Reply" links point; it follows the composer.
        <div class="composer" id="respond">
            {preview}
            <form class="comment-form" novalidate=true onsubmit={on_submit} aria-labelledby="lectern-reply-title">
                <h3 id="lectern-reply-title" class="composer-title">{heading}</h3>
                if props.parent.is_some() {
                    <button type="button" class="link-button" onclick={on_cancel}>{"Cancel reply"}</button>
                }
                <p class="form-notes">
                    {"Your email address will not be published. Required fields are marked "}
                    <span class="required">{"*"}</span>
                </p>
                if !errors.is_empty() {
                    <div class="form-errors" role="alert">
                        <p>{format!("Please fix {} before posting:", if errors.len() == 1 { "this".to_owned() } else { format!("these {} things", errors.len()) })}</p>
                        <ul>
                            {for errors.iter().map(|e| html! {
                                <li><a href={format!("#lectern-{}", e.field.slug())}>{format!("{}: {}", e.field.label(), e.message)}</a></li>
                            })}
                        </ul>
                    </div>
                }
                if *restored {
                    <p class="draft-notice" role="status">
                        {"Your unsent draft was restored. "}
                        <button type="button" class="link-button" onclick={on_discard}>{"Discard draft"}</button>
                    </p>
                }
                if let Some(problem) = (*storage_problem).clone() {
                    <p class="storage-notice" role="status">
                        {format!("Your draft can’t be saved in this browser ({problem}). It is kept while this page stays open.")}
                    </p>
                }
                <p class={classes!("form-field", comment_error.is_some().then_some("form-field--error"))}>
                    <label for="lectern-comment">{"Comment"}<span class="required" aria-hidden="true">{" *"}</span></label>
                    <textarea id="lectern-comment" name="comment" rows="8" required=true ref={text_ref} dir="auto"
                        value={draft.text.clone()} oninput={on_field(Field::Comment)}
                        aria-invalid={comment_error.is_some().then_some("true")}
                        aria-describedby={if comment_error.is_some() { "lectern-comment-error lectern-syntax" } else { "lectern-syntax" }} />
                    if let Some(error) = comment_error { <span class="form-error" id="lectern-comment-error">{error}</span> }
                    <span class="form-hint" id="lectern-syntax">
                        {"Blank line: new paragraph. Lines starting with “> ”: a quotation. *emphasis*, **strong**. Web addresses become links. Everything else, HTML included, appears exactly as typed."}
                    </span>
                </p>
                {field(Field::Name, "text", "name", true, draft.name.clone(), None)}
                {field(Field::Email, "email", "email", true, draft.email.clone(), Some("Never published."))}
                {field(Field::Website, "url", "url", false, draft.website.clone(), Some("Optional; http:// or https://."))}
                <p class="form-check">
                    <input id="lectern-remember" type="checkbox" checked={draft.remember} onchange={on_remember} />
                    <label for="lectern-remember">{"Save my name, email, and website in this browser for the next time I comment."}</label>
                </p>
                <p><button type="submit" class="button">{"Post Comment"}</button></p>
            </form>
        </div>
    }
}

fn input_value(event: &InputEvent) -> String {
    use wasm_bindgen::JsCast;
    let target = event.target();
    if let Some(area) = target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        return area.value();
    }
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// The draft to start from: this session's memory, else storage (with a "restored" notice),
/// else an empty one with the remembered identity; for a new comment, whatever the reader typed
/// before the app started goes over it, field by field.
fn initial_draft(
    key: &str,
    parent: Option<String>,
    memory: &DraftMemory,
    restored: &UseStateHandle<bool>,
    storage_problem: &UseStateHandle<Option<String>>,
) -> Draft {
    let saved = match browser::storage::load::<Draft>(key) {
        Ok(Some(draft)) if !draft.is_blank() => {
            restored.set(true);
            Some(Draft {
                parent: parent.clone(),
                ..draft
            })
        }
        Ok(_) => None,
        Err(problem) => {
            storage_problem.set(Some(problem));
            None
        }
    };
    let base = saved.unwrap_or_else(|| {
        let identity = memory
            .get("identity")
            .or_else(|| browser::storage::load::<Draft>(IDENTITY_KEY).ok().flatten())
            .unwrap_or_default();
        Draft {
            parent: parent.clone(),
            text: String::new(),
            ..identity
        }
    });
    let typed = if parent.is_none() {
        browser::early_input::take()
    } else {
        None
    };
    let Some(typed) = typed else {
        return base;
    };
    let pick = |typed: String, before: String| {
        if typed.trim().is_empty() {
            before
        } else {
            typed
        }
    };
    let draft = Draft {
        parent: base.parent,
        text: pick(typed.text, base.text),
        name: pick(typed.name, base.name),
        email: pick(typed.email, base.email),
        website: pick(typed.website, base.website),
        remember: typed.remember || base.remember,
    };
    if let Err(problem) = browser::storage::save(key, &draft) {
        storage_problem.set(Some(problem));
    }
    draft
}
