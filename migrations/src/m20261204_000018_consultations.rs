//! Consultations feature: a plan's public consultation of one published version of its draft
//! (`consultations`), the comments people make on its measures — on a measure as a whole or on
//! one part of it, web or entered from paper, email or a session (`consultation_comments`) — and
//! one reaction per person per measure (`consultation_reactions`).

use sea_orm_migration::prelude::*;

use crate::columns::{fk, id_col, ts, ts_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Plans {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PlanVersions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Measures {
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
enum Consultations {
    Table,
    Id,
    PlanId,
    VersionId,
    Slug,
    TitleI18n,
    IntroI18n,
    Scope,
    Channels,
    Languages,
    OpensOn,
    ClosesOn,
    WorkingDays,
    ReportPublishedAt,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ConsultationComments {
    Table,
    Id,
    ConsultationId,
    MeasureId,
    VersionId,
    Anchor,
    ParentId,
    AuthorId,
    ShownAs,
    MunicipalityId,
    Channel,
    ReceivedOn,
    EnteredBy,
    OfflineName,
    Body,
    BodyHtml,
    Lang,
    AffectsMe,
    State,
    CreatedAt,
    EditedAt,
}

#[derive(DeriveIden)]
enum ConsultationReactions {
    Table,
    Id,
    ConsultationId,
    MeasureId,
    UserId,
    Reaction,
    CreatedAt,
}

fn set_null(from_tbl: impl IntoIden, from_col: impl IntoIden, to_tbl: impl IntoIden, to_col: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from_tbl, from_col).to(to_tbl, to_col).on_delete(ForeignKeyAction::SetNull).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Consultations::Table)
                    .col(id_col(Consultations::Id))
                    .col(ColumnDef::new(Consultations::PlanId).integer().not_null())
                    .col(ColumnDef::new(Consultations::VersionId).integer().not_null())
                    .col(ColumnDef::new(Consultations::Slug).string_len(60).not_null())
                    .col(ColumnDef::new(Consultations::TitleI18n).text().not_null())
                    .col(ColumnDef::new(Consultations::IntroI18n).text().not_null())
                    .col(ColumnDef::new(Consultations::Scope).text().not_null())
                    .col(ColumnDef::new(Consultations::Channels).text().not_null())
                    .col(ColumnDef::new(Consultations::Languages).text().not_null())
                    .col(ColumnDef::new(Consultations::OpensOn).date().not_null())
                    .col(ColumnDef::new(Consultations::ClosesOn).date().not_null())
                    .col(ColumnDef::new(Consultations::WorkingDays).integer().null())
                    .col(ts_null(Consultations::ReportPublishedAt))
                    .col(ColumnDef::new(Consultations::CreatedBy).integer().null())
                    .col(ts(Consultations::CreatedAt))
                    .foreign_key(&mut fk(Consultations::Table, Consultations::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(&mut fk(Consultations::Table, Consultations::VersionId, PlanVersions::Table, PlanVersions::Id))
                    .foreign_key(&mut set_null(Consultations::Table, Consultations::CreatedBy, Users::Table, Users::Id))
                    .index(Index::create().unique().col(Consultations::PlanId).col(Consultations::Slug))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConsultationComments::Table)
                    .col(id_col(ConsultationComments::Id))
                    .col(ColumnDef::new(ConsultationComments::ConsultationId).integer().not_null())
                    .col(ColumnDef::new(ConsultationComments::MeasureId).integer().not_null())
                    .col(ColumnDef::new(ConsultationComments::VersionId).integer().not_null())
                    .col(ColumnDef::new(ConsultationComments::Anchor).string_len(40).not_null())
                    .col(ColumnDef::new(ConsultationComments::ParentId).integer().null())
                    .col(ColumnDef::new(ConsultationComments::AuthorId).integer().null())
                    .col(ColumnDef::new(ConsultationComments::ShownAs).string_len(16).not_null())
                    .col(ColumnDef::new(ConsultationComments::MunicipalityId).integer().null())
                    .col(ColumnDef::new(ConsultationComments::Channel).string_len(16).not_null())
                    .col(ColumnDef::new(ConsultationComments::ReceivedOn).date().null())
                    .col(ColumnDef::new(ConsultationComments::EnteredBy).integer().null())
                    .col(ColumnDef::new(ConsultationComments::OfflineName).string_len(200).null())
                    .col(ColumnDef::new(ConsultationComments::Body).text().not_null())
                    .col(ColumnDef::new(ConsultationComments::BodyHtml).text().not_null())
                    .col(ColumnDef::new(ConsultationComments::Lang).string_len(16).not_null())
                    .col(ColumnDef::new(ConsultationComments::AffectsMe).boolean().not_null().default(false))
                    .col(ColumnDef::new(ConsultationComments::State).string_len(16).not_null())
                    .col(ts(ConsultationComments::CreatedAt))
                    .col(ts_null(ConsultationComments::EditedAt))
                    .foreign_key(&mut fk(ConsultationComments::Table, ConsultationComments::ConsultationId, Consultations::Table, Consultations::Id))
                    .foreign_key(&mut fk(ConsultationComments::Table, ConsultationComments::MeasureId, Measures::Table, Measures::Id))
                    .foreign_key(&mut fk(ConsultationComments::Table, ConsultationComments::VersionId, PlanVersions::Table, PlanVersions::Id))
                    .foreign_key(&mut fk(ConsultationComments::Table, ConsultationComments::ParentId, ConsultationComments::Table, ConsultationComments::Id))
                    .foreign_key(&mut set_null(ConsultationComments::Table, ConsultationComments::AuthorId, Users::Table, Users::Id))
                    .foreign_key(&mut set_null(ConsultationComments::Table, ConsultationComments::EnteredBy, Users::Table, Users::Id))
                    .foreign_key(&mut set_null(ConsultationComments::Table, ConsultationComments::MunicipalityId, PlanMunicipalities::Table, PlanMunicipalities::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consultation_comments_measure")
                    .table(ConsultationComments::Table)
                    .col(ConsultationComments::MeasureId)
                    .col(ConsultationComments::ParentId)
                    .col(ConsultationComments::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consultation_comments_parent")
                    .table(ConsultationComments::Table)
                    .col(ConsultationComments::ParentId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConsultationReactions::Table)
                    .col(id_col(ConsultationReactions::Id))
                    .col(ColumnDef::new(ConsultationReactions::ConsultationId).integer().not_null())
                    .col(ColumnDef::new(ConsultationReactions::MeasureId).integer().not_null())
                    .col(ColumnDef::new(ConsultationReactions::UserId).integer().not_null())
                    .col(ColumnDef::new(ConsultationReactions::Reaction).string_len(16).not_null())
                    .col(ts(ConsultationReactions::CreatedAt))
                    .foreign_key(&mut fk(ConsultationReactions::Table, ConsultationReactions::ConsultationId, Consultations::Table, Consultations::Id))
                    .foreign_key(&mut fk(ConsultationReactions::Table, ConsultationReactions::MeasureId, Measures::Table, Measures::Id))
                    .foreign_key(&mut fk(ConsultationReactions::Table, ConsultationReactions::UserId, Users::Table, Users::Id))
                    .index(
                        Index::create()
                            .unique()
                            .col(ConsultationReactions::ConsultationId)
                            .col(ConsultationReactions::MeasureId)
                            .col(ConsultationReactions::UserId),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [ConsultationReactions::Table.into_iden(), ConsultationComments::Table.into_iden(), Consultations::Table.into_iden()] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
