//! Plans feature, server side: the queries behind the public plan pages. Every function is scoped
//! by plan and returns view types with content resolved for one reader's language.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait,
    sea_query::{Alias, Expr, Query},
};

use super::model::*;
use crate::{
    core::{AppError, Text, Translated},
    entity::{measure_indicators, measure_partners, measures, plan_areas, plan_entities, plan_entity_areas, plan_municipalities, plans},
    i18n::Locale,
};

/// A plan row with what every page needs to resolve its content.
struct Plan {
    row: plans::Model,
    default_lang: String,
}

impl Plan {
    fn text(&self, raw: &str, locale: Locale) -> Text {
        Translated::from_json(raw).resolve(locale, &self.default_lang)
    }

    fn texts(&self, raw: &str, locale: Locale) -> Vec<Text> {
        serde_json::from_str::<Vec<Translated>>(raw)
            .unwrap_or_default()
            .iter()
            .map(|t| t.resolve(locale, &self.default_lang))
            .collect()
    }

    fn reference(&self, locale: Locale) -> PlanRef {
        PlanRef { slug: self.row.slug.clone(), title: self.text(&self.row.title_i18n, locale) }
    }
}

/// A plan's (or survey's) stored language list (`languages`, a JSON array); empty if unreadable.
pub fn languages(raw: &str) -> Vec<String> {
    serde_json::from_str::<Vec<String>>(raw).unwrap_or_default()
}

/// The first of a stored language list: the plan's own language (Portuguese if none).
pub fn default_lang(raw: &str) -> String {
    languages(raw).into_iter().next().unwrap_or_else(|| Locale::default().tag().to_owned())
}

/// How pages name a plan: its slug and its title in `locale` (with the visible fallback).
pub fn plan_ref(plan: &plans::Model, locale: Locale) -> PlanRef {
    PlanRef { slug: plan.slug.clone(), title: Translated::from_json(&plan.title_i18n).resolve(locale, &default_lang(&plan.languages)) }
}

/// Measure `code` of plan `slug` with its plan and area, for a page that shows it: one query
/// however many parts of the page ask in one request (the measure, its evidence, its audio).
/// `NotFound` if any is missing, or the area is hidden.
pub async fn measure_for_page(
    db: &impl ConnectionTrait,
    slug: &str,
    code: &str,
) -> Result<(plans::Model, measures::Model, plan_areas::Model), AppError> {
    crate::request_memo::once_per_request(&format!("measure {slug:?} {code:?}"), async {
        let (m, plan, area) = measures::Entity::find()
            .find_also_related(plans::Entity)
            .find_also_related(plan_areas::Entity)
            .filter(plans::Column::Slug.eq(slug))
            .filter(measures::Column::Code.eq(code))
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        match (plan, area) {
            (Some(plan), Some(area)) => Ok((plan, m, area)),
            _ => Err(AppError::NotFound),
        }
    })
    .await
}

/// What a public `measures` row holds once a version left its measure out.
pub const WITHDRAWN: &str = "withdrawn";

/// The measures the plan holds now: every list and count leaves out withdrawn ones, whose own
/// page (and what people said there) stays readable.
pub fn held() -> sea_orm::sea_query::SimpleExpr {
    measures::Column::Status.ne(WITHDRAWN)
}

/// A measure's indicators in order, read once per revision of the plan's content.
pub async fn indicators_of(db: &impl ConnectionTrait, plan: &plans::Model, measure_id: i32) -> Result<Vec<measure_indicators::Model>, AppError> {
    crate::content_cache::of_plan(plan, &format!("indicators {measure_id}"), async {
        Ok(measure_indicators::Entity::find()
            .filter(measure_indicators::Column::MeasureId.eq(measure_id))
            .order_by_asc(measure_indicators::Column::Position)
            .all(db)
            .await?)
    })
    .await
}

/// How many indicators a measure has.
pub async fn indicator_count(db: &impl ConnectionTrait, plan: &plans::Model, measure_id: i32) -> Result<usize, AppError> {
    Ok(indicators_of(db, plan, measure_id).await?.len())
}

