//! Forum feature: threads of a plan (`forum_threads`, in a category that is one of the plan's
//! area codes or `general`, optionally tied to measure codes, pinned, locked, closed with an
//! outcome per language), their posts (`forum_posts`, numbered 1, 2, … within the thread so a
//! post's page and link never change) and the earlier texts of edited posts
//! (`forum_post_edits`, for moderators).
//!
//! A thread's title and outcome appear on measure pages as evidence, so those columns raise the
//! plan's content revision (see `m20261205_000023`); posts do not (they appear only on the
//! forum's own pages, which the page cache keeps for a few seconds).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

use crate::{
    columns::{fk, id_col, ts, ts_null},
    m20261205_000023_plans_content_revision::{Owner, pg_trigger, sqlite_triggers},
};

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
enum PlanMunicipalities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ForumThreads {
    Table,
    Id,
    PlanId,
    Category,
    Measures,
    Title,
    Lang,
    AuthorId,
    ShownAs,
    MunicipalityId,
    State,
    Pinned,
    Locked,
    Posts,
    LastPostAt,
    OutcomeI18n,
    OutcomeAt,
    OutcomeBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ForumPosts {
    Table,
    Id,
    ThreadId,
    PlanId,
    Number,
    AuthorId,
    ShownAs,
    MunicipalityId,
    Body,
    BodyHtml,
    Lang,
    QuoteOf,
    State,
    CreatedAt,
    EditedAt,
}

#[derive(DeriveIden)]
enum ForumPostEdits {
    Table,
    Id,
    PostId,
    Body,
    EditedAt,
    EditedBy,
}

fn set_null(from: (impl IntoIden, impl IntoIden), to: (impl IntoIden, impl IntoIden)) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(to.0, to.1).on_delete(ForeignKeyAction::SetNull).to_owned()
}

