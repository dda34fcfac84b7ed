//! A plan's activity log for its facilitators and the administrators: every audited change to the
//! plan (surveys, responses, evidence, roles, the timeline…), newest first, who made it and what
//! it was about. Read from the one audit log (`crate::audit` writes it).

pub mod api;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod service;
