//! A flag someone raised on an item (`item_kind`, `item_id`: a typed reference, e.g. a
//! consultation comment), with a reason; one per person per item. `resolved` once a moderator
//! has decided on the item, so only newer flags count towards hiding it again.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "moderation_flags")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub item_kind: String,
    pub item_id: i32,
    pub user_id: i32,
    pub reason: String,
    pub resolved: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