/// Measure `code` of plan `slug`, with its plan, in one query; `NotFound` if either is missing.
pub async fn measure_in_plan(db: &impl ConnectionTrait, slug: &str, code: &str) -> Result<(plans::Model, measures::Model), AppError> {
    let (measure, plan) = measures::Entity::find()
        .find_also_related(plans::Entity)
        .filter(plans::Column::Slug.eq(slug))
        .filter(measures::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((plan.ok_or(AppError::NotFound)?, measure))
}

/// Plan `slug` for a page that shows it: one query however many parts of the page ask in one
/// request (the plan, its timeline, its findings). For reading only: a write reads afresh.
pub async fn plan_for_page(db: &impl ConnectionTrait, slug: &str) -> Result<plans::Model, AppError> {
    crate::request_memo::once_per_request(&format!("plan {slug:?}"), async {
        plans::Entity::find().filter(plans::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)
    })
    .await
}

async fn plan(db: &impl ConnectionTrait, slug: &str) -> Result<Plan, AppError> {
    let row = plan_for_page(db, slug).await?;
    let default_lang = default_lang(&row.languages);
    Ok(Plan { row, default_lang })
}


fn card(plan: &Plan, municipalities: Vec<String>, open_surveys: u64, locale: Locale) -> PlanCard {
    let row = &plan.row;
    PlanCard {
        slug: row.slug.clone(),
        title: plan.text(&row.title_i18n, locale),
        summary: plan.text(&row.summary_i18n, locale),
        kind: row.kind.clone(),
        status: row.status.clone(),
        period_start: row.period_start,
        period_end: row.period_end,
        municipalities,
        open_surveys,
    }
}

/// A scalar subquery (a count, say) to select beside others in one statement.
pub fn scalar(query: sea_orm::sea_query::SelectStatement) -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::QueryStatementBuilder;
    sea_orm::sea_query::SimpleExpr::SubQuery(None, Box::new(query.into_sub_query_statement()))
}

/// The plans hosted here, newest period first: those with a municipality (or a title) matching
/// `query`, accents and case aside, and in `district` if given.
/// Page `page` (from 1) of the list.
pub async fn home(db: &impl ConnectionTrait, query: &str, district: Option<&str>, page: u64, locale: Locale) -> Result<HomeView, AppError> {
    use super::municipalities;
    let directory = super::directory::plans(db).await?;
    let wanted = municipalities::folded(query);
    let district = district.filter(|d| municipalities::districts().contains(d));
    let matched: Vec<&super::directory::Listing> = directory
        .iter()
        .filter(|plan| district.is_none_or(|d| plan.in_district(d)) && plan.matches(&wanted, locale))
        .collect();
    let pages = u64::try_from(matched.len().div_ceil(HOME_PAGE_SIZE)).unwrap_or(1).max(1);
    let page = page.clamp(1, pages);
    let skip = usize::try_from(page - 1).unwrap_or(0) * HOME_PAGE_SIZE;
    let now = chrono::Utc::now();
    let cards = matched
        .into_iter()
        .skip(skip)
        .take(HOME_PAGE_SIZE)
        .map(|listing| {
            let names = listing.towns.iter().map(|t| t.name.clone()).collect();
            let plan = Plan { row: listing.row.clone(), default_lang: listing.default_lang.clone() };
            card(&plan, names, listing.open_at(now), locale)
        })
        .collect();
    Ok(HomeView {
        plans: cards,
        page,
        pages,
        hosted: directory.len(),
        districts: municipalities::districts().into_iter().map(str::to_owned).collect(),
        query: query.chars().take(100).collect(),
        district: district.map(str::to_owned),
    })
}

/// What a plan's page counts of it, read once per revision of the plan.
#[derive(Clone)]
struct Holdings {
    municipalities: Vec<plan_municipalities::Model>,
    areas: u64,
    measures: u64,
    level1: u64,
    entities: u64,
    surveys: Vec<super::directory::Window>,
}

