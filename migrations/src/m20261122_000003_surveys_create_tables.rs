//! Surveys feature: surveys of a plan, answers in progress (drafts), submitted responses kept
//! anonymous by structure, running tallies for fast results, free-text answers for moderation,
//! single-use access codes and the "this account has answered" marks.
//!
//! Anonymity by structure: `survey_responses` and `survey_texts` have no column that names a
//! person, a session, an address or a code, and their dates are days, not instants. Which code was
//! used lives in `survey_codes`; which account answered lives in `survey_participations`; neither
//! points at a response.

use sea_orm_migration::prelude::*;

use crate::columns::{drop_tables, fk, id_col, ts, ts_null};

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
enum Surveys {
    Table,
    Id,
    PlanId,
    Slug,
    TitleI18n,
    IntroI18n,
    Languages,
    Access,
    Definition,
    Status,
    OpensAt,
    ClosesAt,
    ResultsPublic,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SurveyCodes {
    Table,
    Id,
    SurveyId,
    Code,
    Used,
    UsedOn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SurveyDrafts {
    Table,
    Id,
    SurveyId,
    TokenHash,
    ResumeHash,
    CodeId,
    Section,
    Lang,
    Channel,
    InterviewLang,
    AssistedBy,
    Answers,
    Pending,
    UpdatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum SurveyResponses {
    Table,
    Id,
    SurveyId,
    SubmittedOn,
    Lang,
    Channel,
    InterviewLang,
    Answers,
}

#[derive(DeriveIden)]
enum SurveyTallies {
    Table,
    SurveyId,
    QuestionId,
    AnswerKey,
    Lang,
    Channel,
    N,
}

#[derive(DeriveIden)]
enum SurveyTexts {
    Table,
    Id,
    SurveyId,
    QuestionId,
    Lang,
    Channel,
    Body,
    Hidden,
    SubmittedOn,
}

#[derive(DeriveIden)]
enum SurveyParticipations {
    Table,
    SurveyId,
    UserId,
}

fn text<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name).text().not_null().to_owned()
}

fn string<T: IntoIden>(name: T, len: u32) -> ColumnDef {
    ColumnDef::new(name).string_len(len).not_null().to_owned()
}

fn big_id<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().auto_increment().primary_key().to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Surveys::Table)
                    .col(id_col(Surveys::Id))
                    .col(ColumnDef::new(Surveys::PlanId).integer().not_null())
                    .col(string(Surveys::Slug, 60))
                    .col(text(Surveys::TitleI18n))
                    .col(text(Surveys::IntroI18n))
                    .col(text(Surveys::Languages))
                    .col(string(Surveys::Access, 10))
                    .col(text(Surveys::Definition))
                    .col(string(Surveys::Status, 10))
                    .col(ts_null(Surveys::OpensAt))
                    .col(ts_null(Surveys::ClosesAt))
                    .col(ColumnDef::new(Surveys::ResultsPublic).boolean().not_null().default(false))
                    .col(ColumnDef::new(Surveys::Version).integer().not_null().default(1))
                    .col(ts(Surveys::CreatedAt))
                    .col(ts(Surveys::UpdatedAt))
                    .foreign_key(&mut fk(Surveys::Table, Surveys::PlanId, Plans::Table, Plans::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_surveys_plan_slug")
                    .table(Surveys::Table)
                    .col(Surveys::PlanId)
                    .col(Surveys::Slug)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyCodes::Table)
                    .col(id_col(SurveyCodes::Id))
                    .col(ColumnDef::new(SurveyCodes::SurveyId).integer().not_null())
                    .col(ColumnDef::new(SurveyCodes::Code).string_len(20).not_null().unique_key())
                    .col(ColumnDef::new(SurveyCodes::Used).boolean().not_null().default(false))
                    .col(ColumnDef::new(SurveyCodes::UsedOn).date().null())
                    .col(ts(SurveyCodes::CreatedAt))
                    .foreign_key(&mut fk(SurveyCodes::Table, SurveyCodes::SurveyId, Surveys::Table, Surveys::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_survey_codes_survey")
                    .table(SurveyCodes::Table)
                    .col(SurveyCodes::SurveyId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyDrafts::Table)
                    .col(id_col(SurveyDrafts::Id))
                    .col(ColumnDef::new(SurveyDrafts::SurveyId).integer().not_null())
                    .col(ColumnDef::new(SurveyDrafts::TokenHash).string_len(64).not_null().unique_key())
                    .col(ColumnDef::new(SurveyDrafts::ResumeHash).string_len(64).null().unique_key())
                    .col(ColumnDef::new(SurveyDrafts::CodeId).integer().null())
                    .col(ColumnDef::new(SurveyDrafts::Section).integer().not_null().default(0))
                    .col(string(SurveyDrafts::Lang, 20))
                    .col(string(SurveyDrafts::Channel, 12))
                    .col(ColumnDef::new(SurveyDrafts::InterviewLang).string_len(20).null())
                    .col(ColumnDef::new(SurveyDrafts::AssistedBy).integer().null())
                    .col(text(SurveyDrafts::Answers))
                    .col(ColumnDef::new(SurveyDrafts::Pending).text().null())
                    .col(ts(SurveyDrafts::UpdatedAt))
                    .col(ts(SurveyDrafts::ExpiresAt))
                    .foreign_key(&mut fk(SurveyDrafts::Table, SurveyDrafts::SurveyId, Surveys::Table, Surveys::Id))
                    .foreign_key(&mut fk(SurveyDrafts::Table, SurveyDrafts::CodeId, SurveyCodes::Table, SurveyCodes::Id))
                    .foreign_key(&mut fk(SurveyDrafts::Table, SurveyDrafts::AssistedBy, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyResponses::Table)
                    .col(big_id(SurveyResponses::Id))
                    .col(ColumnDef::new(SurveyResponses::SurveyId).integer().not_null())
                    .col(ColumnDef::new(SurveyResponses::SubmittedOn).date().not_null())
                    .col(string(SurveyResponses::Lang, 20))
                    .col(string(SurveyResponses::Channel, 12))
                    .col(ColumnDef::new(SurveyResponses::InterviewLang).string_len(20).null())
                    .col(text(SurveyResponses::Answers))
                    .foreign_key(&mut fk(
                        SurveyResponses::Table,
                        SurveyResponses::SurveyId,
                        Surveys::Table,
                        Surveys::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_survey_responses_survey")
                    .table(SurveyResponses::Table)
                    .col(SurveyResponses::SurveyId)
                    .col(SurveyResponses::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyTallies::Table)
                    .col(ColumnDef::new(SurveyTallies::SurveyId).integer().not_null())
                    .col(string(SurveyTallies::QuestionId, 40))
                    .col(string(SurveyTallies::AnswerKey, 100))
                    .col(string(SurveyTallies::Lang, 20))
                    .col(string(SurveyTallies::Channel, 12))
                    .col(ColumnDef::new(SurveyTallies::N).big_integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(SurveyTallies::SurveyId)
                            .col(SurveyTallies::QuestionId)
                            .col(SurveyTallies::AnswerKey)
                            .col(SurveyTallies::Lang)
                            .col(SurveyTallies::Channel),
                    )
                    .foreign_key(&mut fk(SurveyTallies::Table, SurveyTallies::SurveyId, Surveys::Table, Surveys::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyTexts::Table)
                    .col(big_id(SurveyTexts::Id))
                    .col(ColumnDef::new(SurveyTexts::SurveyId).integer().not_null())
                    .col(string(SurveyTexts::QuestionId, 40))
                    .col(string(SurveyTexts::Lang, 20))
                    .col(string(SurveyTexts::Channel, 12))
                    .col(text(SurveyTexts::Body))
                    .col(ColumnDef::new(SurveyTexts::Hidden).boolean().not_null().default(false))
                    .col(ColumnDef::new(SurveyTexts::SubmittedOn).date().not_null())
                    .foreign_key(&mut fk(SurveyTexts::Table, SurveyTexts::SurveyId, Surveys::Table, Surveys::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_survey_texts_question")
                    .table(SurveyTexts::Table)
                    .col(SurveyTexts::SurveyId)
                    .col(SurveyTexts::QuestionId)
                    .col(SurveyTexts::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyParticipations::Table)
                    .col(ColumnDef::new(SurveyParticipations::SurveyId).integer().not_null())
                    .col(ColumnDef::new(SurveyParticipations::UserId).integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(SurveyParticipations::SurveyId)
                            .col(SurveyParticipations::UserId),
                    )
                    .foreign_key(&mut fk(
                        SurveyParticipations::Table,
                        SurveyParticipations::SurveyId,
                        Surveys::Table,
                        Surveys::Id,
                    ))
                    .foreign_key(&mut fk(
                        SurveyParticipations::Table,
                        SurveyParticipations::UserId,
                        Users::Table,
                        Users::Id,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                SurveyParticipations::Table.into_iden(),
                SurveyTexts::Table.into_iden(),
                SurveyTallies::Table.into_iden(),
                SurveyResponses::Table.into_iden(),
                SurveyDrafts::Table.into_iden(),
                SurveyCodes::Table.into_iden(),
                Surveys::Table.into_iden(),
            ],
        )
        .await
    }
}
