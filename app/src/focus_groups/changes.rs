//! Changing a fixed session and calling it off, server side (the plan's facilitators). Every
//! participant who left an address is told in their language: those with a place get the
//! updated calendar invitation (same UID, a higher SEQUENCE) or its withdrawal (METHOD:CANCEL),
//! those on the waitlist the news without an invitation. A moved session's reminders go again
//! for its new time.

use chrono::{Duration, NaiveDateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::{
    Seat,
    domain::{self, Notice},
    emails::tell,
    service::{group, instant},
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Translated},
    entity::{focus_group_notices as notices, focus_group_registrations as registrations, focus_groups, plans},
    plans::{diagnosis::domain::website, service::default_lang},
};

/// What the form to change a session sends: its new start on the plan's clock, length, venue
/// (in the plan's own language) and online link.
pub struct Change {
    pub starts: NaiveDateTime,
    pub minutes: i64,
    pub venue: String,
    pub online_url: String,
}

/// A fixed session that has not started and was not called off.
fn changeable(row: &focus_groups::Model) -> Result<(), AppError> {
    match row.starts_at {
        None => Err(Invalid::SessionNotFixed.into()),
        Some(at) if at <= Utc::now() || row.cancelled_at.is_some() => Err(Invalid::SessionPast.into()),
        Some(_) => Ok(()),
    }
}

/// Tells everyone still registered for `row` about `notice`.
async fn tell_everyone(txn: &impl sea_orm::ConnectionTrait, plan: &plans::Model, row: &focus_groups::Model, notice: Notice, public_url: &str) -> Result<(), AppError> {
    let page = format!("{}/plans/{}/focus-groups/{}", public_url.trim_end_matches('/'), plan.slug, row.slug);
    let people = registrations::Entity::find()
        .filter(registrations::Column::FocusGroupId.eq(row.id))
        .filter(registrations::Column::Status.is_in([Seat::Confirmed.key(), Seat::Waitlisted.key()]))
        .filter(registrations::Column::Email.is_not_null())
        .all(txn)
        .await?;
    for person in people {
        tell(txn, plan, row, &person, notice, &page, public_url).await?;
    }
    Ok(())
}

/// Moves (or relocates) focus group `slug`'s session and tells its participants.
pub async fn change(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str, new: Change, public_url: &str) -> Result<(), AppError> {
    let row = group(db, plan, slug).await?;
    changeable(&row)?;
    if !domain::MINUTES.contains(&new.minutes) {
        return Err(Invalid::RangeInvalid.into());
    }
    let starts = instant(plan, new.starts)?;
    if starts <= Utc::now() {
        return Err(Invalid::SlotInPast.into());
    }
    let venue = new.venue.trim();
    if venue.chars().count() > domain::LONG_MAX {
        return Err(Invalid::TooLong.into());
    }
    let online_url = website(&new.online_url)?;
    let mut venues = Translated::from_json(&row.venue_i18n);
    venues.0.insert(default_lang(&plan.languages), venue.to_owned());
    let txn = db.begin_write().await?;
    let mut active: focus_groups::ActiveModel = row.clone().into();
    active.starts_at = Set(Some(starts));
    active.ends_at = Set(Some(starts + Duration::minutes(new.minutes)));
    active.venue_i18n = Set(venues.to_json());
    active.online_url = Set(online_url);
    active.sequence = Set(row.sequence + 1);
    let changed = active.update(&txn).await?;
    // Reminders were for the old time: they go again for the new one.
    let ids: Vec<i32> = registrations::Entity::find().filter(registrations::Column::FocusGroupId.eq(row.id)).all(&txn).await?.iter().map(|r| r.id).collect();
    if !ids.is_empty() {
        notices::Entity::delete_many().filter(notices::Column::RegistrationId.is_in(ids)).exec(&txn).await?;
    }
    let entry = audit::Entry {
        actor: Some(actor),
        action: "focus_group.changed",
        target_type: "focus_group",
        target_id: row.slug.clone(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "from": row.starts_at, "to": starts, "minutes": new.minutes, "sequence": changed.sequence }),
    };
    audit::record(&txn, entry).await?;
    tell_everyone(&txn, plan, &changed, Notice::Changed, public_url).await?;
    txn.commit().await?;
    Ok(())
}

/// Calls off focus group `slug`'s session and tells its participants.
pub async fn call_off(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str, public_url: &str) -> Result<(), AppError> {
    let row = group(db, plan, slug).await?;
    changeable(&row)?;
    let txn = db.begin_write().await?;
    // Called off once: a second click (another facilitator) finds it called off.
    let done = focus_groups::Entity::update_many()
        .col_expr(focus_groups::Column::CancelledAt, sea_orm::sea_query::Expr::value(Utc::now()))
        .col_expr(focus_groups::Column::Sequence, sea_orm::sea_query::Expr::value(row.sequence + 1))
        .filter(focus_groups::Column::Id.eq(row.id))
        .filter(focus_groups::Column::CancelledAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected;
    if done == 0 {
        return Err(Invalid::SessionPast.into());
    }
    let called_off = focus_groups::Model { cancelled_at: Some(Utc::now()), sequence: row.sequence + 1, ..row };
    let entry = audit::Entry {
        actor: Some(actor),
        action: "focus_group.called_off",
        target_type: "focus_group",
        target_id: called_off.slug.clone(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "starts_at": called_off.starts_at }),
    };
    audit::record(&txn, entry).await?;
    tell_everyone(&txn, plan, &called_off, Notice::SessionCancelled, public_url).await?;
    txn.commit().await?;
    Ok(())
}
