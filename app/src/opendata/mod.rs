//! Open data: a versioned, read-only JSON API under `/api/v1` for people, journalists and
//! other systems — the plans, their areas, the measures of each published version of the draft,
//! the entities of the local diagnosis, the published survey results (suppressed), the
//! consultations' inputs with their answers, focus-group findings, the evidence links and,
//! after approval, monitoring — with its OpenAPI document (`openapi.json`, served at
//! `/api/v1/openapi.json`), CSV downloads of the same lists, CORS for GET, and conditional GET
//! (a weak `ETag` from the body, `Last-Modified` from the plan's latest audited change).
//! Everything is published under CC BY 4.0, said in every document. Nothing personal is in
//! it: no account, email or name of whoever linked, wrote or changed something.
//!
//! `model` is the API's own shape (stable across changes of how features store things),
//! `service` reads the plan's own documents and `outcomes` those of the participation features
//! and monitoring (each through its feature's service), `tables` makes each a CSV table, `http`
//! serves them, `catalog` describes it for open-data portals (DCAT-AP)
//! and `page` is the data page (`/data`) that explains it to people and carries the catalogue.

#[cfg(feature = "ssr")]
pub mod catalog;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod model;
pub mod page;
#[cfg(feature = "ssr")]
pub mod outcomes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod tables;

/// Where the licence is stated.
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// The licence every document is published under.
#[cfg(feature = "ssr")]
pub const LICENCE: model::Licence = model::Licence { id: "CC-BY-4.0", name: "Creative Commons Attribution 4.0 International", url: LICENCE_URL };
