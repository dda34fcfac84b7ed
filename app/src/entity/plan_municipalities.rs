use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_municipalities")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub slug: String,
    pub name: String,
    pub residents: Option<i32>,
    pub foreign_residents: Option<i32>,
    /// Its official code (`plans::municipalities`), where it is a real one.
    pub dico: Option<String>,
    pub position: i32,
    /// The municipality's own holiday (`MunicipalHoliday::key`), if it has one.
    pub holiday: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
