//! Reminders two days and two hours before a session, to every confirmed participant who left
//! an address. Every app server looks for due reminders (`send_due`, every few minutes); each
//! reminder is recorded in `focus_group_notices` (one row per registration and kind, unique) in
//! the transaction that queues its email, so it goes once however many servers look at once.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::OnConflict};

use super::{
    Seat,
    emails::{Notice, tell},
};
use crate::writes::BeginWrite;
use crate::{
    core::AppError,
    entity::{focus_group_notices as notices, focus_group_registrations as registrations, focus_groups, plans},
};

/// The reminders, and how many hours before the session each is due.
const DUE: [(Notice, i64); 2] = [(Notice::Reminder48h, 48), (Notice::Reminder2h, 2)];

/// Queues every reminder due at `now` that has not been sent; how many it queued.
/// `public_url` makes the links.
pub async fn send_due(db: &DatabaseConnection, now: DateTime<Utc>, public_url: &str) -> Result<u64, AppError> {
    let mut sent = 0;
    for (notice, hours) in DUE {
        let before = Duration::hours(hours);
        let groups = focus_groups::Entity::find()
            .filter(focus_groups::Column::StartsAt.gt(now))
            .filter(focus_groups::Column::StartsAt.lte(now + before))
            .filter(focus_groups::Column::CancelledAt.is_null())
            .all(db)
            .await?;
        for group in groups {
            let Some(starts) = group.starts_at else { continue };
            let Some(plan) = plans::Entity::find_by_id(group.plan_id).one(db).await? else { continue };
            let people = registrations::Entity::find()
                .filter(registrations::Column::FocusGroupId.eq(group.id))
                .filter(registrations::Column::Status.eq(Seat::Confirmed.key()))
                .filter(registrations::Column::Email.is_not_null())
                .all(db)
                .await?;
            let link = format!("{}/plans/{}/focus-groups/{}", public_url.trim_end_matches('/'), plan.slug, group.slug);
            for person in people {
                // Someone whose place came after the reminder was due has just been told.
                if person.promoted_at.unwrap_or(person.created_at) > starts - before {
                    continue;
                }
                if remind(db, &plan, &group, &person, notice, &link, public_url).await? {
                    sent += 1;
                }
            }
        }
    }
    Ok(sent)
}

/// Records and queues one reminder, unless it was already sent; whether this call sent it.
async fn remind(
    db: &DatabaseConnection,
    plan: &plans::Model,
    group: &focus_groups::Model,
    person: &registrations::Model,
    notice: Notice,
    link: &str,
    public_url: &str,
) -> Result<bool, AppError> {
    let txn = db.begin_write().await?;
    let row = notices::ActiveModel { registration_id: Set(person.id), kind: Set(notice.key().to_owned()), created_at: Set(Utc::now()), ..Default::default() };
    let inserted = notices::Entity::insert(row)
        .on_conflict(OnConflict::columns([notices::Column::RegistrationId, notices::Column::Kind]).do_nothing().to_owned())
        .exec_without_returning(&txn)
        .await?;
    if inserted == 0 {
        return Ok(false);
    }
    tell(&txn, plan, group, person, notice, link, public_url).await?;
    txn.commit().await?;
    Ok(true)
}
