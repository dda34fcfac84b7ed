//! The survey builder (facilitators): create a survey, change its settings, sections and
//! questions in each of its languages, see which translations are missing, publish it; copy it,
//! or export and import it as a file (`transfer`, `http`). Once a survey has responses only its
//! texts may change. Every change is audited.

pub mod api;
pub mod edit;
pub mod model;
pub mod pages;
pub mod transfer;

#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;