/// What measure pages show of a thread (its title and outcome, as evidence).
const WATCHED: &[(&str, Option<&str>)] = &[("forum_threads", Some("title, state, outcome_i18n"))];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ForumThreads::Table)
                    .col(id_col(ForumThreads::Id))
                    .col(ColumnDef::new(ForumThreads::PlanId).integer().not_null())
                    .col(ColumnDef::new(ForumThreads::Category).string_len(40).not_null())
                    .col(ColumnDef::new(ForumThreads::Measures).text().not_null().default("[]"))
                    .col(ColumnDef::new(ForumThreads::Title).string_len(400).not_null())
                    .col(ColumnDef::new(ForumThreads::Lang).string_len(20).not_null())
                    .col(ColumnDef::new(ForumThreads::AuthorId).integer().null())
                    .col(ColumnDef::new(ForumThreads::ShownAs).string_len(16).not_null())
                    .col(ColumnDef::new(ForumThreads::MunicipalityId).integer().null())
                    .col(ColumnDef::new(ForumThreads::State).string_len(16).not_null().default("visible"))
                    .col(ColumnDef::new(ForumThreads::Pinned).boolean().not_null().default(false))
                    .col(ColumnDef::new(ForumThreads::Locked).boolean().not_null().default(false))
                    .col(ColumnDef::new(ForumThreads::Posts).integer().not_null().default(0))
                    .col(ts(ForumThreads::LastPostAt))
                    .col(ColumnDef::new(ForumThreads::OutcomeI18n).text().null())
                    .col(ts_null(ForumThreads::OutcomeAt))
                    .col(ColumnDef::new(ForumThreads::OutcomeBy).integer().null())
                    .col(ts(ForumThreads::CreatedAt))
                    .foreign_key(&mut fk(ForumThreads::Table, ForumThreads::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(&mut set_null((ForumThreads::Table, ForumThreads::AuthorId), (Users::Table, Users::Id)))
                    .foreign_key(&mut set_null((ForumThreads::Table, ForumThreads::MunicipalityId), (PlanMunicipalities::Table, PlanMunicipalities::Id)))
                    .foreign_key(&mut set_null((ForumThreads::Table, ForumThreads::OutcomeBy), (Users::Table, Users::Id)))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_forum_threads_plan_activity")
                    .table(ForumThreads::Table)
                    .col(ForumThreads::PlanId)
                    .col(ForumThreads::Pinned)
                    .col(ForumThreads::LastPostAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_forum_threads_category").table(ForumThreads::Table).col(ForumThreads::PlanId).col(ForumThreads::Category).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ForumPosts::Table)
                    .col(id_col(ForumPosts::Id))
                    .col(ColumnDef::new(ForumPosts::ThreadId).integer().not_null())
                    .col(ColumnDef::new(ForumPosts::PlanId).integer().not_null())
                    .col(ColumnDef::new(ForumPosts::Number).integer().not_null())
                    .col(ColumnDef::new(ForumPosts::AuthorId).integer().null())
                    .col(ColumnDef::new(ForumPosts::ShownAs).string_len(16).not_null())
                    .col(ColumnDef::new(ForumPosts::MunicipalityId).integer().null())
                    .col(ColumnDef::new(ForumPosts::Body).text().not_null())
                    .col(ColumnDef::new(ForumPosts::BodyHtml).text().not_null())
                    .col(ColumnDef::new(ForumPosts::Lang).string_len(20).not_null())
                    .col(ColumnDef::new(ForumPosts::QuoteOf).integer().null())
                    .col(ColumnDef::new(ForumPosts::State).string_len(16).not_null().default("visible"))
                    .col(ts(ForumPosts::CreatedAt))
                    .col(ts_null(ForumPosts::EditedAt))
                    .foreign_key(&mut fk(ForumPosts::Table, ForumPosts::ThreadId, ForumThreads::Table, ForumThreads::Id))
                    .foreign_key(&mut fk(ForumPosts::Table, ForumPosts::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(&mut set_null((ForumPosts::Table, ForumPosts::AuthorId), (Users::Table, Users::Id)))
                    .foreign_key(&mut set_null((ForumPosts::Table, ForumPosts::MunicipalityId), (PlanMunicipalities::Table, PlanMunicipalities::Id)))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_forum_posts_number").table(ForumPosts::Table).col(ForumPosts::ThreadId).col(ForumPosts::Number).unique().to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ForumPostEdits::Table)
                    .col(id_col(ForumPostEdits::Id))
                    .col(ColumnDef::new(ForumPostEdits::PostId).integer().not_null())
                    .col(ColumnDef::new(ForumPostEdits::Body).text().not_null())
                    .col(ts(ForumPostEdits::EditedAt))
                    .col(ColumnDef::new(ForumPostEdits::EditedBy).integer().null())
                    .foreign_key(&mut fk(ForumPostEdits::Table, ForumPostEdits::PostId, ForumPosts::Table, ForumPosts::Id))
                    .foreign_key(&mut set_null((ForumPostEdits::Table, ForumPostEdits::EditedBy), (Users::Table, Users::Id)))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_forum_post_edits_post").table(ForumPostEdits::Table).col(ForumPostEdits::PostId).to_owned())
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                for (table, columns) in WATCHED {
                    db.execute_unprepared(&pg_trigger(table, Owner::Plan, *columns)).await?;
                }
            }
            _ => {
                for (table, columns) in WATCHED {
                    for sql in sqlite_triggers(table, Owner::Plan, *columns) {
                        db.execute_unprepared(&sql).await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let postgres = manager.get_database_backend() == DatabaseBackend::Postgres;
        for (table, _) in WATCHED {
            if postgres {
                db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_content_rev ON {table}")).await?;
            } else {
                for name in ["insert", "update", "delete"] {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_content_rev_{name}")).await?;
                }
            }
        }
        manager.drop_table(Table::drop().table(ForumPostEdits::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(ForumPosts::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(ForumThreads::Table).to_owned()).await
    }
}
