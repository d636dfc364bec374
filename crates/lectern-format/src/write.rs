//! A post written out in Lectern's format (`lectern/post@1`), the inverse of the decoder: what
//! the command line's importer writes, and what reads back as the same post (tested on every
//! post here). Optional fields that are absent are left out; text that is one plain run is
//! written as a string.

use super::block::{Block, List, ListItem};
use super::json::{Value, quote};
use super::post::{Comment, Conversation, FORMAT_V1, Note, Person, Post, PostPreferences, Section};
use super::text::{Span, Text};

/// The post as JSON text, indented by two spaces, ending in a line break.
pub fn post_to_json(post: &Post) -> String {
    let mut out = String::new();
    write_value(&post_value(post), 0, &mut out);
    out.push('\n');
    out
}

/// The post as a JSON tree.
pub fn post_value(post: &Post) -> Value {
    let mut fields = Fields::default();
    fields.put("format", string(FORMAT_V1));
    fields.put("id", string(&post.id));
    fields.put("title", string(&post.title));
    fields.maybe("subtitle", post.subtitle.as_deref().map(string));
    fields.maybe("lang", post.lang.as_deref().map(string));
    fields.maybe("author", post.author.as_ref().map(person));
    fields.maybe("published", post.published.as_ref().map(|d| string(&d.raw)));
    fields.maybe("url", post.url.as_deref().map(string));
    fields.maybe("excerpt", post.excerpt.as_deref().map(string));
    fields.put(
        "sections",
        Value::Array(post.sections.iter().map(section).collect()),
    );
    if !post.notes.is_empty() {
        fields.put("notes", Value::Array(post.notes.iter().map(note).collect()));
    }
    if !post.comments.is_empty() {
        fields.put(
            "comments",
            Value::Array(post.comments.iter().map(comment).collect()),
        );
    }
    fields.maybe("reader", reader(&post.reader));
    fields.maybe("conversation", conversation(&post.conversation));
    fields.into_value()
}

/// Object members in order, skipping what is absent.
#[derive(Default)]
struct Fields(Vec<(String, Value)>);

impl Fields {
    fn put(&mut self, name: &str, value: Value) {
        self.0.push((name.to_owned(), value));
    }

    fn maybe(&mut self, name: &str, value: Option<Value>) {
        if let Some(value) = value {
            self.put(name, value);
        }
    }

    fn into_value(self) -> Value {
        Value::Object(self.0)
    }
}

fn string(text: &str) -> Value {
    Value::String(text.to_owned())
}

fn number(n: impl ToString) -> Value {
    Value::Number(n.to_string())
}

fn person(person: &Person) -> Value {
    let mut fields = Fields::default();
    fields.put("name", string(&person.name));
    fields.maybe("url", person.url.as_deref().map(string));
    fields.into_value()
}

fn section(section: &Section) -> Value {
    let mut fields = Fields::default();
    fields.put("id", string(&section.id));
    fields.put("title", string(&section.title));
    fields.maybe("heading", section.heading.as_deref().map(string));
    fields.put("blocks", blocks(&section.blocks));
    fields.into_value()
}

fn note(note: &Note) -> Value {
    let mut fields = Fields::default();
    fields.put("id", string(&note.id));
    fields.put("blocks", blocks(&note.blocks));
    fields.into_value()
}

fn comment(comment: &Comment) -> Value {
    let mut fields = Fields::default();
    fields.put("id", string(&comment.id));
    fields.maybe("parent", comment.parent.as_deref().map(string));
    fields.maybe("author", comment.author.as_ref().map(person));
    fields.maybe(
        "published",
        comment.published.as_ref().map(|d| string(&d.raw)),
    );
    fields.put("blocks", blocks(&comment.blocks));
    fields.into_value()
}

fn reader(settings: &PostPreferences) -> Option<Value> {
    let mut fields = Fields::default();
    fields.maybe("collapse_words", settings.collapse_words.map(number));
    fields.maybe("max_depth", settings.max_depth.map(number));
    (!fields.0.is_empty()).then(|| fields.into_value())
}

fn conversation(conversation: &Conversation) -> Option<Value> {
    if conversation == &Conversation::default() {
        return None;
    }
    let mut fields = Fields::default();
    fields.put("open", Value::Bool(conversation.open));
    fields.maybe(
        "wordpress",
        conversation.wordpress.as_ref().map(|thread| {
            let mut wp = Fields::default();
            wp.put("comments", string(&thread.comments));
            wp.put("post", number(thread.post));
            wp.into_value()
        }),
    );
    Some(fields.into_value())
}

