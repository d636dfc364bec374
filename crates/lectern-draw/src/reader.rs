//! The whole reader as an embedded reader's first render writes it (`tests/drawn_reader.rs`
//! holds the two equal): what a first screen shows for a post with no published markup, and what
//! the full reader then hydrates. Its conversation is drawn into a root of its own, which the
//! full reader hydrates as an app of its own (`conversation.rs`).
//!
//! Yew's hydration walks the markup of each component and of each piece of raw HTML between
//! comment markers (`<!--<[…]>-->`, `<!--<#>-->`); the component names in them are not read, so
//! they are left out here.

use lectern_format::direction::text_direction;
use lectern_format::fold::{Cut, plan_fold};
use lectern_format::outline::{PostOutline, SectionSummary, quote_anchor};
use lectern_format::{Block, Note, Post};
use lectern_words::Words;

use crate::blocks::{Author, blocks, source, text};
use crate::controls::{NORMAL_SPEED, SETTING_ROWS, SHORTCUTS, SPEEDS};
use crate::conversation::conversation;
use crate::html::Html;
use crate::post::{meta, notes, section_head, title};

/// The text size a reader starts at, in percent (the first screen's `TEXT_SIZES[DEFAULT_SIZE]`).
pub const DEFAULT_TEXT_SIZE: usize = 100;

/// How many blocks one of a section's runs holds (the reader lays a long post out a run at a
/// time).
pub const BLOCKS_PER_RUN: usize = 16;

/// The opening tag of the conversation's own root (the reader's `PLACEHOLDER_OPEN`), which the
/// full reader hydrates as an app of its own.
pub const COMMENTS_ROOT_OPEN: &str = "<div id=\"lectern-comments\" class=\"comments-root\">";

/// Draws an embedded reader showing `post` in the words `say`, as its first render writes it:
/// every quotation that folds folded, the first section current, the text settings at their
/// defaults, the conversation in its own root.
pub fn reader(out: &mut Html, post: &Post, say: &Words) {
    let outline = PostOutline::of(post);
    let title_of = |name: &str| [name, ": ", post.title.as_str()].concat();
    // The app, its three contexts, the reader and its three contexts.
    for _ in 0..8 {
        component_start(out);
    }
    let layout = if post.notes.is_empty() {
        "lectern-layout"
    } else {
        "lectern-layout has-notes"
    };
    out.open("div", &[("class", Some(layout))]);
    out.open(
        "aside",
        &[
            ("aria-label", Some(&title_of(say.get("landmark.tools")))),
            ("class", Some("lectern-side")),
        ],
    );
    contents(
        out,
        &outline.summaries,
        &title_of(say.get("landmark.toc")),
        say,
    );
    text_settings(out, say);
    out.close("aside");
    out.open(
        "div",
        &[("id", Some("main")), ("class", Some("lectern-main"))],
    );
    let lang = post.lang.as_deref();
    out.open(
        "article",
        &[
            ("id", Some("article")),
            ("lang", lang),
            ("dir", Some(lang.map_or("auto", text_direction))),
            ("class", Some("post")),
        ],
    );
    component(out, |out| {
        out.open("header", &[("class", Some("post-header"))]);
        raw(out, |out| title(out, post));
        out.open("p", &[("class", Some("post-meta"))]);
        raw(out, |out| meta(out, post, outline.words, say));
        out.close("p");
        out.close("header");
    });
    if !outline.foldable.is_empty() {
        out.open(
            "div",
            &[
                ("role", Some("group")),
                ("aria-label", Some(say.get("tools.quotations"))),
                ("class", Some("reader-tools")),
            ],
        );
        out.element(
            "button",
            &[
                ("type", Some("button")),
                ("data-folds", Some("open")),
                ("class", Some("tool-button")),
            ],
            say.get("tools.expand-all"),
        );
        out.element(
            "button",
            &[
                ("type", Some("button")),
                ("data-folds", Some("close")),
                ("class", Some("tool-button")),
            ],
            say.get("tools.collapse-all"),
        );
        out.close("div");
    }
    out.open("div", &[("class", Some("reader-tools listen-tools"))]);
    out.element(
        "button",
        &[
            ("type", Some("button")),
            ("aria-keyshortcuts", Some("l")),
            ("class", Some("tool-button listen-start")),
        ],
        say.get("listen.start"),
    );
    out.close("div");
    for (index, summary) in outline.summaries.iter().enumerate() {
        section(out, post, index, summary, say);
    }
    raw_if(out, !post.notes.is_empty(), |out| {
        notes(out, &post.notes, say)
    });
    out.open(
        "div",
        &[
            ("id", Some("article-end")),
            ("aria-hidden", Some("true")),
            ("class", Some("article-end")),
        ],
    );
    out.close("div");
    out.close("article");
    shortcut_help(out, say);
    listen_bar(out, &post.title, say);
    resume_offer(out, say);
    raw(out, |out| {
        out.push_markup(COMMENTS_ROOT_OPEN);
        conversation(out, post, say);
        out.push_markup("</div>");
    });
    out.close("div");
    out.close("div");
    for _ in 0..8 {
        component_end(out);
    }
}

