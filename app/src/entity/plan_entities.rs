//! An entity of the local diagnosis (municipality, CLAIM, association, school…).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_entities")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub slug: String,
    pub kind: String,
    pub municipality_id: Option<i32>,
    pub name_i18n: String,
    pub description_i18n: String,
    /// JSON array of translated service names.
    pub services_i18n: String,
    pub website: Option<String>,
    /// Public contact fields.
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
