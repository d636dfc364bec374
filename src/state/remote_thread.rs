//! A conversation read from the site that holds it (WordPress), page by page: what has arrived,
//! how much is left, and what failed. Plain transitions; the fetching is a hook's job
//! (`hooks::use_remote_thread`).

use std::rc::Rc;

use yew::Reducible;

use lectern_format::Comment;

/// Where reading the thread stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemoteThread {
    /// Every comment read so far, oldest first.
    pub comments: Rc<Vec<Comment>>,
    /// Pages read (of 100 comments each).
    pub pages_done: u32,
    /// How many pages the site says there are, once the first page has arrived.
    pub pages_total: Option<u32>,
    /// How many comments the site says there are.
    pub total: Option<u32>,
    /// Why the next page could not be read, if it could not.
    pub failed: Option<String>,
}

/// What can happen while reading the thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteThreadAction {
    /// A page arrived with these comments, and the site's page and comment counts.
    PageRead {
        /// The comments of the page, oldest first.
        comments: Vec<Comment>,
        /// `X-WP-TotalPages`.
        pages_total: Option<u32>,
        /// `X-WP-Total`.
        total: Option<u32>,
    },
    /// The next page failed; the reason, in the reader's words.
    PageFailed(String),
    /// "Try again": forget the failure (the hook reads the page again).
    Retry,
    /// The reader's own comment was published at once: it joins the thread.
    Published(Comment),
}

impl RemoteThread {
    /// Whether every page has been read.
    pub fn is_complete(&self) -> bool {
        self.pages_total
            .is_some_and(|total| self.pages_done >= total)
    }

    /// The page to read next (from 1), or `None` when complete or failed.
    pub fn next_page(&self) -> Option<u32> {
        (!self.is_complete() && self.failed.is_none()).then_some(self.pages_done + 1)
    }
}

impl Reducible for RemoteThread {
    type Action = RemoteThreadAction;

    fn reduce(self: Rc<Self>, action: RemoteThreadAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            RemoteThreadAction::PageRead {
                comments,
                pages_total,
                total,
            } => {
                let mut all = (*next.comments).clone();
                // A comment can shift onto the next page while reading: keep one copy.
                for comment in comments {
                    if !all.iter().any(|c| c.id == comment.id) {
                        all.push(comment);
                    }
                }
                next.comments = Rc::new(all);
                next.pages_done += 1;
                // A site without paging headers sent everything at once.
                next.pages_total =
                    Some(pages_total.unwrap_or(next.pages_done).max(next.pages_done));
                next.total = total.or(next.total);
            }
            RemoteThreadAction::PageFailed(why) => next.failed = Some(why),
            RemoteThreadAction::Retry => next.failed = None,
            RemoteThreadAction::Published(comment) => {
                let mut all = (*next.comments).clone();
                all.push(comment);
                next.comments = Rc::new(all);
                next.total = next.total.map(|t| t + 1);
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: &str) -> Comment {
        Comment {
            id: id.into(),
            parent: None,
            author: None,
            published: None,
            blocks: Vec::new(),
            anchor: String::new(),
        }
    }

    #[test]
    fn pages_add_up_and_a_failure_waits_for_try_again() {
        let thread = Rc::new(RemoteThread::default());
        assert_eq!(thread.next_page(), Some(1));
        let thread = thread.reduce(RemoteThreadAction::PageRead {
            comments: vec![comment("1"), comment("2")],
            pages_total: Some(3),
            total: Some(201),
        });
        assert_eq!(thread.next_page(), Some(2));
        let failed = thread.reduce(RemoteThreadAction::PageFailed("offline".into()));
        assert_eq!(failed.next_page(), None);
        let again = failed.reduce(RemoteThreadAction::Retry);
        assert_eq!(again.next_page(), Some(2));
        let again = again.reduce(RemoteThreadAction::PageRead {
            comments: vec![comment("2"), comment("3")],
            pages_total: Some(3),
            total: Some(201),
        });
        assert_eq!(again.comments.len(), 3, "a comment seen twice is kept once");
        let done = again.reduce(RemoteThreadAction::PageRead {
            comments: Vec::new(),
            pages_total: Some(3),
            total: Some(201),
        });
        assert!(done.is_complete());
        assert_eq!(done.next_page(), None);
    }

    #[test]
    fn a_site_without_paging_headers_is_read_in_one_page() {
        let thread = Rc::new(RemoteThread::default()).reduce(RemoteThreadAction::PageRead {
            comments: vec![comment("1")],
            pages_total: None,
            total: None,
        });
        assert!(thread.is_complete());
    }
}
