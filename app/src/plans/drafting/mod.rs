//! Drafting the plan: facilitators write each measure (every field of DESIGN.md §1, its texts
//! per language with what each language still lacks), publish numbered versions of the whole
//! draft with a change note, and anyone reads an earlier version or a measure's word-by-word
//! changes between two versions. Unpublished work is seen only by the plan's facilitators; the
//! public pages read the latest version. Every change is audited.

pub mod api;
pub mod doc;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod apply;
#[cfg(feature = "ssr")]
pub mod diff;
#[cfg(feature = "ssr")]
pub mod service;
