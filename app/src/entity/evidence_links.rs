//! A link from a participation outcome to a draft measure, with the facilitator's rationale. The
//! outcome is named by a typed reference: `source_kind` (`evidence::model::OutcomeKind`) and
//! `source_ref`, its key within that kind, which the owning feature resolves.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence_links")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub measure_id: i32,
    pub source_kind: String,
    pub source_ref: String,
    /// Links made before `source_ref` existed (survey questions) still carry these; unread.
    pub survey_id: Option<i32>,
    pub question_id: Option<String>,
    pub rationale_i18n: String,
    /// `supports`, `challenges` or `informs` (`evidence::model::Stance`).
    pub stance: String,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
