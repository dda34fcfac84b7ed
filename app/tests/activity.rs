#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly
//! Every action the code writes to the audit log has a label on the activity log page, in every
//! UI language (labels are looked up by a message id made from the action's name).

use std::{fs, path::Path};

use ponte_app::{i18n::Locale, plans::activity::model::action_message};

fn sources(dir: &Path, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).expect("dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(fs::read_to_string(&path).expect("source"));
        }
    }
}

#[test]
fn every_audited_action_has_a_label_in_every_language() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let pattern = regex::Regex::new(r#""((?:account|consultation|evidence|focus_group|forum|moderation|plan|role|survey|media)\.[a-z_]+)""#).expect("regex");
    let mut actions: Vec<String> = files.iter().flat_map(|f| pattern.captures_iter(f).map(|c| c[1].to_owned()).collect::<Vec<_>>()).collect();
    actions.sort();
    actions.dedup();
    assert!(actions.len() >= 20, "the audited actions are found: {actions:?}");
    for locale in Locale::all() {
        for action in &actions {
            let id = action_message(action);
            assert_ne!(locale.t(&id), id, "{}: no label for {action}", locale.tag());
        }
    }
}
