//! Reviewing responses (facilitators): a survey's responses page by page, one response's
//! answers in words, a response typed in from paper or an interview corrected (answered again
//! as answers in progress that end in the stored response), any response withdrawn; both
//! audited with the reason given, and the survey's history of them read back from the audit log.
//!
//! Storing the change (tallies and free texts following the answers) is `store::amend`'s; the
//! correction's form is the answer form itself (`service::answer` hands its last section here).

pub mod api;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod service;
