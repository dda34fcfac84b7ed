//! Accounts feature, server side: a person's own account — name, language, notifications,
//! "export my data" and "delete my account" (contributions stay, anonymised; the email, name and
//! anything derived from them leave the database).

use chrono::Utc;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    sea_query::Expr,
};
use serde_json::json;

use super::model::Actor;
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid},
    entity::{audit_log, outbox, role_grants, sessions, sign_in_tokens, users},
    i18n::Locale,
};

/// Longest display name accepted.
pub const NAME_MAX: usize = 80;

/// The profile form, parsed.
pub struct ProfileChange {
    pub display_name: Option<String>,
    pub locale: Locale,
    pub notify_email: bool,
}

impl ProfileChange {
    pub fn parse(display_name: &str, lang: &str, notify: bool) -> Result<ProfileChange, AppError> {
        let name = display_name.trim();
        if name.chars().count() > NAME_MAX {
            return Err(AppError::Invalid(Invalid::TooLong));
        }
        if name.chars().any(char::is_control) {
            return Err(AppError::BadRequest);
        }
        let locale = Locale::from_tag(lang).ok_or(AppError::BadRequest)?;
        Ok(ProfileChange { display_name: (!name.is_empty()).then(|| name.to_owned()), locale, notify_email: notify })
    }
}

