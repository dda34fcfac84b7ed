//! Focus groups, server side: a plan's list, setting one up (its facilitators), and what one
//! focus group's page shows — to everyone, and to the plan's facilitators its roster and the
//! needs totalled for planning. Registering and cancelling are in `registrations`.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{
    AreaChoice, GroupCard, GroupState, GroupView, GroupsView, ManageGroups, Needs, Registrant, Roster, Seat, Session,
    domain::{self, ACCESS, SUPPORT},
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Text, Translated},
    entity::{focus_group_registrations as registrations, focus_groups, measures, plan_areas, plans},
    i18n::{Locale, content_tag},
    plans::{
        diagnosis::domain::website,
        model::MeasureCard,
        service::{default_lang, languages, plan_ref},
    },
};

pub(super) fn text(plan: &plans::Model, raw: &str, locale: Locale) -> Text {
    Translated::from_json(raw).resolve(locale, &default_lang(&plan.languages))
}

pub(super) fn list_of(raw: &str) -> Vec<String> {
    serde_json::from_str(raw).unwrap_or_default()
}

pub(super) fn json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".to_owned())
}

/// A session's times on the plan's wall clock.
pub(super) fn session(plan: &plans::Model, row: &focus_groups::Model) -> Option<Session> {
    let (starts, ends) = (row.starts_at?, row.ends_at?);
    Some(Session { starts: crate::plans::clock::local(&plan.time_zone, starts), ends: crate::plans::clock::local(&plan.time_zone, ends) })
}

/// How many confirmed and waitlisted registrations each focus group of `ids` has.
pub(super) async fn seats(db: &impl ConnectionTrait, ids: &[i32]) -> Result<BTreeMap<(i32, String), i32>, AppError> {
    if ids.is_empty() {
        return Ok(BTreeMap::new());
    }
    let rows: Vec<(i32, String, i64)> = registrations::Entity::find()
        .select_only()
        .column(registrations::Column::FocusGroupId)
        .column(registrations::Column::Status)
        .column_as(registrations::Column::Id.count(), "n")
        .filter(registrations::Column::FocusGroupId.is_in(ids.iter().copied()))
        .group_by(registrations::Column::FocusGroupId)
        .group_by(registrations::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(g, s, n)| ((g, s), i32::try_from(n).unwrap_or(i32::MAX))).collect())
}

pub(super) fn card(plan: &plans::Model, row: &focus_groups::Model, confirmed: i32, locale: Locale) -> GroupCard {
    GroupCard {
        slug: row.slug.clone(),
        topic: text(plan, &row.topic_i18n, locale),
        audience: text(plan, &row.audience_i18n, locale),
        session: session(plan, row),
        state: GroupState::at(Utc::now(), row.starts_at, row.cancelled_at.is_some(), confirmed, row.capacity, row.waitlist),
        capacity: row.capacity,
        confirmed,
    }
}

