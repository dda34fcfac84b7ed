//! Accounts feature: people, their sessions, password-less sign-in tokens, role grants, the
//! audit log, the email outbox and the rate-limit counters (shared by every app server).

use sea_orm_migration::prelude::*;

use crate::columns::{ts, ts_null, drop_tables, fk, id_col};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    PreferredLang,
    NotifyEmail,
    CreatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    TokenHash,
    UserId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum SignInTokens {
    Table,
    Id,
    Email,
    LinkHash,
    CodeHash,
    Lang,
    Attempts,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum RoleGrants {
    Table,
    Id,
    UserId,
    Role,
    PlanId,
    EntityId,
    GrantedBy,
    GrantedAt,
    RevokedBy,
    RevokedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    ActorUserId,
    Action,
    TargetType,
    TargetId,
    PlanId,
    Details,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    ToAddress,
    Lang,
    Kind,
    Subject,
    TextBody,
    HtmlBody,
    Status,
    Attempts,
    NextAttemptAt,
    LockedBy,
    LockedUntil,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum RateLimits {
    Table,
    Key,
    WindowStart,
    Count,
}

#[derive(DeriveIden)]
enum Plans {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PlanEntities {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(id_col(Users::Id))
                    // NULL once the account is deleted (contributions stay, anonymised).
                    .col(
                        ColumnDef::new(Users::Email)
                            .string_len(254)
                            .null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Users::DisplayName).string_len(80).null())
                    .col(
                        ColumnDef::new(Users::PreferredLang)
                            .string_len(20)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Users::NotifyEmail)
                            .boolean()
                            .not_null()
                            .default(true),
                    )
                    .col(ts(Users::CreatedAt))
                    .col(ts_null(Users::DeletedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(id_col(Sessions::Id))
                    .col(
                        ColumnDef::new(Sessions::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Sessions::UserId).integer().not_null())
                    .col(ts(Sessions::CreatedAt))
                    .col(ts(Sessions::LastSeenAt))
                    .col(ts(Sessions::ExpiresAt))
                    .foreign_key(&mut fk(
                        Sessions::Table,
                        Sessions::UserId,
                        Users::Table,
                        Users::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sessions_user")
                    .table(Sessions::Table)
                    .col(Sessions::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SignInTokens::Table)
                    .col(id_col(SignInTokens::Id))
                    .col(
                        ColumnDef::new(SignInTokens::Email)
                            .string_len(254)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SignInTokens::LinkHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(SignInTokens::CodeHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(ColumnDef::new(SignInTokens::Lang).string_len(20).not_null())
                    .col(
                        ColumnDef::new(SignInTokens::Attempts)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(ts(SignInTokens::CreatedAt))
                    .col(ts(SignInTokens::ExpiresAt))
                    .col(ts_null(SignInTokens::UsedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sign_in_tokens_email")
                    .table(SignInTokens::Table)
                    .col(SignInTokens::Email)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RoleGrants::Table)
                    .col(id_col(RoleGrants::Id))
                    .col(ColumnDef::new(RoleGrants::UserId).integer().not_null())
                    .col(ColumnDef::new(RoleGrants::Role).string_len(30).not_null())
                    .col(ColumnDef::new(RoleGrants::PlanId).integer().null())
                    .col(ColumnDef::new(RoleGrants::EntityId).integer().null())
                    .col(ColumnDef::new(RoleGrants::GrantedBy).integer().null())
                    .col(ts(RoleGrants::GrantedAt))
                    .col(ColumnDef::new(RoleGrants::RevokedBy).integer().null())
                    .col(ts_null(RoleGrants::RevokedAt))
                    .foreign_key(&mut fk(
                        RoleGrants::Table,
                        RoleGrants::UserId,
                        Users::Table,
                        Users::Id,
                    ))
                    .foreign_key(&mut fk(
                        RoleGrants::Table,
                        RoleGrants::PlanId,
                        Plans::Table,
                        Plans::Id,
                    ))
                    .foreign_key(&mut fk(
                        RoleGrants::Table,
                        RoleGrants::EntityId,
                        PlanEntities::Table,
                        PlanEntities::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_role_grants_user")
                    .table(RoleGrants::Table)
                    .col(RoleGrants::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(
                        ColumnDef::new(AuditLog::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(AuditLog::ActorUserId).integer().null())
                    .col(ColumnDef::new(AuditLog::Action).string_len(60).not_null())
                    .col(
                        ColumnDef::new(AuditLog::TargetType)
                            .string_len(40)
                            .not_null(),
                    )
                    .col(ColumnDef::new(AuditLog::TargetId).string_len(80).not_null())
                    .col(ColumnDef::new(AuditLog::PlanId).integer().null())
                    .col(ColumnDef::new(AuditLog::Details).text().not_null())
                    .col(ts(AuditLog::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(
                        ColumnDef::new(Outbox::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Outbox::ToAddress).string_len(254).not_null())
                    .col(ColumnDef::new(Outbox::Lang).string_len(20).not_null())
                    .col(ColumnDef::new(Outbox::Kind).string_len(40).not_null())
                    .col(ColumnDef::new(Outbox::Subject).string_len(300).not_null())
                    .col(ColumnDef::new(Outbox::TextBody).text().not_null())
                    .col(ColumnDef::new(Outbox::HtmlBody).text().not_null())
                    .col(ColumnDef::new(Outbox::Status).string_len(20).not_null())
                    .col(
                        ColumnDef::new(Outbox::Attempts)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(ts(Outbox::NextAttemptAt))
                    .col(ColumnDef::new(Outbox::LockedBy).string_len(80).null())
                    .col(ts_null(Outbox::LockedUntil))
                    .col(ColumnDef::new(Outbox::LastError).text().null())
                    .col(ts(Outbox::CreatedAt))
                    .col(ts_null(Outbox::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::Status)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RateLimits::Table)
                    .col(
                        ColumnDef::new(RateLimits::Key)
                            .string_len(128)
                            .not_null()
                            .primary_key(),
                    )
                    .col(ts(RateLimits::WindowStart))
                    .col(ColumnDef::new(RateLimits::Count).integer().not_null())
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                RateLimits::Table.into_iden(),
                Outbox::Table.into_iden(),
                AuditLog::Table.into_iden(),
                RoleGrants::Table.into_iden(),
                SignInTokens::Table.into_iden(),
                Sessions::Table.into_iden(),
                Users::Table.into_iden(),
            ],
        )
        .await
    }
}
