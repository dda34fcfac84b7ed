//! A progress report on a measure of an approved plan: execution status, date, a note in `lang`,
//! optionally one indicator's value (`position`, `value`) and a link to evidence. `entity_id` is
//! the responsible entity when its representative reported; `author_id` is who did (never
//! shown). Owned by `monitoring`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "progress_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub measure_id: i32,
    pub status: String,
    pub reported_on: Date,
    pub position: Option<i32>,
    pub value: Option<f64>,
    pub note: String,
    pub lang: String,
    pub evidence_url: Option<String>,
    pub author_id: Option<i32>,
    pub entity_id: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
