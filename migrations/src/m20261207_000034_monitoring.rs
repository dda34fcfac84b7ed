//! Monitoring feature: what happens to a plan's measures after it is approved.
//!
//! - `indicator_figures`: for an indicator of a published measure (named by the measure and the
//!   indicator's `position` in it, as `measure_indicators` numbers them), the unit, the baseline
//!   and the target as numbers, which progress is drawn against.
//! - `progress_reports`: what the responsible entity's representative or a facilitator reports
//!   on a measure: its execution status, the date, a note (in `lang`), optionally a value of one
//!   indicator (`position`) and a link to evidence. `entity_id` is set when the report was made
//!   for the responsible entity (pages name the entity, never the person).

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
enum IndicatorFigures {
    Table,
    Id,
    PlanId,
    MeasureId,
    Position,
    Unit,
    Baseline,
    Target,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProgressReports {
    Table,
    Id,
    PlanId,
    MeasureId,
    Status,
    ReportedOn,
    Position,
    Value,
    Note,
    Lang,
    EvidenceUrl,
    AuthorId,
    EntityId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(IndicatorFigures::Table)
                    .col(id_col(IndicatorFigures::Id))
                    .col(ColumnDef::new(IndicatorFigures::PlanId).integer().not_null())
                    .col(ColumnDef::new(IndicatorFigures::MeasureId).integer().not_null())
                    .col(ColumnDef::new(IndicatorFigures::Position).integer().not_null())
                    .col(ColumnDef::new(IndicatorFigures::Unit).string_len(40).not_null())
                    .col(ColumnDef::new(IndicatorFigures::Baseline).double().not_null())
                    .col(ColumnDef::new(IndicatorFigures::Target).double().not_null())
                    .col(ts(IndicatorFigures::UpdatedAt))
                    .foreign_key(&mut fk(IndicatorFigures::Table, IndicatorFigures::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(&mut fk(IndicatorFigures::Table, IndicatorFigures::MeasureId, Measures::Table, Measures::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_indicator_figures_measure")
                    .table(IndicatorFigures::Table)
                    .col(IndicatorFigures::MeasureId)
                    .col(IndicatorFigures::Position)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_indicator_figures_plan").table(IndicatorFigures::Table).col(IndicatorFigures::PlanId).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProgressReports::Table)
                    .col(id_col(ProgressReports::Id))
                    .col(ColumnDef::new(ProgressReports::PlanId).integer().not_null())
                    .col(ColumnDef::new(ProgressReports::MeasureId).integer().not_null())
                    .col(ColumnDef::new(ProgressReports::Status).string_len(20).not_null())
                    .col(ColumnDef::new(ProgressReports::ReportedOn).date().not_null())
                    .col(ColumnDef::new(ProgressReports::Position).integer().null())
                    .col(ColumnDef::new(ProgressReports::Value).double().null())
                    .col(ColumnDef::new(ProgressReports::Note).text().not_null())
                    .col(ColumnDef::new(ProgressReports::Lang).string_len(20).not_null())
                    .col(ColumnDef::new(ProgressReports::EvidenceUrl).string_len(300).null())
                    .col(ColumnDef::new(ProgressReports::AuthorId).integer().null())
                    .col(ColumnDef::new(ProgressReports::EntityId).integer().null())
                    .col(ts(ProgressReports::CreatedAt))
                    .foreign_key(&mut fk(ProgressReports::Table, ProgressReports::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(&mut fk(ProgressReports::Table, ProgressReports::MeasureId, Measures::Table, Measures::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_progress_reports_plan")
                    .table(ProgressReports::Table)
                    .col(ProgressReports::PlanId)
                    .col(ProgressReports::MeasureId)
                    .col(ProgressReports::ReportedOn)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ProgressReports::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(IndicatorFigures::Table).to_owned()).await
    }
}
