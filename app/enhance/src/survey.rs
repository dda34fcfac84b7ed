//! Live checks on a survey's answer form (`form.survey-form`), with the section's `LiveCheck`
//! the page carries in `<script type="application/octet-stream" id="survey-check">` (binary,
//! base64: see `LiveCheck::to_script_data`).
//!
//! On every change: conditional questions are shown or hidden, `_shown` (the questions the
//! person saw, which the server needs without JavaScript too) is updated, and each question the
//! person has changed gets the error the server would give, or loses it. A question not yet
//! touched keeps what the server said. The markup written is the server's own (`q-<id>-error`,
//! `aria-invalid`, `aria-describedby`), so both modes read the same to a screen reader.

use ponte_rules::live::LiveCheck;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, FormData, HtmlElement, HtmlFormElement, HtmlInputElement};

use crate::document;

const TOUCHED: &str = "data-touched";

pub fn on_input(event: Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(form) = target.closest("form.survey-form").ok().flatten().and_then(|f| f.dyn_into::<HtmlFormElement>().ok())
    else {
        return;
    };
    let Some(document) = document() else { return };
    let Some(check) = read_check(&document) else { return };
    if let Some(question) = target.get_attribute("name").and_then(|n| n.split('.').nth(1).map(str::to_owned))
        && let Some(block) = document.get_element_by_id(&format!("q-{question}"))
    {
        let _ = block.set_attribute(TOUCHED, "");
    }
    let values = read_values(&form, &check.field_names());
    let outcome = check.run(&values);
    let Some(section) = check.rules.sections.first() else { return };
    for q in &section.questions {
        let Some(block) = document.get_element_by_id(&format!("q-{}", q.id)) else { continue };
        if let Some(block) = block.dyn_ref::<HtmlElement>() {
            let hidden = !outcome.shown.contains(&q.id);
            if block.hidden() != hidden {
                block.set_hidden(hidden);
            }
        }
        if block.has_attribute(TOUCHED) {
            let problem = outcome.problems.iter().find(|(id, _)| *id == q.id).map(|(_, p)| check.message(*p));
            show_error(&document, &block, &q.id, problem);
        }
    }
    if let Some(shown) = form.query_selector("input[name=_shown]").ok().flatten().and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
        shown.set_value(&outcome.shown.join(" "));
    }
}

fn read_check(document: &Document) -> Option<LiveCheck> {
    let data = document.get_element_by_id("survey-check")?.text_content()?;
    // `atob` gives one character per byte.
    let bytes: Vec<u8> = web_sys::window()?.atob(data.trim()).ok()?.chars().map(|c| c as u8).collect();
    LiveCheck::from_bytes(&bytes)
}

/// The form's current values for the section's field names, in the order a browser sends them.
fn read_values(form: &HtmlFormElement, names: &[String]) -> Vec<(String, String)> {
    let Ok(data) = FormData::new_with_form(form) else { return Vec::new() };
    let mut pairs = Vec::new();
    for name in names {
        for value in data.get_all(name).iter() {
            if let Some(v) = value.as_string() {
                pairs.push((name.clone(), v));
            }
        }
    }
    pairs
}

/// Writes (or removes) a question's error the way the server renders it: a `<p role=alert>`
/// after the question's label and hint, named by the fieldset's (or control's) `aria-describedby`.
fn show_error(document: &Document, block: &Element, id: &str, message: Option<&str>) {
    let error_id = format!("q-{id}-error");
    let existing = document.get_element_by_id(&error_id);
    let fieldset = block.query_selector(":scope > fieldset").ok().flatten();
    let container = fieldset.clone().unwrap_or_else(|| block.clone());
    let described = fieldset.or_else(|| document.get_element_by_id(&format!("f-{id}")));
    match (message, existing) {
        (Some(message), Some(p)) => {
            if p.text_content().as_deref() != Some(message) {
                p.set_text_content(Some(message));
            }
        }
        (Some(message), None) => {
            let Ok(p) = document.create_element("p") else { return };
            let _ = p.set_attribute("id", &error_id);
            let _ = p.set_attribute("class", "field-error");
            let _ = p.set_attribute("role", "alert");
            p.set_text_content(Some(message));
            let after = container
                .query_selector(":scope > .hint")
                .ok()
                .flatten()
                .or_else(|| container.query_selector(":scope > legend, :scope > label.question-label").ok().flatten());
            match after {
                Some(after) => {
                    let _ = after.insert_adjacent_element("afterend", &p);
                }
                None => {
                    let _ = container.insert_adjacent_element("afterbegin", &p);
                }
            }
        }
        (None, Some(p)) => p.remove(),
        (None, None) => {}
    }
    if let Some(target) = described {
        let mut ids: Vec<String> = target
            .get_attribute("aria-describedby")
            .unwrap_or_default()
            .split_whitespace()
            .filter(|t| *t != error_id)
            .map(str::to_owned)
            .collect();
        if message.is_some() {
            ids.insert(0, error_id);
            let _ = target.set_attribute("aria-invalid", "true");
        } else {
            let _ = target.remove_attribute("aria-invalid");
        }
        let _ = if ids.is_empty() {
            target.remove_attribute("aria-describedby")
        } else {
            target.set_attribute("aria-describedby", &ids.join(" "))
        };
    }
}
