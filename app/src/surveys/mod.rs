//! Surveys feature (issue 4): a plan's surveys with eleven question types and display
//! conditions, answered without JavaScript (enhanced with it), by anyone, by single-use code or
//! signed in, always stored anonymously; results with small-cell suppression; streamed exports.
//!
//! `definition`, `answers` (the survey's rules and the answer decoder) and `live` (a section's
//! live check) live in `ponte-rules`, shared with the browser's enhancement module; `results`
//! turns tallies into what the results page shows; `service` is the server side, with `store`
//! storing responses; `http` the plain form endpoint and exports; `api` the server functions;
//! `form` and `pages` the pages; `responses` the facilitators' review of stored responses.

pub mod api;
pub use ponte_rules::{answers, date, definition, fields, live};
pub mod builder;
pub mod evidence;
pub mod form;
pub mod model;
pub mod pages;
pub mod responses;
pub mod results;

#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
