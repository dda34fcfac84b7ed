//! Someone who answered a focus group's date poll: a name, the language to be written to, and an
//! address only if they want to hear which time was chosen.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "focus_group_voters")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub focus_group_id: i32,
    pub name: String,
    pub email: Option<String>,
    pub lang: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
