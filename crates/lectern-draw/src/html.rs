//! A small HTML writer: elements with attributes, and text, escaped as Yew's server renderer
//! escapes them, so what is drawn here is the markup the reader's components would write.

/// HTML text being written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    /// Nothing written yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The markup written.
    pub fn into_string(self) -> String {
        self.0
    }

    /// The markup written so far.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `<tag a="…" …>`: each attribute with a value (one without is left out), in order.
    pub fn open(&mut self, tag: &str, attributes: &[(&str, Option<&str>)]) {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            if let Some(value) = value {
                self.0.push(' ');
                self.0.push_str(name);
                self.0.push_str("=\"");
                escape(&mut self.0, value, true);
                self.0.push('"');
            }
        }
        self.0.push('>');
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
    }

    /// `<tag …>text</tag>`.
    pub fn element(&mut self, tag: &str, attributes: &[(&str, Option<&str>)], text: &str) {
        self.open(tag, attributes);
        self.text(text);
        self.close(tag);
    }

    /// Markup written as it is: only ever the reader's own, never text from a post.
    pub(crate) fn push_markup(&mut self, markup: &str) {
        self.0.push_str(markup);
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) {
        escape(&mut self.0, text, false);
    }
}

/// Appends `text` with `&`, `<` and `>` escaped (and `"` in an attribute's value).
fn escape(out: &mut String, text: &str, in_attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if in_attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Html;

    #[test]
    fn text_and_values_cannot_open_markup() {
        let mut html = Html::new();
        html.open(
            "a",
            &[
                ("href", Some("/x?a=1&b=\"2\"")),
                ("id", None),
                ("rel", Some("<")),
            ],
        );
        html.text("<script>&</script>");
        html.close("a");
        assert_eq!(
            html.as_str(),
            "<a href=\"/x?a=1&amp;b=&quot;2&quot;\" rel=\"&lt;\">&lt;script&gt;&amp;&lt;/script&gt;</a>"
        );
    }
}
