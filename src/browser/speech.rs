//! The browser's own speech synthesis (Web Speech API): nothing downloaded, no network. Where
//! the browser has none, or no voices, the reader says so instead of doing nothing.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance};

use super::root::Root;
use crate::app_model::speech::SpeechTarget;

/// Why reading aloud cannot start: the key of the reader's words for it.
pub fn unavailable() -> Option<&'static str> {
    let Some(synthesis) = synthesis() else {
        return Some("listen.no-synthesis");
    };
    if synthesis.get_voices().length() == 0 {
        return Some("listen.no-voices");
    }
    None
}

fn synthesis() -> Option<SpeechSynthesis> {
    let window = gloo::utils::window();
    let present = js_sys::Reflect::has(&window, &"speechSynthesis".into()).unwrap_or(false);
    present.then(|| window.speech_synthesis().ok()).flatten()
}

/// An utterance being spoken; its end handler lives as long as this does.
pub struct Speaking {
    utterance: SpeechSynthesisUtterance,
    /// Kept alive for as long as the utterance may call it.
    _on_end: Closure<dyn FnMut()>,
}

impl Drop for Speaking {
    /// The utterance forgets its handlers first: the voice may still report its end (a
    /// cancelled utterance does, later), and the handler must not be called once it is gone.
    fn drop(&mut self) {
        self.utterance.set_onend(None);
        self.utterance.set_onerror(None);
    }
}

/// Says `text` in `lang` at `rate`, calling `on_end` when the voice is done with it (also when
/// it fails or is cancelled; the caller tells those apart).
pub fn speak(
    text: &str,
    lang: Option<&str>,
    rate: f32,
    on_end: impl FnMut() + 'static,
) -> Option<Speaking> {
    let synthesis = synthesis()?;
    let utterance = SpeechSynthesisUtterance::new_with_text(text).ok()?;
    if let Some(lang) = lang {
        utterance.set_lang(lang);
    }
    utterance.set_rate(rate);
    let on_end = Closure::<dyn FnMut()>::new(on_end);
    utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(on_end.as_ref().unchecked_ref()));
    synthesis.speak(&utterance);
    Some(Speaking {
        utterance,
        _on_end: on_end,
    })
}

/// Pauses the voice mid-utterance.
pub fn pause() {
    if let Some(synthesis) = synthesis() {
        synthesis.pause();
    }
}

/// Goes on from the pause.
pub fn resume() {
    if let Some(synthesis) = synthesis() {
        synthesis.resume();
    }
}

/// Stops the voice and forgets what was queued.
pub fn cancel() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}

/// Attribute on the element being read (the stylesheet highlights it).
const SPEAKING: &str = "data-speaking";

/// Marks the element `target` reads from as the one being read, and keeps it in view (smoothly
/// unless the reader asked for reduced motion). `None` clears the mark.
pub fn highlight(root: &Root, target: Option<&SpeechTarget>) {
    for element in root.select_all("[data-speaking]") {
        let _ = element.remove_attribute(SPEAKING);
    }
    let Some(element) = target.and_then(|t| element_of(root, t)) else {
        return;
    };
    let _ = element.set_attribute(SPEAKING, "");
    let rect = element.get_bounding_client_rect();
    let height = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if rect.top() < 0.0 || rect.bottom() > height * 0.85 {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(if super::dom::prefers_reduced_motion() {
            web_sys::ScrollBehavior::Instant
        } else {
            web_sys::ScrollBehavior::Smooth
        });
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// The element an utterance reads from.
fn element_of(root: &Root, target: &SpeechTarget) -> Option<Element> {
    match target {
        SpeechTarget::Title => root.select_all("#article .post-title").into_iter().next(),
        SpeechTarget::Heading(section) => root.element(&format!("{section}-heading")),
        SpeechTarget::Quote(id) | SpeechTarget::Note(id) => root.element(id),
        SpeechTarget::Block { section, block } => {
            let section = root.element(section)?;
            let children = section.children();
            (0..children.length())
                .filter_map(|i| children.item(i))
                .filter(|child| {
                    !child
                        .matches(".section-kicker, .section-heading, .section-share, .sidenote")
                        .unwrap_or(false)
                })
                .nth(*block)
        }
    }
}
