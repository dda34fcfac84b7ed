//! The names of the fields a section's form sends, as `answers` reads them.

use crate::definition::{QuestionKind, Section};

/// Every field name a section's form can send (the browser reads these to check answers).
pub fn field_names(section: &Section) -> Vec<String> {
    let mut names = Vec::new();
    for q in &section.questions {
        let base = format!("q.{}", q.id);
        names.push(base.clone());
        names.push(format!("{base}.other"));
        let keys: Vec<&str> = match &q.kind {
            QuestionKind::Ranking { options } => options.iter().map(|o| o.key.as_str()).collect(),
            QuestionKind::Matrix { rows, .. } => rows.iter().map(|r| r.key.as_str()).collect(),
            _ => vec![],
        };
        names.extend(keys.into_iter().map(|k| format!("{base}.{k}")));
    }
    names
}
