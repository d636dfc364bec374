//! What `lectern-embed.js` calls: read a post, say which language's words it needs, draw it.

use lectern_format::Post;
use lectern_words::{Words, language_of};
use wasm_bindgen::prelude::wasm_bindgen;

/// A post read from its JSON, ready to be drawn.
#[wasm_bindgen]
pub struct DrawnPost {
    post: Post,
}

#[wasm_bindgen]
impl DrawnPost {
    /// Reads `json`; nothing when it is not a post (the full reader then loads and says why,
    /// naming the field).
    pub fn read(json: &str) -> Option<DrawnPost> {
        lectern_format::parse_post(json)
            .ok()
            .map(|post| DrawnPost { post })
    }

    /// The post's id (the published markup's `data-post`, by which the first screen keeps the
    /// reader's place).
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.post.id.clone()
    }

    /// The language of Lectern's words for this post, as the full reader chooses it: the post's
    /// own, else `given` (an embed's `lang`), else the page's around `element`; `"en"` for
    /// English, which is built in. Any other is fetched (`locales/<language>.txt`).
    pub fn language(&self, element: &web_sys::Element, given: Option<String>) -> String {
        let around = given.or_else(|| lectern_first::language::language_around(element));
        language_of(self.post.lang.as_deref().or(around.as_deref())).to_owned()
    }

    /// The reader's markup in `words` (the text of the language's file; none for English);
    /// nothing when the words do not read, so the full reader, which fetches them itself,
    /// takes over.
    pub fn draw(&self, words: Option<String>) -> Option<String> {
        let say = match words {
            Some(text) => Words::fetched(&text).ok()?,
            None => Words::english(),
        };
        let mut out = lectern_draw::Html::new();
        lectern_draw::reader(&mut out, &self.post, &say);
        Some(out.into_string())
    }
}
