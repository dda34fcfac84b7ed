//! One answer of a poll's voter for one slot: `yes`, `maybe` (if need be) or `no`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "focus_group_votes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub voter_id: i32,
    pub slot_id: i32,
    pub answer: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
