//! The conversation as an app of its own, for the prerendered page. Yew hydrates a tree in one
//! uninterrupted pass; giving the comments (thread and composer) their own root lets the page
//! hydrate the article in one task and the conversation in the next: two shorter tasks instead
//! of one long one. The reader leaves a placeholder ([`COMMENTS_ROOT_ID`]) that it never
//! touches.

use std::rc::Rc;

use yew::prelude::*;

use super::comments::CommentList;
use crate::hooks::{Root, use_performance_mark};
use crate::words::Words;
use lectern_format::Post;

/// Id of the element that holds the separately hydrated conversation.
pub const COMMENTS_ROOT_ID: &str = "lectern-comments";

/// Where the reader puts its comments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CommentsPlacement {
    /// In the reader's own tree (client rendering, embeds).
    #[default]
    Inline,
    /// In [`COMMENTS_ROOT_ID`], owned by a [`CommentsApp`] (the prerendered page).
    OwnRoot,
}

/// Props for [`CommentsApp`].
#[derive(Properties, PartialEq)]
pub struct CommentsAppProps {
    /// The post whose comments to show.
    pub post: Rc<Post>,
    /// Where the reader's elements live.
    #[prop_or_default]
    pub root: Root,
    /// Lectern's words in the reader's language (the ones the reader's own app chose).
    #[prop_or_else(Words::english)]
    pub words: Rc<Words>,
}

/// The comment thread and composer, mounted (or hydrated) on their own root.
#[component]
pub fn CommentsApp(props: &CommentsAppProps) -> Html {
    // The conversation is hydrated last: once its effects run, the whole page is live.
    use_performance_mark("lectern-interactive", true);
    html! {
        <ContextProvider<Root> context={props.root.clone()}>
        <ContextProvider<Rc<Words>> context={props.words.clone()}>
            <CommentList post={props.post.clone()} />
        </ContextProvider<Rc<Words>>>
        </ContextProvider<Root>>
    }
}

/// The reader's stand-in for comments that live in their own root: an empty element the
/// prerenderer fills with [`CommentsApp`]'s markup. The reader's tree holds it as raw markup,
/// which hydration adopts without looking inside and later renders leave alone.
pub fn comments_placeholder() -> Html {
    Html::from_html_unchecked(AttrValue::Static(PLACEHOLDER))
}

/// The placeholder's opening tag (its id is [`COMMENTS_ROOT_ID`]); the prerenderer puts the
/// conversation's markup right after it.
pub const PLACEHOLDER_OPEN: &str = "<div id=\"lectern-comments\" class=\"comments-root\">";

/// The placeholder's markup as the reader renders it: the opening tag, closed at once.
pub const PLACEHOLDER: &str = "<div id=\"lectern-comments\" class=\"comments-root\"></div>";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_placeholder_is_the_root_the_prerenderer_fills() {
        assert_eq!(PLACEHOLDER, format!("{PLACEHOLDER_OPEN}</div>"));
        assert!(PLACEHOLDER_OPEN.contains(&format!("id=\"{COMMENTS_ROOT_ID}\"")));
    }
}