/// The table of contents, the first section current and nothing read yet.
fn contents(out: &mut Html, sections: &[SectionSummary], label: &str, say: &Words) {
    component(out, |out| {
        out.open(
            "nav",
            &[("aria-label", Some(label)), ("class", Some("toc"))],
        );
        out.open(
            "button",
            &[
                ("type", Some("button")),
                ("aria-expanded", Some("false")),
                ("aria-controls", Some("toc-list")),
                ("class", Some("toc-toggle")),
            ],
        );
        out.open("span", &[("class", Some("toc-toggle-label"))]);
        out.text(say.get("toc.on-this-page"));
        out.text(" ");
        out.close("span");
        let current = sections.first().map_or("", |s| s.title.as_str());
        out.element(
            "span",
            &[("dir", Some("auto")), ("class", Some("toc-toggle-current"))],
            current,
        );
        out.close("button");
        out.element(
            "h2",
            &[("class", Some("toc-title"))],
            say.get("toc.contents"),
        );
        out.open(
            "ol",
            &[("id", Some("toc-list")), ("class", Some("toc-list"))],
        );
        for (index, section) in sections.iter().enumerate() {
            let first = index == 0;
            out.open("li", &[("class", first.then_some("toc-current"))]);
            out.element(
                "a",
                &[
                    ("href", Some(&["#", section.anchor.as_str()].concat())),
                    ("aria-current", first.then_some("true")),
                    ("dir", Some("auto")),
                ],
                &section.title,
            );
            let mut line = say.fill("toc.minutes", &[("n", &say.number(section.minutes))]);
            if section.quotes > 0 {
                line.push_str(" · ");
                line.push_str(&say.count("count.quotations", section.quotes, &[]));
            }
            out.element("span", &[("class", Some("toc-meta"))], &line);
            out.open(
                "button",
                &[
                    ("type", Some("button")),
                    ("class", Some("link-button toc-listen")),
                ],
            );
            out.text(say.get("listen.start"));
            out.open("span", &[("class", Some("visually-hidden"))]);
            out.text(" ");
            out.text(&say.fill("toc.listen-from", &[("section", &section.title)]));
            out.close("span");
            out.close("button");
            out.close("li");
        }
        out.close("ol");
        out.open("p", &[("class", Some("toc-progress"))]);
        out.open(
            "span",
            &[
                ("aria-hidden", Some("true")),
                ("class", Some("toc-progress-bar")),
            ],
        );
        out.open("span", &[("class", Some("toc-progress-fill"))]);
        out.close("span");
        out.close("span");
        out.element(
            "span",
            &[
                ("data-read", Some(say.get("toc.read"))),
                ("data-digits", Some(&digits(say))),
                ("class", Some("toc-progress-text")),
            ],
            &say.fill("toc.read", &[("percent", &say.number(0))]),
        );
        out.close("p");
        out.close("nav");
    });
}

/// The digits of the reader's language, for the first screen's numbers.
fn digits(say: &Words) -> String {
    (0..10).map(|n| say.number(n)).collect()
}

