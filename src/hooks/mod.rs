//! Custom hooks: each wraps one effectful job for components (one per file). Components render
//! and emit; everything that touches the browser (storage, timers, listeners, observers, fetch,
//! history, focus and scrolling) is reached through one of these.

pub mod use_after_render;
pub mod use_click_outside;
pub mod use_comment_permalink;
pub mod use_copy_link;
pub mod use_disclosure;
pub mod use_document_meta;
pub mod use_dom_actions;
pub mod use_draft_store;
pub mod use_element_event;
pub mod use_focus_when;
pub mod use_fragment;
pub mod use_fragment_navigation;
pub mod use_growing_count;
pub mod use_keyboard_shortcuts;
pub mod use_listen;
pub mod use_offline;
pub mod use_pending_comments;
pub mod use_performance_mark;
pub mod use_post;
pub mod use_reading_place;
pub mod use_reading_position;
pub mod use_reading_settings;
pub mod use_remote_thread;
pub mod use_reply_sender;
pub mod use_root;
pub mod use_selection_quote;
pub mod use_style_property;

pub use use_after_render::{AfterRender, use_after_render};
pub use use_click_outside::use_click_outside;
pub use use_comment_permalink::use_comment_permalink;
pub use use_copy_link::{UseCopyLinkHandle, use_copy_link};
pub use use_disclosure::{Disclosure, use_disclosure};
pub use use_document_meta::use_document_meta;
pub use use_dom_actions::{DomActions, use_dom_actions};
pub use use_draft_store::{DraftStore, use_draft_store};
pub use use_element_event::use_element_event;
pub use use_focus_when::use_focus_when;
pub use use_fragment::{Fragment, use_fragment};
pub use use_fragment_navigation::use_fragment_navigation;
pub use use_growing_count::use_growing_count;
pub use use_keyboard_shortcuts::use_keyboard_shortcuts;
pub use use_listen::{UseListen, use_listen};
pub use use_offline::{UseOfflineHandle, use_offline};
pub use use_pending_comments::{PendingComments, use_pending_comments};
pub use use_performance_mark::use_performance_mark;
pub use use_post::{UsePostHandle, use_post};
pub use use_reading_place::{UseReadingPlace, use_reading_place};
pub use use_reading_position::{use_current_section, use_reading_progress};
pub use use_reading_settings::{UseReadingSettings, use_reading_settings};
pub use use_remote_thread::{UseRemoteThread, use_remote_thread};
pub use use_reply_sender::{ReplySender, use_reply_sender};
pub use use_root::{Root, use_root};
pub use use_selection_quote::use_selection_quote;
pub use use_style_property::use_style_property;
