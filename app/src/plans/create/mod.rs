//! Administrators create plans: a municipal or intermunicipal plan with its municipalities picked
//! from the official list (`plans::municipalities`), its own language, period and address. A new
//! plan starts "in preparation" with the 16 intervention areas of a PMIM (`pmim_areas.json`, named
//! and described in every interface language); its facilitators then write the rest.

pub mod api;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod service;

use std::sync::LazyLock;

use serde::Deserialize;

use crate::core::Translated;

/// One of the 16 intervention areas every new plan starts with.
#[derive(Clone, Debug, Deserialize)]
pub struct StandardArea {
    pub code: String,
    pub name: Translated,
    pub description: Translated,
}

static AREAS: LazyLock<Vec<StandardArea>> =
    LazyLock::new(|| serde_json::from_str(include_str!("../pmim_areas.json")).unwrap_or_default());

/// The 16 PMIM areas (a test checks that all 16 are read, in every language).
pub fn standard_areas() -> &'static [StandardArea] {
    &AREAS
}
