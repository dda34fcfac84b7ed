//! Plans feature: plans, their municipalities, areas, the entities of the local diagnosis and the
//! draft measures with their indicators and partners.
//!
//! Multilingual content columns (`*_i18n`) hold a JSON object from language tag to text.

use sea_orm_migration::prelude::*;

use crate::columns::{drop_tables, fk, id_col};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Plans {
    Table,
    Id,
    Slug,
    Kind,
    TitleI18n,
    SummaryI18n,
    PromoterI18n,
    PeriodStart,
    PeriodEnd,
    Status,
    Languages,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PlanMunicipalities {
    Table,
    Id,
    PlanId,
    Slug,
    Name,
    Residents,
    ForeignResidents,
    Position,
}

#[derive(DeriveIden)]
enum PlanAreas {
    Table,
    Id,
    PlanId,
    Code,
    Position,
    NameI18n,
    DescriptionI18n,
}

#[derive(DeriveIden)]
enum PlanEntities {
    Table,
    Id,
    PlanId,
    Slug,
    Kind,
    MunicipalityId,
    NameI18n,
    DescriptionI18n,
    ServicesI18n,
    Website,
}

#[derive(DeriveIden)]
enum PlanEntityAreas {
    Table,
    EntityId,
    AreaId,
}

#[derive(DeriveIden)]
enum Measures {
    Table,
    Id,
    PlanId,
    AreaId,
    Code,
    Level,
    Status,
    TitleI18n,
    SummaryI18n,
    DescriptionI18n,
    ObjectivesI18n,
    TimelineI18n,
    StartsOn,
    EndsOn,
    ResponsibleEntityId,
    Position,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MeasureIndicators {
    Table,
    Id,
    MeasureId,
    Position,
    NameI18n,
    TargetI18n,
}

#[derive(DeriveIden)]
enum MeasurePartners {
    Table,
    MeasureId,
    EntityId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Plans::Table)
                    .col(id_col(Plans::Id))
                    .col(
                        ColumnDef::new(Plans::Slug)
                            .string_len(80)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Plans::Kind).string_len(20).not_null())
                    .col(ColumnDef::new(Plans::TitleI18n).text().not_null())
                    .col(ColumnDef::new(Plans::SummaryI18n).text().not_null())
                    .col(ColumnDef::new(Plans::PromoterI18n).text().not_null())
                    .col(ColumnDef::new(Plans::PeriodStart).date().not_null())
                    .col(ColumnDef::new(Plans::PeriodEnd).date().not_null())
                    .col(ColumnDef::new(Plans::Status).string_len(30).not_null())
                    .col(ColumnDef::new(Plans::Languages).text().not_null())
                    .col(
                        ColumnDef::new(Plans::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PlanMunicipalities::Table)
                    .col(id_col(PlanMunicipalities::Id))
                    .col(
                        ColumnDef::new(PlanMunicipalities::PlanId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PlanMunicipalities::Slug)
                            .string_len(80)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PlanMunicipalities::Name)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(ColumnDef::new(PlanMunicipalities::Residents).integer())
                    .col(ColumnDef::new(PlanMunicipalities::ForeignResidents).integer())
                    .col(
                        ColumnDef::new(PlanMunicipalities::Position)
                            .integer()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(
                        PlanMunicipalities::Table,
                        PlanMunicipalities::PlanId,
                        Plans::Table,
                        Plans::Id,
                    ))
                    .index(
                        Index::create()
                            .unique()
                            .col(PlanMunicipalities::PlanId)
                            .col(PlanMunicipalities::Slug),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PlanAreas::Table)
                    .col(id_col(PlanAreas::Id))
                    .col(ColumnDef::new(PlanAreas::PlanId).integer().not_null())
                    .col(ColumnDef::new(PlanAreas::Code).string_len(20).not_null())
                    .col(ColumnDef::new(PlanAreas::Position).integer().not_null())
                    .col(ColumnDef::new(PlanAreas::NameI18n).text().not_null())
                    .col(ColumnDef::new(PlanAreas::DescriptionI18n).text().not_null())
                    .foreign_key(&mut fk(
                        PlanAreas::Table,
                        PlanAreas::PlanId,
                        Plans::Table,
                        Plans::Id,
                    ))
                    .index(
                        Index::create()
                            .unique()
                            .col(PlanAreas::PlanId)
                            .col(PlanAreas::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PlanEntities::Table)
                    .col(id_col(PlanEntities::Id))
                    .col(ColumnDef::new(PlanEntities::PlanId).integer().not_null())
                    .col(ColumnDef::new(PlanEntities::Slug).string_len(80).not_null())
                    .col(ColumnDef::new(PlanEntities::Kind).string_len(30).not_null())
                    .col(ColumnDef::new(PlanEntities::MunicipalityId).integer())
                    .col(ColumnDef::new(PlanEntities::NameI18n).text().not_null())
                    .col(
                        ColumnDef::new(PlanEntities::DescriptionI18n)
                            .text()
                            .not_null(),
                    )
                    .col(ColumnDef::new(PlanEntities::ServicesI18n).text().not_null())
                    .col(ColumnDef::new(PlanEntities::Website).string_len(300))
                    .foreign_key(&mut fk(
                        PlanEntities::Table,
                        PlanEntities::PlanId,
                        Plans::Table,
                        Plans::Id,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PlanEntities::Table, PlanEntities::MunicipalityId)
                            .to(PlanMunicipalities::Table, PlanMunicipalities::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(PlanEntities::PlanId)
                            .col(PlanEntities::Slug),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PlanEntityAreas::Table)
                    .col(
                        ColumnDef::new(PlanEntityAreas::EntityId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(PlanEntityAreas::AreaId).integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(PlanEntityAreas::EntityId)
                            .col(PlanEntityAreas::AreaId),
                    )
                    .foreign_key(&mut fk(
                        PlanEntityAreas::Table,
                        PlanEntityAreas::EntityId,
                        PlanEntities::Table,
                        PlanEntities::Id,
                    ))
                    .foreign_key(&mut fk(
                        PlanEntityAreas::Table,
                        PlanEntityAreas::AreaId,
                        PlanAreas::Table,
                        PlanAreas::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_plan_entity_areas_area")
                    .table(PlanEntityAreas::Table)
                    .col(PlanEntityAreas::AreaId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Measures::Table)
                    .col(id_col(Measures::Id))
                    .col(ColumnDef::new(Measures::PlanId).integer().not_null())
                    .col(ColumnDef::new(Measures::AreaId).integer().not_null())
                    .col(ColumnDef::new(Measures::Code).string_len(40).not_null())
                    .col(ColumnDef::new(Measures::Level).small_integer().not_null())
                    .col(ColumnDef::new(Measures::Status).string_len(20).not_null())
                    .col(ColumnDef::new(Measures::TitleI18n).text().not_null())
                    .col(ColumnDef::new(Measures::SummaryI18n).text().not_null())
                    .col(ColumnDef::new(Measures::DescriptionI18n).text().not_null())
                    .col(ColumnDef::new(Measures::ObjectivesI18n).text().not_null())
                    .col(ColumnDef::new(Measures::TimelineI18n).text().not_null())
                    .col(ColumnDef::new(Measures::StartsOn).date())
                    .col(ColumnDef::new(Measures::EndsOn).date())
                    .col(ColumnDef::new(Measures::ResponsibleEntityId).integer())
                    .col(ColumnDef::new(Measures::Position).integer().not_null())
                    .col(
                        ColumnDef::new(Measures::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(
                        Measures::Table,
                        Measures::PlanId,
                        Plans::Table,
                        Plans::Id,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Measures::Table, Measures::AreaId)
                            .to(PlanAreas::Table, PlanAreas::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Measures::Table, Measures::ResponsibleEntityId)
                            .to(PlanEntities::Table, PlanEntities::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(Measures::PlanId)
                            .col(Measures::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_measures_area")
                    .table(Measures::Table)
                    .col(Measures::AreaId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MeasureIndicators::Table)
                    .col(id_col(MeasureIndicators::Id))
                    .col(
                        ColumnDef::new(MeasureIndicators::MeasureId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MeasureIndicators::Position)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MeasureIndicators::NameI18n)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MeasureIndicators::TargetI18n)
                            .text()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(
                        MeasureIndicators::Table,
                        MeasureIndicators::MeasureId,
                        Measures::Table,
                        Measures::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_measure_indicators_measure")
                    .table(MeasureIndicators::Table)
                    .col(MeasureIndicators::MeasureId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MeasurePartners::Table)
                    .col(
                        ColumnDef::new(MeasurePartners::MeasureId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MeasurePartners::EntityId)
                            .integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(MeasurePartners::MeasureId)
                            .col(MeasurePartners::EntityId),
                    )
                    .foreign_key(&mut fk(
                        MeasurePartners::Table,
                        MeasurePartners::MeasureId,
                        Measures::Table,
                        Measures::Id,
                    ))
                    .foreign_key(&mut fk(
                        MeasurePartners::Table,
                        MeasurePartners::EntityId,
                        PlanEntities::Table,
                        PlanEntities::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                MeasurePartners::Table.into_iden(),
                MeasureIndicators::Table.into_iden(),
                Measures::Table.into_iden(),
                PlanEntityAreas::Table.into_iden(),
                PlanEntities::Table.into_iden(),
                PlanAreas::Table.into_iden(),
                PlanMunicipalities::Table.into_iden(),
                Plans::Table.into_iden(),
            ],
        )
        .await
    }
}
