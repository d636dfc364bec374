//! Reports a panic on the page as well as in the console, so a crash is never a blank page.

use std::panic;

/// Installs the hook: console report first, then a visible notice at the top of the page.
pub fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_on_page(&info.to_string());
    }));
}

fn show_on_page(detail: &str) {
    let document = gloo::utils::document();
    let Ok(notice) = document.create_element("div") else {
        return;
    };
    notice.set_class_name("panic-notice");
    let _ = notice.set_attribute("role", "alert");
    // Text content only: the panic message may quote post data.
    notice.set_text_content(Some(&format!(
        "Lectern stopped because of an internal error. Reload the page to try again. Details: {detail}"
    )));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}
