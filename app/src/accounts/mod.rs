//! Accounts feature: password-less sign-in (a one-time link and a short code by email), sessions
//! stored in the database, sign-out and "sign out everywhere".
//!
//! Roles, the admin pages and the profile (export, deletion) build on this (issue 3, next steps).

pub mod api;
pub mod domain;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
