//! Plans feature: an area may be hidden from the public pages (a plan that does not use one of
//! the 16 PMIM areas), without losing its texts.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PlanAreas {
    Table,
    Hidden,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(PlanAreas::Table).add_column(ColumnDef::new(PlanAreas::Hidden).boolean().not_null().default(false)).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(PlanAreas::Table).drop_column(PlanAreas::Hidden).to_owned()).await
    }
}
