//! Monitoring, server side: the dashboard and a measure's progress read for one reader, and the
//! two writes (an indicator's figures; a progress report), each checked whole before anything
//! is stored and audited in its transaction.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    sea_query::Query,
};

use super::{AreaExecution, DashboardView, Figures, IndicatorLine, IndicatorProgress, MeasureLine, MeasureProgressView, Point, ReportView, STATUSES, late, monitored};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Text, Translated},
    entity::{indicator_figures as figures, measure_indicators, measures, plan_areas, plan_entities, plans, progress_reports as reports},
    i18n::Locale,
    plans::{
        clock,
        model::{AreaRef, EntityRef},
        service::{WITHDRAWN, default_lang, held, indicators_of, measure_for_page, plan_area_rows, plan_ref},
    },
};

/// Longest note of a report, in characters.
const NOTE_MAX: usize = 4000;
/// Longest unit, in characters.
const UNIT_MAX: usize = 40;
/// Largest figure or value, either way (more is a typing mistake).
const FIGURE_MAX: f64 = 1e12;

/// What the reader may do on a measure's monitoring page.
#[derive(Clone, Copy, Debug, Default)]
pub struct Rights {
    pub set_figures: bool,
    pub report: bool,
}

/// An indicator's figures as a facilitator's form gives them.
pub struct FiguresForm {
    pub position: i32,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
}

/// A progress report as a form gives it.
pub struct ReportForm {
    pub status: String,
    pub reported_on: chrono::NaiveDate,
    pub position: Option<i32>,
    pub value: Option<f64>,
    pub note: String,
    pub lang: String,
    pub evidence: String,
}

/// A figure or value as typed: digits with `.` or `,` for decimals, spaces between thousands.
pub fn figure(raw: &str) -> Result<f64, Invalid> {
    let cleaned: String = raw.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).map(|c| if c == ',' { '.' } else { c }).collect();
    let ok = !cleaned.is_empty() && cleaned.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    let value: f64 = if ok { cleaned.parse().map_err(|_| Invalid::FigureInvalid)? } else { return Err(Invalid::FigureInvalid) };
    if value.is_finite() && value.abs() <= FIGURE_MAX { Ok(value) } else { Err(Invalid::FigureInvalid) }
}

fn text(plan: &plans::Model, raw: &str, locale: Locale) -> Text {
    Translated::from_json(raw).resolve(locale, &default_lang(&plan.languages))
}

/// The status a measure stands at: its latest report's (by date, then by when it was written).
fn status_of(reports: &[&reports::Model]) -> String {
    reports.iter().max_by_key(|r| (r.reported_on, r.id)).map_or_else(|| STATUSES[0].to_owned(), |r| r.status.clone())
}

/// Indicator `i` of a measure with its figures and the values reported of it, oldest first.
fn indicator(plan: &plans::Model, i: &measure_indicators::Model, figures: Option<&figures::Model>, reports: &[&reports::Model], locale: Locale) -> IndicatorProgress {
    let mut points: Vec<(chrono::NaiveDate, i32, f64)> = reports
        .iter()
        .filter(|r| r.position == Some(i.position))
        .filter_map(|r| r.value.map(|v| (r.reported_on, r.id, v)))
        .collect();
    points.sort_by_key(|p| (p.0, p.1));
    IndicatorProgress {
        position: i.position,
        name: text(plan, &i.name_i18n, locale),
        target_text: text(plan, &i.target_i18n, locale),
        figures: figures.map(|f| Figures { unit: f.unit.clone(), baseline: f.baseline, target: f.target }),
        points: points.into_iter().map(|(on, _, value)| Point { on, value }).collect(),
    }
}