async fn holdings(db: &impl ConnectionTrait, id: i32) -> Result<Holdings, AppError> {
    let municipalities = plan_municipalities::Entity::find()
        .filter(plan_municipalities::Column::PlanId.eq(id))
        .order_by_asc(plan_municipalities::Column::Position)
        .all(db)
        .await?;
    // How much the plan holds, in one statement of counts.
    let areas = plan_areas::Entity::find()
        .select_only()
        .expr(Expr::cust("COUNT(*)"))
        .filter(plan_areas::Column::PlanId.eq(id))
        .filter(plan_areas::Column::Hidden.eq(false));
    let measures_of = || measures::Entity::find().select_only().expr(Expr::cust("COUNT(*)")).filter(measures::Column::PlanId.eq(id)).filter(held());
    let entities = plan_entities::Entity::find().select_only().expr(Expr::cust("COUNT(*)")).filter(plan_entities::Column::PlanId.eq(id));
    let counts = Query::select()
        .expr_as(scalar(areas.into_query()), Alias::new("areas"))
        .expr_as(scalar(measures_of().into_query()), Alias::new("measures"))
        .expr_as(scalar(measures_of().filter(measures::Column::Level.eq(1)).into_query()), Alias::new("level1"))
        .expr_as(scalar(entities.into_query()), Alias::new("entities"))
        .to_owned();
    let row = db.query_one(&counts).await?.ok_or(AppError::NotFound)?;
    let get = |name: &str| row.try_get::<i64>("", name).map(|n| u64::try_from(n).unwrap_or(0));
    let surveys = super::directory::survey_windows(db, Some(id)).await?.remove(&id).unwrap_or_default();
    Ok(Holdings { municipalities, areas: get("areas")?, measures: get("measures")?, level1: get("level1")?, entities: get("entities")?, surveys })
}

/// A plan's page: the plan, its municipalities and how much it holds (surveys open at the time
/// of the request).
pub async fn plan_overview(db: &impl ConnectionTrait, slug: &str, locale: Locale) -> Result<PlanView, AppError> {
    let plan = plan(db, slug).await?;
    let held = crate::content_cache::of_plan(&plan.row, "holdings", holdings(db, plan.row.id)).await?;
    let open = super::directory::open_at(&held.surveys, chrono::Utc::now());
    Ok(PlanView {
        card: card(&plan, held.municipalities.iter().map(|m| m.name.clone()).collect(), open, locale),
        promoter: plan.text(&plan.row.promoter_i18n, locale),
        municipalities: held
            .municipalities
            .into_iter()
            .map(|m| MunicipalityView { name: m.name, residents: m.residents, foreign_residents: m.foreign_residents })
            .collect(),
        area_count: held.areas,
        measure_count: held.measures,
        level1_count: held.level1,
        entity_count: held.entities,
        time_zone: time_zone_key(&plan.row.time_zone).to_owned(),
        contact_email: plan.row.contact_email.clone(),
        contact_phone: plan.row.contact_phone.clone(),
    })
}

