//! The browser's enhancement module, the only code Ponte runs in the browser (see the README,
//! "How pages reach the browser"). Every page is complete server HTML that works without
//! JavaScript; this module adds, on any page with a form that posts:
//!
//! - `survey`: answers checked as they are typed and conditional questions shown or hidden at
//!   once, by the server's own decoder (`ponte-rules`) on the rules the page carries;
//! - `forms`: every form that posts shows its result in place (no page reload), exactly the page
//!   the server would have shown, and a second click while one is under way sends nothing;
//! - `links`: a link to a place on the page moves the focus there.
//!
//! Listeners sit on the document, so they keep working after a form's result replaces the body.

use wasm_bindgen::{JsCast, prelude::*};

mod forms;
mod links;
mod survey;

/// Installs the listeners and marks `<html data-enhanced>` (tests wait for it).
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    listen(&document, "input", survey::on_input);
    listen(&document, "submit", forms::on_submit);
    listen(&document, "click", links::on_click);
    if let Some(window) = web_sys::window() {
        // A page reached by an in-place form was pushed on the history; going back to another
        // address loads that page, as the server renders it. (Back over a `#fragment` of the
        // same page changes nothing.)
        listen(&window, "popstate", |_| {
            if let Some(window) = web_sys::window()
                && forms::address_of_page().as_deref() != Some(forms::current_address().as_str())
            {
                let _ = window.location().reload();
            }
        });
    }
    if let Some(body) = document.body() {
        let _ = body.set_attribute(forms::ADDRESS, &forms::current_address());
    }
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-enhanced", "");
    }
}

fn listen(target: &web_sys::EventTarget, kind: &str, handler: fn(web_sys::Event)) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    closure.forget();
}

/// The page's document.
fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
