//! A survey of a plan: its texts, languages, access mode, definition (JSON) and opening dates.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "surveys")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub slug: String,
    pub title_i18n: String,
    pub intro_i18n: String,
    /// JSON array of language tags the survey is offered in, first = the survey's own language.
    pub languages: String,
    /// `open`, `codes` or `account`.
    pub access: String,
    pub definition: String,
    /// `draft` (facilitators only) or `published`.
    pub status: String,
    pub opens_at: Option<DateTimeUtc>,
    pub closes_at: Option<DateTimeUtc>,
    pub results_public: bool,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