/// The plan's dashboard: its measures counted by status per (visible) area, the late ones, and
/// every indicator that has figures. Five statements, however many measures and reports.
pub async fn dashboard(db: &impl ConnectionTrait, plan: &plans::Model, locale: Locale) -> Result<DashboardView, AppError> {
    let today = clock::today(&plan.time_zone);
    let areas = plan_area_rows(db, plan.id).await?;
    let rows = measures::Entity::find()
        .filter(measures::Column::PlanId.eq(plan.id))
        .filter(held())
        .order_by_asc(measures::Column::Position)
        .order_by_asc(measures::Column::Id)
        .all(db)
        .await?;
    let all_reports = reports::Entity::find().filter(reports::Column::PlanId.eq(plan.id)).all(db).await?;
    let all_figures = figures::Entity::find().filter(figures::Column::PlanId.eq(plan.id)).all(db).await?;
    let of_plan = Query::select().column(measures::Column::Id).from(measures::Entity).and_where(measures::Column::PlanId.eq(plan.id)).to_owned();
    let all_indicators = measure_indicators::Entity::find()
        .filter(measure_indicators::Column::MeasureId.in_subquery(of_plan))
        .order_by_asc(measure_indicators::Column::Position)
        .all(db)
        .await?;
    let mut by_measure: HashMap<i32, Vec<&reports::Model>> = HashMap::new();
    for r in &all_reports {
        by_measure.entry(r.measure_id).or_default().push(r);
    }
    let mut counts: HashMap<i32, AreaExecution> = areas
        .iter()
        .map(|a| (a.id, AreaExecution { area: AreaRef { code: a.code.clone(), name: text(plan, &a.name_i18n, locale) }, counts: vec![0; STATUSES.len()], late: 0 }))
        .collect();
    let mut total = AreaExecution { area: AreaRef { code: String::new(), name: Text::default() }, counts: vec![0; STATUSES.len()], late: 0 };
    let mut lines = Vec::new();
    let mut indicator_lines = Vec::new();
    let shown: std::collections::HashSet<i32> = areas.iter().map(|a| a.id).collect();
    for m in rows.iter().filter(|m| shown.contains(&m.area_id)) {
        let mine = by_measure.get(&m.id).map(Vec::as_slice).unwrap_or_default();
        let status = status_of(mine);
        let is_late = monitored(&plan.status) && late(m.starts_on, m.ends_on, &status, today);
        let slot = STATUSES.iter().position(|s| *s == status).unwrap_or(0);
        for execution in [counts.get_mut(&m.area_id), Some(&mut total)].into_iter().flatten() {
            execution.counts[slot] += 1;
            execution.late += u64::from(is_late);
        }
        for i in all_indicators.iter().filter(|i| i.measure_id == m.id) {
            if let Some(f) = all_figures.iter().find(|f| f.measure_id == m.id && f.position == i.position) {
                indicator_lines.push(IndicatorLine { code: m.code.clone(), indicator: indicator(plan, i, Some(f), mine, locale) });
            }
        }
        lines.push(MeasureLine {
            code: m.code.clone(),
            title: text(plan, &m.title_i18n, locale),
            level: m.level,
            status,
            late: is_late,
            last_report: mine.iter().map(|r| r.reported_on).max(),
        });
    }
    Ok(DashboardView {
        plan: plan_ref(plan, locale),
        open: monitored(&plan.status),
        areas: areas.iter().filter_map(|a| counts.remove(&a.id)).collect(),
        total,
        measures: lines,
        indicators: indicator_lines,
    })
}

/// What the open data API publishes of the plan's monitoring: each held measure with its status
/// and whether it is late (none before the plan is approved), the indicators' figures, and every
/// report, oldest first. Three statements.
pub async fn published(db: &impl ConnectionTrait, plan: &plans::Model) -> Result<(Vec<(measures::Model, String, bool)>, Vec<figures::Model>, Vec<reports::Model>), AppError> {
    if !monitored(&plan.status) {
        return Ok((Vec::new(), Vec::new(), Vec::new()));
    }
    let today = clock::today(&plan.time_zone);
    let rows = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).filter(held()).order_by_asc(measures::Column::Code).all(db).await?;
    let mut all_reports = reports::Entity::find().filter(reports::Column::PlanId.eq(plan.id)).all(db).await?;
    all_reports.sort_by_key(|r| (r.reported_on, r.id));
    let mut all_figures = figures::Entity::find().filter(figures::Column::PlanId.eq(plan.id)).all(db).await?;
    all_figures.sort_by_key(|f| (f.measure_id, f.position));
    let measures = rows
        .into_iter()
        .map(|m| {
            let mine: Vec<&reports::Model> = all_reports.iter().filter(|r| r.measure_id == m.id).collect();
            let status = status_of(&mine);
            let is_late = late(m.starts_on, m.ends_on, &status, today);
            (m, status, is_late)
        })
        .collect();
    Ok((measures, all_figures, all_reports))
}

/// Measure `code` of plan `slug` as its monitoring page shows it to a reader with `rights`.
pub async fn measure_progress(db: &impl ConnectionTrait, slug: &str, code: &str, locale: Locale, rights: Rights) -> Result<MeasureProgressView, AppError> {
    let (plan, m, area) = measure_for_page(db, slug, code).await?;
    measure_view(db, &plan, &m, &area, locale, rights).await
}

