//! A forum thread of a plan: its category (an area code of the plan or `general`), the measure
//! codes it is about (JSON list), its title and the language it is in, who opened it and how
//! they appear, its moderation state, pinned and locked flags, how many posts it has (the
//! number of its last post) and, once a facilitator closes it, its outcome (JSON `Translated`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "forum_threads")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plan_id: i32,
    pub category: String,
    pub measures: String,
    pub title: String,
    pub lang: String,
    pub author_id: Option<i32>,
    pub shown_as: String,
    pub municipality_id: Option<i32>,
    pub state: String,
    pub pinned: bool,
    pub locked: bool,
    pub posts: i32,
    pub last_post_at: DateTimeUtc,
    pub outcome_i18n: Option<String>,
    pub outcome_at: Option<DateTimeUtc>,
    pub outcome_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
