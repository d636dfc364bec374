//! Reports a panic on the page as well as in the console, so a crash is never a blank page.

use std::panic::PanicHookInfo;

/// Installs the hook: console report first, then a visible notice at the top of the page.
/// Yew replaces any plain `std::panic::set_hook` when it mounts, so the hook goes through Yew.
pub fn install_panic_hook() {
    let hook = Box::new(|info: &PanicHookInfo<'_>| {
        console_error_panic_hook::hook(info);
        show_on_page(&info.to_string());
    });
    #[cfg(target_arch = "wasm32")]
    yew::set_custom_panic_hook(hook);
    #[cfg(not(target_arch = "wasm32"))]
    std::panic::set_hook(hook);
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
