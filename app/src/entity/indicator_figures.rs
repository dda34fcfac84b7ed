//! The numbers an indicator of a published measure is monitored against: unit, baseline and
//! target. The indicator is the measure's `position`-th (as `measure_indicators` numbers them).
//! Owned by `monitoring`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "indicator_figures")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub measure_id: i32,
    pub position: i32,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
