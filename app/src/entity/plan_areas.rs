//! An intervention area of a plan (the 16 PMIM areas to begin with; facilitators rename, add,
//! reorder and hide them).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_areas")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub code: String,
    pub position: i32,
    pub name_i18n: String,
    pub description_i18n: String,
    /// Left out of the public pages (the plan does not use it).
    pub hidden: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
