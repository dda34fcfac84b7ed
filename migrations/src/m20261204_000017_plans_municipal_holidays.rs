//! Plans feature: a municipality's own holiday (`MM-DD`, or `easter+39` for Ascension Thursday),
//! which the working-day calculator skips for the plan whose seat it is.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PlanMunicipalities {
    Table,
    Holiday,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(PlanMunicipalities::Table).add_column(ColumnDef::new(PlanMunicipalities::Holiday).string_len(16).null()).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(PlanMunicipalities::Table).drop_column(PlanMunicipalities::Holiday).to_owned()).await
    }
}
