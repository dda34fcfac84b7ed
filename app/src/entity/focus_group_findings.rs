//! A finding of a focus group: a short statement (JSON `Translated`), tagged with area codes and
//! measure codes of its plan (JSON lists), in the order the facilitators wrote them.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "focus_group_findings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub focus_group_id: i32,
    pub plan_id: i32,
    pub position: i32,
    pub statement_i18n: String,
    pub areas: String,
    pub measures: String,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
