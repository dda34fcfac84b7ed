//! Media feature: audio versions of a text (a measure's summary, a survey question), one per
//! language, with the transcript. The recording is stored in the database, so every app server
//! can serve it and a backup of the database holds everything.

use sea_orm_migration::prelude::*;

use crate::columns::{drop_tables, fk, id_col, ts};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Plans {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Measures {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum AudioClips {
    Table,
    Id,
    PlanId,
    /// The text it reads, as a typed reference (`measure:12:summary`, `survey:3:question:age`).
    Target,
    MeasureId,
    SurveyId,
    Lang,
    Mime,
    Size,
    Sha256,
    Bytes,
    Transcript,
    CreatedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AudioClips::Table)
                    .col(id_col(AudioClips::Id))
                    .col(ColumnDef::new(AudioClips::PlanId).integer().not_null())
                    .col(ColumnDef::new(AudioClips::Target).string_len(120).not_null())
                    // Set for the kind of text it reads, so the recording goes with the text.
                    .col(ColumnDef::new(AudioClips::MeasureId).integer().null())
                    .col(ColumnDef::new(AudioClips::SurveyId).integer().null())
                    .col(ColumnDef::new(AudioClips::Lang).string_len(35).not_null())
                    .col(ColumnDef::new(AudioClips::Mime).string_len(40).not_null())
                    .col(ColumnDef::new(AudioClips::Size).integer().not_null())
                    .col(ColumnDef::new(AudioClips::Sha256).string_len(64).not_null())
                    .col(ColumnDef::new(AudioClips::Bytes).blob().not_null())
                    .col(ColumnDef::new(AudioClips::Transcript).text().not_null())
                    .col(ColumnDef::new(AudioClips::CreatedBy).integer().null())
                    .col(ts(AudioClips::CreatedAt))
                    .foreign_key(&mut fk(AudioClips::Table, AudioClips::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(&mut fk(AudioClips::Table, AudioClips::MeasureId, Measures::Table, Measures::Id))
                    .foreign_key(&mut fk(AudioClips::Table, AudioClips::SurveyId, Surveys::Table, Surveys::Id))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AudioClips::Table, AudioClips::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audio_clips_target_lang")
                    .table(AudioClips::Table)
                    .col(AudioClips::Target)
                    .col(AudioClips::Lang)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, vec![AudioClips::Table.into_iden()]).await
    }
}