/// "Text settings": the button, and the panel closed, at the defaults.
fn text_settings(out: &mut Html, say: &Words) {
    component(out, |out| {
        out.open("div", &[("class", Some("text-settings"))]);
        out.open(
            "button",
            &[
                ("type", Some("button")),
                ("aria-expanded", Some("false")),
                ("aria-controls", Some("text-settings-panel")),
                ("class", Some("tool-button text-settings-toggle")),
            ],
        );
        out.element(
            "span",
            &[
                ("aria-hidden", Some("true")),
                ("class", Some("text-settings-icon")),
            ],
            "Aa",
        );
        out.open("span", &[("class", Some("text-settings-label"))]);
        out.text(" ");
        out.text(say.get("settings.button"));
        out.close("span");
        out.close("button");
        out.open(
            "div",
            &[
                ("id", Some("text-settings-panel")),
                ("role", Some("group")),
                ("aria-label", Some(say.get("settings.button"))),
                ("hidden", Some("hidden")),
                ("class", Some("text-settings-panel")),
            ],
        );
        out.open(
            "div",
            &[
                ("role", Some("group")),
                ("aria-labelledby", Some("text-size-label")),
                ("class", Some("setting setting-size")),
            ],
        );
        out.element(
            "span",
            &[
                ("id", Some("text-size-label")),
                ("class", Some("setting-name")),
            ],
            say.get("settings.size"),
        );
        size_step(out, "smaller", "A−", say.get("settings.smaller"), "");
        out.element(
            "output",
            &[
                ("aria-live", Some("polite")),
                ("data-template", Some(say.get("settings.size-value"))),
                ("data-digits", Some(&digits(say))),
                ("class", Some("size-value")),
            ],
            &say.fill(
                "settings.size-value",
                &[("percent", &say.number(DEFAULT_TEXT_SIZE))],
            ),
        );
        size_step(
            out,
            "larger",
            "A+",
            say.get("settings.larger"),
            " size-step--larger",
        );
        out.close("div");
        for (legend, name, choices) in SETTING_ROWS {
            component(out, |out| {
                out.open("fieldset", &[("class", Some("setting"))]);
                out.element(
                    "legend",
                    &[("class", Some("setting-name"))],
                    say.get(legend),
                );
                out.open("div", &[("class", Some("setting-options"))]);
                for (index, (value, label)) in choices.iter().enumerate() {
                    let class = ["setting-option setting-option--", value].concat();
                    out.open("label", &[("class", Some(&class))]);
                    // `checked` stands alone, as Yew writes it (the values are the tables' own).
                    let checked = if index == 0 { " checked" } else { "" };
                    out.push_markup(
                        &[
                            "<input value=\"",
                            value,
                            "\"",
                            checked,
                            " type=\"radio\" name=\"",
                            name,
                            "\">",
                        ]
                        .concat(),
                    );
                    out.element("span", &[], say.get(label));
                    out.close("label");
                }
                out.close("div");
                out.close("fieldset");
            });
        }
        out.element(
            "button",
            &[
                ("type", Some("button")),
                ("data-settings", Some("reset")),
                ("class", Some("tool-button")),
            ],
            say.get("settings.reset"),
        );
        out.close("div");
        out.close("div");
    });
}

/// One of the text size's two buttons.
fn size_step(out: &mut Html, which: &str, face: &str, name: &str, extra_class: &str) {
    let class = ["tool-button size-step", extra_class].concat();
    out.open(
        "button",
        &[
            ("type", Some("button")),
            ("data-settings", Some(which)),
            ("class", Some(&class)),
        ],
    );
    out.element("span", &[("aria-hidden", Some("true"))], face);
    out.element("span", &[("class", Some("visually-hidden"))], name);
    out.close("button");
}

/// A section: its head, then its blocks in runs, each quotation with its controls.
fn section(out: &mut Html, post: &Post, index: usize, summary: &SectionSummary, say: &Words) {
    let Some(section) = post.sections.get(index) else {
        return;
    };
    component(out, |out| {
        let heading = [section.anchor.as_str(), "-heading"].concat();
        out.open(
            "section",
            &[
                ("id", Some(&section.anchor)),
                ("aria-labelledby", Some(&heading)),
                ("class", Some("post-section")),
            ],
        );
        raw(out, |out| section_head(out, post, index, summary, say));
        let mut quotes = 0;
        for run in section.blocks.chunks(BLOCKS_PER_RUN) {
            component(out, |out| {
                for block in run {
                    sidenotes(out, block, &post.notes, say);
                    if let Block::Quote(_) = block {
                        quotes += 1;
                        let id = quote_anchor(&section.anchor, quotes);
                        quotation(out, post, block, &id, say);
                    } else {
                        raw(out, |out| {
                            blocks(out, std::slice::from_ref(block), Author::Post, say)
                        });
                    }
                }
            });
        }
        out.close("section");
    });
}

