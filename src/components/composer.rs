//! The reply composer: WordPress's fields, inline errors with a summary, the comment syntax and a
//! live preview in place. It renders the draft it is given and reports each edit; keeping the
//! draft (memory, storage, timing) is the draft store's job (`hooks::use_draft_store`).

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::comment_card::{CardParts, comment_card};
use crate::hooks::{use_after_render, use_dom_actions, use_focus_when, use_root, use_words};
use crate::state::DraftAction;
use lectern_format::draft::{Draft, Field, FieldError};
use lectern_format::{Comment, comment_text::parse_comment};

/// Props for [`Composer`].
#[derive(Properties, PartialEq)]
pub struct ComposerProps {
    /// The comment replied to: (id, author name); `None` for "Leave a Reply".
    #[prop_or_default]
    pub parent: Option<(AttrValue, AttrValue)>,
    /// What the reader has written so far.
    pub draft: Draft,
    /// Whether the draft has been read (from storage, and from what the reader typed into the
    /// prerendered form). Until it has, the fields' values are left as the page has them:
    /// hydration would otherwise empty them while the reader types.
    #[prop_or(true)]
    pub read: bool,
    /// The draft came back from storage: say so, and offer to discard it.
    #[prop_or_default]
    pub restored: bool,
    /// Why the draft cannot be saved in this browser, if it cannot.
    #[prop_or_default]
    pub storage_problem: Option<AttrValue>,
    /// The reader changed the draft.
    pub on_edit: Callback<DraftAction>,
    /// "Discard draft" was pressed.
    pub on_discard: Callback<()>,
    /// Cancel the reply (move the composer back to the end).
    pub on_cancel: Callback<()>,
    /// A valid draft was submitted.
    pub on_submit: Callback<Draft>,
    /// The reply is on its way to the site: a second click sends nothing.
    #[prop_or_default]
    pub sending: bool,
    /// Why the site did not take the last reply (the draft is kept; posting again retries).
    #[prop_or_default]
    pub send_error: Option<AttrValue>,
    /// The name of the reader logged in on the post's site: they reply as themselves, so the
    /// form asks only for the comment.
    #[prop_or_default]
    pub signed_in_as: Option<AttrValue>,
}

