//! The audit log: every facilitator, moderator and admin action (and account deletions) writes
//! one row, in the same transaction as the action itself.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr};

use crate::entity::audit_log;

/// One audit row: who (`None` for the command line), did what, to what, on which plan.
pub struct Entry<'a> {
    pub actor: Option<i32>,
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: String,
    pub plan_id: Option<i32>,
    pub details: serde_json::Value,
}

pub async fn record(db: &impl ConnectionTrait, entry: Entry<'_>) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        actor_user_id: Set(entry.actor),
        action: Set(entry.action.to_owned()),
        target_type: Set(entry.target_type.to_owned()),
        target_id: Set(entry.target_id),
        plan_id: Set(entry.plan_id),
        details: Set(entry.details.to_string()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