/// A quotation of the post's own, folded when it is long, with its source and controls.
fn quotation(out: &mut Html, post: &Post, block: &Block, id: &str, say: &Words) {
    let Block::Quote(quote) = block else {
        return;
    };
    let plan = plan_fold(quote, post.reader.collapse_words());
    let rest_id = [id, "-rest"].concat();
    component(out, |out| {
        let class = if plan.is_some() {
            "quote quote--foldable quote--folded"
        } else {
            "quote"
        };
        out.open("figure", &[("id", Some(id)), ("class", Some(class))]);
        out.open("blockquote", &[("cite", quote.cite_url().as_deref())]);
        out.open("div", &[("class", Some("quote-preview"))]);
        let quoted = |out: &mut Html, part: &[Block]| {
            if !part.is_empty() {
                raw(out, |out| blocks(out, part, Author::Post, say));
            }
        };
        let all = quote.blocks.as_slice();
        let cut = plan.as_ref().map(|p| &p.cut);
        match cut {
            None => quoted(out, all),
            Some(Cut::BeforeBlock(n)) => quoted(out, all.get(..*n).unwrap_or_default()),
            Some(Cut::InsideParagraph { block, head, .. }) => {
                quoted(out, all.get(..*block).unwrap_or_default());
                out.open("p", &[("class", Some("quote-cut-head"))]);
                raw(out, |out| text(out, head, Author::Post));
                out.close("p");
            }
        }
        out.close("div");
        if let Some(cut) = cut {
            out.open(
                "div",
                &[
                    ("class", Some("quote-rest")),
                    ("id", Some(&rest_id)),
                    ("hidden", Some("until-found")),
                ],
            );
            match cut {
                Cut::BeforeBlock(n) => quoted(out, all.get(*n..).unwrap_or_default()),
                Cut::InsideParagraph { block, tail, .. } => {
                    out.open("p", &[("class", Some("quote-cut-tail"))]);
                    raw(out, |out| text(out, tail, Author::Post));
                    out.close("p");
                    quoted(out, all.get(*block + 1..).unwrap_or_default());
                }
            }
            out.close("div");
        }
        out.close("blockquote");
        if let Some(cited) = &quote.source {
            raw(out, |out| source(out, cited, say));
        }
        out.open("div", &[("class", Some("quote-controls"))]);
        if let Some(plan) = &plan {
            let show_full = say.count("quote.show-full", plan.words, &[]);
            out.element(
                "a",
                &[
                    ("role", Some("button")),
                    ("href", Some(&["#", rest_id.as_str()].concat())),
                    ("aria-expanded", Some("false")),
                    ("aria-controls", Some(&rest_id)),
                    ("data-folded-label", Some(&show_full)),
                    ("data-open-label", Some(say.get("quote.show-less"))),
                    ("class", Some("quote-toggle")),
                ],
                &show_full,
            );
        }
        copy_link(out, say.get("quote.copy-link"), say);
        out.open(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("link-button listen-quote")),
            ],
        );
        out.text(say.get("listen.start"));
        out.open("span", &[("class", Some("visually-hidden"))]);
        out.text(" ");
        out.text(say.get("quote.listen-hidden"));
        out.close("span");
        out.close("button");
        out.close("div");
        out.close("figure");
    });
}

/// "Copy link" (named `label`) and its status line, empty.
pub(crate) fn copy_link(out: &mut Html, label: &str, say: &Words) {
    component(out, |out| {
        out.element(
            "button",
            &[
                ("type", Some("button")),
                ("aria-label", Some(label)),
                ("class", Some("link-button copy-link")),
            ],
            say.get("copy.copy-link"),
        );
        out.element(
            "span",
            &[("role", Some("status")), ("class", Some("copy-status"))],
            "",
        );
    });
}

/// Copies of the notes `block` cites, each once, before it (as the reader puts them).
fn sidenotes(out: &mut Html, block: &Block, notes: &[Note], say: &Words) {
    if notes.is_empty() {
        return;
    }
    let mut cited: Vec<usize> = Vec::new();
    block.each_text(&mut |text| {
        for span in &text.0 {
            if span.note_anchor.is_empty() {
                continue;
            }
            if let Some(index) = notes.iter().position(|n| n.anchor == span.note_anchor)
                && !cited.contains(&index)
            {
                cited.push(index);
            }
        }
    });
    for index in cited {
        let Some(note) = notes.get(index) else {
            continue;
        };
        let number = say.number(index + 1);
        out.open(
            "aside",
            &[
                ("id", Some(&[note.anchor.as_str(), "-side"].concat())),
                ("role", Some("note")),
                (
                    "aria-label",
                    Some(&say.fill("notes.note", &[("number", &number)])),
                ),
                ("tabindex", Some("-1")),
                ("class", Some("sidenote")),
            ],
        );
        out.element(
            "span",
            &[
                ("aria-hidden", Some("true")),
                ("class", Some("sidenote-number")),
            ],
            &number,
        );
        if !note.blocks.is_empty() {
            raw(out, |out| blocks(out, &note.blocks, Author::Post, say));
        }
        out.element(
            "button",
            &[("type", Some("button")), ("class", Some("sidenote-close"))],
            say.get("notes.close"),
        );
        out.close("aside");
    }
}

