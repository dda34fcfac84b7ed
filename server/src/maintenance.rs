//! Housekeeping every app server runs hourly (safe to run on several at once: plain deletes):
//! answers in progress past their 30 days, expired sessions and sign-in links, rate-limit
//! windows long closed (and their salts), the envelopes of emails sent a month ago, the tokens of forms sent yesterday and spreadsheets uploaded yesterday and never imported, the needs and contact details of focus-group participants 30 days after their session. Keeping nothing longer than needed is part of the privacy promise. It also
//! stores the last held responses of surveys that have closed.

use std::time::Duration;

use ponte_app::entity::{entity_imports, outbox, rate_limits, sessions, sign_in_tokens, survey_drafts};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

/// How often the housekeeping runs.
pub const EVERY: Duration = Duration::from_secs(3600);

/// What one pass removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub drafts: u64,
    pub sessions: u64,
    pub sign_in_tokens: u64,
    pub rate_limits: u64,
    /// Envelopes of emails sent or given up on more than [`crate::mail::SENT_RETENTION`] ago.
    pub emails: u64,
    /// Tokens of forms sent more than a day ago (`ponte_app::once`).
    pub form_tokens: u64,
    /// Held responses of closed surveys, now stored (see `ponte_app::surveys::store`).
    pub held_released: u64,
    /// Spreadsheets uploaded for an import more than a day ago and never confirmed.
    pub entity_imports: u64,
    /// Registrations for focus groups held more than 30 days ago whose needs and contact
    /// details were emptied.
    pub focus_group_needs: u64,
}

/// One pass: deletes what has expired by `now`.
pub async fn purge(db: &DatabaseConnection, now: chrono::DateTime<chrono::Utc>) -> Result<Purged, DbErr> {
    let day_ago = now - chrono::Duration::days(1);
    Ok(Purged {
        drafts: survey_drafts::Entity::delete_many().filter(survey_drafts::Column::ExpiresAt.lt(now)).exec(db).await?.rows_affected,
        sessions: sessions::Entity::delete_many().filter(sessions::Column::ExpiresAt.lt(now)).exec(db).await?.rows_affected,
        sign_in_tokens: sign_in_tokens::Entity::delete_many()
            .filter(sign_in_tokens::Column::ExpiresAt.lt(day_ago))
            .exec(db)
            .await?
            .rows_affected,
        rate_limits: rate_limits::Entity::delete_many()
            .filter(rate_limits::Column::WindowStart.lt(day_ago))
            .exec(db)
            .await?
            .rows_affected
            + ponte_app::rate_limit::forget_old_salts(db, now).await?,
        emails: outbox::Entity::delete_many()
            .filter(outbox::Column::Status.is_in(["sent", "failed"]))
            .filter(outbox::Column::CreatedAt.lt(now - chrono::Duration::from_std(crate::mail::SENT_RETENTION).unwrap_or(chrono::Duration::days(30))))
            .exec(db)
            .await?
            .rows_affected,
        form_tokens: ponte_app::once::purge(db, now).await?,
        held_released: ponte_app::surveys::store::release_closed(db, now)
            .await
            .map_err(|e| DbErr::Custom(format!("storing held responses: {e}")))?,
        entity_imports: entity_imports::Entity::delete_many().filter(entity_imports::Column::CreatedAt.lt(day_ago)).exec(db).await?.rows_affected,
        focus_group_needs: ponte_app::focus_groups::registrations::forget_needs(db, now).await?,
    })
}

/// Runs [`purge`] now and every [`EVERY`] until `stop` resolves.
pub fn spawn(db: DatabaseConnection, stop: impl std::future::Future<Output = ()> + Send + 'static) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        tokio::pin!(stop);
        let mut tick = tokio::time::interval(EVERY);
        loop {
            tokio::select! {
                _ = &mut stop => break,
                _ = tick.tick() => match purge(&db, chrono::Utc::now()).await {
                    Ok(purged) => tracing::info!(?purged, "housekeeping"),
                    Err(err) => tracing::warn!(error = %err, "housekeeping failed; will try again"),
                },
            }
        }
    })
}
