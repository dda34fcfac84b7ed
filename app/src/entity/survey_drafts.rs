//! Answers in progress, found by the browser's draft cookie or a resume code (both stored as
//! hashes); deleted when the response is submitted.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_drafts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub survey_id: i32,
    pub token_hash: String,
    pub resume_hash: Option<String>,
    pub code_id: Option<i32>,
    pub section: i32,
    pub lang: String,
    pub channel: String,
    pub interview_lang: Option<String>,
    pub assisted_by: Option<i32>,
    /// JSON answers of the sections already passed.
    pub answers: String,
    /// JSON of the form as last sent for the current section, with its problems.
    pub pending: Option<String>,
    /// A facilitator's correction of this stored response (its id): sending the last section
    /// replaces that response's answers rather than adding one.
    pub amends: Option<i64>,
    /// The corrected response's answers when the correction began (hashed): if they changed
    /// meanwhile, the correction is refused rather than undoing someone else's.
    pub amends_seen: Option<String>,
    /// Why the response is corrected (audited with the change).
    pub amend_reason: Option<String>,
    pub updated_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
