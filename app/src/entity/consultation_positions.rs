//! A formal position of an entity of the plan (an association, a service…) on a measure in a
//! consultation, filed by one of its representatives: a stance, a statement (Markdown, with its
//! sanitised rendering) and optionally wording proposed for one part of the measure. Every edit
//! is a new row; the entity's current position is its newest.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_positions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub consultation_id: i32,
    pub measure_id: i32,
    pub entity_id: i32,
    pub version_id: i32,
    /// `supports`, `supports_with_changes`, `opposes` or `no_position`.
    pub stance: String,
    pub statement: String,
    pub statement_html: String,
    /// The part the proposed wording is for (an anchor key: `measure` for the title…).
    pub proposed_part: Option<String>,
    pub proposed_text: Option<String>,
    pub lang: String,
    pub filed_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
