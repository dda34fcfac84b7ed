//! The public moderation log of a plan: what happened to an item (`hidden_by_flags`, `hidden`,
//! `removed`, `restored`), the reason code, where the item is shown (`place`, a path) and when.
//! It names no person: who acted is in the audit log, for facilitators and admins.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "moderation_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub item_kind: String,
    pub item_id: i32,
    pub action: String,
    pub reason: String,
    pub place: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
