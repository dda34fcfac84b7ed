//! The facilitators' answer to one input of a consultation (a comment, `input_kind` `comment`,
//! or an entity's position, `position`): the decision, its reason (translatable JSON) and the
//! later version of the draft that carries the change, if any. One per input; `notified_at`
//! once its author has been emailed.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_dispositions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub consultation_id: i32,
    pub input_kind: String,
    pub input_id: i32,
    /// `accepted`, `partly_accepted`, `not_accepted`, `out_of_scope` or `noted`.
    pub decision: String,
    pub reason_i18n: String,
    /// The number of the version of the draft that carries the change.
    pub changed_in: Option<i32>,
    pub decided_by: Option<i32>,
    pub decided_at: DateTimeUtc,
    pub notified_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
