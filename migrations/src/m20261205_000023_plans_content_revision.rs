//! Plans feature: `plans.content_rev`, a number the database itself raises on every write to the
//! plan's content that pages keep in memory between requests (`ponte_app::content_cache`):
//! versions, municipalities, entities, measures with their indicators and partners, evidence
//! links, the surveys' public texts, audio, consultations, association positions and the answers
//! to inputs. Triggers do it, so no write path can forget and every app server sees it (the
//! revision is read with the plan row a page reads anyway).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Plans {
    Table,
    ContentRev,
}

/// How a row finds its plan: its own `plan_id`, or through its measure or its consultation.
#[derive(Clone, Copy)]
pub(crate) enum Owner {
    Plan,
    Measure,
    Consultation,
}

/// The tables whose writes raise the revision, with the columns that matter (`None`: all).
const WATCHED: &[(&str, Owner, Option<&str>)] = &[
    ("plan_versions", Owner::Plan, None),
    ("plan_municipalities", Owner::Plan, None),
    ("plan_entities", Owner::Plan, None),
    ("measures", Owner::Plan, None),
    ("measure_indicators", Owner::Measure, None),
    ("measure_partners", Owner::Measure, None),
    ("evidence_links", Owner::Plan, None),
    // Not `updated_at` and the like: only what pages show of a survey.
    ("surveys", Owner::Plan, Some("slug, title_i18n, languages, definition, status, results_public")),
    ("audio_clips", Owner::Plan, None),
    ("consultations", Owner::Plan, None),
    ("consultation_positions", Owner::Consultation, None),
    ("consultation_dispositions", Owner::Consultation, None),
];

/// `plans.id IN (…)` for the owner ids in `ids` (a list of SQL expressions).
fn plans_of(owner: Owner, ids: &str) -> String {
    match owner {
        Owner::Plan => format!("id IN ({ids})"),
        Owner::Measure => format!("id IN (SELECT plan_id FROM measures WHERE id IN ({ids}))"),
        Owner::Consultation => format!("id IN (SELECT plan_id FROM consultations WHERE id IN ({ids}))"),
    }
}

fn column(owner: Owner) -> &'static str {
    match owner {
        Owner::Plan => "plan_id",
        Owner::Measure => "measure_id",
        Owner::Consultation => "consultation_id",
    }
}

pub(crate) fn sqlite_triggers(table: &str, owner: Owner, columns: Option<&str>) -> Vec<String> {
    let col = column(owner);
    let update_of = columns.map_or_else(String::new, |c| format!(" OF {c}"));
    [
        ("insert", "INSERT".to_owned(), format!("NEW.{col}")),
        ("update", format!("UPDATE{update_of}"), format!("NEW.{col}, OLD.{col}")),
        ("delete", "DELETE".to_owned(), format!("OLD.{col}")),
    ]
    .into_iter()
    .map(|(name, event, ids)| {
        format!(
            "CREATE TRIGGER {table}_content_rev_{name} AFTER {event} ON {table} FOR EACH ROW \
             BEGIN UPDATE plans SET content_rev = content_rev + 1 WHERE {}; END",
            plans_of(owner, &ids)
        )
    })
    .collect()
}

/// One PostgreSQL function for all: `TG_ARGV[0]` names the owner column.
const PG_FUNCTION: &str = "CREATE OR REPLACE FUNCTION ponte_content_rev() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids integer[] := ARRAY[]::integer[];
BEGIN
  IF TG_OP <> 'DELETE' THEN ids := ids || (to_jsonb(NEW) ->> TG_ARGV[0])::integer; END IF;
  IF TG_OP <> 'INSERT' THEN ids := ids || (to_jsonb(OLD) ->> TG_ARGV[0])::integer; END IF;
  IF TG_ARGV[0] = 'plan_id' THEN
    UPDATE plans SET content_rev = content_rev + 1 WHERE id = ANY(ids);
  ELSIF TG_ARGV[0] = 'measure_id' THEN
    UPDATE plans SET content_rev = content_rev + 1 WHERE id IN (SELECT plan_id FROM measures WHERE id = ANY(ids));
  ELSE
    UPDATE plans SET content_rev = content_rev + 1 WHERE id IN (SELECT plan_id FROM consultations WHERE id = ANY(ids));
  END IF;
  RETURN NULL;
END $$";

pub(crate) fn pg_trigger(table: &str, owner: Owner, columns: Option<&str>) -> String {
    let update = columns.map_or_else(|| "UPDATE".to_owned(), |c| format!("UPDATE OF {c}"));
    format!(
        "CREATE TRIGGER {table}_content_rev AFTER INSERT OR {update} OR DELETE ON {table} \
         FOR EACH ROW EXECUTE FUNCTION ponte_content_rev('{}')",
        column(owner)
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Plans::Table).add_column(ColumnDef::new(Plans::ContentRev).big_integer().not_null().default(0)).to_owned())
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                db.execute_unprepared(PG_FUNCTION).await?;
                for (table, owner, columns) in WATCHED {
                    db.execute_unprepared(&pg_trigger(table, *owner, *columns)).await?;
                }
            }
            _ => {
                for (table, owner, columns) in WATCHED {
                    for sql in sqlite_triggers(table, *owner, *columns) {
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
        for (table, _, _) in WATCHED {
            if postgres {
                db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_content_rev ON {table}")).await?;
            } else {
                for name in ["insert", "update", "delete"] {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_content_rev_{name}")).await?;
                }
            }
        }
        if postgres {
            db.execute_unprepared("DROP FUNCTION IF EXISTS ponte_content_rev()").await?;
        }
        manager.alter_table(Table::alter().table(Plans::Table).drop_column(Plans::ContentRev).to_owned()).await
    }
}
