//! The outbox: an email may carry a calendar invitation (`calendar`, an iCalendar document),
//! which the worker attaches as `invite.ics` (`text/calendar` with its METHOD).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Calendar,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Outbox::Table).add_column(ColumnDef::new(Outbox::Calendar).text().null()).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Outbox::Table).drop_column(Outbox::Calendar).to_owned()).await
    }
}