/// The plan's areas the public sees (not hidden), in order.
pub async fn plan_area_rows(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<plan_areas::Model>, AppError> {
    Ok(plan_areas::Entity::find()
        .filter(plan_areas::Column::Hidden.eq(false))
        .filter(plan_areas::Column::PlanId.eq(plan_id))
        .order_by_asc(plan_areas::Column::Position)
        .all(db)
        .await?)
}

fn area_ref(plan: &Plan, area: &plan_areas::Model, locale: Locale) -> AreaRef {
    AreaRef { code: area.code.clone(), name: plan.text(&area.name_i18n, locale) }
}

fn area_summary(plan: &Plan, area: &plan_areas::Model, levels: &[i16], locale: Locale) -> AreaSummary {
    AreaSummary {
        area: area_ref(plan, area, locale),
        description: plan.text(&area.description_i18n, locale),
        measure_count: u32::try_from(levels.len()).unwrap_or(u32::MAX),
        level1_count: u32::try_from(levels.iter().filter(|l| **l == 1).count()).unwrap_or(u32::MAX),
    }
}

/// The plan's areas in order, each with how many measures (and level 1 measures) it holds.
pub async fn list_areas(db: &impl ConnectionTrait, slug: &str, locale: Locale) -> Result<AreasView, AppError> {
    let plan = plan(db, slug).await?;
    let areas = plan_area_rows(db, plan.row.id).await?;
    let levels: Vec<(i32, i16)> = measures::Entity::find()
        .select_only()
        .column(measures::Column::AreaId)
        .column(measures::Column::Level)
        .filter(measures::Column::PlanId.eq(plan.row.id))
        .filter(held())
        .into_tuple()
        .all(db)
        .await?;
    let mut by_area: HashMap<i32, Vec<i16>> = HashMap::new();
    for (area, level) in levels {
        by_area.entry(area).or_default().push(level);
    }
    Ok(AreasView {
        plan: plan.reference(locale),
        areas: areas
            .iter()
            .map(|a| area_summary(&plan, a, by_area.get(&a.id).map_or(&[], Vec::as_slice), locale))
            .collect(),
    })
}

/// One area with its measures, level 1 first, then by position.
pub async fn area(db: &impl ConnectionTrait, slug: &str, code: &str, locale: Locale) -> Result<AreaView, AppError> {
    let plan = plan(db, slug).await?;
    let area = plan_areas::Entity::find()
        .filter(plan_areas::Column::PlanId.eq(plan.row.id))
        .filter(plan_areas::Column::Hidden.eq(false))
        .filter(plan_areas::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = measures::Entity::find()
        .filter(measures::Column::AreaId.eq(area.id))
        .filter(held())
        .order_by_asc(measures::Column::Level)
        .order_by_asc(measures::Column::Position)
        .all(db)
        .await?;
    let levels: Vec<i16> = rows.iter().map(|m| m.level).collect();
    Ok(AreaView {
        plan: plan.reference(locale),
        area: area_summary(&plan, &area, &levels, locale),
        measures: rows
            .iter()
            .map(|m| MeasureCard {
                code: m.code.clone(),
                level: m.level,
                title: plan.text(&m.title_i18n, locale),
                summary: plan.text(&m.summary_i18n, locale),
            })
            .collect(),
    })
}

fn entity_ref(plan: &Plan, e: &plan_entities::Model, locale: Locale) -> EntityRef {
    EntityRef { slug: e.slug.clone(), name: plan.text(&e.name_i18n, locale) }
}

/// One measure with every field: the measure with its plan and area in one query, then (read
/// once per revision of the plan's content) its indicators, the entities named in it
/// (responsible and partners; the responsible entity is not listed again among the partners)
/// and the plan's latest version.
pub async fn measure(db: &impl ConnectionTrait, slug: &str, code: &str, locale: Locale) -> Result<MeasureView, AppError> {
    let (plan, m, area) = measure_for_page(db, slug, code).await?;
    let indicators = indicators_of(db, &plan, m.id).await?;
    let entities = crate::content_cache::of_plan(&plan, &format!("entities named in {}", m.id), named_entities(db, &m)).await?;
    let version = crate::content_cache::of_plan(&plan, "latest version", super::drafting::service::latest(db, plan.id, &plan.time_zone)).await?;
    let plan = Plan { default_lang: default_lang(&plan.languages), row: plan };
    let responsible = entities.iter().find(|e| Some(e.id) == m.responsible_entity_id);
    let partner_set: std::collections::HashSet<i32> = entities
        .iter()
        .map(|e| e.id)
        .filter(|id| Some(*id) != m.responsible_entity_id)
        .collect();
    Ok(MeasureView {
        plan: plan.reference(locale),
        code: m.code.clone(),
        level: m.level,
        status: m.status.clone(),
        area: area_ref(&plan, &area, locale),
        title: plan.text(&m.title_i18n, locale),
        summary: plan.text(&m.summary_i18n, locale),
        description: plan.text(&m.description_i18n, locale),
        objectives: plan.texts(&m.objectives_i18n, locale),
        indicators: indicators
            .iter()
            .map(|i| IndicatorView { name: plan.text(&i.name_i18n, locale), target: plan.text(&i.target_i18n, locale) })
            .collect(),
        timeline: plan.text(&m.timeline_i18n, locale),
        starts_on: m.starts_on,
        ends_on: m.ends_on,
        responsible: responsible.map(|e| entity_ref(&plan, e, locale)),
        partners: entities
            .iter()
            .filter(|e| partner_set.contains(&e.id))
            .map(|e| entity_ref(&plan, e, locale))
            .collect(),
        version,
        withdrawn: m.withdrawn_in.map(|number| Withdrawal {
            number,
            reason: m.withdrawn_i18n.as_deref().map(|r| plan.text(r, locale)).unwrap_or_default(),
        }),
        monitored: crate::monitoring::monitored(&plan.row.status) && m.status != WITHDRAWN,
    })
}

/// The entities a measure names (responsible and partners), by slug.
async fn named_entities(db: &impl ConnectionTrait, m: &measures::Model) -> Result<Vec<plan_entities::Model>, AppError> {
    let partner_ids = Query::select()
        .column(measure_partners::Column::EntityId)
        .from(measure_partners::Entity)
        .and_where(measure_partners::Column::MeasureId.eq(m.id))
        .to_owned();
    let mut named = Condition::any().add(plan_entities::Column::Id.in_subquery(partner_ids));
    if let Some(id) = m.responsible_entity_id {
        named = named.add(plan_entities::Column::Id.eq(id));
    }
    Ok(plan_entities::Entity::find()
        .filter(named)
        .order_by_asc(plan_entities::Column::Slug)
        .all(db)
        .await?)
}

/// The entities directory, optionally only those acting in one area. An unknown area code is a
/// bad request, not an empty list, so a mistyped link says so.
pub async fn list_entities(
    db: &impl ConnectionTrait,
    slug: &str,
    area_code: Option<&str>,
    locale: Locale,
) -> Result<EntitiesView, AppError> {
    let plan = plan(db, slug).await?;
    let areas = plan_area_rows(db, plan.row.id).await?;
    let selected = match area_code {
        Some(code) => Some(areas.iter().find(|a| a.code == code).ok_or(AppError::BadRequest)?),
        None => None,
    };
    let mut query = plan_entities::Entity::find().filter(plan_entities::Column::PlanId.eq(plan.row.id));
    if let Some(area) = selected {
        query = query
            .join(JoinType::InnerJoin, plan_entity_areas_relation())
            .filter(plan_entity_areas::Column::AreaId.eq(area.id));
    }
    let rows = query.all(db).await?;
    let links: Vec<(i32, i32)> = plan_entity_areas::Entity::find()
        .select_only()
        .column(plan_entity_areas::Column::EntityId)
        .column(plan_entity_areas::Column::AreaId)
        .filter(plan_entity_areas::Column::EntityId.is_in(rows.iter().map(|e| e.id)))
        .into_tuple()
        .all(db)
        .await?;
    let municipalities: HashMap<i32, String> = plan_municipalities::Entity::find()
        .filter(plan_municipalities::Column::PlanId.eq(plan.row.id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.name))
        .collect();
    let area_index: HashMap<i32, &plan_areas::Model> = areas.iter().map(|a| (a.id, a)).collect();
    let mut entities: Vec<EntityView> = rows
        .iter()
        .map(|e| {
            let mut own: Vec<&plan_areas::Model> = links
                .iter()
                .filter(|(entity, _)| *entity == e.id)
                .filter_map(|(_, area)| area_index.get(area).copied())
                .collect();
            own.sort_by_key(|a| a.position);
            EntityView {
                slug: e.slug.clone(),
                name: plan.text(&e.name_i18n, locale),
                kind: e.kind.clone(),
                municipality: e.municipality_id.and_then(|id| municipalities.get(&id).cloned()),
                description: plan.text(&e.description_i18n, locale),
                services: plan.texts(&e.services_i18n, locale),
                areas: own.into_iter().map(|a| area_ref(&plan, a, locale)).collect(),
                website: e.website.clone(),
                email: e.email.clone(),
                phone: e.phone.clone(),
                address: e.address.clone(),
            }
        })
        .collect();
    entities.sort_by_key(|e| e.name.text.to_lowercase());
    Ok(EntitiesView {
        plan: plan.reference(locale),
        areas: areas.iter().map(|a| area_ref(&plan, a, locale)).collect(),
        selected: selected.map(|a| area_ref(&plan, a, locale)),
        entities,
    })
}

fn plan_entity_areas_relation() -> sea_orm::RelationDef {
    plan_entities::Entity::belongs_to(plan_entity_areas::Entity)
        .from(plan_entities::Column::Id)
        .to(plan_entity_areas::Column::EntityId)
        .into()
}
