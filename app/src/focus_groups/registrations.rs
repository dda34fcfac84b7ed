//! Registering for a focus group and cancelling, server side. A registration and a
//! cancellation each begin by writing the group's `seats_rev`, so on both databases they take
//! their turn per group: the capacity is never exceeded however many people press at once, and
//! a freed place goes to the first in line exactly once. No account is needed: the person keeps
//! a link (in their confirmation email, and on the page they land on) whose token only they
//! have; the database keeps its keyed hash.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, ExprTrait},
};

use super::{
    RegistrationView, Seat,
    domain::{self, GroupState},
    emails::{Notice, tell},
    service::{card, group},
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid},
    entity::{focus_group_registrations as registrations, focus_groups, plans},
    i18n::{Locale, content_tag},
    plans::{
        diagnosis::domain::{email, phone},
        service::plan_ref,
    },
    secrets,
};

/// What the registration form sends.
pub struct NewRegistration {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub lang: String,
    pub interpret_into: String,
    pub access: String,
    pub children: i32,
    pub children_ages: String,
    pub diet: String,
    pub note: String,
}

fn optional(raw: &str, max: usize) -> Result<Option<String>, AppError> {
    let trimmed = raw.trim();
    if trimmed.chars().count() > max {
        return Err(Invalid::TooLong.into());
    }
    Ok(Some(trimmed.to_owned()).filter(|s| !s.is_empty()))
}

/// Where a registration's page is: the link its confirmation carries.
pub fn link(plan_slug: &str, group_slug: &str, token: &str) -> String {
    format!("/plans/{plan_slug}/focus-groups/{group_slug}/registration/{token}")
}

/// Claims the group's turn: the first write of every registration and cancellation.
async fn take_turn(db: &impl ConnectionTrait, group_id: i32) -> Result<(), AppError> {
    focus_groups::Entity::update_many()
        .col_expr(focus_groups::Column::SeatsRev, Expr::col(focus_groups::Column::SeatsRev).add(1))
        .filter(focus_groups::Column::Id.eq(group_id))
        .exec(db)
        .await?;
    Ok(())
}

async fn confirmed_count(db: &impl ConnectionTrait, group_id: i32) -> Result<i32, AppError> {
    let n = registrations::Entity::find()
        .filter(registrations::Column::FocusGroupId.eq(group_id))
        .filter(registrations::Column::Status.eq(Seat::Confirmed.key()))
        .count(db)
        .await?;
    Ok(i32::try_from(n).unwrap_or(i32::MAX))
}

