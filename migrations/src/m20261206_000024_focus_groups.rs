//! Focus groups feature: a plan's focus groups (`focus_groups`: what it is about, for whom, its
//! languages and interpretation, venue and access, capacity, support offered, consent text and,
//! once fixed, its time), the date poll before a time is fixed (`focus_group_slots`, the people
//! who answer it, `focus_group_voters`, and their answers, `focus_group_votes`), the people who
//! register (`focus_group_registrations`, confirmed or on the waitlist, with the needs the
//! facilitators plan for) and the notices each registration was sent once
//! (`focus_group_notices`).

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
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum FocusGroups {
    Table,
    Id,
    PlanId,
    Slug,
    TopicI18n,
    AudienceI18n,
    Areas,
    Measures,
    Languages,
    Interpretation,
    VenueI18n,
    Access,
    OnlineUrl,
    Capacity,
    Waitlist,
    Support,
    ConsentI18n,
    Hosts,
    StartsAt,
    EndsAt,
    CancelledAt,
    Sequence,
    SeatsRev,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FocusGroupSlots {
    Table,
    Id,
    FocusGroupId,
    StartsAt,
    EndsAt,
}

#[derive(DeriveIden)]
enum FocusGroupVoters {
    Table,
    Id,
    FocusGroupId,
    Name,
    Email,
    Lang,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FocusGroupVotes {
    Table,
    Id,
    VoterId,
    SlotId,
    Answer,
}

#[derive(DeriveIden)]
enum FocusGroupRegistrations {
    Table,
    Id,
    FocusGroupId,
    Name,
    Email,
    Phone,
    Lang,
    InterpretInto,
    Access,
    Children,
    ChildrenAges,
    Diet,
    Note,
    Status,
    TokenHash,
    EnteredBy,
    CreatedAt,
    PromotedAt,
    CancelledAt,
    Attended,
    NeedsDeletedAt,
}

#[derive(DeriveIden)]
enum FocusGroupNotices {
    Table,
    Id,
    RegistrationId,
    Kind,
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
                    .table(FocusGroups::Table)
                    .col(id_col(FocusGroups::Id))
                    .col(ColumnDef::new(FocusGroups::PlanId).integer().not_null())
                    .col(ColumnDef::new(FocusGroups::Slug).string_len(60).not_null())
                    .col(ColumnDef::new(FocusGroups::TopicI18n).text().not_null())
                    .col(ColumnDef::new(FocusGroups::AudienceI18n).text().not_null())
                    .col(ColumnDef::new(FocusGroups::Areas).text().not_null())
                    .col(ColumnDef::new(FocusGroups::Measures).text().not_null())
                    .col(ColumnDef::new(FocusGroups::Languages).text().not_null())
                    .col(ColumnDef::new(FocusGroups::Interpretation).text().not_null())
                    .col(ColumnDef::new(FocusGroups::VenueI18n).text().not_null())
                    .col(ColumnDef::new(FocusGroups::Access).text().not_null())
                    .col(ColumnDef::new(FocusGroups::OnlineUrl).string_len(500).null())
                    .col(ColumnDef::new(FocusGroups::Capacity).integer().not_null())
                    .col(ColumnDef::new(FocusGroups::Waitlist).boolean().not_null().default(true))
                    .col(ColumnDef::new(FocusGroups::Support).text().not_null())
                    .col(ColumnDef::new(FocusGroups::ConsentI18n).text().not_null())
                    .col(ColumnDef::new(FocusGroups::Hosts).string_len(300).not_null())
                    .col(ts_null(FocusGroups::StartsAt))
                    .col(ts_null(FocusGroups::EndsAt))
                    .col(ts_null(FocusGroups::CancelledAt))
                    .col(ColumnDef::new(FocusGroups::Sequence).integer().not_null().default(0))
                    .col(ColumnDef::new(FocusGroups::SeatsRev).integer().not_null().default(0))
                    .col(ColumnDef::new(FocusGroups::CreatedBy).integer().null())
                    .col(ts(FocusGroups::CreatedAt))
                    .foreign_key(&mut fk(FocusGroups::Table, FocusGroups::PlanId, Plans::Table, Plans::Id))
                    .foreign_key(&mut set_null(FocusGroups::Table, FocusGroups::CreatedBy, Users::Table, Users::Id))
                    .index(Index::create().unique().col(FocusGroups::PlanId).col(FocusGroups::Slug))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FocusGroupSlots::Table)
                    .col(id_col(FocusGroupSlots::Id))
                    .col(ColumnDef::new(FocusGroupSlots::FocusGroupId).integer().not_null())
                    .col(ts(FocusGroupSlots::StartsAt))
                    .col(ts(FocusGroupSlots::EndsAt))
                    .foreign_key(&mut fk(FocusGroupSlots::Table, FocusGroupSlots::FocusGroupId, FocusGroups::Table, FocusGroups::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FocusGroupVoters::Table)
                    .col(id_col(FocusGroupVoters::Id))
                    .col(ColumnDef::new(FocusGroupVoters::FocusGroupId).integer().not_null())
                    .col(ColumnDef::new(FocusGroupVoters::Name).string_len(200).not_null())
                    .col(ColumnDef::new(FocusGroupVoters::Email).string_len(320).null())
                    .col(ColumnDef::new(FocusGroupVoters::Lang).string_len(16).not_null())
                    .col(ts(FocusGroupVoters::CreatedAt))
                    .foreign_key(&mut fk(FocusGroupVoters::Table, FocusGroupVoters::FocusGroupId, FocusGroups::Table, FocusGroups::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FocusGroupVotes::Table)
                    .col(id_col(FocusGroupVotes::Id))
                    .col(ColumnDef::new(FocusGroupVotes::VoterId).integer().not_null())
                    .col(ColumnDef::new(FocusGroupVotes::SlotId).integer().not_null())
                    .col(ColumnDef::new(FocusGroupVotes::Answer).string_len(8).not_null())
                    .foreign_key(&mut fk(FocusGroupVotes::Table, FocusGroupVotes::VoterId, FocusGroupVoters::Table, FocusGroupVoters::Id))
                    .foreign_key(&mut fk(FocusGroupVotes::Table, FocusGroupVotes::SlotId, FocusGroupSlots::Table, FocusGroupSlots::Id))
                    .index(Index::create().unique().col(FocusGroupVotes::VoterId).col(FocusGroupVotes::SlotId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FocusGroupRegistrations::Table)
                    .col(id_col(FocusGroupRegistrations::Id))
                    .col(ColumnDef::new(FocusGroupRegistrations::FocusGroupId).integer().not_null())
                    .col(ColumnDef::new(FocusGroupRegistrations::Name).string_len(200).not_null())
                    .col(ColumnDef::new(FocusGroupRegistrations::Email).string_len(320).null())
                    .col(ColumnDef::new(FocusGroupRegistrations::Phone).string_len(40).null())
                    .col(ColumnDef::new(FocusGroupRegistrations::Lang).string_len(16).not_null())
                    .col(ColumnDef::new(FocusGroupRegistrations::InterpretInto).string_len(16).null())
                    .col(ColumnDef::new(FocusGroupRegistrations::Access).text().null())
                    .col(ColumnDef::new(FocusGroupRegistrations::Children).integer().not_null().default(0))
                    .col(ColumnDef::new(FocusGroupRegistrations::ChildrenAges).string_len(200).null())
                    .col(ColumnDef::new(FocusGroupRegistrations::Diet).text().null())
                    .col(ColumnDef::new(FocusGroupRegistrations::Note).text().null())
                    .col(ColumnDef::new(FocusGroupRegistrations::Status).string_len(16).not_null())
                    .col(ColumnDef::new(FocusGroupRegistrations::TokenHash).string_len(64).not_null().unique_key())
                    .col(ColumnDef::new(FocusGroupRegistrations::EnteredBy).integer().null())
                    .col(ts(FocusGroupRegistrations::CreatedAt))
                    .col(ts_null(FocusGroupRegistrations::PromotedAt))
                    .col(ts_null(FocusGroupRegistrations::CancelledAt))
                    .col(ColumnDef::new(FocusGroupRegistrations::Attended).boolean().not_null().default(false))
                    .col(ts_null(FocusGroupRegistrations::NeedsDeletedAt))
                    .foreign_key(&mut fk(FocusGroupRegistrations::Table, FocusGroupRegistrations::FocusGroupId, FocusGroups::Table, FocusGroups::Id))
                    .foreign_key(&mut set_null(FocusGroupRegistrations::Table, FocusGroupRegistrations::EnteredBy, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FocusGroupNotices::Table)
                    .col(id_col(FocusGroupNotices::Id))
                    .col(ColumnDef::new(FocusGroupNotices::RegistrationId).integer().not_null())
                    .col(ColumnDef::new(FocusGroupNotices::Kind).string_len(40).not_null())
                    .col(ts(FocusGroupNotices::CreatedAt))
                    .foreign_key(&mut fk(FocusGroupNotices::Table, FocusGroupNotices::RegistrationId, FocusGroupRegistrations::Table, FocusGroupRegistrations::Id))
                    .index(Index::create().unique().col(FocusGroupNotices::RegistrationId).col(FocusGroupNotices::Kind))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_focus_group_slots_group").table(FocusGroupSlots::Table).col(FocusGroupSlots::FocusGroupId).to_owned())
            .await?;
        manager
            .create_index(Index::create().name("idx_focus_group_voters_group").table(FocusGroupVoters::Table).col(FocusGroupVoters::FocusGroupId).to_owned())
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_focus_group_registrations_group")
                    .table(FocusGroupRegistrations::Table)
                    .col(FocusGroupRegistrations::FocusGroupId)
                    .col(FocusGroupRegistrations::Status)
                    .col(FocusGroupRegistrations::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::columns::drop_tables(
            manager,
            vec![
                FocusGroupNotices::Table.into_iden(),
                FocusGroupRegistrations::Table.into_iden(),
                FocusGroupVotes::Table.into_iden(),
                FocusGroupVoters::Table.into_iden(),
                FocusGroupSlots::Table.into_iden(),
                FocusGroups::Table.into_iden(),
            ],
        )
        .await
    }
}
