//! Plans feature: a plan (municipal or intermunicipal), its municipalities and areas, the entities
//! of its local diagnosis and its draft measures. Public, read-only pages for now.

pub mod api;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
