//! Links to a place on the same page (`href="#id"`, as an error summary's links to the fields):
//! the address takes the fragment and the focus moves to the element itself, so a keyboard or
//! screen-reader user lands in the field to correct, on a page that was put in place by script
//! as on one the browser loaded.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlElement};

use crate::{document, forms::focus_on};

pub fn on_click(event: Event) {
    let Some(anchor) = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("a[href^='#']").ok().flatten())
    else {
        return;
    };
    let Some(href) = anchor.get_attribute("href") else { return };
    let id = &href[1..];
    let Some(target) = document().and_then(|d| d.get_element_by_id(id)).and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    event.prevent_default();
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&href));
    }
    focus_on(&target);
}
