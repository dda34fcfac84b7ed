//! What every facilitator's editor of a plan shares (drafts, the diagnosis, areas): who may edit
//! (`access`), and texts edited one language at a time — the language links with what each still
//! lacks and the plan's own text shown beside the field to translate (`languages`).

#[cfg(feature = "ssr")]
pub mod access;
pub mod languages;

use serde::{Deserialize, Serialize};

/// One text of an edit form: its value in the language being edited, and in the plan's own
/// language (shown beside it as the text to translate; empty when editing the plan's language).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FieldText {
    pub value: String,
    pub own: String,
}

/// A language link of an edit form, with how many texts it still lacks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LangMissing {
    pub tag: String,
    pub missing: usize,
}
