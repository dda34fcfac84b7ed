//! A facilitator's working copy of one measure: the whole measure as a JSON document
//! (`plans::drafting::doc::MeasureDoc`), and the public measure it became once published.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "measure_drafts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub measure_id: Option<i32>,
    pub code: String,
    pub document: String,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<i32>,
    /// Taken out of the next version: the reason per language (JSON); `None` keeps it in.
    pub withdrawn_i18n: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
