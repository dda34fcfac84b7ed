use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plans")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub kind: String,
    pub title_i18n: String,
    pub summary_i18n: String,
    pub promoter_i18n: String,
    pub period_start: Date,
    pub period_end: Date,
    pub status: String,
    /// JSON array of language tags the plan publishes in; the first is its default.
    pub languages: String,
    pub created_at: DateTimeUtc,
    /// `Europe/Lisbon`, `Atlantic/Azores` or `Atlantic/Madeira` (see `plans::model::TIME_ZONES`).
    pub time_zone: String,
    /// The plan's public contact.
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// Raised by the database on every write to the plan's content (see `content_cache`).
    pub content_rev: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
