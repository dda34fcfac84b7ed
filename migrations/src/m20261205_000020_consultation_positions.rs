//! Consultations feature: formal positions of associations and other entities on a measure in a
//! consultation (`consultation_positions`). Each filing or edit is a new row, so history is kept
//! (and two edits sent at once both stay); an entity's current position on a measure is its
//! newest row.

use sea_orm_migration::prelude::*;

use crate::columns::{fk, id_col, ts};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Measures {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PlanEntities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PlanVersions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ConsultationPositions {
    Table,
    Id,
    ConsultationId,
    MeasureId,
    EntityId,
    VersionId,
    Stance,
    Statement,
    StatementHtml,
    ProposedPart,
    ProposedText,
    Lang,
    FiledBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConsultationPositions::Table)
                    .col(id_col(ConsultationPositions::Id))
                    .col(ColumnDef::new(ConsultationPositions::ConsultationId).integer().not_null())
                    .col(ColumnDef::new(ConsultationPositions::MeasureId).integer().not_null())
                    .col(ColumnDef::new(ConsultationPositions::EntityId).integer().not_null())
                    .col(ColumnDef::new(ConsultationPositions::VersionId).integer().not_null())
                    .col(ColumnDef::new(ConsultationPositions::Stance).string_len(32).not_null())
                    .col(ColumnDef::new(ConsultationPositions::Statement).text().not_null())
                    .col(ColumnDef::new(ConsultationPositions::StatementHtml).text().not_null())
                    .col(ColumnDef::new(ConsultationPositions::ProposedPart).string_len(40).null())
                    .col(ColumnDef::new(ConsultationPositions::ProposedText).text().null())
                    .col(ColumnDef::new(ConsultationPositions::Lang).string_len(16).not_null())
                    .col(ColumnDef::new(ConsultationPositions::FiledBy).integer().null())
                    .col(ts(ConsultationPositions::CreatedAt))
                    .foreign_key(&mut fk(ConsultationPositions::Table, ConsultationPositions::ConsultationId, Consultations::Table, Consultations::Id))
                    .foreign_key(&mut fk(ConsultationPositions::Table, ConsultationPositions::MeasureId, Measures::Table, Measures::Id))
                    .foreign_key(&mut fk(ConsultationPositions::Table, ConsultationPositions::EntityId, PlanEntities::Table, PlanEntities::Id))
                    .foreign_key(&mut fk(ConsultationPositions::Table, ConsultationPositions::VersionId, PlanVersions::Table, PlanVersions::Id))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConsultationPositions::Table, ConsultationPositions::FiledBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consultation_positions_measure")
                    .table(ConsultationPositions::Table)
                    .col(ConsultationPositions::ConsultationId)
                    .col(ConsultationPositions::MeasureId)
                    .col(ConsultationPositions::EntityId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ConsultationPositions::Table).to_owned()).await
    }
}
