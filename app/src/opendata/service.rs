//! The open data API's reads: each document in a few statements whatever the plan's size (one
//! per table it draws on), and the time of the latest change behind it.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect, RelationDef};

use super::{LICENCE, model::*};
use crate::{
    core::{AppError, Translated},
    entity::{audit_log, evidence_links, measure_versions, measures, plan_areas, plan_entities, plan_entity_areas, plan_municipalities, plan_versions, plans},
    plans::{drafting::doc::Frozen, drafting::service::plan_by_slug, municipalities::by_dico, service::languages},
};

/// A text's languages that are not blank.
fn own(text: Translated) -> Texts {
    text.0.into_iter().filter(|(_, v)| !v.trim().is_empty()).collect()
}

/// A stored text (JSON), its blank languages left out.
pub(super) fn texts(raw: &str) -> Texts {
    own(Translated::from_json(raw))
}

fn summary(plan: plans::Model, towns: Vec<plan_municipalities::Model>) -> PlanSummary {
    PlanSummary {
        page: format!("/plans/{}", plan.slug),
        title: texts(&plan.title_i18n),
        summary: texts(&plan.summary_i18n),
        promoter: texts(&plan.promoter_i18n),
        period: Period { start: plan.period_start, end: plan.period_end },
        languages: languages(&plan.languages),
        municipalities: towns
            .into_iter()
            .map(|m| {
                let district = m.dico.as_deref().and_then(by_dico).map(|known| known.district.clone());
                Municipality { dico: m.dico, name: m.name, district }
            })
            .collect(),
        slug: plan.slug,
        kind: plan.kind,
        status: plan.status,
        time_zone: plan.time_zone,
    }
}

async fn towns_of(db: &impl ConnectionTrait, plan_ids: Vec<i32>) -> Result<Vec<plan_municipalities::Model>, AppError> {
    Ok(plan_municipalities::Entity::find()
        .filter(plan_municipalities::Column::PlanId.is_in(plan_ids))
        .order_by_asc(plan_municipalities::Column::PlanId)
        .order_by_asc(plan_municipalities::Column::Position)
        .all(db)
        .await?)
}

/// Every plan of the site, by slug, with its municipalities.
pub async fn plans(db: &impl ConnectionTrait) -> Result<PlanList, AppError> {
    let all = plans::Entity::find().order_by_asc(plans::Column::Slug).all(db).await?;
    let mut towns: HashMap<i32, Vec<plan_municipalities::Model>> = HashMap::new();
    for m in towns_of(db, all.iter().map(|p| p.id).collect()).await? {
        towns.entry(m.plan_id).or_default().push(m);
    }
    Ok(PlanList {
        licence: LICENCE,
        plans: all
            .into_iter()
            .map(|p| {
                let own = towns.remove(&p.id).unwrap_or_default();
                summary(p, own)
            })
            .collect(),
    })
}

/// Plan `slug` with its areas and published versions.
pub async fn plan(db: &impl ConnectionTrait, slug: &str) -> Result<Plan, AppError> {
    let row = plan_by_slug(db, slug).await?;
    let towns = towns_of(db, vec![row.id]).await?;
    let areas = plan_areas::Entity::find()
        .filter(plan_areas::Column::PlanId.eq(row.id))
        .filter(plan_areas::Column::Hidden.eq(false))
        .order_by_asc(plan_areas::Column::Position)
        .order_by_asc(plan_areas::Column::Id)
        .all(db)
        .await?;
    let versions = plan_versions::Entity::find().filter(plan_versions::Column::PlanId.eq(row.id)).order_by_asc(plan_versions::Column::Number).all(db).await?;
    Ok(Plan {
        licence: LICENCE,
        plan: summary(row, towns),
        areas: areas.into_iter().map(|a| Area { code: a.code, name: texts(&a.name_i18n), description: texts(&a.description_i18n) }).collect(),
        versions: versions.into_iter().map(|v| Version { number: v.number, published_at: v.published_at, note: texts(&v.note_i18n) }).collect(),
    })
}

