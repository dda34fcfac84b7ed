//! Surveys feature: a running tally of responses by the month they were stored in (question id
//! `_month`, the month `2026-12` as answer key, by language and channel), which the
//! participation report counts from instead of grouping every stored response. Responses stored
//! before it are counted into it here.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tally the app keeps (`ponte_app::surveys::results::MONTHS`).
const MONTHS: &str = "_month";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let month = match manager.get_database_backend() {
            DatabaseBackend::Postgres => "to_char(submitted_on, 'YYYY-MM')",
            _ => "strftime('%Y-%m', submitted_on)",
        };
        let sql = format!(
            "INSERT INTO survey_tallies (survey_id, question_id, answer_key, lang, channel, n) \
             SELECT survey_id, '{MONTHS}', {month}, lang, channel, COUNT(*) FROM survey_responses \
             GROUP BY survey_id, {month}, lang, channel"
        );
        manager.get_connection().execute_unprepared(&sql).await.map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.get_connection().execute_unprepared(&format!("DELETE FROM survey_tallies WHERE question_id = '{MONTHS}'")).await.map(|_| ())
    }
}
