//! A spreadsheet of entities a facilitator uploaded, decoded to text, waiting for the import to be
//! confirmed (or discarded) after its preview.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "entity_imports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub user_id: i32,
    pub file_name: String,
    /// How the file's bytes were read (`UTF-8`, `Windows-1252`…), for the preview to say.
    pub encoding: String,
    pub content: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
