//! Focus groups feature: what a session produced — its minutes (`focus_groups.minutes_i18n`,
//! Markdown per language) and its findings (`focus_group_findings`: short statements per
//! language, tagged with the plan's areas and measure codes), public once the facilitators
//! publish them (`focus_groups.findings_published_at`).
//!
//! Evidence feature: a link names its outcome by a typed reference, `source_kind` and
//! `source_ref` (a survey question: `<survey slug>/<question id>`; a finding: its id), resolved
//! by the feature that owns that kind. The survey columns stay for links made before; one link
//! per outcome and measure is now kept on the reference.
//!
//! Both tables raise the plan's content revision (see `m20261205_000023`), since measure pages
//! keep findings and evidence in memory.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

use crate::{
    columns::{fk, id_col, ts, ts_null},
    m20261205_000023_plans_content_revision::{Owner, pg_trigger, sqlite_triggers},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Plans {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum FocusGroups {
    Table,
    Id,
    MinutesI18n,
    FindingsPublishedAt,
}

#[derive(DeriveIden)]
enum FocusGroupFindings {
    Table,
    Id,
    FocusGroupId,
    PlanId,
    Position,
    StatementI18n,
    Areas,
    Measures,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum EvidenceLinks {
    Table,
    MeasureId,
    SourceKind,
    SourceRef,
    SurveyId,
    QuestionId,
}

/// The writes that change what public pages show (a registration, which writes `seats_rev`,
/// is not one of them).
const WATCHED: &[(&str, Option<&str>)] = &[("focus_group_findings", None), ("focus_groups", Some("topic_i18n, findings_published_at"))];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table(FocusGroups::Table).add_column(ColumnDef::new(FocusGroups::MinutesI18n).text().not_null().default("{}")).to_owned(),
            )
            .await?;
        manager.alter_table(Table::alter().table(FocusGroups::Table).add_column(ts_null(FocusGroups::FindingsPublishedAt)).to_owned()).await?;
        manager
            .create_table(
                Table::create()
                    .table(FocusGroupFindings::Table)
                    .col(id_col(FocusGroupFindings::Id))
                    .col(ColumnDef::new(FocusGroupFindings::FocusGroupId).integer().not_null())
                    .col(ColumnDef::new(FocusGroupFindings::PlanId).integer().not_null())
                    .col(ColumnDef::new(FocusGroupFindings::Position).integer().not_null())
                    .col(ColumnDef::new(FocusGroupFindings::StatementI18n).text().not_null())
                    .col(ColumnDef::new(FocusGroupFindings::Areas).text().not_null())
                    .col(ColumnDef::new(FocusGroupFindings::Measures).text().not_null())
                    .col(ColumnDef::new(FocusGroupFindings::CreatedBy).integer().null())
                    .col(ts(FocusGroupFindings::CreatedAt))
                    .foreign_key(&mut fk(FocusGroupFindings::Table, FocusGroupFindings::FocusGroupId, FocusGroups::Table, FocusGroups::Id))
                    .foreign_key(&mut fk(FocusGroupFindings::Table, FocusGroupFindings::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(
                        ForeignKey::create()
                            .from(FocusGroupFindings::Table, FocusGroupFindings::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_focus_group_findings_group")
                    .table(FocusGroupFindings::Table)
                    .col(FocusGroupFindings::FocusGroupId)
                    .col(FocusGroupFindings::Position)
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter().table(EvidenceLinks::Table).add_column(ColumnDef::new(EvidenceLinks::SourceRef).string_len(120).not_null().default("")).to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared(
            "UPDATE evidence_links SET source_ref = \
             (SELECT slug FROM surveys WHERE surveys.id = evidence_links.survey_id) || '/' || question_id \
             WHERE source_kind = 'survey_question'",
        )
        .await?;
        manager.drop_index(Index::drop().name("idx_evidence_links_one_per_pair").table(EvidenceLinks::Table).to_owned()).await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_evidence_links_one_per_outcome")
                    .table(EvidenceLinks::Table)
                    .col(EvidenceLinks::MeasureId)
                    .col(EvidenceLinks::SourceKind)
                    .col(EvidenceLinks::SourceRef)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_evidence_links_outcome").table(EvidenceLinks::Table).col(EvidenceLinks::SourceKind).col(EvidenceLinks::SourceRef).to_owned(),
            )
            .await?;

        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                for (table, columns) in WATCHED {
                    db.execute_unprepared(&pg_trigger(table, Owner::Plan, *columns)).await?;
                }
            }
            _ => {
                for (table, columns) in WATCHED {
                    for sql in sqlite_triggers(table, Owner::Plan, *columns) {
                        db.execute_unprepared(&sql).await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let postgres = manager.get_database_backend() == DatabaseBackend::Postgres;
        for (table, _) in WATCHED {
            if postgres {
                db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_content_rev ON {table}")).await?;
            } else {
                for name in ["insert", "update", "delete"] {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_content_rev_{name}")).await?;
                }
            }
        }
        manager.drop_index(Index::drop().name("idx_evidence_links_outcome").table(EvidenceLinks::Table).to_owned()).await?;
        manager.drop_index(Index::drop().name("idx_evidence_links_one_per_outcome").table(EvidenceLinks::Table).to_owned()).await?;
        manager.alter_table(Table::alter().table(EvidenceLinks::Table).drop_column(EvidenceLinks::SourceRef).to_owned()).await?;
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
            .await?;
        manager.drop_table(Table::drop().table(FocusGroupFindings::Table).to_owned()).await?;
        manager.alter_table(Table::alter().table(FocusGroups::Table).drop_column(FocusGroups::FindingsPublishedAt).to_owned()).await?;
        manager.alter_table(Table::alter().table(FocusGroups::Table).drop_column(FocusGroups::MinutesI18n).to_owned()).await
    }
}
