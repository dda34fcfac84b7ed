//! Consultations feature: the answer to each input of a consultation — a comment or an entity's
//! position (`input_kind`, `input_id`) — given by the plan's facilitators: a decision, a reason
//! (translatable) and optionally the later version of the draft that carries the change
//! (`consultation_dispositions`, one per input). `notified_at` is when its author was emailed,
//! so they are told once.

use sea_orm_migration::prelude::*;

use crate::columns::{fk, id_col, ts, ts_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ConsultationDispositions {
    Table,
    Id,
    ConsultationId,
    InputKind,
    InputId,
    Decision,
    ReasonI18n,
    ChangedIn,
    DecidedBy,
    DecidedAt,
    NotifiedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConsultationDispositions::Table)
                    .col(id_col(ConsultationDispositions::Id))
                    .col(ColumnDef::new(ConsultationDispositions::ConsultationId).integer().not_null())
                    .col(ColumnDef::new(ConsultationDispositions::InputKind).string_len(16).not_null())
                    .col(ColumnDef::new(ConsultationDispositions::InputId).integer().not_null())
                    .col(ColumnDef::new(ConsultationDispositions::Decision).string_len(24).not_null())
                    .col(ColumnDef::new(ConsultationDispositions::ReasonI18n).text().not_null())
                    .col(ColumnDef::new(ConsultationDispositions::ChangedIn).integer().null())
                    .col(ColumnDef::new(ConsultationDispositions::DecidedBy).integer().null())
                    .col(ts(ConsultationDispositions::DecidedAt))
                    .col(ts_null(ConsultationDispositions::NotifiedAt))
                    .foreign_key(&mut fk(ConsultationDispositions::Table, ConsultationDispositions::ConsultationId, Consultations::Table, Consultations::Id))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConsultationDispositions::Table, ConsultationDispositions::DecidedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .index(Index::create().unique().col(ConsultationDispositions::InputKind).col(ConsultationDispositions::InputId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consultation_dispositions_consultation")
                    .table(ConsultationDispositions::Table)
                    .col(ConsultationDispositions::ConsultationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ConsultationDispositions::Table).to_owned()).await
    }
}
