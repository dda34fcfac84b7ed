//! A person registered for a focus group: name and how to reach them, their language, and the
//! needs facilitators plan for (interpretation, access, children, diet, a note), which are
//! emptied 30 days after the session (`needs_deleted_at`). `status`: `confirmed`, `waitlisted`
//! or `cancelled`; the waitlist is served by `id`. Only a keyed hash of the cancel link's token
//! is kept.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "focus_group_registrations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub focus_group_id: i32,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub lang: String,
    pub interpret_into: Option<String>,
    pub access: Option<String>,
    pub children: i32,
    pub children_ages: Option<String>,
    pub diet: Option<String>,
    pub note: Option<String>,
    pub status: String,
    pub token_hash: String,
    pub entered_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub promoted_at: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
    pub attended: bool,
    pub needs_deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
