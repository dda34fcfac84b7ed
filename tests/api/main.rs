//! API tests: the real server on port 0, against SQLite and PostgreSQL, checked the way a person
//! (or a browser without JavaScript) meets it: status codes, page content, language, headers.

mod accounts;
mod activity;
mod areas;
mod anonymity;
mod connections;
mod consultations;
mod content_cache;
mod edge;
mod evidence;
mod focus_group_findings;
mod focus_groups;
mod forum;
mod people;
mod permissions;
mod hostile;
mod i18n;
mod instances;
mod mail;
mod media;
mod moderation;
mod monitoring;
mod opendata;
mod page_cache;
mod migrations;
mod plan_create;
mod plans;
mod positions;
mod rendering;
mod report;
mod representation;
mod platform;
mod survey_files;
mod survey_review;
mod statements;
mod surveys;
mod timeline;
mod drafting;
mod diagnosis;
mod dispositions;

use scraper::{Html, Selector};

/// Text of every element matching `selector`, whitespace-collapsed.
pub fn texts(html: &str, selector: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(selector).expect("selector");
    doc.select(&sel)
        .map(|e| e.text().collect::<Vec<_>>().join(" ").split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// The first match's text, or a failure naming the selector.
pub fn text(html: &str, selector: &str) -> String {
    texts(html, selector).into_iter().next().unwrap_or_else(|| panic!("nothing matches {selector}"))
}

/// An attribute of the first element matching `selector`.
pub fn attr(html: &str, selector: &str, name: &str) -> Option<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(selector).expect("selector");
    doc.select(&sel).next().and_then(|e| e.value().attr(name).map(str::to_owned))
}

/// What a browser would send for the form matching `selector` as the page stands: named inputs
/// (check boxes and radio buttons only when ticked), text areas and the chosen options.
pub fn form_fields(html: &str, selector: &str) -> Vec<(String, String)> {
    let doc = Html::parse_document(html);
    let form = doc.select(&Selector::parse(selector).expect("selector")).next().unwrap_or_else(|| panic!("no form {selector}"));
    let fields = Selector::parse("input[name], textarea[name], select[name]").expect("selector");
    let chosen = Selector::parse("option[selected]").expect("selector");
    let first = Selector::parse("option").expect("selector");
    let mut out = Vec::new();
    for field in form.select(&fields) {
        let el = field.value();
        let name = el.attr("name").unwrap_or_default().to_owned();
        if el.attr("disabled").is_some() {
            continue;
        }
        let value = match el.name() {
            "textarea" => field.text().collect::<String>(),
            "select" => {
                let option = field.select(&chosen).next().or_else(|| field.select(&first).next());
                option.and_then(|o| o.value().attr("value")).unwrap_or_default().to_owned()
            }
            _ => {
                let kind = el.attr("type").unwrap_or("text");
                if matches!(kind, "checkbox" | "radio") && el.attr("checked").is_none() {
                    continue;
                }
                el.attr("value").unwrap_or_default().to_owned()
            }
        };
        out.push((name, value));
    }
    out
}