pub async fn update_profile(db: &DatabaseConnection, actor: &Actor, change: ProfileChange) -> Result<(), AppError> {
    users::Entity::update_many()
        .col_expr(users::Column::DisplayName, Expr::value(change.display_name))
        .col_expr(users::Column::PreferredLang, Expr::value(change.locale.tag()))
        .col_expr(users::Column::NotifyEmail, Expr::value(change.notify_email))
        .filter(users::Column::Id.eq(actor.user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Everything tied to the account, as one JSON document.
pub async fn export(db: &DatabaseConnection, actor: &Actor) -> Result<serde_json::Value, AppError> {
    let user = users::Entity::find_by_id(actor.user_id).one(db).await?.ok_or(AppError::NotFound)?;
    let email = user.email.clone().unwrap_or_default();
    let sessions = sessions::Entity::find()
        .filter(sessions::Column::UserId.eq(actor.user_id))
        .order_by_asc(sessions::Column::Id)
        .all(db)
        .await?;
    let grants = role_grants::Entity::find()
        .filter(role_grants::Column::UserId.eq(actor.user_id))
        .order_by_asc(role_grants::Column::Id)
        .all(db)
        .await?;
    let sign_ins = sign_in_tokens::Entity::find()
        .filter(sign_in_tokens::Column::Email.eq(email.as_str()))
        .order_by_asc(sign_in_tokens::Column::Id)
        .all(db)
        .await?;
    let emails = outbox::Entity::find()
        .filter(outbox::Column::ToAddress.eq(email.as_str()))
        .order_by_asc(outbox::Column::Id)
        .all(db)
        .await?;
    let actions = audit_log::Entity::find()
        .filter(audit_log::Column::ActorUserId.eq(actor.user_id))
        .order_by_asc(audit_log::Column::Id)
        .all(db)
        .await?;
    Ok(json!({
        "exported_at": Utc::now(),
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "preferred_language": user.preferred_lang,
            "email_notifications": user.notify_email,
            "created_at": user.created_at,
        },
        "sessions": sessions.iter().map(|s| json!({
            "created_at": s.created_at, "last_seen_at": s.last_seen_at, "expires_at": s.expires_at,
        })).collect::<Vec<_>>(),
        "roles": grants.iter().map(|g| json!({
            "role": g.role, "plan_id": g.plan_id, "entity_id": g.entity_id,
            "granted_at": g.granted_at, "revoked_at": g.revoked_at,
        })).collect::<Vec<_>>(),
        "sign_in_requests": sign_ins.iter().map(|t| json!({
            "requested_at": t.created_at, "used_at": t.used_at, "language": t.lang,
        })).collect::<Vec<_>>(),
        "emails": emails.iter().map(|e| json!({
            "kind": e.kind, "subject": e.subject, "queued_at": e.created_at, "sent_at": e.sent_at, "status": e.status,
        })).collect::<Vec<_>>(),
        "actions": actions.iter().map(|a| json!({
            "action": a.action, "target_type": a.target_type, "target_id": a.target_id, "at": a.created_at,
        })).collect::<Vec<_>>(),
    }))
}

/// Deletes the account: the email, name, sessions, sign-in tokens, emails to the address (and,
/// through the outbox worker, the file transport's copies) and its rate-limit counters go; roles
/// are revoked; the person's id stays on their contributions and in the audit log, which no
/// longer leads to anyone.
pub async fn delete_account(db: &DatabaseConnection, actor: &Actor) -> Result<(), AppError> {
    let tx = db.begin_write().await?;
    let now = Utc::now();
    let email = actor.email.clone();
    users::Entity::update_many()
        .col_expr(users::Column::Email, Expr::value(Option::<String>::None))
        .col_expr(users::Column::DisplayName, Expr::value(Option::<String>::None))
        .col_expr(users::Column::DeletedAt, Expr::value(now))
        .filter(users::Column::Id.eq(actor.user_id))
        .exec(&tx)
        .await?;
    sessions::Entity::delete_many().filter(sessions::Column::UserId.eq(actor.user_id)).exec(&tx).await?;
    sign_in_tokens::Entity::delete_many().filter(sign_in_tokens::Column::Email.eq(email.as_str())).exec(&tx).await?;
    outbox::Entity::delete_many().filter(outbox::Column::ToAddress.eq(email.as_str())).exec(&tx).await?;
    crate::mail::enqueue_erasure(&tx, &email).await?;
    for key in super::api::address_limits(&email) {
        crate::rate_limit::forget(&tx, &key).await?;
    }
    role_grants::Entity::update_many()
        .col_expr(role_grants::Column::RevokedAt, Expr::value(now))
        .col_expr(role_grants::Column::RevokedBy, Expr::value(actor.user_id))
        .filter(role_grants::Column::UserId.eq(actor.user_id))
        .filter(role_grants::Column::RevokedAt.is_null())
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        audit::Entry {
            actor: Some(actor.user_id),
            action: "account.deleted",
            target_type: "user",
            target_id: actor.user_id.to_string(),
            plan_id: None,
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    forget_old_pages(db).await;
    Ok(())
}

/// On SQLite, moves the change into the database file and empties the write-ahead log, which
/// still holds the old pages (with the address); `secure_delete` has already zeroed them in the
/// file. A checkpoint cannot finish while another connection reads an older snapshot (the outbox
/// worker, a page being rendered): SQLite then answers "busy" without an error, so it is tried
/// again, for up to two seconds. PostgreSQL keeps erased values in dead rows until their space is
/// reused (see SECURITY.md).
async fn forget_old_pages(db: &DatabaseConnection) {
    use sea_orm::{ConnectionTrait, Statement};
    if db.get_database_backend() != sea_orm::DbBackend::Sqlite {
        return;
    }
    let checkpoint = Statement::from_string(sea_orm::DbBackend::Sqlite, "PRAGMA wal_checkpoint(TRUNCATE)");
    for _ in 0..40 {
        match db.query_one_raw(checkpoint.clone()).await {
            // Columns: busy (0 when the whole log was moved and emptied), log, checkpointed.
            Ok(Some(row)) if row.try_get_by_index::<i32>(0).is_ok_and(|busy| busy == 0) => return,
            Ok(_) => tokio::time::sleep(std::time::Duration::from_millis(50)).await,
            Err(err) => {
                tracing::warn!(error = %err, "could not empty the write-ahead log after an erasure");
                return;
            }
        }
    }
    tracing::warn!("the write-ahead log stayed busy after an erasure; the next checkpoint empties it");
}