/// A plan's focus groups (fixed ones by time, then those still polling), with the form's
/// choices for those who may set one up.
pub async fn list(db: &DatabaseConnection, plan: plans::Model, manage: bool, locale: Locale) -> Result<GroupsView, AppError> {
    let rows = focus_groups::Entity::find()
        .filter(focus_groups::Column::PlanId.eq(plan.id))
        .order_by_asc(focus_groups::Column::StartsAt)
        .order_by_asc(focus_groups::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let counts = seats(db, &ids).await?;
    let confirmed = |id: i32| counts.get(&(id, Seat::Confirmed.key().to_owned())).copied().unwrap_or(0);
    let mut groups: Vec<GroupCard> = rows.iter().map(|r| card(&plan, r, confirmed(r.id), locale)).collect();
    // Polls (no time yet) after the sessions with a time; both databases sort NULL differently.
    groups.sort_by_key(|g| g.session.as_ref().map(|s| s.starts).map_or((1, None), |s| (0, Some(s))));
    let manage = if manage { Some(choices(db, &plan, locale).await?) } else { None };
    Ok(GroupsView { plan: plan_ref(&plan, locale), groups, manage })
}

pub(super) async fn area_rows(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<plan_areas::Model>, AppError> {
    Ok(plan_areas::Entity::find()
        .filter(plan_areas::Column::PlanId.eq(plan_id))
        .filter(plan_areas::Column::Hidden.eq(false))
        .order_by_asc(plan_areas::Column::Position)
        .all(db)
        .await?)
}

pub(super) async fn measure_rows(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<measures::Model>, AppError> {
    Ok(measures::Entity::find().filter(measures::Column::PlanId.eq(plan_id)).order_by_asc(measures::Column::Code).all(db).await?)
}

pub(super) fn measure_card(plan: &plans::Model, m: &measures::Model, locale: Locale) -> MeasureCard {
    MeasureCard { code: m.code.clone(), level: m.level, title: text(plan, &m.title_i18n, locale), summary: text(plan, &m.summary_i18n, locale) }
}

async fn choices(db: &impl ConnectionTrait, plan: &plans::Model, locale: Locale) -> Result<ManageGroups, AppError> {
    let areas = area_rows(db, plan.id).await?.iter().map(|a| AreaChoice { code: a.code.clone(), name: text(plan, &a.name_i18n, locale) }).collect();
    let measures = measure_rows(db, plan.id).await?.iter().map(|m| measure_card(plan, m, locale)).collect();
    Ok(ManageGroups { areas, measures, languages: languages(&plan.languages) })
}

/// What the form to set up a focus group sends (texts in the plan's own language).
pub struct NewGroup {
    pub topic: String,
    pub audience: String,
    pub areas: Vec<String>,
    pub measures: Vec<String>,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub venue: String,
    pub online_url: String,
    pub access: Vec<String>,
    pub capacity: i32,
    pub waitlist: bool,
    pub support: Vec<String>,
    pub consent: String,
    pub hosts: String,
    /// When it starts on the plan's wall clock, if already fixed, and how long it lasts.
    pub starts: Option<NaiveDateTime>,
    pub minutes: i64,
}

/// The instant a wall-clock time in the plan's zone names (the earlier one in the hour that
/// repeats in October; the hour that does not exist in March is refused).
pub fn instant(plan: &plans::Model, local: NaiveDateTime) -> Result<DateTime<Utc>, AppError> {
    let zone: chrono_tz::Tz = plan.time_zone.parse().unwrap_or(chrono_tz::Europe::Lisbon);
    zone.from_local_datetime(&local).earliest().map(|t| t.with_timezone(&Utc)).ok_or(AppError::Invalid(Invalid::DateInvalid))
}

fn tags(raw: &[String]) -> Result<Vec<String>, AppError> {
    let mut out: Vec<String> = Vec::new();
    for tag in raw {
        let tag = content_tag(tag).ok_or(AppError::Invalid(Invalid::LanguageUnknown))?;
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    Ok(out)
}

fn known(raw: &[String], allowed: &[&str]) -> Result<Vec<String>, AppError> {
    if raw.iter().any(|k| !allowed.contains(&k.as_str())) {
        return Err(Invalid::FormInvalid.into());
    }
    Ok(allowed.iter().filter(|k| raw.iter().any(|r| r == *k)).map(|k| (*k).to_owned()).collect())
}

pub(super) fn within(raw: &str, max: usize) -> Result<String, AppError> {
    let trimmed = raw.trim();
    if trimmed.chars().count() > max {
        return Err(Invalid::TooLong.into());
    }
    Ok(trimmed.to_owned())
}

/// Sets up a focus group; its slug (`g1`, `g2`…).
pub async fn create(db: &DatabaseConnection, plan: plans::Model, actor: i32, new: NewGroup) -> Result<String, AppError> {
    let topic = within(&new.topic, domain::SHORT_MAX)?;
    if topic.is_empty() {
        return Err(Invalid::TitleMissing.into());
    }
    let audience = within(&new.audience, domain::SHORT_MAX)?;
    let venue = within(&new.venue, domain::LONG_MAX)?;
    let consent = within(&new.consent, domain::LONG_MAX)?;
    let hosts = within(&new.hosts, domain::SHORT_MAX)?;
    let online_url = website(&new.online_url)?;
    let languages = tags(&new.languages)?;
    if languages.is_empty() {
        return Err(Invalid::LanguageUnknown.into());
    }
    let interpretation = tags(&new.interpretation)?;
    let access = known(&new.access, &ACCESS)?;
    let support = known(&new.support, &SUPPORT)?;
    if !(1..=domain::CAPACITY_MAX).contains(&new.capacity) {
        return Err(Invalid::RangeInvalid.into());
    }
    let areas_known = area_rows(db, plan.id).await?;
    if new.areas.iter().any(|a| !areas_known.iter().any(|k| &k.code == a)) {
        return Err(Invalid::AreaUnknown.into());
    }
    let measures_known = measure_rows(db, plan.id).await?;
    if new.measures.iter().any(|c| !measures_known.iter().any(|m| &m.code == c)) {
        return Err(Invalid::MeasureUnknown.into());
    }
    let (starts_at, ends_at) = match new.starts {
        None => (None, None),
        Some(local) => {
            if !domain::MINUTES.contains(&new.minutes) {
                return Err(Invalid::RangeInvalid.into());
            }
            let starts = instant(&plan, local)?;
            if starts <= Utc::now() {
                return Err(Invalid::SlotInPast.into());
            }
            (Some(starts), Some(starts + Duration::minutes(new.minutes)))
        }
    };
    let lang = default_lang(&plan.languages);
    let put = |value: String| Translated([(lang.clone(), value)].into()).to_json();
    let txn = db.begin_write().await?;
    let held: Vec<String> = focus_groups::Entity::find()
        .select_only()
        .column(focus_groups::Column::Slug)
        .filter(focus_groups::Column::PlanId.eq(plan.id))
        .into_tuple()
        .all(&txn)
        .await?;
    let slug = (1..).map(|n| format!("g{n}")).find(|s| !held.contains(s)).unwrap_or_default();
    let row = focus_groups::ActiveModel {
        plan_id: Set(plan.id),
        slug: Set(slug.clone()),
        topic_i18n: Set(put(topic)),
        audience_i18n: Set(put(audience)),
        areas: Set(json(&new.areas)),
        measures: Set(json(&new.measures)),
        languages: Set(json(&languages)),
        interpretation: Set(json(&interpretation)),
        venue_i18n: Set(put(venue)),
        access: Set(json(&access)),
        online_url: Set(online_url),
        capacity: Set(new.capacity),
        waitlist: Set(new.waitlist),
        support: Set(json(&support)),
        consent_i18n: Set(put(consent)),
        hosts: Set(hosts),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        cancelled_at: Set(None),
        sequence: Set(0),
        seats_rev: Set(0),
        minutes_i18n: Set("{}".to_owned()),
        findings_published_at: Set(None),
        created_by: Set(Some(actor)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "focus_group.created",
        target_type: "focus_group",
        target_id: row.slug.clone(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "capacity": row.capacity, "starts_at": row.starts_at }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(slug)
}

/// Focus group `slug` of `plan`.
pub async fn group(db: &impl ConnectionTrait, plan: &plans::Model, slug: &str) -> Result<focus_groups::Model, AppError> {
    focus_groups::Entity::find()
        .filter(focus_groups::Column::PlanId.eq(plan.id))
        .filter(focus_groups::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

fn registrant(row: registrations::Model) -> Registrant {
    Registrant {
        name: row.name,
        seat: Seat::from_key(&row.status),
        lang: row.lang,
        email: row.email,
        phone: row.phone,
        interpret_into: row.interpret_into,
        access: row.access,
        children: row.children,
        children_ages: row.children_ages,
        diet: row.diet,
        note: row.note,
        entered: row.entered_by.is_some(),
    }
}

/// The needs of the confirmed participants, totalled.
pub fn needs(people: &[Registrant]) -> Needs {
    let mut interpreters: BTreeMap<String, i32> = BTreeMap::new();
    let mut bands: BTreeMap<&'static str, i32> = BTreeMap::new();
    let mut out = Needs::default();
    for p in people.iter().filter(|p| p.seat == Seat::Confirmed) {
        if let Some(lang) = &p.interpret_into {
            *interpreters.entry(lang.clone()).or_default() += 1;
        }
        let aged = p.children_ages.as_deref().map(domain::age_bands).unwrap_or_default();
        for band in aged.iter().take(usize::try_from(p.children).unwrap_or(0)) {
            *bands.entry(band).or_default() += 1;
        }
        out.children_unaged += (p.children - i32::try_from(aged.len()).unwrap_or(i32::MAX)).max(0);
        out.access.extend(p.access.clone());
        out.diets.extend(p.diet.clone());
    }
    out.interpreters = interpreters.into_iter().collect();
    out.children = domain::AGE_BANDS.iter().filter_map(|b| bands.get(b).map(|n| ((*b).to_owned(), *n))).collect();
    out
}

/// One focus group's page; with its roster for those who manage it.
pub async fn view(db: &DatabaseConnection, plan: plans::Model, slug: &str, manage: bool, locale: Locale) -> Result<GroupView, AppError> {
    let row = group(db, &plan, slug).await?;
    let counts = seats(db, &[row.id]).await?;
    let count = |seat: Seat| counts.get(&(row.id, seat.key().to_owned())).copied().unwrap_or(0);
    let chosen_areas = list_of(&row.areas);
    let areas = if chosen_areas.is_empty() {
        Vec::new()
    } else {
        area_rows(db, plan.id)
            .await?
            .iter()
            .filter(|a| chosen_areas.contains(&a.code))
            .map(|a| AreaChoice { code: a.code.clone(), name: text(&plan, &a.name_i18n, locale) })
            .collect()
    };
    let chosen_measures = list_of(&row.measures);
    let measures = if chosen_measures.is_empty() {
        Vec::new()
    } else {
        measure_rows(db, plan.id).await?.iter().filter(|m| chosen_measures.contains(&m.code)).map(|m| measure_card(&plan, m, locale)).collect()
    };
    let roster = if manage {
        let people: Vec<Registrant> = registrations::Entity::find()
            .filter(registrations::Column::FocusGroupId.eq(row.id))
            .order_by_asc(registrations::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .map(registrant)
            .collect();
        Some(Roster { needs: needs(&people), people })
    } else {
        None
    };
    Ok(GroupView {
        plan: plan_ref(&plan, locale),
        card: card(&plan, &row, count(Seat::Confirmed), locale),
        venue: text(&plan, &row.venue_i18n, locale),
        online_url: row.online_url.clone(),
        access: list_of(&row.access),
        support: list_of(&row.support),
        consent: text(&plan, &row.consent_i18n, locale),
        languages: list_of(&row.languages),
        interpretation: list_of(&row.interpretation),
        hosts: row.hosts.clone(),
        areas,
        measures,
        waitlisted: count(Seat::Waitlisted),
        keeps_waitlist: row.waitlist,
        registration_languages: registration_languages(&plan),
        time_zone: plan.time_zone.clone(),
        roster,
        came: if row.starts_at.is_some_and(|at| at <= Utc::now()) { Some(super::attendance::came(db, row.id).await?) } else { None },
        findings_published: row.findings_published_at.is_some(),
    })
}

/// The languages a registration may be in: the plan's, then every other language Ponte writes
/// emails in.
pub fn registration_languages(plan: &plans::Model) -> Vec<String> {
    let mut out = languages(&plan.languages);
    for locale in Locale::all() {
        let tag = locale.tag().to_owned();
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    out
}
