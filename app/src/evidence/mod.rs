//! Evidence feature: why a draft measure exists. Facilitators link an outcome of participation
//! (a survey question's results, a focus group's finding, a forum thread's outcome, a
//! consultation's comment, an entity's position) to a measure of the same plan, saying whether
//! it supports, challenges or informs it and why. The measure page lists its evidence by kind;
//! each outcome's page lists the measures it is evidence for; the facilitators' checklist
//! (`checklist`) shows the measures nothing is linked to yet. Kinds of outcome are named by a
//! typed reference (`model::OutcomeRef`) and resolved by the feature that owns them
//! (`crate::registry::outcomes`), so this module imports none of them.

pub mod api;
pub mod checklist;
pub mod components;
pub mod model;

#[cfg(feature = "ssr")]
pub mod service;
