//! A role given to a person (per plan for facilitators, per entity for association
//! representatives); revoking keeps the row, so the history stays.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "role_grants")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub role: String,
    pub plan_id: Option<i32>,
    pub entity_id: Option<i32>,
    pub granted_by: Option<i32>,
    pub granted_at: DateTimeUtc,
    pub revoked_by: Option<i32>,
    pub revoked_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
