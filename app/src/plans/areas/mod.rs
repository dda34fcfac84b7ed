//! A plan's intervention areas, for its facilitators: real plans use other taxonomies than the 16
//! PMIM areas a new plan starts with (research/domain.md §1.2), so areas are renamed (per
//! language), added, reordered and hidden from the public pages. An area that measures use cannot
//! be hidden. Every change is audited.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

use crate::plans::{
    editing::{FieldText, LangMissing},
    model::PlanRef,
};

/// An area in the edit page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaEditRow {
    pub code: String,
    pub name: FieldText,
    pub description: FieldText,
    pub hidden: bool,
    /// Draft measures in it (it cannot be hidden while any is).
    pub measures: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreasEditView {
    pub plan: PlanRef,
    pub lang: String,
    pub languages: Vec<LangMissing>,
    /// In order.
    pub areas: Vec<AreaEditRow>,
}

/// A new area's code as stored: 1–10 letters or digits, upper-case.
pub fn area_code(raw: &str) -> Option<String> {
    let code = raw.trim().to_uppercase();
    (!code.is_empty() && code.len() <= 10 && code.chars().all(|c| c.is_ascii_alphanumeric())).then_some(code)
}

#[cfg(test)]
mod tests {
    #[test]
    fn area_codes_are_short_letters_and_digits() {
        assert_eq!(super::area_code(" hab "), Some("HAB".into()));
        assert_eq!(super::area_code("A-1"), None);
        assert_eq!(super::area_code(""), None);
        assert_eq!(super::area_code("ABCDEFGHIJK"), None);
    }
}