/// Registers someone for focus group `slug` (by themselves, or by facilitator `entered_by` on
/// their behalf); the token of their registration's link. Confirmed while places are left,
/// then waitlisted if the group keeps a waitlist, else refused.
pub async fn register(
    db: &DatabaseConnection,
    plan: &plans::Model,
    slug: &str,
    new: NewRegistration,
    entered_by: Option<i32>,
    public_url: &str,
) -> Result<String, AppError> {
    let row = group(db, plan, slug).await?;
    let name = optional(&new.name, domain::SHORT_MAX)?.ok_or(AppError::Invalid(Invalid::NameMissing))?;
    let address = email(&new.email)?;
    let phone = phone(&new.phone)?;
    let lang = Locale::from_tag(new.lang.trim()).map(|l| l.tag().to_owned()).ok_or(AppError::Invalid(Invalid::LanguageUnknown))?;
    let interpret_into = match new.interpret_into.trim() {
        "" => None,
        raw => Some(content_tag(raw).ok_or(AppError::Invalid(Invalid::LanguageUnknown))?),
    };
    if !(0..=domain::CHILDREN_MAX).contains(&new.children) {
        return Err(Invalid::RangeInvalid.into());
    }
    let access = optional(&new.access, domain::NOTE_MAX)?;
    let ages = optional(&new.children_ages, domain::SHORT_MAX)?;
    let diet = optional(&new.diet, domain::NOTE_MAX)?;
    let note = optional(&new.note, domain::NOTE_MAX)?;
    let token = secrets::random_token();
    let txn = db.begin_write().await?;
    take_turn(&txn, row.id).await?;
    let confirmed = confirmed_count(&txn, row.id).await?;
    let seat = match GroupState::at(Utc::now(), row.starts_at, row.cancelled_at.is_some(), confirmed, row.capacity, row.waitlist) {
        GroupState::Open => Seat::Confirmed,
        GroupState::Waitlist => Seat::Waitlisted,
        GroupState::Full => return Err(Invalid::SessionFull.into()),
        GroupState::Poll => return Err(Invalid::SessionNotFixed.into()),
        GroupState::Past | GroupState::Cancelled => return Err(Invalid::SessionPast.into()),
    };
    let saved = registrations::ActiveModel {
        focus_group_id: Set(row.id),
        name: Set(name),
        email: Set(address),
        phone: Set(phone),
        lang: Set(lang),
        interpret_into: Set(interpret_into),
        access: Set(access),
        children: Set(new.children),
        children_ages: Set(ages.filter(|_| new.children > 0)),
        diet: Set(diet),
        note: Set(note),
        status: Set(seat.key().to_owned()),
        token_hash: Set(secrets::hash(&token)),
        entered_by: Set(entered_by),
        created_at: Set(Utc::now()),
        promoted_at: Set(None),
        cancelled_at: Set(None),
        attended: Set(false),
        needs_deleted_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if let Some(actor) = entered_by {
        let entry = audit::Entry {
            actor: Some(actor),
            action: "focus_group.registration_entered",
            target_type: "focus_group",
            target_id: row.slug.clone(),
            plan_id: Some(plan.id),
            details: serde_json::json!({ "registration": saved.id, "seat": seat.key() }),
        };
        audit::record(&txn, entry).await?;
    }
    let kind = if seat == Seat::Confirmed { Notice::Confirmed } else { Notice::Waitlisted };
    tell(&txn, plan, &row, &saved, kind, &format!("{}{}", public_url.trim_end_matches('/'), link(&plan.slug, &row.slug, &token)), public_url).await?;
    txn.commit().await?;
    Ok(token)
}

/// The registration a link's token names, in `plan`.
async fn by_token(db: &impl ConnectionTrait, plan: &plans::Model, slug: &str, token: &str) -> Result<(focus_groups::Model, registrations::Model), AppError> {
    let row = group(db, plan, slug).await?;
    let found = registrations::Entity::find()
        .filter(registrations::Column::TokenHash.eq(secrets::hash(token.trim())))
        .filter(registrations::Column::FocusGroupId.eq(row.id))
        .one(db)
        .await?
        .ok_or(AppError::Invalid(Invalid::LinkInvalid))?;
    Ok((row, found))
}

/// The page a registration's link opens.
pub async fn view(db: &DatabaseConnection, plan: plans::Model, slug: &str, token: &str, locale: Locale) -> Result<RegistrationView, AppError> {
    let (row, found) = by_token(db, &plan, slug, token).await?;
    let seat = Seat::from_key(&found.status);
    let waitlist_place = if seat == Seat::Waitlisted {
        let ahead = registrations::Entity::find()
            .filter(registrations::Column::FocusGroupId.eq(row.id))
            .filter(registrations::Column::Status.eq(Seat::Waitlisted.key()))
            .filter(registrations::Column::Id.lt(found.id))
            .count(db)
            .await?;
        Some(i32::try_from(ahead).unwrap_or(i32::MAX).saturating_add(1))
    } else {
        None
    };
    let confirmed = confirmed_count(db, row.id).await?;
    let group = card(&plan, &row, confirmed, locale);
    let cancellable = seat != Seat::Cancelled && !matches!(group.state, GroupState::Past | GroupState::Cancelled);
    Ok(RegistrationView { plan: plan_ref(&plan, locale), group, name: found.name, seat, waitlist_place, cancellable })
}

/// Cancels the registration a link's token names; if it held a place, the first on the waitlist
/// gets it and is told. A link used twice is refused and changes nothing.
pub async fn cancel(db: &DatabaseConnection, plan: &plans::Model, slug: &str, token: &str, public_url: &str) -> Result<(), AppError> {
    let (row, found) = by_token(db, plan, slug, token).await?;
    if row.starts_at.is_some_and(|at| at <= Utc::now()) {
        return Err(Invalid::SessionPast.into());
    }
    let txn = db.begin_write().await?;
    take_turn(&txn, row.id).await?;
    let Some(current) = registrations::Entity::find_by_id(found.id).one(&txn).await? else {
        return Err(Invalid::LinkInvalid.into());
    };
    let seat = Seat::from_key(&current.status);
    if seat == Seat::Cancelled {
        return Err(Invalid::AlreadyCancelled.into());
    }
    let now = Utc::now();
    // Told (with the invitation taken out of their calendar) before their address is forgotten.
    let page = format!("{}/plans/{}/focus-groups/{}", public_url.trim_end_matches('/'), plan.slug, row.slug);
    tell(&txn, plan, &row, &current, Notice::Cancelled, &page, public_url).await?;
    let mut active: registrations::ActiveModel = current.into();
    active.status = Set(Seat::Cancelled.key().to_owned());
    active.cancelled_at = Set(Some(now));
    forget(&mut active, now);
    active.update(&txn).await?;
    if seat == Seat::Confirmed && row.cancelled_at.is_none() && confirmed_count(&txn, row.id).await? < row.capacity {
        let next = registrations::Entity::find()
            .filter(registrations::Column::FocusGroupId.eq(row.id))
            .filter(registrations::Column::Status.eq(Seat::Waitlisted.key()))
            .order_by_asc(registrations::Column::Id)
            .one(&txn)
            .await?;
        if let Some(next) = next {
            let mut promoted: registrations::ActiveModel = next.into();
            promoted.status = Set(Seat::Confirmed.key().to_owned());
            promoted.promoted_at = Set(Some(now));
            let promoted = promoted.update(&txn).await?;
            // Their link is theirs alone: the email points to the focus group's page.
            tell(&txn, plan, &row, &promoted, Notice::Promoted, &page, public_url).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Empties what a registration said about the person beyond their name and language: their
/// needs and how to reach them.
fn forget(row: &mut registrations::ActiveModel, now: DateTime<Utc>) {
    row.email = Set(None);
    row.phone = Set(None);
    row.interpret_into = Set(None);
    row.access = Set(None);
    row.children = Set(0);
    row.children_ages = Set(None);
    row.diet = Set(None);
    row.note = Set(None);
    row.needs_deleted_at = Set(Some(now));
}

/// How long after a session its participants' needs and contact details are kept.
pub const NEEDS_KEPT_DAYS: i64 = 30;

/// Empties the needs and contact details of every registration for a session that ended more
/// than [`NEEDS_KEPT_DAYS`] before `now` (the hourly housekeeping); how many it emptied.
pub async fn forget_needs(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, sea_orm::DbErr> {
    let ended: Vec<i32> = focus_groups::Entity::find()
        .select_only()
        .column(focus_groups::Column::Id)
        .filter(focus_groups::Column::EndsAt.lt(now - Duration::days(NEEDS_KEPT_DAYS)))
        .into_tuple()
        .all(db)
        .await?;
    if ended.is_empty() {
        return Ok(0);
    }
    let mut blank = registrations::ActiveModel { ..Default::default() };
    forget(&mut blank, now);
    let done = registrations::Entity::update_many()
        .set(blank)
        .filter(registrations::Column::FocusGroupId.is_in(ended))
        .filter(registrations::Column::NeedsDeletedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
