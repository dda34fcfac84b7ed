//! Ponte's database schema, one migration per change, named `mYYYYMMDD_NNNNNN_<feature>_<what>`.
//!
//! Migrations never import the application's entities: each file declares its own identifiers, so an
//! old migration keeps compiling when the entities move on. They run at start-up and by `ponte migrate`.

pub use sea_orm_migration::prelude::*;

mod columns;
mod m20261122_000001_plans_create_tables;
mod m20261122_000002_accounts_create_tables;
mod m20261122_000003_surveys_create_tables;
mod m20261122_000004_evidence_create_tables;
mod m20261202_000005_surveys_hold_marked_responses;
mod m20261203_000006_accounts_rate_limit_salts;
mod m20261203_000007_media_create_tables;
mod m20261203_000008_evidence_one_link_per_pair;
mod m20261203_000009_core_forms_sent_once;
mod m20261204_000010_surveys_response_review;
mod m20261204_000011_plans_timeline;
mod m20261204_000012_plans_municipality_codes;
mod m20261204_000013_plans_drafting;
mod m20261204_000014_plans_diagnosis;
mod m20261204_000015_plans_workflow;
mod m20261204_000016_plans_hidden_areas;
mod m20261204_000017_plans_municipal_holidays;
mod m20261204_000018_consultations;
mod m20261205_000019_moderation;
mod m20261205_000020_consultation_positions;
mod m20261205_000021_consultation_dispositions;
mod m20261205_000022_core_outbox_unsubscribe;
mod m20261205_000023_plans_content_revision;
mod m20261206_000024_focus_groups;
mod m20261206_000025_core_outbox_calendar;
mod m20261206_000026_focus_group_findings;
mod m20261206_000027_forum;
mod m20261206_000028_forum_search;
mod m20261206_000029_forum_follows;
mod m20261206_000030_evidence_stance;
mod m20261207_000031_report_population;
mod m20261207_000032_drafting_withdrawal;
mod m20261207_000033_plans_directory_revision;
mod m20261207_000034_monitoring;
mod m20261207_000035_surveys_month_tallies;
mod m20261207_000036_forum_search_folded;

/// Every migration, oldest first.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_plans_create_tables::Migration),
            Box::new(m20261122_000002_accounts_create_tables::Migration),
            Box::new(m20261122_000003_surveys_create_tables::Migration),
            Box::new(m20261122_000004_evidence_create_tables::Migration),
            Box::new(m20261202_000005_surveys_hold_marked_responses::Migration),
            Box::new(m20261203_000006_accounts_rate_limit_salts::Migration),
            Box::new(m20261203_000007_media_create_tables::Migration),
            Box::new(m20261203_000008_evidence_one_link_per_pair::Migration),
            Box::new(m20261203_000009_core_forms_sent_once::Migration),
            Box::new(m20261204_000010_surveys_response_review::Migration),
            Box::new(m20261204_000011_plans_timeline::Migration),
            Box::new(m20261204_000012_plans_municipality_codes::Migration),
            Box::new(m20261204_000013_plans_drafting::Migration),
            Box::new(m20261204_000014_plans_diagnosis::Migration),
            Box::new(m20261204_000015_plans_workflow::Migration),
            Box::new(m20261204_000016_plans_hidden_areas::Migration),
            Box::new(m20261204_000017_plans_municipal_holidays::Migration),
            Box::new(m20261204_000018_consultations::Migration),
            Box::new(m20261205_000019_moderation::Migration),
            Box::new(m20261205_000020_consultation_positions::Migration),
            Box::new(m20261205_000021_consultation_dispositions::Migration),
            Box::new(m20261205_000022_core_outbox_unsubscribe::Migration),
            Box::new(m20261205_000023_plans_content_revision::Migration),
            Box::new(m20261206_000024_focus_groups::Migration),
            Box::new(m20261206_000025_core_outbox_calendar::Migration),
            Box::new(m20261206_000026_focus_group_findings::Migration),
            Box::new(m20261206_000027_forum::Migration),
            Box::new(m20261206_000028_forum_search::Migration),
            Box::new(m20261206_000029_forum_follows::Migration),
            Box::new(m20261206_000030_evidence_stance::Migration),
            Box::new(m20261207_000031_report_population::Migration),
            Box::new(m20261207_000032_drafting_withdrawal::Migration),
            Box::new(m20261207_000033_plans_directory_revision::Migration),
            Box::new(m20261207_000034_monitoring::Migration),
            Box::new(m20261207_000035_surveys_month_tallies::Migration),
            Box::new(m20261207_000036_forum_search_folded::Migration),
        ]
    }
}