/// The composer with its live preview.
#[component]
pub fn Composer(props: &ComposerProps) -> Html {
    let embedded = use_root().is_embedded();
    let say = use_words();
    let draft = &props.draft;
    let parent_id = props.parent.as_ref().map(|(id, _)| id.to_string());
    let errors = use_state(Vec::<FieldError>::new);
    let text_ref = use_node_ref();
    let dom = use_dom_actions();
    let after = use_after_render();
    // Focus moves into the composer when it opens under a comment.
    use_focus_when(text_ref.clone(), parent_id.clone(), parent_id.is_some());

    let on_field = |field: Field| {
        props.on_edit.reform(move |event: InputEvent| {
            let value = if field == Field::Comment {
                event.target_unchecked_into::<HtmlTextAreaElement>().value()
            } else {
                event.target_unchecked_into::<HtmlInputElement>().value()
            };
            DraftAction::Set(field, value)
        })
    };
    let on_remember = props.on_edit.reform(|_: Event| DraftAction::ToggleRemember);
    let on_discard = props.on_discard.reform(|_: MouseEvent| ());
    let on_submit = {
        let draft = draft.clone();
        let errors = errors.clone();
        let on_submit = props.on_submit.clone();
        let sending = props.sending;
        let signed_in = props.signed_in_as.is_some();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if sending {
                return;
            }
            // A logged-in reader's name and email are the site's to know.
            let found: Vec<FieldError> = draft
                .validate()
                .into_iter()
                .filter(|e| !signed_in || e.field == Field::Comment)
                .collect();
            if let Some(first) = found.first() {
                let id = format!("lectern-{}", first.field.slug());
                let dom = dom.clone();
                after.run(move || dom.focus(&id));
                errors.set(found);
                return;
            }
            errors.set(Vec::new());
            on_submit.emit(draft.clone());
        })
    };
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let restored = props.restored;
    let error_for = |field: Field| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| say.get(&e.message).to_owned())
    };
    let storage_problem = props.storage_problem.clone();

    let heading = match &props.parent {
        Some((_, name)) => say.fill("composer.reply-to", &[("name", name)]),
        None => say.get("composer.leave-reply").to_owned(),
    };
    let preview = (!draft.is_blank()).then(|| {
        let comment = Comment {
            id: "preview".into(),
            parent: parent_id.clone(),
            author: Some(lectern_format::Person {
                name: props.signed_in_as.as_deref().unwrap_or(draft.name.trim()).to_owned(),
                url: None,
            }),
            published: None,
            blocks: parse_comment(&draft.text),
            anchor: "comment-preview".into(),
        };
        let banner = html! { <p class="comment-banner comment-banner--preview">{say.get("composer.preview").to_owned()}</p> };
        html! {
            <div class="comment comment--preview" aria-live="off">
                {comment_card(&comment, CardParts { banner: Some(banner), ..CardParts::default() }, &say)}
            </div>
        }
    });
    let read = props.read;
    let field = |field: Field,
                 kind: &'static str,
                 autocomplete: &'static str,
                 required: bool,
                 value: String,
                 hint: Option<&'static str>| {
        let hint = hint.map(|key| say.get(key).to_owned());
        let id = format!("lectern-{}", field.slug());
        let error = error_for(field);
        let error_id = format!("{id}-error");
        let hint_id = format!("{id}-hint");
        let described = [
            error.as_ref().map(|_| error_id.clone()),
            hint.as_ref().map(|_| hint_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        html! {
            <p class={classes!("form-field", error.is_some().then_some("form-field--error"))}>
                <label for={id.clone()}>
                    {say.get(field.label_key()).to_owned()}
                    if required { <span class="required" aria-hidden="true">{" *"}</span> }
                </label>
                <input id={id.clone()} name={field.slug()} type={kind} autocomplete={autocomplete}
                    required={required} value={read.then_some(value)} aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={(!described.is_empty()).then_some(described)} oninput={on_field(field)} />
                if let Some(hint) = hint { <span class="form-hint" id={hint_id}>{hint}</span> }
                if let Some(error) = error { <span class="form-error" id={error_id}>{error}</span> }
            </p>
        }
    };
    let comment_error = error_for(Field::Comment);
    // WordPress's note above its form, the required mark where the words put it.
    let form_notes = {
        let (key, name) = match props.signed_in_as.as_deref() {
            Some(name) => ("composer.logged-in", name),
            None => ("composer.email-note", ""),
        };
        let filled = say.fill(key, &[("name", name)]);
        let (before, after) = filled.split_once("{mark}").unwrap_or((&filled, ""));
        html! { <>{before.to_owned()}<span class="required">{"*"}</span>{after.to_owned()}</> }
    };
    // In an embedded reader the form is named with the post's title too, so two readers' forms
    // are told apart.
    let form_name = if embedded {
        "lectern-reply-title lectern-post-title"
    } else {
        "lectern-reply-title"
    };
    html! {
        // `respond` is where WordPress's "Leave a Reply" links point; it follows the composer.
        // With scripting off, the stylesheet shows `data-no-script` in place of the form.
        <div class="composer" id="respond" data-no-script={say.get("composer.needs-script").to_owned()}>
            {preview}
            <form class="comment-form" novalidate=true onsubmit={on_submit} aria-labelledby={form_name}>
                <h3 id="lectern-reply-title" class="composer-title">{heading}</h3>
                if props.parent.is_some() {
                    <button type="button" class="link-button" onclick={on_cancel}>{say.get("composer.cancel").to_owned()}</button>
                }
                <p class="form-notes">{form_notes}</p>
                if !errors.is_empty() {
                    <div class="form-errors" role="alert">
                        <p>{say.count("composer.fix", errors.len(), &[])}</p>
                        <ul>
                            {for errors.iter().map(|e| html! {
                                <li><a href={format!("#lectern-{}", e.field.slug())}>{format!("{}: {}", say.get(e.field.label_key()), say.get(&e.message))}</a></li>
                            })}
                        </ul>
                    </div>
                }
                if restored {
                    <p class="draft-notice" role="status">
                        {say.get("composer.restored").to_owned()}{" "}
                        <button type="button" class="link-button" onclick={on_discard}>{say.get("composer.discard").to_owned()}</button>
                    </p>
                }
                if let Some(problem) = storage_problem {
                    <p class="storage-notice" role="status">
                        {say.fill("composer.not-saved", &[("problem", say.get(&problem))])}
                    </p>
                }
                <p class={classes!("form-field", comment_error.is_some().then_some("form-field--error"))}>
                    <label for="lectern-comment">{say.get("composer.comment").to_owned()}<span class="required" aria-hidden="true">{" *"}</span></label>
                    <textarea id="lectern-comment" name="comment" rows="8" required=true ref={text_ref} dir="auto"
                        value={props.read.then(|| draft.text.clone())} oninput={on_field(Field::Comment)}
                        aria-invalid={comment_error.is_some().then_some("true")}
                        aria-describedby={if comment_error.is_some() { "lectern-comment-error lectern-syntax" } else { "lectern-syntax" }} />
                    if let Some(error) = comment_error { <span class="form-error" id="lectern-comment-error">{error}</span> }
                    <span class="form-hint" id="lectern-syntax">
                        {say.get("composer.syntax").to_owned()}
                    </span>
                </p>
                if props.signed_in_as.is_none() {
                    {for lectern_draw::FIELDS.iter().map(|&(which, kind, autocomplete, required, hint)| {
                        field(which, kind, autocomplete, required, draft.value(which).to_owned(), hint)
                    })}
                    <p class="form-check">
                        <input id="lectern-remember" type="checkbox" checked={draft.remember} onchange={on_remember} />
                        <label for="lectern-remember">{say.get("composer.remember").to_owned()}</label>
                    </p>
                }
                if let Some(problem) = props.send_error.clone() {
                    <p class="form-errors send-error" role="alert">{problem}</p>
                }
                <p>
                    <button type="submit" class="button" aria-disabled={props.sending.then_some("true")}>
                        {say.get(if props.sending { "composer.posting" } else if props.send_error.is_some() { "app.try-again" } else { "composer.post" }).to_owned()}
                    </button>
                </p>
            </form>
        </div>
    }
}
