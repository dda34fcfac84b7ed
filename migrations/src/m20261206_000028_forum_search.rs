//! Forum search: what a plan's threads say, searchable in every script Ponte supports, by any
//! part of a word (so "Setubal" finds "Setúbal", and a word written with or without accents is
//! one word).
//!
//! SQLite: an FTS5 table `forum_search` with the trigram tokenizer (case and Latin accents
//! folded), one row per post (rowid = the post's id) and one per thread title (rowid = minus
//! the thread's id), kept by triggers. PostgreSQL: the `pg_trgm` and `unaccent` extensions, an
//! immutable `ponte_fold(text)` (lower case, accents removed) and trigram GIN indexes on the
//! folded post bodies and thread titles.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const SQLITE_UP: &[&str] = &[
    "CREATE VIRTUAL TABLE forum_search USING fts5(text, thread_id UNINDEXED, plan_id UNINDEXED, tokenize = 'trigram remove_diacritics 1')",
    "INSERT INTO forum_search(rowid, text, thread_id, plan_id) SELECT id, body, thread_id, plan_id FROM forum_posts",
    "INSERT INTO forum_search(rowid, text, thread_id, plan_id) SELECT -id, title, id, plan_id FROM forum_threads",
    "CREATE TRIGGER forum_search_post_added AFTER INSERT ON forum_posts BEGIN \
     INSERT INTO forum_search(rowid, text, thread_id, plan_id) VALUES (new.id, new.body, new.thread_id, new.plan_id); END",
    "CREATE TRIGGER forum_search_post_changed AFTER UPDATE OF body ON forum_posts BEGIN \
     UPDATE forum_search SET text = new.body WHERE rowid = new.id; END",
    "CREATE TRIGGER forum_search_post_gone AFTER DELETE ON forum_posts BEGIN \
     DELETE FROM forum_search WHERE rowid = old.id; END",
    "CREATE TRIGGER forum_search_thread_added AFTER INSERT ON forum_threads BEGIN \
     INSERT INTO forum_search(rowid, text, thread_id, plan_id) VALUES (-new.id, new.title, new.id, new.plan_id); END",
    "CREATE TRIGGER forum_search_thread_changed AFTER UPDATE OF title ON forum_threads BEGIN \
     UPDATE forum_search SET text = new.title WHERE rowid = -new.id; END",
    "CREATE TRIGGER forum_search_thread_gone AFTER DELETE ON forum_threads BEGIN \
     DELETE FROM forum_search WHERE rowid = -old.id; END",
];

const SQLITE_DOWN: &[&str] = &[
    "DROP TRIGGER IF EXISTS forum_search_post_added",
    "DROP TRIGGER IF EXISTS forum_search_post_changed",
    "DROP TRIGGER IF EXISTS forum_search_post_gone",
    "DROP TRIGGER IF EXISTS forum_search_thread_added",
    "DROP TRIGGER IF EXISTS forum_search_thread_changed",
    "DROP TRIGGER IF EXISTS forum_search_thread_gone",
    "DROP TABLE IF EXISTS forum_search",
];

const POSTGRES_UP: &[&str] = &[
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE OR REPLACE FUNCTION ponte_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT \
     AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$",
    "CREATE INDEX forum_posts_search ON forum_posts USING gin (ponte_fold(body) gin_trgm_ops)",
    "CREATE INDEX forum_threads_search ON forum_threads USING gin (ponte_fold(title) gin_trgm_ops)",
];

const POSTGRES_DOWN: &[&str] = &[
    "DROP INDEX IF EXISTS forum_posts_search",
    "DROP INDEX IF EXISTS forum_threads_search",
    "DROP FUNCTION IF EXISTS ponte_fold(text)",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let statements = match manager.get_database_backend() {
            DatabaseBackend::Postgres => POSTGRES_UP,
            _ => SQLITE_UP,
        };
        for sql in statements {
            manager.get_connection().execute_unprepared(sql).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let statements = match manager.get_database_backend() {
            DatabaseBackend::Postgres => POSTGRES_DOWN,
            _ => SQLITE_DOWN,
        };
        for sql in statements {
            manager.get_connection().execute_unprepared(sql).await?;
        }
        Ok(())
    }
}
