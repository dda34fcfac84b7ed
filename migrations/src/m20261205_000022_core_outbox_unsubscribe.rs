//! The outbox: an email may carry a one-click unsubscribe address (`unsubscribe_url`), which the
//! worker sends as `List-Unsubscribe` with `List-Unsubscribe-Post` (RFC 8058).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outbox {
    Table,
    UnsubscribeUrl,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Outbox::Table).add_column(ColumnDef::new(Outbox::UnsubscribeUrl).string_len(500).null()).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Outbox::Table).drop_column(Outbox::UnsubscribeUrl).to_owned()).await
    }
}