fn measure(frozen: Frozen) -> Measure {
    let m = frozen.measure;
    Measure {
        code: m.code,
        area: m.area,
        level: m.level,
        title: own(m.title),
        summary: own(m.summary),
        description: own(m.description),
        objectives: m.objectives.into_iter().map(own).collect(),
        indicators: m.indicators.into_iter().map(|i| Indicator { name: own(i.name), target: own(i.target) }).collect(),
        timeline: own(m.timeline),
        starts_on: m.starts_on,
        ends_on: m.ends_on,
        responsible: m.responsible,
        partners: m.partners,
    }
}

/// The measures of plan `slug` as version `number` (the latest when `None`) froze them, by code.
pub async fn measures(db: &impl ConnectionTrait, slug: &str, number: Option<i32>) -> Result<Measures, AppError> {
    let row = plan_by_slug(db, slug).await?;
    let mut versions = plan_versions::Entity::find().filter(plan_versions::Column::PlanId.eq(row.id));
    versions = match number {
        Some(n) => versions.filter(plan_versions::Column::Number.eq(n)),
        None => versions.order_by_desc(plan_versions::Column::Number),
    };
    let version = versions.one(db).await?;
    if number.is_some() && version.is_none() {
        return Err(AppError::NotFound);
    }
    let Some(version) = version else {
        return Ok(Measures { licence: LICENCE, plan: row.slug, version: None, measures: Vec::new() });
    };
    let docs: Vec<String> = measure_versions::Entity::find()
        .select_only()
        .column(measure_versions::Column::Document)
        .filter(measure_versions::Column::VersionId.eq(version.id))
        .order_by_asc(measure_versions::Column::Code)
        .into_tuple()
        .all(db)
        .await?;
    let measures = docs.iter().filter_map(|d| serde_json::from_str::<Frozen>(d).ok()).map(measure).collect();
    Ok(Measures { licence: LICENCE, plan: row.slug, version: Some(version.number), measures })
}

/// The entities of plan `slug`'s local diagnosis, by slug, with the areas they act in.
pub async fn entities(db: &impl ConnectionTrait, slug: &str) -> Result<Entities, AppError> {
    let row = plan_by_slug(db, slug).await?;
    let list = plan_entities::Entity::find().filter(plan_entities::Column::PlanId.eq(row.id)).order_by_asc(plan_entities::Column::Slug).all(db).await?;
    let areas: HashMap<i32, (i32, String)> =
        plan_areas::Entity::find().filter(plan_areas::Column::PlanId.eq(row.id)).all(db).await?.into_iter().map(|a| (a.id, (a.position, a.code))).collect();
    let mut acts_in: HashMap<i32, Vec<(i32, String)>> = HashMap::new();
    for link in plan_entity_areas::Entity::find().filter(plan_entity_areas::Column::EntityId.is_in(list.iter().map(|e| e.id).collect::<Vec<_>>())).all(db).await? {
        if let Some(area) = areas.get(&link.area_id) {
            acts_in.entry(link.entity_id).or_default().push(area.clone());
        }
    }
    let towns: HashMap<i32, String> = towns_of(db, vec![row.id]).await?.into_iter().map(|m| (m.id, m.name)).collect();
    let entities = list
        .into_iter()
        .map(|e| {
            let mut codes = acts_in.remove(&e.id).unwrap_or_default();
            codes.sort();
            let services: Vec<Translated> = serde_json::from_str(&e.services_i18n).unwrap_or_default();
            Entity {
                name: texts(&e.name_i18n),
                description: texts(&e.description_i18n),
                services: services.into_iter().map(own).filter(|s| !s.is_empty()).collect(),
                areas: codes.into_iter().map(|(_, code)| code).collect(),
                municipality: e.municipality_id.and_then(|id| towns.get(&id).cloned()),
                slug: e.slug,
                kind: e.kind,
                website: e.website,
                email: e.email,
                phone: e.phone,
                address: e.address,
            }
        })
        .collect();
    Ok(Entities { licence: LICENCE, plan: row.slug, entities })
}

