//! Consultations, server side: opening one (facilitators), listing and showing them, and the
//! rules the comments follow (which consultation a measure page shows, whether it is open today,
//! what parts a measure has). Comments themselves are in `comments`.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{
    ConsultationCard, ConsultationState, ConsultationView, ConsultationsView, ManageConsultations, Parts,
    domain::{self, CHANNELS},
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Translated},
    entity::{consultation_comments as comments, consultations, measures, plan_versions, plans},
    i18n::Locale,
    plans::{
        model::MeasureCard,
        service::{default_lang, languages, plan_ref},
        timeline::service::calendar_of,
    },
};

/// Longest title and opening text, in characters.
const TITLE_MAX: usize = 300;
const INTRO_MAX: usize = 8_000;
/// Longest consultation, in working days.
const MAX_WORKING_DAYS: u32 = 250;

/// The day it is for the plan's consultations: in the plan's time zone.
pub fn today(plan: &plans::Model) -> NaiveDate {
    crate::plans::clock::today(&plan.time_zone)
}

fn text(plan: &plans::Model, raw: &str, locale: Locale) -> crate::core::Text {
    Translated::from_json(raw).resolve(locale, &default_lang(&plan.languages))
}

pub(super) fn card(plan: &plans::Model, row: &consultations::Model, version: i32, locale: Locale, today: NaiveDate) -> ConsultationCard {
    ConsultationCard {
        slug: row.slug.clone(),
        title: text(plan, &row.title_i18n, locale),
        state: ConsultationState::on(today, row.opens_on, row.closes_on, row.report_published_at.is_some()),
        opens_on: row.opens_on,
        closes_on: row.closes_on,
        version,
    }
}

fn list_of(raw: &str) -> Vec<String> {
    serde_json::from_str(raw).unwrap_or_default()
}

/// Whether `code` is among the measures a consultation covers (an empty scope is all of them).
pub(super) fn covers(row: &consultations::Model, code: &str) -> bool {
    let scope = list_of(&row.scope);
    scope.is_empty() || scope.iter().any(|c| c == code)
}

