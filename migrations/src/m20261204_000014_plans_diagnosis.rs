//! Plans feature, local diagnosis: an entity's public contact fields (email, phone, address), and
//! spreadsheet files facilitators upload to import entities (`entity_imports`), kept only between
//! the preview and the confirmation (or until the maintenance job clears them).

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
enum PlanEntities {
    Table,
    Email,
    Phone,
    Address,
}

#[derive(DeriveIden)]
enum EntityImports {
    Table,
    Id,
    PlanId,
    UserId,
    FileName,
    Encoding,
    Content,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        for column in [PlanEntities::Email, PlanEntities::Phone, PlanEntities::Address] {
            manager
                .alter_table(Table::alter().table(PlanEntities::Table).add_column(ColumnDef::new(column).string_len(300).null()).to_owned())
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(EntityImports::Table)
                    .col(id_col(EntityImports::Id))
                    .col(ColumnDef::new(EntityImports::PlanId).integer().not_null())
                    .col(ColumnDef::new(EntityImports::UserId).integer().not_null())
                    .col(ColumnDef::new(EntityImports::FileName).string_len(200).not_null())
                    .col(ColumnDef::new(EntityImports::Encoding).string_len(40).not_null())
                    .col(ColumnDef::new(EntityImports::Content).text().not_null())
                    .col(ts(EntityImports::CreatedAt))
                    .foreign_key(&mut fk(EntityImports::Table, EntityImports::PlanId, Plans::Table, Plans::Id))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(EntityImports::Table).to_owned()).await?;
        for column in [PlanEntities::Address, PlanEntities::Phone, PlanEntities::Email] {
            manager.alter_table(Table::alter().table(PlanEntities::Table).drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}
