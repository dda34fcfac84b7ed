//! Facilitators review the responses of their surveys: a response typed in from paper (or an
//! interview) is corrected by answering it again as answers in progress that end in the stored
//! response (`survey_drafts.amends`, with the answers it had when the correction began and the
//! reason given), and any response may be withdrawn. Both are audited, and a survey's history
//! is read back from the audit log by its target, so the log gets an index on the target.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    TargetType,
    TargetId,
}

#[derive(DeriveIden)]
enum SurveyDrafts {
    Table,
    Amends,
    AmendsSeen,
    AmendReason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_target")
                    .table(AuditLog::Table)
                    .col(AuditLog::TargetType)
                    .col(AuditLog::TargetId)
                    .to_owned(),
            )
            .await?;
        // One column per statement: SQLite adds one at a time.
        let columns = [
            ColumnDef::new(SurveyDrafts::Amends).big_integer().null().to_owned(),
            ColumnDef::new(SurveyDrafts::AmendsSeen).string_len(64).null().to_owned(),
            ColumnDef::new(SurveyDrafts::AmendReason).text().null().to_owned(),
        ];
        for mut column in columns {
            manager.alter_table(Table::alter().table(SurveyDrafts::Table).add_column(&mut column).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [SurveyDrafts::AmendReason, SurveyDrafts::AmendsSeen, SurveyDrafts::Amends] {
            manager.alter_table(Table::alter().table(SurveyDrafts::Table).drop_column(column).to_owned()).await?;
        }
        manager.drop_index(Index::drop().name("idx_audit_log_target").table(AuditLog::Table).to_owned()).await
    }
}
