//! API tests: the real server on port 0, against SQLite and PostgreSQL, checked the way a person
//! (or a browser without JavaScript) meets it: status codes, page content, language, headers.

mod accounts;
mod activity;
mod anonymity;
mod connections;
mod edge;
mod people;
mod permissions;
mod hostile;
mod i18n;
mod instances;
mod mail;
mod media;
mod page_cache;
mod migrations;
mod plan_create;
mod plans;
mod rendering;
mod platform;
mod survey_files;
mod survey_review;
mod surveys;
mod timeline;

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
