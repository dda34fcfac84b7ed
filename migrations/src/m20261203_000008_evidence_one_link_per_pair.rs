//! Evidence: one link per outcome and measure. Duplicates made before (a double click saved the
//! same link twice) are merged into the oldest, then a unique index keeps it so.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EvidenceLinks {
    Table,
    MeasureId,
    SourceKind,
    SurveyId,
    QuestionId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "DELETE FROM evidence_links WHERE id NOT IN \
                 (SELECT MIN(id) FROM evidence_links GROUP BY measure_id, source_kind, survey_id, question_id)",
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_evidence_links_one_per_pair")
                    .table(EvidenceLinks::Table)
                    .col(EvidenceLinks::MeasureId)
                    .col(EvidenceLinks::SourceKind)
                    .col(EvidenceLinks::SurveyId)
                    .col(EvidenceLinks::QuestionId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name("idx_evidence_links_one_per_pair").table(EvidenceLinks::Table).to_owned()).await
    }
}
