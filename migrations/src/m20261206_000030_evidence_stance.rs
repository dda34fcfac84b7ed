//! The stance of an evidence link (`evidence_links.stance`): whether the outcome `supports` the
//! measure, `challenges` it or only `informs` it. Links made before it existed say `informs`,
//! the one that claims nothing.
//!
//! Consultation comments become outcomes that measure pages show as evidence, read through the
//! content cache: a comment hidden, removed or deleted must leave those pages at once, so a
//! change of a comment's state or text raises its plan's content revision (as the tables of
//! `m20261205_000023_plans_content_revision` do). Only updates: comments are written all day,
//! and a new one is evidence for nothing until a facilitator links it, which raises it anyway.

use sea_orm_migration::{prelude::*, sea_orm::DatabaseBackend};

const PG_TRIGGER: &str = "CREATE TRIGGER consultation_comments_content_rev AFTER UPDATE OF state, body ON consultation_comments \
     FOR EACH ROW EXECUTE FUNCTION ponte_content_rev('consultation_id')";
const SQLITE_TRIGGER: &str = "CREATE TRIGGER consultation_comments_content_rev_update AFTER UPDATE OF state, body ON consultation_comments \
     FOR EACH ROW BEGIN UPDATE plans SET content_rev = content_rev + 1 \
     WHERE id IN (SELECT plan_id FROM consultations WHERE id IN (NEW.consultation_id, OLD.consultation_id)); END";

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EvidenceLinks {
    Table,
    Stance,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table(EvidenceLinks::Table).add_column(ColumnDef::new(EvidenceLinks::Stance).string_len(16).not_null().default("informs")).to_owned(),
            )
            .await?;
        let postgres = manager.get_database_backend() == DatabaseBackend::Postgres;
        manager.get_connection().execute_unprepared(if postgres { PG_TRIGGER } else { SQLITE_TRIGGER }).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let drop = if manager.get_database_backend() == DatabaseBackend::Postgres {
            "DROP TRIGGER IF EXISTS consultation_comments_content_rev ON consultation_comments"
        } else {
            "DROP TRIGGER IF EXISTS consultation_comments_content_rev_update"
        };
        manager.get_connection().execute_unprepared(drop).await?;
        manager.alter_table(Table::alter().table(EvidenceLinks::Table).drop_column(EvidenceLinks::Stance).to_owned()).await
    }
}
