//! A comment of a consultation on a measure as one version read: on the whole measure or one part
//! of it (`anchor`), or a reply to another comment (one level). Written on the web by its author,
//! or entered by a facilitator from paper, email or a session (`channel`, `received_on`,
//! `entered_by`, an optional `offline_name`). `body` is what was typed (Markdown); `body_html`
//! its sanitised rendering. `state`: visible, deleted (by its author), hidden (flagged), removed
//! (by a moderator).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub consultation_id: i32,
    pub measure_id: i32,
    pub version_id: i32,
    pub anchor: String,
    pub parent_id: Option<i32>,
    pub author_id: Option<i32>,
    /// `name` (the author's display name) or `resident` ("a resident of <municipality>").
    pub shown_as: String,
    pub municipality_id: Option<i32>,
    pub channel: String,
    pub received_on: Option<Date>,
    pub entered_by: Option<i32>,
    pub offline_name: Option<String>,
    pub body: String,
    pub body_html: String,
    pub lang: String,
    pub affects_me: bool,
    pub state: String,
    pub created_at: DateTimeUtc,
    pub edited_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
