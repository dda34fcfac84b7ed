//! Moderation feature: flags people raise on an item (a consultation comment today, a forum post
//! later), named by a typed reference (`item_kind`, `item_id`), one per person per item
//! (`moderation_flags`); and the public moderation log of each plan: what happened to which item,
//! why and when, with no personal data (`moderation_log`). The item's own state (visible, hidden,
//! removed, deleted) stays in its feature's table.

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
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ModerationFlags {
    Table,
    Id,
    PlanId,
    ItemKind,
    ItemId,
    UserId,
    Reason,
    Resolved,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ModerationLog {
    Table,
    Id,
    PlanId,
    ItemKind,
    ItemId,
    Action,
    Reason,
    Place,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ModerationFlags::Table)
                    .col(id_col(ModerationFlags::Id))
                    .col(ColumnDef::new(ModerationFlags::PlanId).integer().not_null())
                    .col(ColumnDef::new(ModerationFlags::ItemKind).string_len(32).not_null())
                    .col(ColumnDef::new(ModerationFlags::ItemId).integer().not_null())
                    .col(ColumnDef::new(ModerationFlags::UserId).integer().not_null())
                    .col(ColumnDef::new(ModerationFlags::Reason).string_len(32).not_null())
                    .col(ColumnDef::new(ModerationFlags::Resolved).boolean().not_null().default(false))
                    .col(ts(ModerationFlags::CreatedAt))
                    .foreign_key(&mut fk(ModerationFlags::Table, ModerationFlags::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(&mut fk(ModerationFlags::Table, ModerationFlags::UserId, Users::Table, Users::Id))
                    .index(Index::create().unique().col(ModerationFlags::ItemKind).col(ModerationFlags::ItemId).col(ModerationFlags::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_moderation_flags_plan")
                    .table(ModerationFlags::Table)
                    .col(ModerationFlags::PlanId)
                    .col(ModerationFlags::Resolved)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ModerationLog::Table)
                    .col(id_col(ModerationLog::Id))
                    .col(ColumnDef::new(ModerationLog::PlanId).integer().not_null())
                    .col(ColumnDef::new(ModerationLog::ItemKind).string_len(32).not_null())
                    .col(ColumnDef::new(ModerationLog::ItemId).integer().not_null())
                    .col(ColumnDef::new(ModerationLog::Action).string_len(24).not_null())
                    .col(ColumnDef::new(ModerationLog::Reason).string_len(32).not_null())
                    .col(ColumnDef::new(ModerationLog::Place).string_len(300).not_null())
                    .col(ts(ModerationLog::CreatedAt))
                    .foreign_key(&mut fk(ModerationLog::Table, ModerationLog::PlanId, Plans::Table, Plans::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_moderation_log_plan")
                    .table(ModerationLog::Table)
                    .col(ModerationLog::PlanId)
                    .col(ModerationLog::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [ModerationLog::Table.into_iden(), ModerationFlags::Table.into_iden()] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