async fn measure_view(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    m: &measures::Model,
    area: &plan_areas::Model,
    locale: Locale,
    rights: Rights,
) -> Result<MeasureProgressView, AppError> {
    let today = clock::today(&plan.time_zone);
    let indicators = indicators_of(db, plan, m.id).await?;
    let stored = reports::Entity::find().filter(reports::Column::MeasureId.eq(m.id)).all(db).await?;
    let set = figures::Entity::find().filter(figures::Column::MeasureId.eq(m.id)).all(db).await?;
    let mut wanted: Vec<i32> = stored.iter().filter_map(|r| r.entity_id).chain(m.responsible_entity_id).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let entities: HashMap<i32, plan_entities::Model> = if wanted.is_empty() {
        HashMap::new()
    } else {
        plan_entities::Entity::find().filter(plan_entities::Column::Id.is_in(wanted)).all(db).await?.into_iter().map(|e| (e.id, e)).collect()
    };
    let mine: Vec<&reports::Model> = stored.iter().collect();
    let status = status_of(&mine);
    let open = monitored(&plan.status) && m.status != WITHDRAWN;
    let progress: Vec<IndicatorProgress> = indicators.iter().map(|i| indicator(plan, i, set.iter().find(|f| f.position == i.position), &mine, locale)).collect();
    let mut newest = mine.clone();
    newest.sort_by_key(|r| std::cmp::Reverse((r.reported_on, r.id)));
    Ok(MeasureProgressView {
        plan: plan_ref(plan, locale),
        code: m.code.clone(),
        title: text(plan, &m.title_i18n, locale),
        area: AreaRef { code: area.code.clone(), name: text(plan, &area.name_i18n, locale) },
        starts_on: m.starts_on,
        ends_on: m.ends_on,
        responsible: m.responsible_entity_id.and_then(|id| entities.get(&id)).map(|e| EntityRef { slug: e.slug.clone(), name: text(plan, &e.name_i18n, locale) }),
        open,
        late: open && late(m.starts_on, m.ends_on, &status, today),
        status,
        today,
        reports: newest
            .into_iter()
            .map(|r| ReportView {
                id: r.id,
                status: r.status.clone(),
                reported_on: r.reported_on,
                value: r.position.zip(r.value).and_then(|(position, value)| {
                    let i = progress.iter().find(|i| i.position == position)?;
                    Some((i.name.clone(), value, i.figures.as_ref().map(|f| f.unit.clone()).unwrap_or_default()))
                }),
                note: r.note.clone(),
                lang: r.lang.clone(),
                evidence: r.evidence_url.clone(),
                entity: r.entity_id.and_then(|id| entities.get(&id)).map(|e| text(plan, &e.name_i18n, locale)),
            })
            .collect(),
        indicators: progress,
        can_set_figures: open && rights.set_figures,
        can_report: open && rights.report,
    })
}

