//! The date poll, server side: before a session's time is fixed, its facilitators propose
//! times (on the plan's clock); anyone with the poll's link answers yes / if need be / no for
//! each, with a name and, if they want to hear the outcome, an address; the totals are public,
//! the names are for the facilitators. Picking a time fixes the session and emails everyone who
//! left an address, in their language.

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::{
    PollView, SlotView, VoterRow,
    domain::{self, ANSWERS},
    service::{card, group, instant, session},
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Translated},
    entity::{focus_group_slots as slots, focus_group_voters as voters, focus_group_votes as votes, focus_groups, plans},
    i18n::Locale,
    mail,
    plans::{
        diagnosis::domain::email,
        service::{default_lang, plan_ref},
    },
};

/// Most times one poll proposes.
const SLOTS_MAX: usize = 20;

fn poll_only(row: &focus_groups::Model) -> Result<(), AppError> {
    if row.starts_at.is_some() || row.cancelled_at.is_some() {
        return Err(Invalid::PollClosed.into());
    }
    Ok(())
}

/// Proposes a time for focus group `slug`: `local` on the plan's clock, `minutes` long.
pub async fn add_slot(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str, local: NaiveDateTime, minutes: i64) -> Result<(), AppError> {
    let row = group(db, plan, slug).await?;
    poll_only(&row)?;
    if !domain::MINUTES.contains(&minutes) {
        return Err(Invalid::RangeInvalid.into());
    }
    let starts = instant(plan, local)?;
    if starts <= Utc::now() {
        return Err(Invalid::SlotInPast.into());
    }
    let txn = db.begin_write().await?;
    let held = slots::Entity::find().filter(slots::Column::FocusGroupId.eq(row.id)).all(&txn).await?;
    if held.len() >= SLOTS_MAX {
        return Err(Invalid::TooLong.into());
    }
    if held.iter().any(|s| s.starts_at == starts) {
        return Ok(());
    }
    slots::ActiveModel { focus_group_id: Set(row.id), starts_at: Set(starts), ends_at: Set(starts + Duration::minutes(minutes)), ..Default::default() }
        .insert(&txn)
        .await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "focus_group.slot_proposed",
        target_type: "focus_group",
        target_id: row.slug.clone(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "starts_at": starts, "minutes": minutes }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// What the poll's form sends.
pub struct Ballot {
    pub name: String,
    pub email: String,
    pub lang: String,
    /// Slot id → `yes`, `maybe` or `no`; a slot left out counts as no answer.
    pub answers: HashMap<String, String>,
}

/// Records one person's answers to focus group `slug`'s poll.
pub async fn answer(db: &DatabaseConnection, plan: &plans::Model, slug: &str, ballot: Ballot) -> Result<(), AppError> {
    let row = group(db, plan, slug).await?;
    poll_only(&row)?;
    let name = ballot.name.trim();
    if name.is_empty() {
        return Err(Invalid::NameMissing.into());
    }
    if name.chars().count() > domain::SHORT_MAX {
        return Err(Invalid::TooLong.into());
    }
    let address = email(&ballot.email)?;
    let lang = Locale::from_tag(ballot.lang.trim()).map(|l| l.tag().to_owned()).ok_or(AppError::Invalid(Invalid::LanguageUnknown))?;
    let offered = slots::Entity::find().filter(slots::Column::FocusGroupId.eq(row.id)).all(db).await?;
    let mut chosen: Vec<(i32, &str)> = Vec::new();
    for (slot, value) in &ballot.answers {
        let slot = offered.iter().find(|s| s.id.to_string() == *slot).ok_or(AppError::Invalid(Invalid::FormInvalid))?;
        let value = ANSWERS.iter().find(|a| **a == value.as_str()).ok_or(AppError::Invalid(Invalid::FormInvalid))?;
        chosen.push((slot.id, value));
    }
    if chosen.is_empty() {
        return Err(Invalid::PollUnanswered.into());
    }
    let txn = db.begin_write().await?;
    let voter = voters::ActiveModel { focus_group_id: Set(row.id), name: Set(name.to_owned()), email: Set(address), lang: Set(lang), created_at: Set(Utc::now()), ..Default::default() }
        .insert(&txn)
        .await?;
    for (slot, value) in chosen {
        votes::ActiveModel { voter_id: Set(voter.id), slot_id: Set(slot), answer: Set(value.to_owned()), ..Default::default() }.insert(&txn).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The poll's page: its times with their totals; the names and answers for those who manage it.
pub async fn view(db: &DatabaseConnection, plan: plans::Model, slug: &str, manage: bool, locale: Locale) -> Result<PollView, AppError> {
    let row = group(db, &plan, slug).await?;
    let offered = slots::Entity::find().filter(slots::Column::FocusGroupId.eq(row.id)).order_by_asc(slots::Column::StartsAt).all(db).await?;
    let people = voters::Entity::find().filter(voters::Column::FocusGroupId.eq(row.id)).order_by_asc(voters::Column::Id).all(db).await?;
    let ids: Vec<i32> = people.iter().map(|v| v.id).collect();
    let cast = if ids.is_empty() { Vec::new() } else { votes::Entity::find().filter(votes::Column::VoterId.is_in(ids)).all(db).await? };
    let mut totals: HashMap<(i32, &str), i32> = HashMap::new();
    for vote in &cast {
        if let Some(answer) = ANSWERS.iter().find(|a| **a == vote.answer) {
            *totals.entry((vote.slot_id, answer)).or_default() += 1;
        }
    }
    let zone = plan.time_zone.clone();
    let slots = offered
        .iter()
        .map(|s| SlotView {
            id: s.id,
            starts: crate::plans::clock::local(&zone, s.starts_at),
            ends: crate::plans::clock::local(&zone, s.ends_at),
            yes: totals.get(&(s.id, "yes")).copied().unwrap_or(0),
            maybe: totals.get(&(s.id, "maybe")).copied().unwrap_or(0),
            no: totals.get(&(s.id, "no")).copied().unwrap_or(0),
        })
        .collect();
    let voters = manage.then(|| {
        people
            .iter()
            .map(|v| VoterRow {
                name: v.name.clone(),
                answers: offered.iter().map(|s| cast.iter().find(|c| c.voter_id == v.id && c.slot_id == s.id).map(|c| c.answer.clone())).collect(),
            })
            .collect()
    });
    Ok(PollView {
        card: card(&plan, &row, 0, locale),
        plan: plan_ref(&plan, locale),
        slots,
        answered: i32::try_from(people.len()).unwrap_or(i32::MAX),
        voters,
        languages: super::service::registration_languages(&plan),
    })
}

/// Fixes focus group `slug` at the time of `slot_id`: registration opens, and everyone who
/// answered the poll with an address is told, in their language.
pub async fn pick(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str, slot_id: i32, public_url: &str) -> Result<(), AppError> {
    let row = group(db, plan, slug).await?;
    poll_only(&row)?;
    let slot = slots::Entity::find_by_id(slot_id)
        .filter(slots::Column::FocusGroupId.eq(row.id))
        .one(db)
        .await?
        .ok_or(AppError::Invalid(Invalid::FormInvalid))?;
    if slot.starts_at <= Utc::now() {
        return Err(Invalid::SlotInPast.into());
    }
    let txn = db.begin_write().await?;
    // Fixed once: a second pick (another facilitator, a double click) finds it fixed.
    let fixed = focus_groups::Entity::update_many()
        .col_expr(focus_groups::Column::StartsAt, sea_orm::sea_query::Expr::value(slot.starts_at))
        .col_expr(focus_groups::Column::EndsAt, sea_orm::sea_query::Expr::value(slot.ends_at))
        .filter(focus_groups::Column::Id.eq(row.id))
        .filter(focus_groups::Column::StartsAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected;
    if fixed == 0 {
        return Err(Invalid::PollClosed.into());
    }
    let entry = audit::Entry {
        actor: Some(actor),
        action: "focus_group.time_fixed",
        target_type: "focus_group",
        target_id: row.slug.clone(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "starts_at": slot.starts_at }),
    };
    audit::record(&txn, entry).await?;
    let fixed_row = focus_groups::Model { starts_at: Some(slot.starts_at), ends_at: Some(slot.ends_at), ..row };
    let page = format!("{}/plans/{}/focus-groups/{}", public_url.trim_end_matches('/'), plan.slug, fixed_row.slug);
    let told = voters::Entity::find().filter(voters::Column::FocusGroupId.eq(fixed_row.id)).filter(voters::Column::Email.is_not_null()).all(&txn).await?;
    for voter in told {
        let Some(address) = voter.email.clone() else { continue };
        let locale = Locale::from_tag(&voter.lang).unwrap_or_default();
        let topic = Translated::from_json(&fixed_row.topic_i18n).resolve(locale, &default_lang(&plan.languages)).text;
        let when = session(plan, &fixed_row)
            .map(|s| s.describe(locale))
            .unwrap_or_default();
        let content = mail::Content {
            subject: locale.t_args("focus-groups-email-fixed-subject", &[("topic", topic.clone().into())]),
            paragraphs: vec![locale.t_args("focus-groups-email-fixed-intro", &[("name", voter.name.clone().into()), ("topic", topic.into())]), when, locale.t("focus-groups-email-fixed-next")],
            action: Some((locale.t("focus-groups-email-fixed-action"), page.clone())),
            footer: locale.t("focus-groups-email-poll-footer"),
        };
        mail::enqueue(&txn, mail::render(&address, locale, "focus-group-fixed", content)).await?;
    }
    txn.commit().await?;
    Ok(())
}
