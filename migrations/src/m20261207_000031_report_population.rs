//! Report feature: `plan_population_groups`, the reference population a plan's facilitators
//! enter for the representativeness report. Each group (a nationality or language group of the
//! foreign residents of the plan's municipalities, named per language in `name_i18n`) has its
//! number of residents, where that figure comes from (`source`, `year`) and the languages whose
//! inputs count as its participation (`languages`, tags separated by spaces; a language counts
//! for one group at most).

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
enum PlanPopulationGroups {
    Table,
    Id,
    PlanId,
    Position,
    NameI18n,
    Languages,
    Population,
    Source,
    Year,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PlanPopulationGroups::Table)
                    .col(id_col(PlanPopulationGroups::Id))
                    .col(ColumnDef::new(PlanPopulationGroups::PlanId).integer().not_null())
                    .col(ColumnDef::new(PlanPopulationGroups::Position).integer().not_null())
                    .col(ColumnDef::new(PlanPopulationGroups::NameI18n).text().not_null())
                    .col(ColumnDef::new(PlanPopulationGroups::Languages).string_len(200).not_null())
                    .col(ColumnDef::new(PlanPopulationGroups::Population).big_integer().not_null())
                    .col(ColumnDef::new(PlanPopulationGroups::Source).string_len(300).not_null())
                    .col(ColumnDef::new(PlanPopulationGroups::Year).integer().not_null())
                    .col(ts(PlanPopulationGroups::CreatedAt))
                    .col(ts(PlanPopulationGroups::UpdatedAt))
                    .foreign_key(&mut fk(PlanPopulationGroups::Table, PlanPopulationGroups::PlanId, Plans::Table, Plans::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_plan_population_groups_plan").table(PlanPopulationGroups::Table).col(PlanPopulationGroups::PlanId).col(PlanPopulationGroups::Position).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(PlanPopulationGroups::Table).to_owned()).await
    }
}
