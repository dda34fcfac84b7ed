//! A plan's participatory process timeline: its phases (diagnosis, surveys, focus groups, public
//! consultation, approval, monitoring…) with their dates, shown on the plan's page.

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
enum PlanPhases {
    Table,
    Id,
    PlanId,
    Kind,
    StartsOn,
    EndsOn,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PlanPhases::Table)
                    .col(id_col(PlanPhases::Id))
                    .col(ColumnDef::new(PlanPhases::PlanId).integer().not_null())
                    .col(ColumnDef::new(PlanPhases::Kind).string_len(32).not_null())
                    .col(ColumnDef::new(PlanPhases::StartsOn).date().not_null())
                    .col(ColumnDef::new(PlanPhases::EndsOn).date().not_null())
                    .col(ts(PlanPhases::CreatedAt))
                    .foreign_key(&mut fk(PlanPhases::Table, PlanPhases::PlanId, Plans::Table, Plans::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_plan_phases_plan").table(PlanPhases::Table).col(PlanPhases::PlanId).col(PlanPhases::StartsOn).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(PlanPhases::Table).to_owned()).await
    }
}
