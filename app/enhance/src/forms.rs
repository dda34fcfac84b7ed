//! In-place forms: a form that posts is sent with `fetch` and the page the server answers with
//! replaces the current one, without a reload. The server treats the request as the plain form
//! post it is; the only difference is the `X-Ponte-Enhanced` header, for which it answers a
//! redirect with `200` and `X-Ponte-Location` (a followed redirect would lose the `#fragment`
//! that says where the result is). The module then fetches that page, puts it in the history,
//! moves the focus to the fragment's element, the error summary or the heading, and has screen
//! readers announce the new page's title (a polite live region), as a page load would.
//!
//! While a form's request is under way the form is `aria-busy` and another submit of it sends
//! nothing, so a double click creates nothing twice. If no answer comes, the browser sends the
//! form itself; once the server has answered, the form is never sent again (a failure after that
//! loads the page the server named). Forms with `data-native`, `target` or a method other than
//! POST are left to the browser.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, DomParser, Element, Event, FormData, HtmlElement, HtmlFormElement, RequestInit, Response, SubmitEvent, SupportedType};

use crate::document;

const BUSY: &str = "aria-busy";
/// The body's attribute naming the address (path and query) of the page it shows.
pub(crate) const ADDRESS: &str = "data-ponte-address";

/// The browser's current address, path and query.
pub(crate) fn current_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .map(|l| format!("{}{}", l.pathname().unwrap_or_default(), l.search().unwrap_or_default()))
        .unwrap_or_default()
}

/// The address of the page the body shows.
pub(crate) fn address_of_page() -> Option<String> {
    document()?.body()?.get_attribute(ADDRESS)
}

pub fn on_submit(event: Event) {
    let Some(form) = event.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else { return };
    if !attribute(&form, "method").eq_ignore_ascii_case("post") || form.has_attribute("data-native") || !attribute(&form, "target").is_empty() {
        return;
    }
    event.prevent_default();
    if form.get_attribute(BUSY).as_deref() == Some("true") {
        return;
    }
    let Ok(data) = FormData::new_with_form(&form) else { return };
    if let Some(submitter) = event.dyn_ref::<SubmitEvent>().and_then(SubmitEvent::submitter)
        && let (Some(name), Some(value)) = (submitter.get_attribute("name"), submitter.get_attribute("value"))
    {
        let _ = data.append_with_str(&name, &value);
    }
    let _ = form.set_attribute(BUSY, "true");
    wasm_bindgen_futures::spawn_local(async move {
        match send(&form, data).await {
            Ok(()) => {}
            Err(Failed::Unsent) => {
                // No answer came: let the browser send the form itself, as without JavaScript.
                let _ = form.remove_attribute(BUSY);
                let _ = form.set_attribute("data-native", "");
                let _ = form.request_submit();
            }
            Err(Failed::Answered(location)) => {
                // The server took the form: never send it again; go where it said, or reload.
                if let Some(window) = web_sys::window() {
                    let _ = match location {
                        Some(location) => window.location().assign(&location),
                        None => window.location().reload(),
                    };
                }
            }
        }
    });
}

/// Why an enhanced submission could not show its result.
enum Failed {
    /// No answer from the server (the form may be sent again).
    Unsent,
    /// The server answered (it may have stored something), with the page it redirected to.
    Answered(Option<String>),
}

/// A form's own attribute (`""` when absent). Not the element's property of the same name: a
/// field named `target`, `action` or `method` shadows the property (`form.target` is then the
/// field), which would send such a form natively instead of in place.
fn attribute(form: &HtmlFormElement, name: &str) -> String {
    form.get_attribute(name).unwrap_or_default()
}

async fn send(form: &HtmlFormElement, data: FormData) -> Result<(), Failed> {
    let response = post(form, data).await.map_err(|_| Failed::Unsent)?;
    let location = response.headers().get("X-Ponte-Location").ok().flatten();
    let shown = match &location {
        Some(location) => visit(location).await,
        None => async {
            // The server answered in place (the form again with its errors, or an error page):
            // the address stays the form's, as after a plain post.
            let html = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
            show(&html, None, address_of_page())
        }
        .await,
    };
    shown.map_err(|_| Failed::Answered(location))
}

