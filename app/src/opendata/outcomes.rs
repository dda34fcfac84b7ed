//! The open data API's reads of what the bottom-up phase produced and what became of the plan:
//! published survey results (suppressed as the public sees them), consultation inputs with
//! their answers, focus-group findings, and monitoring. Each feature reads its own tables; this
//! module only shapes what they give into the API's documents, leaving out anything personal.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::{LICENCE, model::*, service::texts};
use crate::{
    consultations::{domain::ConsultationState, export},
    core::{AppError, Text},
    entity::{consultations, focus_group_findings as findings, focus_groups, plan_entities, plan_versions},
    i18n::Locale,
    plans::drafting::service::plan_by_slug,
    surveys::{
        model::{Cell, ResultBody},
        results::MIN_GROUP,
    },
};

/// A text resolved into one language, as a one-language `Texts`.
fn one(text: Text) -> Texts {
    Texts::from([(text.lang, text.text)])
}

fn count(cell: &Cell) -> Option<u64> {
    match cell {
        Cell::Count { n, .. } => Some(*n),
        Cell::Hidden => None,
    }
}

/// The published results of plan `slug`'s surveys, their labels in `locale` where the survey
/// has it (else in the survey's own language).
pub async fn surveys(db: &impl ConnectionTrait, slug: &str, locale: Locale) -> Result<SurveyResults, AppError> {
    let plan = plan_by_slug(db, slug).await?;
    let published = crate::surveys::service::published_results(db, &plan, locale).await?;
    let surveys = published
        .into_iter()
        .map(|(survey, total, questions)| SurveyResult {
            page: format!("/plans/{}/surveys/{}", plan.slug, survey.row.slug),
            title: texts(&survey.row.title_i18n),
            opens_at: survey.row.opens_at,
            closes_at: survey.row.closes_at,
            responses: total,
            slug: survey.row.slug,
            questions: questions
                .into_iter()
                .filter(|q| !matches!(q.body, ResultBody::Texts { .. }))
                .map(|q| {
                    let counts = match q.body {
                        ResultBody::Bars { rows, .. } => rows.into_iter().map(|r| Count { label: one(r.label), column: None, count: count(&r.cell) }).collect(),
                        ResultBody::Grid { columns, rows } => rows
                            .into_iter()
                            .flat_map(|(label, cells)| {
                                columns.iter().zip(cells).map(move |(column, cell)| Count { label: one(label.clone()), column: Some(one(column.clone())), count: count(&cell) })
                            })
                            .collect(),
                        ResultBody::Texts { .. } => Vec::new(),
                    };
                    QuestionCounts { id: q.id, text: one(q.text), answered: q.answered, counts }
                })
                .collect(),
        })
        .collect();
    Ok(SurveyResults { licence: LICENCE, plan: plan.slug, minimum_group: MIN_GROUP, surveys })
}

/// Every consultation of plan `slug` and every input to them with the answer it got; a person's
/// name (shown on the site by their choice, or given on paper) is left out.
pub async fn inputs(db: &DatabaseConnection, slug: &str) -> Result<Inputs, AppError> {
    let plan = plan_by_slug(db, slug).await?;
    let held = consultations::Entity::find().filter(consultations::Column::PlanId.eq(plan.id)).order_by_asc(consultations::Column::OpensOn).order_by_asc(consultations::Column::Id).all(db).await?;
    let numbers: HashMap<i32, i32> = plan_versions::Entity::find().filter(plan_versions::Column::PlanId.eq(plan.id)).all(db).await?.into_iter().map(|v| (v.id, v.number)).collect();
    let today = crate::plans::clock::today(&plan.time_zone);
    let mut list = Vec::new();
    let mut inputs = Vec::new();
    for c in held {
        list.push(Consultation {
            slug: c.slug.clone(),
            title: texts(&c.title_i18n),
            version: numbers.get(&c.version_id).copied().unwrap_or(0),
            state: ConsultationState::on(today, c.opens_on, c.closes_on, c.report_published_at.is_some()).key().to_owned(),
            opens_on: c.opens_on,
            closes_on: c.closes_on,
        });
        let slug = c.slug.clone();
        for r in export::records(db, &plan, c).await? {
            let (author_kind, author) = match r.author_kind {
                "name" => ("person", None),
                "offline" => ("offline", None),
                kind => (kind, Some(r.author).filter(|a| !a.is_empty())),
            };
            inputs.push(Input {
                consultation: slug.clone(),
                kind: r.kind.to_owned(),
                id: r.id,
                reply_to: r.reply_to,
                measure: r.measure,
                part: r.part,
                author_kind: author_kind.to_owned(),
                author,
                channel: r.channel,
                date: r.date,
                language: r.lang,
                affects_me: r.affects_me,
                stance: r.stance,
                text: r.text,
                proposed_part: r.proposed_part,
                proposed_text: r.proposed_text,
                decision: r.decision,
                reason: r.reason,
                changed_in: r.changed_in,
            });
        }
    }
    Ok(Inputs { licence: LICENCE, plan: plan.slug, consultations: list, inputs })
}

