//! Surveys: responses held aside until they can be stored among others (`survey_held`), and
//! "who took part" kept in no order of its own.
//!
//! A response to a survey answered by code or by account is marked (code used, account answered)
//! in the same moment it is given. Stored at once, the response would follow the mark: same
//! transaction id on PostgreSQL, same position in insertion order on SQLite. So such a response
//! is held here (random id, no time) until enough of them have come in, then stored with the
//! others of its batch in random order, with random ids, in a later transaction.
//!
//! On SQLite, `survey_participations` becomes a `WITHOUT ROWID` table: its rows are kept in the
//! order of their key (survey, account), not in the order people answered.

use sea_orm_migration::prelude::*;

use crate::columns::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum SurveyHeld {
    Table,
    Id,
    SurveyId,
    Payload,
}

/// `survey_participations` without a rowid (SQLite), with the same columns and keys.
const PARTICIPATIONS_WITHOUT_ROWID: &str = "
    CREATE TABLE survey_participations_keyed (
        survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (survey_id, user_id)
    ) WITHOUT ROWID;
    INSERT INTO survey_participations_keyed (survey_id, user_id)
        SELECT survey_id, user_id FROM survey_participations ORDER BY survey_id, user_id;
    DROP TABLE survey_participations;
    ALTER TABLE survey_participations_keyed RENAME TO survey_participations;";

/// The same table with a rowid again (for `down`).
const PARTICIPATIONS_WITH_ROWID: &str = "
    CREATE TABLE survey_participations_rowid (
        survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (survey_id, user_id)
    );
    INSERT INTO survey_participations_rowid (survey_id, user_id)
        SELECT survey_id, user_id FROM survey_participations;
    DROP TABLE survey_participations;
    ALTER TABLE survey_participations_rowid RENAME TO survey_participations;";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SurveyHeld::Table)
                    // Random, given by the application: no order of arrival.
                    .col(ColumnDef::new(SurveyHeld::Id).big_integer().not_null().primary_key())
                    .col(ColumnDef::new(SurveyHeld::SurveyId).integer().not_null())
                    .col(ColumnDef::new(SurveyHeld::Payload).text().not_null())
                    .foreign_key(&mut fk(SurveyHeld::Table, SurveyHeld::SurveyId, Surveys::Table, Surveys::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_survey_held_survey").table(SurveyHeld::Table).col(SurveyHeld::SurveyId).to_owned())
            .await?;
        if manager.get_database_backend() == sea_orm::DbBackend::Sqlite {
            manager.get_connection().execute_unprepared(PARTICIPATIONS_WITHOUT_ROWID).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == sea_orm::DbBackend::Sqlite {
            manager.get_connection().execute_unprepared(PARTICIPATIONS_WITH_ROWID).await?;
        }
        manager.drop_table(Table::drop().table(SurveyHeld::Table).to_owned()).await
    }
}
