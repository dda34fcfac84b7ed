//! The local diagnosis, for facilitators: the plan's entities (kind, municipality, areas of
//! action, services, public contact fields; texts per language) added, edited and removed one by
//! one, or imported from a spreadsheet after a preview that shows each row's errors. The public
//! directory is `plans::pages::EntitiesPage`. Every change is audited.

pub mod api;
pub mod domain;
pub mod import;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

use crate::{
    core::Text,
    plans::{
        editing::{FieldText, LangMissing},
        model::{AreaRef, PlanRef},
    },
};

/// An entity on the facilitators' list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRow {
    pub slug: String,
    pub name: Text,
    pub kind: String,
    pub municipality: Option<String>,
    /// Draft measures naming it (it cannot be removed while any does).
    pub used_by: usize,
}

/// A municipality of the plan, for choosing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityChoice {
    pub slug: String,
    pub name: String,
}

/// The facilitators' diagnosis page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiagnosisView {
    pub plan: PlanRef,
    pub entities: Vec<EntityRow>,
}

/// One entity in its edit form, texts in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityEditView {
    pub plan: PlanRef,
    pub slug: String,
    pub lang: String,
    pub languages: Vec<LangMissing>,
    pub kind: String,
    pub municipality: Option<String>,
    pub areas: Vec<String>,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub name: FieldText,
    pub description: FieldText,
    /// One per line.
    pub services: FieldText,
    pub all_areas: Vec<AreaRef>,
    pub municipalities: Vec<MunicipalityChoice>,
    /// Codes of the draft measures naming it.
    pub used_by: Vec<String>,
}

/// A row of an import's preview.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreviewRow {
    pub line: u64,
    pub name: String,
    pub kind: String,
    pub municipality: Option<String>,
    pub areas: Vec<String>,
    pub services: usize,
    /// (column, message id) of each problem; a row with any is not imported.
    pub errors: Vec<(String, String)>,
}

/// What an uploaded file would import.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub plan: PlanRef,
    pub id: i32,
    pub file_name: String,
    pub encoding: String,
    pub separator: char,
    pub ignored: Vec<String>,
    pub rows: Vec<PreviewRow>,
    pub ready: usize,
}
