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
    /// The version that left this measure out (status `withdrawn`), and why, per language.
    pub withdrawn_in: Option<i32>,
    pub withdrawn_i18n: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(belongs_to = "super::plans::Entity", from = "Column::PlanId", to = "super::plans::Column::Id")]
    Plan,
    #[sea_orm(belongs_to = "super::plan_areas::Entity", from = "Column::AreaId", to = "super::plan_areas::Column::Id")]
    Area,
}

impl Related<super::plans::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Plan.def()
    }
}

impl Related<super::plan_areas::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Area.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
