//! A plan's participatory process timeline: the phases its facilitators set (diagnosis, surveys,
//! focus groups, information sessions, public consultation, forum, approval, monitoring) with
//! their dates, each shown with its length in working days as the CPA counts them (`calendar`),
//! and where the process stands today. Public on the plan's page; facilitators add and remove
//! phases there, audited.

pub mod api;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod service;
