//! The fictional demo plans (`server/demo/plan.json`, research/domain.md §6, and two smaller
//! ones), loaded by `ponte seed-demo`. Idempotent: a plan whose slug already exists is left as
//! it is.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use ponte_app::writes::BeginWrite;
use ponte_app::{
    core::Translated,
    entity::{measure_indicators, measure_partners, measures, plan_areas, plan_entities, plan_entity_areas, plan_municipalities, plans},
    plans::model::{ENTITY_KINDS, MEASURE_STATUSES, PLAN_KINDS, PLAN_STATUSES},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use serde::Deserialize;

const DEMO: &str = include_str!("../demo/plan.json");
/// A second, smaller municipal plan, so the home page of the demo lists several.
const SECOND: &str = include_str!("../demo/plan-monte-claro.json");

/// What `seed_demo` did.
#[derive(Debug, PartialEq, Eq)]
pub enum SeedOutcome {
    Loaded { measures: usize, entities: usize },
    AlreadyPresent,
}

#[derive(Deserialize)]
pub struct PlanFile {
    pub plan: PlanData,
    pub areas: Vec<AreaData>,
    pub entities: Vec<EntityData>,
    pub measures: Vec<MeasureData>,
}

#[derive(Deserialize)]
pub struct PlanData {
    pub slug: String,
    pub kind: String,
    pub title: Translated,
    pub summary: Translated,
    pub promoter: Translated,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub status: String,
    pub languages: Vec<String>,
    pub municipalities: Vec<MunicipalityData>,
}

#[derive(Deserialize)]
pub struct MunicipalityData {
    pub slug: String,
    pub name: String,
    pub residents: Option<i32>,
    pub foreign_residents: Option<i32>,
}

#[derive(Deserialize)]
pub struct AreaData {
    pub code: String,
    pub name: Translated,
    pub description: Translated,
}

#[derive(Deserialize)]
pub struct EntityData {
    pub slug: String,
    pub name: Translated,
    pub kind: String,
    pub municipality: Option<String>,
    pub description: Translated,
    pub services: Vec<Translated>,
    pub areas: Vec<String>,
    pub website: Option<String>,
}

#[derive(Deserialize)]
pub struct MeasureData {
    pub code: String,
    pub area: String,
    pub level: i16,
    pub status: String,
    pub title: Translated,
    pub summary: Translated,
    pub description: Translated,
    pub objectives: Vec<Translated>,
    pub indicators: Vec<IndicatorData>,
    pub timeline: TimelineData,
    pub responsible: Option<String>,
    pub partners: Vec<String>,
}

#[derive(Deserialize)]
pub struct IndicatorData {
    pub name: Translated,
    pub target: Translated,
}

#[derive(Deserialize)]
pub struct TimelineData {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub text: Translated,
}

/// The demo plan as shipped in the binary.
pub fn demo_plan() -> Result<PlanFile, DbErr> {
    serde_json::from_str(DEMO).map_err(|e| DbErr::Custom(format!("demo/plan.json: {e}")))
}

/// Loads the demo plan, its survey (with generated responses), its timeline and its two versions
/// of the draft, its consultation, focus groups, forum and reference population, a second
/// small municipal plan (in diagnosis) and a third being monitored, with its progress reports
/// (`demo_monitoring`), unless they are already there.
pub async fn seed_demo(db: &DatabaseConnection) -> Result<SeedOutcome, DbErr> {
    let plan = demo_plan()?;
    let outcome = load_plan(db, &plan).await?;
    crate::demo_survey::seed_demo_survey(db, &plan.plan.slug).await?;
    crate::demo_timeline::seed_demo_timeline(db, &plan.plan.slug).await?;
    crate::demo_versions::seed_demo_versions(db, &plan.plan.slug).await?;
    crate::demo_consultation::seed_demo_consultation(db, &plan.plan.slug).await?;
    crate::demo_focus_groups::seed_demo_focus_groups(db, &plan.plan.slug).await?;
    crate::demo_forum::seed_demo_forum(db, &plan.plan.slug).await?;
    crate::demo_population::seed_demo_population(db, &plan.plan.slug).await?;
    let second: PlanFile = serde_json::from_str(SECOND).map_err(|e| DbErr::Custom(format!("demo/plan-monte-claro.json: {e}")))?;
    load_plan(db, &second).await?;
    crate::demo_monitoring::seed_demo_monitoring(db).await?;
    Ok(outcome)
}

fn check(ok: bool, what: impl FnOnce() -> String) -> Result<(), DbErr> {
    if ok { Ok(()) } else { Err(DbErr::Custom(what())) }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// Loads one plan file in a single transaction, after checking that it is consistent.
pub async fn load_plan(db: &DatabaseConnection, file: &PlanFile) -> Result<SeedOutcome, DbErr> {
    let p = &file.plan;
    check(PLAN_KINDS.contains(&p.kind.as_str()), || format!("unknown plan kind {}", p.kind))?;
    check(PLAN_STATUSES.contains(&p.status.as_str()), || format!("unknown plan status {}", p.status))?;
    check(p.period_start <= p.period_end, || "plan period ends before it starts".to_owned())?;
    check(!p.languages.is_empty(), || "the plan names no language".to_owned())?;
    for tag in &p.languages {
        check(ponte_app::i18n::Locale::from_tag(tag).is_some_and(|l| l.tag() == tag), || {
            format!("unknown plan language {tag:?}: use a tag of locales/languages.toml")
        })?;
    }
    if plans::Entity::find().filter(plans::Column::Slug.eq(&p.slug)).one(db).await?.is_some() {
        return Ok(SeedOutcome::AlreadyPresent);
    }
    let now = chrono::Utc::now();
    let tx = db.begin_write().await?;
    let plan = plans::ActiveModel {
        slug: Set(p.slug.clone()),
        kind: Set(p.kind.clone()),
        title_i18n: Set(p.title.to_json()),
        summary_i18n: Set(p.summary.to_json()),
        promoter_i18n: Set(p.promoter.to_json()),
        period_start: Set(p.period_start),
        period_end: Set(p.period_end),
        status: Set(p.status.clone()),
        languages: Set(json(&p.languages)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&tx)
    .await?;

    let mut municipalities = HashMap::new();
    for (i, m) in p.municipalities.iter().enumerate() {
        let row = plan_municipalities::ActiveModel {
            plan_id: Set(plan.id),
            slug: Set(m.slug.clone()),
            name: Set(m.name.clone()),
            residents: Set(m.residents),
            foreign_residents: Set(m.foreign_residents),
            position: Set(position(i)),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
        municipalities.insert(m.slug.clone(), row.id);
    }

    let mut areas = HashMap::new();
    for (i, a) in file.areas.iter().enumerate() {
        let row = plan_areas::ActiveModel {
            plan_id: Set(plan.id),
            code: Set(a.code.clone()),
            position: Set(position(i)),
            name_i18n: Set(a.name.to_json()),
            description_i18n: Set(a.description.to_json()),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
        areas.insert(a.code.clone(), row.id);
    }
    let area_id = |code: &str| areas.get(code).copied().ok_or_else(|| DbErr::Custom(format!("unknown area {code}")));

    let mut entities = HashMap::new();
    for e in &file.entities {
        check(ENTITY_KINDS.contains(&e.kind.as_str()), || format!("entity {}: unknown kind {}", e.slug, e.kind))?;
        let municipality_id = match &e.municipality {
            Some(slug) => Some(
                municipalities
                    .get(slug)
                    .copied()
                    .ok_or_else(|| DbErr::Custom(format!("entity {}: unknown municipality {slug}", e.slug)))?,
            ),
            None => None,
        };
        let row = plan_entities::ActiveModel {
            plan_id: Set(plan.id),
            slug: Set(e.slug.clone()),
            kind: Set(e.kind.clone()),
            municipality_id: Set(municipality_id),
            name_i18n: Set(e.name.to_json()),
            description_i18n: Set(e.description.to_json()),
            services_i18n: Set(json(&e.services)),
            website: Set(e.website.clone()),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
        for code in &e.areas {
            plan_entity_areas::ActiveModel { entity_id: Set(row.id), area_id: Set(area_id(code)?) }
                .insert(&tx)
                .await?;
        }
        entities.insert(e.slug.clone(), row.id);
    }
    let entity_id = |slug: &str| entities.get(slug).copied().ok_or_else(|| DbErr::Custom(format!("unknown entity {slug}")));

    for (i, m) in file.measures.iter().enumerate() {
        check(matches!(m.level, 1 | 2), || format!("measure {}: level must be 1 or 2", m.code))?;
        check(MEASURE_STATUSES.contains(&m.status.as_str()), || format!("measure {}: unknown status", m.code))?;
        let responsible = m.responsible.as_deref().map(entity_id).transpose()?;
        let row = measures::ActiveModel {
            plan_id: Set(plan.id),
            area_id: Set(area_id(&m.area)?),
            code: Set(m.code.clone()),
            level: Set(m.level),
            status: Set(m.status.clone()),
            title_i18n: Set(m.title.to_json()),
            summary_i18n: Set(m.summary.to_json()),
            description_i18n: Set(m.description.to_json()),
            objectives_i18n: Set(json(&m.objectives)),
            timeline_i18n: Set(m.timeline.text.to_json()),
            starts_on: Set(m.timeline.start),
            ends_on: Set(m.timeline.end),
            responsible_entity_id: Set(responsible),
            position: Set(position(i)),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
        for (j, ind) in m.indicators.iter().enumerate() {
            measure_indicators::ActiveModel {
                measure_id: Set(row.id),
                position: Set(position(j)),
                name_i18n: Set(ind.name.to_json()),
                target_i18n: Set(ind.target.to_json()),
                ..Default::default()
            }
            .insert(&tx)
            .await?;
        }
        let mut partners: BTreeMap<i32, ()> = BTreeMap::new();
        for slug in &m.partners {
            partners.insert(entity_id(slug)?, ());
        }
        for partner in partners.into_keys() {
            measure_partners::ActiveModel { measure_id: Set(row.id), entity_id: Set(partner) }.insert(&tx).await?;
        }
    }
    tx.commit().await?;
    Ok(SeedOutcome::Loaded { measures: file.measures.len(), entities: file.entities.len() })
}

fn position(i: usize) -> i32 {
    i32::try_from(i).unwrap_or(i32::MAX)
}
