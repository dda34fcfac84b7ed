//! A plan's focus group: topic, audience, venue and consent texts (JSON `Translated`), the areas
//! and measure codes it is about, its languages, the interpretation offered, the access features
//! of the venue and the support offered (JSON lists of keys), capacity and whether a waitlist is
//! kept, and its time once fixed (`starts_at` empty while the date poll runs). `sequence` numbers
//! the session's calendar changes; `seats_rev` is written first by every registration and
//! cancellation, so they take their turn per group on both databases.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "focus_groups")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub slug: String,
    pub topic_i18n: String,
    pub audience_i18n: String,
    pub areas: String,
    pub measures: String,
    pub languages: String,
    pub interpretation: String,
    pub venue_i18n: String,
    pub access: String,
    pub online_url: Option<String>,
    pub capacity: i32,
    pub waitlist: bool,
    pub support: String,
    pub consent_i18n: String,
    pub hosts: String,
    pub starts_at: Option<DateTimeUtc>,
    pub ends_at: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
    pub sequence: i32,
    pub seats_rev: i32,
    /// The minutes, Markdown per language (JSON `Translated`).
    pub minutes_i18n: String,
    /// When the minutes and findings were made public (empty: only facilitators see them).
    pub findings_published_at: Option<DateTimeUtc>,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