/// Every evidence link of plan `slug`, by measure then time.
pub async fn evidence(db: &impl ConnectionTrait, slug: &str) -> Result<Evidence, AppError> {
    let row = plan_by_slug(db, slug).await?;
    let measure: RelationDef = evidence_links::Entity::belongs_to(measures::Entity).from(evidence_links::Column::MeasureId).to(measures::Column::Id).into();
    let links: Vec<(String, String, String, String, String, DateTime<Utc>)> = evidence_links::Entity::find()
        .select_only()
        .column_as(measures::Column::Code, "measure")
        .columns([evidence_links::Column::SourceKind, evidence_links::Column::SourceRef, evidence_links::Column::Stance, evidence_links::Column::RationaleI18n, evidence_links::Column::CreatedAt])
        .join(JoinType::InnerJoin, measure)
        .filter(evidence_links::Column::PlanId.eq(row.id))
        .order_by_asc(measures::Column::Code)
        .order_by_asc(evidence_links::Column::CreatedAt)
        .order_by_asc(evidence_links::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(Evidence {
        licence: LICENCE,
        plan: row.slug,
        links: links
            .into_iter()
            .map(|(measure, kind, outcome, stance, rationale, linked_at)| EvidenceLink { measure, kind, outcome, stance, rationale: texts(&rationale), linked_at })
            .collect(),
    })
}

/// When what the API shows of plan `slug` (or of every plan) last changed: the latest audited
/// change, or the plan's creation.
pub async fn last_modified(db: &impl ConnectionTrait, slug: Option<&str>) -> Result<Option<DateTime<Utc>>, AppError> {
    let mut audited = audit_log::Entity::find().select_only().column_as(audit_log::Column::CreatedAt.max(), "at");
    let mut created = plans::Entity::find().select_only().column_as(plans::Column::CreatedAt.max(), "at");
    if let Some(slug) = slug {
        let ids = sea_orm::sea_query::Query::select().column(plans::Column::Id).from(plans::Entity).and_where(plans::Column::Slug.eq(slug)).to_owned();
        audited = audited.filter(audit_log::Column::PlanId.in_subquery(ids));
        created = created.filter(plans::Column::Slug.eq(slug));
    }
    let audited: Option<Option<DateTime<Utc>>> = audited.into_tuple().one(db).await?;
    let created: Option<Option<DateTime<Utc>>> = created.into_tuple().one(db).await?;
    Ok(audited.flatten().max(created.flatten()))
}

/// When each plan last changed (its latest audited change, or its creation), by slug.
pub async fn modified_by_slug(db: &impl ConnectionTrait) -> Result<HashMap<String, DateTime<Utc>>, AppError> {
    let audited: Vec<(Option<i32>, Option<DateTime<Utc>>)> = audit_log::Entity::find()
        .select_only()
        .column(audit_log::Column::PlanId)
        .column_as(audit_log::Column::CreatedAt.max(), "at")
        .filter(audit_log::Column::PlanId.is_not_null())
        .group_by(audit_log::Column::PlanId)
        .into_tuple()
        .all(db)
        .await?;
    let audited: HashMap<i32, DateTime<Utc>> = audited.into_iter().filter_map(|(id, at)| Some((id?, at?))).collect();
    let all: Vec<(i32, String, DateTime<Utc>)> = plans::Entity::find().select_only().columns([plans::Column::Id, plans::Column::Slug, plans::Column::CreatedAt]).into_tuple().all(db).await?;
    Ok(all.into_iter().map(|(id, slug, created)| (slug, audited.get(&id).copied().map_or(created, |at| at.max(created)))).collect())
}

/// The data page: the catalogue's first page at `base` ready for a `<script>`, and every plan's
/// name.
pub async fn data_view(db: &impl ConnectionTrait, base: &str, locale: crate::i18n::Locale) -> Result<super::page::DataView, AppError> {
    let list = plans(db).await?;
    let modified = modified_by_slug(db).await?;
    let first = super::catalog::catalog(base, &list, &modified, 1).unwrap_or_default();
    let catalog = super::catalog::in_script(&first);
    let names = list
        .plans
        .into_iter()
        .map(|p| {
            let own = p.languages.first().cloned().unwrap_or_default();
            crate::plans::model::PlanRef { title: Translated(p.title).resolve(locale, &own), slug: p.slug }
        })
        .collect();
    Ok(super::page::DataView { catalog, plans: names })
}
