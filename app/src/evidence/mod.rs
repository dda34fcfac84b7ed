//! Evidence feature: why a draft measure exists. Facilitators link the results of a survey
//! question to a measure with a rationale; the measure page lists its evidence, and the survey's
//! results page shows which measures each question's results fed. Later sources (consultations,
//! focus groups, forum threads) join the same table with their own `source_kind`.

pub mod api;
pub mod components;
pub mod model;

#[cfg(feature = "ssr")]
pub mod service;
