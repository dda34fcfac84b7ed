//! Accounts feature: password-less sign-in (a one-time link and a short code by email), sessions
//! stored in the database, sign-out and "sign out everywhere".
//!
//! Also: roles and the people page (`roles`, `people`), and a person's own account (`profile`:
//! name, language, notifications, export, deletion), and stopping notification emails from the
//! email itself (`unsubscribe`), and how a person's public texts are signed (`byline`).

pub mod api;
pub mod byline;
pub mod domain;
pub mod model;
pub mod pages;
pub mod roles;
#[cfg(feature = "ssr")]
pub mod people;
#[cfg(feature = "ssr")]
pub mod profile;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod unsubscribe;
