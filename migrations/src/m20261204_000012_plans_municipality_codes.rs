//! A plan's municipalities carry their official code (DICO, from the list shipped with Ponte), so
//! that plans can be found by district and by municipality. Plans made before (the demo's
//! imaginary municipalities) have none.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PlanMunicipalities {
    Table,
    Dico,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(PlanMunicipalities::Table).add_column(ColumnDef::new(PlanMunicipalities::Dico).string_len(4).null()).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(PlanMunicipalities::Table).drop_column(PlanMunicipalities::Dico).to_owned()).await
    }
}
