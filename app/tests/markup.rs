#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly
//! Leptos writes the text of `<title>` and `<textarea>` into the server's HTML without escaping
//! it, so typed text there could close the element. Every such text must go through
//! `ui::rcdata` (titles through `ui::PageTitle`, which uses it): this test reads the sources and
//! fails on any textarea or title that does not.

use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.display().to_string(), std::fs::read_to_string(&path).expect("read")));
        }
    }
}

#[test]
fn every_textarea_and_title_text_is_escaped_for_raw_text() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let textarea = regex::Regex::new(r"(?s)<textarea\b[^>]*>(.*?)</textarea>").expect("regex");
    let mut bad = Vec::new();
    let mut seen = 0;
    for (path, source) in &files {
        for found in textarea.captures_iter(source) {
            seen += 1;
            let inner = found[1].trim();
            if !(inner.is_empty() || inner.starts_with("{crate::ui::rcdata(") || inner.starts_with("{rcdata(")) {
                bad.push(format!("{path}: <textarea>{inner}</textarea>"));
            }
        }
        if source.contains("<Title") && !path.ends_with("ui.rs") {
            bad.push(format!("{path}: sets <Title> directly; use ui::PageTitle"));
        }
    }
    assert!(seen >= 4, "the textareas were found ({seen})");
    assert!(bad.is_empty(), "raw text that is not escaped: {bad:#?}");
}