/// The plan's published versions: id → number.
async fn version_numbers(db: &impl ConnectionTrait, plan_id: i32) -> Result<HashMap<i32, i32>, AppError> {
    let rows: Vec<(i32, i32)> = plan_versions::Entity::find()
        .select_only()
        .column(plan_versions::Column::Id)
        .column(plan_versions::Column::Number)
        .filter(plan_versions::Column::PlanId.eq(plan_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// A plan's consultations, newest first; with the form's choices for those who may open one.
pub async fn list(db: &DatabaseConnection, plan: plans::Model, manage: bool, locale: Locale) -> Result<ConsultationsView, AppError> {
    let rows = consultations::Entity::find()
        .filter(consultations::Column::PlanId.eq(plan.id))
        .order_by_desc(consultations::Column::OpensOn)
        .order_by_desc(consultations::Column::Id)
        .all(db)
        .await?;
    let numbers = version_numbers(db, plan.id).await?;
    let today = today(&plan);
    let consultations = rows.iter().map(|r| card(&plan, r, numbers.get(&r.version_id).copied().unwrap_or(0), locale, today)).collect();
    let manage = if manage {
        let mut versions: Vec<i32> = numbers.values().copied().collect();
        versions.sort_unstable_by(|a, b| b.cmp(a));
        let measures = measures::Entity::find()
            .filter(measures::Column::PlanId.eq(plan.id))
            .filter(crate::plans::service::held())
            .order_by_asc(measures::Column::Code)
            .all(db)
            .await?
            .iter()
            .map(|m| MeasureCard { code: m.code.clone(), level: m.level, title: text(&plan, &m.title_i18n, locale), summary: text(&plan, &m.summary_i18n, locale) })
            .collect();
        Some(ManageConsultations { versions, measures, languages: languages(&plan.languages) })
    } else {
        None
    };
    Ok(ConsultationsView { plan: plan_ref(&plan, locale), consultations, manage })
}

/// When a new consultation closes: on a day, or after a number of working days (its first day
/// counted if it is one), as the Code of Administrative Procedure counts them.
pub enum Closing {
    On(NaiveDate),
    WorkingDays(u32),
}

/// What the form to open a consultation sends (texts in the plan's own language).
pub struct NewConsultation {
    pub title: String,
    pub intro: String,
    pub version: i32,
    /// Codes of the measures consulted; empty for all.
    pub scope: Vec<String>,
    pub channels: Vec<String>,
    pub languages: Vec<String>,
    pub opens_on: NaiveDate,
    pub closing: Closing,
}

/// Opens a consultation (scheduled until its first day); its slug (`c1`, `c2`…).
pub async fn create(db: &DatabaseConnection, plan: plans::Model, actor: i32, new: NewConsultation) -> Result<String, AppError> {
    let title = new.title.trim();
    if title.is_empty() {
        return Err(Invalid::TitleMissing.into());
    }
    if title.chars().count() > TITLE_MAX || new.intro.chars().count() > INTRO_MAX {
        return Err(Invalid::TooLong.into());
    }
    if new.channels.is_empty() || new.channels.iter().any(|c| !CHANNELS.contains(&c.as_str())) {
        return Err(Invalid::ChannelsMissing.into());
    }
    let offered = languages(&plan.languages);
    if new.languages.is_empty() || new.languages.iter().any(|l| !offered.contains(l)) {
        return Err(Invalid::LanguageUnknown.into());
    }
    let (closes_on, working_days) = match new.closing {
        Closing::On(day) if day < new.opens_on => return Err(Invalid::DatesReversed.into()),
        Closing::On(day) => (day, None),
        Closing::WorkingDays(n) if n == 0 || n > MAX_WORKING_DAYS => return Err(Invalid::NumberInvalid.into()),
        Closing::WorkingDays(n) => {
            let calendar = calendar_of(db, &plan).await?;
            (calendar.working_days_after(new.opens_on.pred_opt().unwrap_or(new.opens_on), n), Some(i32::try_from(n).unwrap_or(i32::MAX)))
        }
    };
    let version = plan_versions::Entity::find()
        .filter(plan_versions::Column::PlanId.eq(plan.id))
        .filter(plan_versions::Column::Number.eq(new.version))
        .one(db)
        .await?
        .ok_or(AppError::Invalid(Invalid::VersionUnknown))?;
    if !new.scope.is_empty() {
        let known: HashSet<String> = measures::Entity::find()
            .select_only()
            .column(measures::Column::Code)
            .filter(measures::Column::PlanId.eq(plan.id))
            .filter(crate::plans::service::held())
            .into_tuple::<String>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        if new.scope.iter().any(|c| !known.contains(c)) {
            return Err(Invalid::MeasureUnknown.into());
        }
    }
    let own = default_lang(&plan.languages);
    let one = |value: &str| {
        let mut t = Translated::default();
        if !value.trim().is_empty() {
            t.0.insert(own.clone(), value.trim().to_owned());
        }
        t.to_json()
    };
    let json = |list: &Vec<String>| serde_json::to_string(list).map_err(|_| AppError::Internal);
    let txn = db.begin_write().await?;
    let held = consultations::Entity::find().filter(consultations::Column::PlanId.eq(plan.id)).all(&txn).await?;
    let slug = (1..).map(|n| format!("c{n}")).find(|s| !held.iter().any(|h| &h.slug == s)).unwrap_or_default();
    let row = consultations::ActiveModel {
        plan_id: Set(plan.id),
        version_id: Set(version.id),
        slug: Set(slug.clone()),
        title_i18n: Set(one(title)),
        intro_i18n: Set(one(&new.intro)),
        scope: Set(json(&new.scope)?),
        channels: Set(json(&new.channels)?),
        languages: Set(json(&new.languages)?),
        opens_on: Set(new.opens_on),
        closes_on: Set(closes_on),
        working_days: Set(working_days),
        report_published_at: Set(None),
        created_by: Set(Some(actor)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "consultation.opened",
        target_type: "consultation",
        target_id: row.id.to_string(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "slug": slug, "version": new.version, "opens_on": new.opens_on, "closes_on": closes_on }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(slug)
}

pub(super) async fn by_slug(db: &impl ConnectionTrait, plan: &plans::Model, slug: &str) -> Result<consultations::Model, AppError> {
    consultations::Entity::find()
        .filter(consultations::Column::PlanId.eq(plan.id))
        .filter(consultations::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// One consultation: what it is about and how many comments each of its measures has.
pub async fn view(db: &DatabaseConnection, plan: plans::Model, slug: &str, locale: Locale) -> Result<ConsultationView, AppError> {
    let row = by_slug(db, &plan, slug).await?;
    let numbers = version_numbers(db, plan.id).await?;
    let rows = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).order_by_asc(measures::Column::Code).all(db).await?;
    let counts: HashMap<i32, i64> = comments::Entity::find()
        .select_only()
        .column(comments::Column::MeasureId)
        .column_as(comments::Column::Id.count(), "n")
        .filter(comments::Column::ConsultationId.eq(row.id))
        .filter(comments::Column::State.eq("visible"))
        .group_by(comments::Column::MeasureId)
        .into_tuple::<(i32, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let consulted: Vec<&measures::Model> = rows.iter().filter(|m| covers(&row, &m.code)).collect();
    let ids: Vec<i32> = consulted.iter().map(|m| m.id).collect();
    let matrix = super::positions::matrix(db, &plan, row.id, &ids, locale).await?;
    let measures = consulted
        .into_iter()
        .map(|m| {
            let card = MeasureCard { code: m.code.clone(), level: m.level, title: text(&plan, &m.title_i18n, locale), summary: text(&plan, &m.summary_i18n, locale) };
            (card, u64::try_from(counts.get(&m.id).copied().unwrap_or(0)).unwrap_or(0))
        })
        .collect();
    Ok(ConsultationView {
        plan: plan_ref(&plan, locale),
        card: card(&plan, &row, numbers.get(&row.version_id).copied().unwrap_or(0), locale, today(&plan)),
        intro: text(&plan, &row.intro_i18n, locale),
        channels: list_of(&row.channels),
        languages: list_of(&row.languages),
        working_days: row.working_days,
        measures,
        matrix,
        can_manage: false,
    })
}

/// The consultation a measure page shows: the latest one of the plan that has opened and covers
/// the measure (the plan's consultations are read once per revision of its content).
pub(super) async fn of_measure(db: &impl ConnectionTrait, plan: &plans::Model, code: &str) -> Result<Option<consultations::Model>, AppError> {
    let rows: Vec<consultations::Model> = crate::content_cache::of_plan(plan, "consultations", async {
        Ok(consultations::Entity::find()
            .filter(consultations::Column::PlanId.eq(plan.id))
            .order_by_desc(consultations::Column::OpensOn)
            .order_by_desc(consultations::Column::Id)
            .all(db)
            .await?)
    })
    .await?;
    let today = today(plan);
    Ok(rows.into_iter().find(|r| r.opens_on <= today && covers(r, code)))
}

/// How many parts of each kind a measure has, read in the plan's own language.
pub(super) fn parts_of(plan: &plans::Model, measure: &measures::Model, indicators: usize) -> Parts {
    let own = default_lang(&plan.languages);
    let description = Translated::from_json(&measure.description_i18n).0.get(&own).cloned().unwrap_or_default();
    let objectives: Vec<Translated> = serde_json::from_str(&measure.objectives_i18n).unwrap_or_default();
    Parts { paragraphs: domain::paragraphs(&description).len(), objectives: objectives.len(), indicators }
}

/// The open consultation `slug` of the measure's plan, covering the measure; refused if it is not
/// open today, or if a version of the plan withdrew the measure.
pub(super) async fn open_on(db: &impl ConnectionTrait, plan: &plans::Model, slug: &str, measure: &measures::Model) -> Result<consultations::Model, AppError> {
    let row = by_slug(db, plan, slug).await?;
    if !covers(&row, &measure.code) {
        return Err(AppError::NotFound);
    }
    if measure.status == crate::plans::service::WITHDRAWN {
        return Err(Invalid::MeasureWithdrawn.into());
    }
    if ConsultationState::on(today(plan), row.opens_on, row.closes_on, row.report_published_at.is_some()) != ConsultationState::Open {
        return Err(Invalid::ConsultationClosed.into());
    }
    Ok(row)
}

/// The consultation the plan page announces: the latest one of plan `slug` (scheduled, open or
/// closed), with the number of the version it consults, in one statement.
pub async fn latest_of_plan(db: &DatabaseConnection, slug: &str, locale: Locale) -> Result<Option<ConsultationCard>, AppError> {
    use sea_orm::{FromQueryResult, JoinType, RelationDef};
    #[derive(FromQueryResult)]
    struct Latest {
        slug: String,
        title_i18n: String,
        opens_on: NaiveDate,
        closes_on: NaiveDate,
        report_published_at: Option<chrono::DateTime<Utc>>,
        languages: String,
        time_zone: String,
        number: i32,
    }
    let plan: RelationDef = consultations::Entity::belongs_to(plans::Entity).from(consultations::Column::PlanId).to(plans::Column::Id).into();
    let version: RelationDef = consultations::Entity::belongs_to(plan_versions::Entity).from(consultations::Column::VersionId).to(plan_versions::Column::Id).into();
    let found = consultations::Entity::find()
        .select_only()
        .columns([
            consultations::Column::Slug,
            consultations::Column::TitleI18n,
            consultations::Column::OpensOn,
            consultations::Column::ClosesOn,
            consultations::Column::ReportPublishedAt,
        ])
        .column_as(plans::Column::Languages, "languages")
        .column_as(plans::Column::TimeZone, "time_zone")
        .column_as(plan_versions::Column::Number, "number")
        .join(JoinType::InnerJoin, plan)
        .join(JoinType::InnerJoin, version)
        .filter(plans::Column::Slug.eq(slug))
        .order_by_desc(consultations::Column::OpensOn)
        .order_by_desc(consultations::Column::Id)
        .into_model::<Latest>()
        .one(db)
        .await?;
    Ok(found.map(|c| ConsultationCard {
        slug: c.slug,
        title: Translated::from_json(&c.title_i18n).resolve(locale, &default_lang(&c.languages)),
        state: ConsultationState::on(crate::plans::clock::today(&c.time_zone), c.opens_on, c.closes_on, c.report_published_at.is_some()),
        opens_on: c.opens_on,
        closes_on: c.closes_on,
        version: c.number,
    }))
}

/// Publishes the report of a closed consultation ("how your input was used" is final); audited.
pub async fn publish_report(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str) -> Result<(), AppError> {
    let row = by_slug(db, plan, slug).await?;
    if ConsultationState::on(today(plan), row.opens_on, row.closes_on, row.report_published_at.is_some()) != ConsultationState::Closed {
        return Err(Invalid::ConsultationNotClosed.into());
    }
    let txn = db.begin_write().await?;
    let mut published: consultations::ActiveModel = row.clone().into();
    published.report_published_at = Set(Some(Utc::now()));
    published.update(&txn).await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "consultation.report_published",
        target_type: "consultation",
        target_id: row.id.to_string(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "slug": row.slug }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}
