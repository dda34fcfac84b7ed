//! Plans feature, drafting: facilitators' working copy of each measure (`measure_drafts`, one JSON
//! document per measure), and the versions of the draft they publish (`plan_versions`), each
//! freezing every measure as it then read (`measure_versions`). The public `measures` rows are
//! the latest published version; earlier versions are read from their frozen documents.

use sea_orm_migration::prelude::*;

use crate::columns::{fk, id_col, ts};

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
enum MeasureDrafts {
    Table,
    Id,
    PlanId,
    MeasureId,
    Code,
    Document,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum PlanVersions {
    Table,
    Id,
    PlanId,
    Number,
    NoteI18n,
    PublishedAt,
    PublishedBy,
}

#[derive(DeriveIden)]
enum MeasureVersions {
    Table,
    Id,
    VersionId,
    DraftId,
    Code,
    Document,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MeasureDrafts::Table)
                    .col(id_col(MeasureDrafts::Id))
                    .col(ColumnDef::new(MeasureDrafts::PlanId).integer().not_null())
                    .col(ColumnDef::new(MeasureDrafts::MeasureId).integer().null().unique_key())
                    .col(ColumnDef::new(MeasureDrafts::Code).string_len(40).not_null())
                    .col(ColumnDef::new(MeasureDrafts::Document).text().not_null())
                    .col(ts(MeasureDrafts::UpdatedAt))
                    .col(ColumnDef::new(MeasureDrafts::UpdatedBy).integer().null())
                    .foreign_key(&mut fk(MeasureDrafts::Table, MeasureDrafts::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeasureDrafts::Table, MeasureDrafts::MeasureId)
                            .to(Measures::Table, Measures::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .index(Index::create().unique().col(MeasureDrafts::PlanId).col(MeasureDrafts::Code))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PlanVersions::Table)
                    .col(id_col(PlanVersions::Id))
                    .col(ColumnDef::new(PlanVersions::PlanId).integer().not_null())
                    .col(ColumnDef::new(PlanVersions::Number).integer().not_null())
                    .col(ColumnDef::new(PlanVersions::NoteI18n).text().not_null())
                    .col(ts(PlanVersions::PublishedAt))
                    .col(ColumnDef::new(PlanVersions::PublishedBy).integer().null())
                    .foreign_key(&mut fk(PlanVersions::Table, PlanVersions::PlanId, Plans::Table, Plans::Id))
                    .index(Index::create().unique().col(PlanVersions::PlanId).col(PlanVersions::Number))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MeasureVersions::Table)
                    .col(id_col(MeasureVersions::Id))
                    .col(ColumnDef::new(MeasureVersions::VersionId).integer().not_null())
                    .col(ColumnDef::new(MeasureVersions::DraftId).integer().not_null())
                    .col(ColumnDef::new(MeasureVersions::Code).string_len(40).not_null())
                    .col(ColumnDef::new(MeasureVersions::Document).text().not_null())
                    .foreign_key(&mut fk(MeasureVersions::Table, MeasureVersions::VersionId, PlanVersions::Table, PlanVersions::Id))
                    .foreign_key(&mut fk(MeasureVersions::Table, MeasureVersions::DraftId, MeasureDrafts::Table, MeasureDrafts::Id))
                    .index(Index::create().unique().col(MeasureVersions::VersionId).col(MeasureVersions::Code))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_measure_versions_draft")
                    .table(MeasureVersions::Table)
                    .col(MeasureVersions::DraftId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [MeasureVersions::Table.into_iden(), PlanVersions::Table.into_iden(), MeasureDrafts::Table.into_iden()] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
