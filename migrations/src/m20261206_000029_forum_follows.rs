//! Following forum threads (`forum_follows`): who follows which thread, how they want to hear
//! of new posts (`instant`: an email per post; `daily`: one digest a day), the last post number
//! they have been told of, and when their last digest went. A digest claims a follow by moving
//! `seen_number` from the value it read, so two app servers never send it twice.

use sea_orm_migration::prelude::*;

use crate::columns::{fk, id_col, ts, ts_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ForumThreads {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ForumFollows {
    Table,
    Id,
    ThreadId,
    UserId,
    Mode,
    SeenNumber,
    DigestAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ForumFollows::Table)
                    .col(id_col(ForumFollows::Id))
                    .col(ColumnDef::new(ForumFollows::ThreadId).integer().not_null())
                    .col(ColumnDef::new(ForumFollows::UserId).integer().not_null())
                    .col(ColumnDef::new(ForumFollows::Mode).string_len(16).not_null())
                    .col(ColumnDef::new(ForumFollows::SeenNumber).integer().not_null().default(0))
                    .col(ts_null(ForumFollows::DigestAt))
                    .col(ts(ForumFollows::CreatedAt))
                    .foreign_key(&mut fk(ForumFollows::Table, ForumFollows::ThreadId, ForumThreads::Table, ForumThreads::Id))
                    .foreign_key(&mut fk(ForumFollows::Table, ForumFollows::UserId, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_forum_follows_thread_user").table(ForumFollows::Table).col(ForumFollows::ThreadId).col(ForumFollows::UserId).unique().to_owned(),
            )
            .await?;
        manager.create_index(Index::create().name("idx_forum_follows_mode").table(ForumFollows::Table).col(ForumFollows::Mode).col(ForumFollows::UserId).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ForumFollows::Table).to_owned()).await
    }
}