/// The measure to write on: one of the plan's, published and held, in a plan being monitored.
async fn writable(db: &impl ConnectionTrait, plan: &plans::Model, code: &str) -> Result<measures::Model, AppError> {
    if !monitored(&plan.status) {
        return Err(Invalid::NotMonitoring.into());
    }
    let m = measures::Entity::find()
        .filter(measures::Column::PlanId.eq(plan.id))
        .filter(measures::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if m.status == WITHDRAWN {
        return Err(Invalid::MeasureWithdrawn.into());
    }
    Ok(m)
}

/// Sets (or changes) the unit, baseline and target of indicator `form.position` of measure
/// `code`.
pub async fn set_figures(db: &DatabaseConnection, plan: &plans::Model, code: &str, actor: i32, form: FiguresForm) -> Result<(), AppError> {
    let unit = form.unit.trim().to_owned();
    if unit.chars().count() > UNIT_MAX {
        return Err(Invalid::TooLong.into());
    }
    let txn = db.begin_write().await?;
    let m = writable(&txn, plan, code).await?;
    if !indicators_of(&txn, plan, m.id).await?.iter().any(|i| i.position == form.position) {
        return Err(Invalid::IndicatorUnknown.into());
    }
    let now = chrono::Utc::now();
    let existing = figures::Entity::find().filter(figures::Column::MeasureId.eq(m.id)).filter(figures::Column::Position.eq(form.position)).one(&txn).await?;
    match existing {
        Some(row) => {
            let mut row: figures::ActiveModel = row.into();
            row.unit = Set(unit.clone());
            row.baseline = Set(form.baseline);
            row.target = Set(form.target);
            row.updated_at = Set(now);
            row.update(&txn).await?;
        }
        None => {
            figures::ActiveModel {
                plan_id: Set(plan.id),
                measure_id: Set(m.id),
                position: Set(form.position),
                unit: Set(unit.clone()),
                baseline: Set(form.baseline),
                target: Set(form.target),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    let details = serde_json::json!({ "measure": m.code, "indicator": form.position, "unit": unit, "baseline": form.baseline, "target": form.target });
    audit::record(&txn, audit::Entry { actor: Some(actor), action: "plan.indicator_figures_set", target_type: "measure", target_id: m.id.to_string(), plan_id: Some(plan.id), details }).await?;
    txn.commit().await?;
    Ok(())
}

/// Publishes a progress report on measure `code`, for its responsible entity when `for_entity`
/// (a representative reported) or for the plan's team; returns its id.
pub async fn report(db: &DatabaseConnection, plan: &plans::Model, code: &str, actor: i32, for_entity: bool, form: ReportForm) -> Result<i32, AppError> {
    if !STATUSES.contains(&form.status.as_str()) {
        return Err(Invalid::ExecutionStatusMissing.into());
    }
    let note = form.note.trim().to_owned();
    if note.is_empty() {
        return Err(Invalid::NoteMissing.into());
    }
    if note.chars().count() > NOTE_MAX {
        return Err(Invalid::TooLong.into());
    }
    if form.value.is_some() && form.position.is_none() {
        return Err(Invalid::ValueWithoutIndicator.into());
    }
    if form.reported_on > clock::today(&plan.time_zone) {
        return Err(Invalid::DateInFuture.into());
    }
    let evidence = crate::plans::diagnosis::domain::website(&form.evidence)?;
    let txn = db.begin_write().await?;
    let m = writable(&txn, plan, code).await?;
    if let Some(position) = form.position
        && !indicators_of(&txn, plan, m.id).await?.iter().any(|i| i.position == position)
    {
        return Err(Invalid::IndicatorUnknown.into());
    }
    let row = reports::ActiveModel {
        plan_id: Set(plan.id),
        measure_id: Set(m.id),
        status: Set(form.status.clone()),
        reported_on: Set(form.reported_on),
        position: Set(form.position),
        value: Set(form.value),
        note: Set(note),
        lang: Set(form.lang),
        evidence_url: Set(evidence),
        author_id: Set(Some(actor)),
        entity_id: Set(if for_entity { m.responsible_entity_id } else { None }),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let details = serde_json::json!({ "measure": m.code, "status": form.status, "reported_on": form.reported_on, "indicator": form.position, "value": form.value });
    audit::record(&txn, audit::Entry { actor: Some(actor), action: "plan.progress_reported", target_type: "measure", target_id: m.id.to_string(), plan_id: Some(plan.id), details }).await?;
    txn.commit().await?;
    Ok(row.id)
}

/// Removes report `id` of the plan (a mistaken one; the audit log keeps what it said); removing
/// one already gone, or another plan's, does nothing.
pub async fn remove_report(db: &DatabaseConnection, plan: &plans::Model, actor: i32, id: i32) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let Some(row) = reports::Entity::find_by_id(id).filter(reports::Column::PlanId.eq(plan.id)).one(&txn).await? else {
        return Ok(());
    };
    reports::Entity::delete_by_id(id).exec(&txn).await?;
    let details = serde_json::json!({ "status": row.status, "reported_on": row.reported_on, "indicator": row.position, "value": row.value, "note": row.note, "evidence": row.evidence_url, "entity": row.entity_id });
    audit::record(&txn, audit::Entry { actor: Some(actor), action: "plan.progress_removed", target_type: "measure", target_id: row.measure_id.to_string(), plan_id: Some(plan.id), details }).await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::figure;
    use crate::core::Invalid;

    #[test]
    fn figures_are_read_with_a_comma_or_a_point_and_spaces_between_thousands() {
        assert_eq!(figure("12,5"), Ok(12.5));
        assert_eq!(figure(" 1 200.75 "), Ok(1200.75));
        assert_eq!(figure("-3"), Ok(-3.0));
        for bad in ["", "abc", "1e5", "NaN", "inf", "12,5,1", "--1", "99999999999999"] {
            assert_eq!(figure(bad), Err(Invalid::FigureInvalid), "{bad}");
        }
    }
}