/// The shortcuts' help, closed.
fn shortcut_help(out: &mut Html, say: &Words) {
    component(out, |out| {
        out.open(
            "div",
            &[
                ("id", Some("shortcut-help")),
                ("role", Some("dialog")),
                ("aria-modal", Some("false")),
                ("aria-labelledby", Some("shortcut-help-title")),
                ("tabindex", Some("-1")),
                ("hidden", Some("hidden")),
                ("class", Some("shortcut-help")),
            ],
        );
        out.element(
            "h2",
            &[
                ("id", Some("shortcut-help-title")),
                ("class", Some("shortcut-help-title")),
            ],
            say.get("shortcuts.title"),
        );
        out.open("dl", &[("class", Some("shortcut-list"))]);
        for (key, what) in SHORTCUTS {
            out.open("div", &[("class", Some("shortcut"))]);
            out.open("dt", &[]);
            out.element("kbd", &[], key);
            out.close("dt");
            out.element("dd", &[], say.get(what));
            out.close("div");
        }
        out.close("dl");
        out.element(
            "p",
            &[("class", Some("shortcut-note"))],
            say.get("shortcuts.note"),
        );
        out.element(
            "button",
            &[("type", Some("button")), ("class", Some("tool-button"))],
            say.get("shortcuts.close"),
        );
        out.close("div");
    });
}

/// Listen's bar, hidden until the reader listens.
fn listen_bar(out: &mut Html, title: &str, say: &Words) {
    component(out, |out| {
        out.open(
            "div",
            &[
                ("role", Some("region")),
                ("aria-label", Some(say.get("listen.bar"))),
                ("hidden", Some("hidden")),
                ("class", Some("listen-bar")),
            ],
        );
        out.open("p", &[("class", Some("listen-now"))]);
        out.text(say.get("listen.reading"));
        out.text(" ");
        out.element("span", &[("dir", Some("auto"))], title);
        out.close("p");
        out.open("div", &[("class", Some("listen-buttons"))]);
        let button = |out: &mut Html, key: &str| {
            out.element(
                "button",
                &[("type", Some("button")), ("class", Some("tool-button"))],
                say.get(key),
            );
        };
        button(out, "listen.previous");
        out.element(
            "button",
            &[
                ("type", Some("button")),
                ("aria-keyshortcuts", Some("l")),
                ("class", Some("tool-button listen-toggle")),
            ],
            say.get("listen.pause"),
        );
        button(out, "listen.next");
        out.open("label", &[("class", Some("listen-speed"))]);
        out.text(say.get("listen.speed"));
        out.text(" ");
        out.open("select", &[]);
        for (index, (label, _)) in SPEEDS.iter().enumerate() {
            out.element(
                "option",
                &[
                    ("value", Some(&index.to_string())),
                    ("selected", (index == NORMAL_SPEED).then_some("selected")),
                ],
                label,
            );
        }
        out.close("select");
        out.close("label");
        button(out, "listen.stop");
        out.close("div");
        out.close("div");
    });
}

/// The offer to continue where the reader left off, hidden until there is one.
fn resume_offer(out: &mut Html, say: &Words) {
    component(out, |out| {
        out.open(
            "div",
            &[
                ("role", Some("region")),
                ("aria-label", Some(say.get("resume.region"))),
                ("hidden", Some("hidden")),
                ("class", Some("resume-offer")),
            ],
        );
        out.open(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("button resume-take")),
            ],
        );
        out.text(say.get("resume.take"));
        out.text(" ");
        out.element("span", &[("dir", Some("auto"))], "");
        out.close("button");
        out.open(
            "button",
            &[("type", Some("button")), ("class", Some("resume-dismiss"))],
        );
        out.element("span", &[("aria-hidden", Some("true"))], "×");
        out.element(
            "span",
            &[("class", Some("visually-hidden"))],
            say.get("resume.dismiss"),
        );
        out.close("button");
        out.close("div");
    });
}

/// Yew's markers around a component's markup.
pub(crate) fn component(out: &mut Html, draw: impl FnOnce(&mut Html)) {
    component_start(out);
    draw(out);
    component_end(out);
}

pub(crate) fn component_start(out: &mut Html) {
    out.push_markup("<!--<[]>-->");
}

pub(crate) fn component_end(out: &mut Html) {
    out.push_markup("<!--</[]>-->");
}

/// Yew's markers around a piece of raw HTML.
pub(crate) fn raw(out: &mut Html, draw: impl FnOnce(&mut Html)) {
    out.push_markup("<!--<#>-->");
    draw(out);
    out.push_markup("<!--</#>-->");
}

/// [`raw`] when `present` (the reader leaves the piece out otherwise).
fn raw_if(out: &mut Html, present: bool, draw: impl FnOnce(&mut Html)) {
    if present {
        raw(out, draw);
    }
}
