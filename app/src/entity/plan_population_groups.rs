//! A group of a plan's reference population (a nationality or language group of its foreign
//! residents): its name per language (`name_i18n`, a `Translated` JSON), its residents, where the
//! figure comes from, and the languages (tags separated by spaces) whose inputs count as its
//! participation. Owned by `report::population`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_population_groups")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub position: i32,
    #[sea_orm(column_type = "Text")]
    pub name_i18n: String,
    pub languages: String,
    pub population: i64,
    pub source: String,
    pub year: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
