//! Plans feature: the revision also moves when what the home page's directory and the plan page
//! show changes, so both can be kept in memory between requests (`ponte_app::plans::directory`):
//! the plan row's own public fields (title, status, period, languages…), its areas, and the
//! opening and closing times of its surveys (which decide what is "open now").

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

use crate::m20261205_000023_plans_content_revision::{Owner, pg_trigger, sqlite_triggers};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The plan's own columns that pages show (everything but `id`, `created_at` and the revision).
const PLAN_COLUMNS: &str = "slug, kind, title_i18n, summary_i18n, promoter_i18n, period_start, period_end, status, languages, \
                            time_zone, contact_email, contact_phone";
/// The survey columns that raised the revision before, and those added now.
const SURVEY_BEFORE: &str = "slug, title_i18n, languages, definition, status, results_public";
const SURVEY_NOW: &str = "slug, title_i18n, languages, definition, status, results_public, opens_at, closes_at";

const PG_PLAN_FUNCTION: &str = "CREATE OR REPLACE FUNCTION ponte_plan_rev() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.content_rev := OLD.content_rev + 1;
  RETURN NEW;
END $$";

fn pg_plan_trigger() -> String {
    format!("CREATE TRIGGER plans_content_rev BEFORE UPDATE OF {PLAN_COLUMNS} ON plans FOR EACH ROW EXECUTE FUNCTION ponte_plan_rev()")
}

/// SQLite cannot change `NEW` before an update: the row raises its own revision after it (that
/// update names only `content_rev`, so it does not fire this trigger again).
fn sqlite_plan_trigger() -> String {
    format!(
        "CREATE TRIGGER plans_content_rev_update AFTER UPDATE OF {PLAN_COLUMNS} ON plans FOR EACH ROW \
         BEGIN UPDATE plans SET content_rev = content_rev + 1 WHERE id = NEW.id; END"
    )
}

async fn drop_watch(db: &impl ConnectionTrait, postgres: bool, table: &str) -> Result<(), DbErr> {
    if postgres {
        db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_content_rev ON {table}")).await?;
    } else {
        for name in ["insert", "update", "delete"] {
            db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_content_rev_{name}")).await?;
        }
    }
    Ok(())
}

async fn watch(db: &impl ConnectionTrait, postgres: bool, table: &str, columns: Option<&str>) -> Result<(), DbErr> {
    if postgres {
        db.execute_unprepared(&pg_trigger(table, Owner::Plan, columns)).await?;
    } else {
        for sql in sqlite_triggers(table, Owner::Plan, columns) {
            db.execute_unprepared(&sql).await?;
        }
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// On SQLite too: the surveys' triggers are dropped and made again under the same names, and
    /// outside a transaction the pool could make them on a connection that still sees the old
    /// ones.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let postgres = manager.get_database_backend() == DatabaseBackend::Postgres;
        if postgres {
            db.execute_unprepared(PG_PLAN_FUNCTION).await?;
            db.execute_unprepared(&pg_plan_trigger()).await?;
        } else {
            db.execute_unprepared(&sqlite_plan_trigger()).await?;
        }
        watch(db, postgres, "plan_areas", None).await?;
        drop_watch(db, postgres, "surveys").await?;
        watch(db, postgres, "surveys", Some(SURVEY_NOW)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let postgres = manager.get_database_backend() == DatabaseBackend::Postgres;
        drop_watch(db, postgres, "surveys").await?;
        watch(db, postgres, "surveys", Some(SURVEY_BEFORE)).await?;
        drop_watch(db, postgres, "plan_areas").await?;
        if postgres {
            db.execute_unprepared("DROP TRIGGER IF EXISTS plans_content_rev ON plans").await?;
            db.execute_unprepared("DROP FUNCTION IF EXISTS ponte_plan_rev()").await
        } else {
            db.execute_unprepared("DROP TRIGGER IF EXISTS plans_content_rev_update").await
        }
        .map(|_| ())
    }
}