fn blocks(blocks: &[Block]) -> Value {
    Value::Array(blocks.iter().map(block).collect())
}

fn block(block: &Block) -> Value {
    let mut fields = Fields::default();
    let kind = match block {
        Block::Paragraph(_) => "paragraph",
        Block::Quote(_) => "quote",
        Block::Heading(_) => "heading",
        Block::List(_) => "list",
        Block::Figure(_) => "figure",
        Block::Rule => "rule",
        Block::Code(_) => "code",
        Block::Table(_) => "table",
        Block::Embed(_) => "embed",
        Block::Unknown { kind } => kind,
    };
    fields.put("type", string(kind));
    match block {
        Block::Paragraph(p) => fields.put("text", text(&p.text)),
        Block::Quote(q) => {
            fields.maybe(
                "source",
                q.source.as_ref().map(|s| {
                    let mut source = Fields::default();
                    source.put("name", string(&s.name));
                    source.maybe("author", s.author.as_deref().map(string));
                    source.maybe("url", s.url.as_deref().map(string));
                    source.into_value()
                }),
            );
            fields.put("blocks", blocks(&q.blocks));
        }
        Block::Heading(h) => {
            fields.put("level", number(h.level.get()));
            fields.put("text", text(&h.text));
        }
        Block::List(list) => list_fields(list, &mut fields),
        Block::Figure(f) => {
            fields.maybe("src", f.src.as_deref().map(string));
            fields.maybe("alt", f.alt.as_deref().map(string));
            fields.maybe("caption", f.caption.as_ref().map(text));
            fields.maybe("width", f.width.map(number));
            fields.maybe("height", f.height.map(number));
        }
        Block::Code(c) => fields.put("text", string(&c.text)),
        Block::Table(t) => {
            fields.maybe("caption", t.caption.as_ref().map(text));
            if !t.head.is_empty() {
                fields.put("head", Value::Array(t.head.iter().map(text).collect()));
            }
            fields.put(
                "rows",
                Value::Array(
                    t.rows
                        .iter()
                        .map(|row| Value::Array(row.iter().map(text).collect()))
                        .collect(),
                ),
            );
        }
        Block::Embed(e) => {
            fields.put("url", string(&e.url));
            fields.maybe("kind", e.kind.as_deref().map(string));
            fields.maybe("title", e.title.as_deref().map(string));
        }
        Block::Rule | Block::Unknown { .. } => {}
    }
    fields.into_value()
}

fn list_fields(list: &List, fields: &mut Fields) {
    fields.put("ordered", Value::Bool(list.ordered));
    fields.put(
        "items",
        Value::Array(list.items.iter().map(list_item).collect()),
    );
}

fn list_item(item: &ListItem) -> Value {
    match &item.list {
        None => text(&item.text),
        Some(list) => {
            let mut fields = Fields::default();
            fields.put("text", text(&item.text));
            let mut nested = Fields::default();
            list_fields(list, &mut nested);
            fields.put("list", nested.into_value());
            fields.into_value()
        }
    }
}

fn text(text: &Text) -> Value {
    match text.0.as_slice() {
        [] => string(""),
        [only] if is_plain(only) => string(&only.text),
        spans => Value::Array(spans.iter().map(span).collect()),
    }
}

fn is_plain(span: &Span) -> bool {
    span.href.is_none()
        && span.note.is_none()
        && !(span.em || span.strong || span.code || span.sup || span.sub)
}

fn span(span: &Span) -> Value {
    if is_plain(span) {
        return string(&span.text);
    }
    let mut fields = Fields::default();
    fields.put("text", string(&span.text));
    fields.maybe("href", span.href.as_deref().map(string));
    fields.maybe("note", span.note.as_deref().map(string));
    if span.em {
        fields.put("em", Value::Bool(true));
    }
    for (name, set) in [
        ("strong", span.strong),
        ("code", span.code),
        ("sup", span.sup),
        ("sub", span.sub),
    ] {
        if set {
            fields.put(name, Value::Bool(true));
        }
    }
    fields.into_value()
}

/// Writes `value` as indented JSON (two spaces a level; short arrays of scalars stay on a line).
pub fn write_value(value: &Value, depth: usize, out: &mut String) {
    let indent = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => out.push_str(&quote(s)),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(members) if members.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                write_value(item, depth + 1, out);
            }
            indent(out, depth);
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, (name, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                out.push_str(&quote(name));
                out.push_str(": ");
                write_value(item, depth + 1, out);
            }
            indent(out, depth);
            out.push('}');
        }
    }
}
