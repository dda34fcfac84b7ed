//! An audio version of one text in one language, with its transcript (media feature).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audio_clips")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    /// The text it reads, as a typed reference (`crate::media::Target::key`).
    pub target: String,
    pub measure_id: Option<i32>,
    pub survey_id: Option<i32>,
    pub lang: String,
    pub mime: String,
    pub size: i32,
    pub sha256: String,
    #[sea_orm(column_type = "Blob")]
    pub bytes: Vec<u8>,
    pub transcript: String,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
