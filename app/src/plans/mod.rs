//! Plans feature: a plan (municipal or intermunicipal), its municipalities and areas, the entities
//! of its local diagnosis and its draft measures. Public, read-only pages for now.

pub mod activity;
pub mod api;
pub mod areas;
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod clock;
pub mod create;
#[cfg(feature = "ssr")]
pub mod directory;
pub mod diagnosis;
pub mod drafting;
pub mod edit;
pub mod editing;
pub mod model;
pub mod municipalities;
pub mod pages;
pub mod timeline;
#[cfg(feature = "ssr")]
pub mod service;
