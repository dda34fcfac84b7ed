//! A link from a participation outcome (a survey question's results) to a draft measure, with
//! the facilitator's rationale.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence_links")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub measure_id: i32,
    /// `survey_question` (more sources come with consultations and focus groups).
    pub source_kind: String,
    pub survey_id: Option<i32>,
    pub question_id: Option<String>,
    pub rationale_i18n: String,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
