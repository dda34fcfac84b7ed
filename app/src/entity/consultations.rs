//! A plan's public consultation of one published version of its draft: title and opening text
//! (JSON `Translated`), which measures (`scope`: a JSON list of codes; empty = all), channels and
//! languages (JSON lists), opening and closing days, and when its report was published.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub version_id: i32,
    pub slug: String,
    pub title_i18n: String,
    pub intro_i18n: String,
    pub scope: String,
    pub channels: String,
    pub languages: String,
    pub opens_on: Date,
    pub closes_on: Date,
    /// The length the facilitator asked for, in working days (the closing day was computed).
    pub working_days: Option<i32>,
    pub report_published_at: Option<DateTimeUtc>,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
