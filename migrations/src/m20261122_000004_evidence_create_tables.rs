//! Evidence feature: links from what participation produced (so far: the results of a survey
//! question) to the draft measures they support, each with a rationale in several languages.

use sea_orm_migration::prelude::*;

use crate::columns::{drop_tables, fk, id_col, ts};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Plans {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Measures {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum EvidenceLinks {
    Table,
    Id,
    PlanId,
    MeasureId,
    SourceKind,
    SurveyId,
    QuestionId,
    RationaleI18n,
    CreatedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EvidenceLinks::Table)
                    .col(id_col(EvidenceLinks::Id))
                    .col(ColumnDef::new(EvidenceLinks::PlanId).integer().not_null())
                    .col(ColumnDef::new(EvidenceLinks::MeasureId).integer().not_null())
                    .col(ColumnDef::new(EvidenceLinks::SourceKind).string_len(30).not_null())
                    .col(ColumnDef::new(EvidenceLinks::SurveyId).integer().null())
                    .col(ColumnDef::new(EvidenceLinks::QuestionId).string_len(40).null())
                    .col(ColumnDef::new(EvidenceLinks::RationaleI18n).text().not_null())
                    .col(ColumnDef::new(EvidenceLinks::CreatedBy).integer().null())
                    .col(ts(EvidenceLinks::CreatedAt))
                    .foreign_key(&mut fk(EvidenceLinks::Table, EvidenceLinks::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(&mut fk(EvidenceLinks::Table, EvidenceLinks::MeasureId, Measures::Table, Measures::Id))
                    .foreign_key(&mut fk(EvidenceLinks::Table, EvidenceLinks::SurveyId, Surveys::Table, Surveys::Id))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EvidenceLinks::Table, EvidenceLinks::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_evidence_links_measure")
                    .table(EvidenceLinks::Table)
                    .col(EvidenceLinks::MeasureId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_evidence_links_survey")
                    .table(EvidenceLinks::Table)
                    .col(EvidenceLinks::SurveyId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, vec![EvidenceLinks::Table.into_iden()]).await
    }
}
