use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "measures")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub area_id: i32,
    pub code: String,
    pub level: i16,
    pub status: String,
    pub title_i18n: String,
    pub summary_i18n: String,
    pub description_i18n: String,
    /// JSON array of translated objectives.
    pub objectives_i18n: String,
    pub timeline_i18n: String,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub responsible_entity_id: Option<i32>,
    pub position: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
