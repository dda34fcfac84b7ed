//! Forms that create something carry a random token (`form_once`): the first post with a token
//! does the work and records where it led; a second post with the same token (a double click, a
//! reload of the answer) is sent there without doing it again. Rows live a day.

use sea_orm_migration::prelude::*;

use crate::columns::ts;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum FormOnce {
    Table,
    Token,
    UserId,
    Location,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FormOnce::Table)
                    .col(
                        ColumnDef::new(FormOnce::Token)
                            .string_len(64)
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(FormOnce::UserId).integer().not_null())
                    // Where the first post led; empty while it is under way.
                    .col(ColumnDef::new(FormOnce::Location).string_len(1000).null())
                    .col(ts(FormOnce::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_form_once_created_at")
                    .table(FormOnce::Table)
                    .col(FormOnce::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(FormOnce::Table).to_owned())
            .await
    }
}
