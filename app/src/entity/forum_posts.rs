//! A post of a forum thread: its number within the thread (1 opens it), author and how they
//! appear, its Markdown text and the sanitised HTML made from it, the language it is written
//! in, the post it quotes, its moderation state and when it was last edited.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "forum_posts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub thread_id: i32,
    pub plan_id: i32,
    pub number: i32,
    pub author_id: Option<i32>,
    pub shown_as: String,
    pub municipality_id: Option<i32>,
    pub body: String,
    pub body_html: String,
    pub lang: String,
    pub quote_of: Option<i32>,
    pub state: String,
    pub created_at: DateTimeUtc,
    pub edited_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