/// The findings of plan `slug`'s focus groups that were published, session by session.
pub async fn findings(db: &impl ConnectionTrait, slug: &str) -> Result<Findings, AppError> {
    let plan = plan_by_slug(db, slug).await?;
    let groups: HashMap<i32, focus_groups::Model> = focus_groups::Entity::find()
        .filter(focus_groups::Column::PlanId.eq(plan.id))
        .filter(focus_groups::Column::FindingsPublishedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|g| (g.id, g))
        .collect();
    let rows = findings::Entity::find()
        .filter(findings::Column::PlanId.eq(plan.id))
        .filter(findings::Column::FocusGroupId.is_in(groups.keys().copied().collect::<Vec<_>>()))
        .order_by_asc(findings::Column::FocusGroupId)
        .order_by_asc(findings::Column::Position)
        .order_by_asc(findings::Column::Id)
        .all(db)
        .await?;
    let codes = |raw: &str| serde_json::from_str::<Vec<String>>(raw).unwrap_or_default();
    let findings = rows
        .into_iter()
        .filter_map(|f| {
            let group = groups.get(&f.focus_group_id)?;
            Some(Finding {
                id: f.id,
                focus_group: group.slug.clone(),
                topic: texts(&group.topic_i18n),
                statement: texts(&f.statement_i18n),
                areas: codes(&f.areas),
                measures: codes(&f.measures),
                published_at: group.findings_published_at?,
            })
        })
        .collect();
    Ok(Findings { licence: LICENCE, plan: plan.slug, findings })
}

/// How plan `slug`'s measures are going after its approval: their statuses, figures and reports.
pub async fn progress(db: &impl ConnectionTrait, slug: &str) -> Result<Progress, AppError> {
    let plan = plan_by_slug(db, slug).await?;
    let (measures, figures, reports) = crate::monitoring::service::published(db, &plan).await?;
    let entities: HashMap<i32, String> = if reports.iter().any(|r| r.entity_id.is_some()) {
        plan_entities::Entity::find().filter(plan_entities::Column::PlanId.eq(plan.id)).all(db).await?.into_iter().map(|e| (e.id, e.slug)).collect()
    } else {
        HashMap::new()
    };
    let codes: HashMap<i32, String> = measures.iter().map(|(m, _, _)| (m.id, m.code.clone())).collect();
    let mut by_measure: HashMap<i32, Vec<IndicatorFigures>> = HashMap::new();
    for f in figures {
        by_measure.entry(f.measure_id).or_default().push(IndicatorFigures { indicator: f.position, unit: f.unit, baseline: f.baseline, target: f.target });
    }
    Ok(Progress {
        licence: LICENCE,
        plan: plan.slug,
        reports: reports
            .into_iter()
            .filter_map(|r| {
                Some(ProgressReport {
                    measure: codes.get(&r.measure_id)?.clone(),
                    status: r.status,
                    reported_on: r.reported_on,
                    indicator: r.position,
                    value: r.value,
                    note: r.note,
                    language: r.lang,
                    evidence: r.evidence_url,
                    entity: r.entity_id.and_then(|id| entities.get(&id).cloned()),
                })
            })
            .collect(),
        measures: measures.into_iter().map(|(m, status, late)| Execution { figures: by_measure.remove(&m.id).unwrap_or_default(), measure: m.code, status, late }).collect(),
    })
}