async fn post(form: &HtmlFormElement, data: FormData) -> Result<Response, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let init = RequestInit::new();
    init.set_method("POST");
    if attribute(form, "enctype").eq_ignore_ascii_case("multipart/form-data") {
        init.set_body(&data);
    } else {
        init.set_body(web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data)?.as_ref());
    }
    let headers = web_sys::Headers::new()?;
    headers.set("Accept", "text/html")?;
    headers.set("X-Ponte-Enhanced", "1")?;
    init.set_headers(&headers);
    // An absent action posts to the page itself, as the browser would.
    let action = form.get_attribute("action").filter(|a| !a.is_empty()).unwrap_or_else(current_address);
    JsFuture::from(window.fetch_with_str_and_init(&action, &init)).await?.dyn_into()
}

/// Fetches `location` (where the server sent the browser), shows it and adds it to the history.
async fn visit(location: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let init = RequestInit::new();
    let headers = web_sys::Headers::new()?;
    headers.set("Accept", "text/html")?;
    init.set_headers(&headers);
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(location, &init)).await?.dyn_into()?;
    let html = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
    let fragment = location.split_once('#').map(|(_, f)| f.to_owned());
    // The address after any further redirect, with the fragment the server asked for.
    let address = match &fragment {
        Some(f) => format!("{}#{f}", response.url()),
        None => response.url(),
    };
    window.history()?.push_state_with_url(&JsValue::NULL, "", Some(&address))?;
    show(&html, fragment.as_deref(), Some(current_address()))
}

/// Replaces the page's title, language and body with those of `html` (the page at `address`),
/// then moves the focus.
fn show(html: &str, fragment: Option<&str>, address: Option<String>) -> Result<(), JsValue> {
    let document = document().ok_or(JsValue::NULL)?;
    let next = DomParser::new()?.parse_from_string(html, SupportedType::TextHtml)?;
    let (Some(body), Some(old), Some(root), Some(next_root)) =
        (next.body(), document.body(), document.document_element(), next.document_element())
    else {
        return Err(JsValue::NULL);
    };
    document.set_title(&next.title());
    for attribute in ["lang", "dir"] {
        if let Some(value) = next_root.get_attribute(attribute) {
            root.set_attribute(attribute, &value)?;
        }
    }
    if let Some(address) = address {
        body.set_attribute(ADDRESS, &address)?;
    }
    root.replace_child(&body, &old)?;
    focus(&document, fragment);
    announce(&document, &next.title());
    Ok(())
}

/// Has screen readers say `title`: a polite live region at the end of the new body, filled a
/// moment after it is in the page (text present on insertion is not announced).
fn announce(document: &Document, title: &str) {
    let (Some(window), Some(body)) = (web_sys::window(), document.body()) else { return };
    let Ok(region) = document.create_element("p") else { return };
    region.set_id("ponte-announce");
    let _ = region.set_attribute("class", "visually-hidden");
    let _ = region.set_attribute("aria-live", "polite");
    if body.append_child(&region).is_err() {
        return;
    }
    let title = title.to_owned();
    let fill = wasm_bindgen::closure::Closure::once_into_js(move || region.set_text_content(Some(&title)));
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(fill.unchecked_ref(), 150);
}

/// Where the eye and the screen reader should go on a new page: the element the address names
/// (opened, if it is a folded `<details>`: the question just saved or moved stays in view), else
/// the error summary, else the first error, else the first status message, else the main heading.
fn focus(document: &Document, fragment: Option<&str>) {
    let target = fragment
        .filter(|f| !f.is_empty())
        .and_then(|f| document.get_element_by_id(f))
        .or_else(|| document.get_element_by_id("problems"))
        .or_else(|| document.query_selector("main [role=alert]").ok().flatten())
        .or_else(|| document.query_selector("main [role=status]").ok().flatten())
        .or_else(|| document.query_selector("main h1").ok().flatten());
    if let Some(target) = target.and_then(|t: Element| t.dyn_into::<HtmlElement>().ok()) {
        if target.tag_name().eq_ignore_ascii_case("details") {
            let _ = target.set_attribute("open", "");
        }
        focus_on(&target);
    }
}

/// Moves the focus to `target` (made focusable by script if it is not) and shows it.
pub(crate) fn focus_on(target: &HtmlElement) {
    let focusable = target.matches("a[href], button, input, select, textarea, [tabindex]").unwrap_or(false);
    if !focusable {
        let _ = target.set_attribute("tabindex", "-1");
    }
    let _ = target.focus();
    target.scroll_into_view();
}
