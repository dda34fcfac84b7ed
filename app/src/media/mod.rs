//! Media feature: audio versions of a text, per language, with a transcript, for people who do
//! not read. Today the texts are a measure's summary and a survey question; later kinds (a
//! focus-group finding…) add a [`model::Target`] variant and nothing else.
//!
//! Owns what an upload must be ([`audio`]: size limit, kinds recognised by their first bytes),
//! where recordings live ([`service`]: in the database, so every app server serves them), the
//! upload, removal and range-request endpoints ([`http`]) and the player and facilitator form
//! ([`components`]).

pub mod api;
pub mod audio;
pub mod components;
pub mod model;

#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;
