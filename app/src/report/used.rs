//! "How input was used" across channels, server side: the plan's measures with their evidence
//! and the consultations' answers, each read by the feature that owns it.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::{MeasureUse, UsedView};
use crate::{
    consultations::{MeasureAnswers, dispositions::answers_by_measure},
    core::{AppError, Translated},
    entity::measures,
    evidence::{model::EvidenceItem, service::for_plan},
    i18n::Locale,
    plans::{
        drafting::service::plan_by_slug,
        service::{default_lang, plan_ref},
    },
};

/// "How input was used" for plan `slug`.
pub async fn used(db: &DatabaseConnection, slug: &str, locale: Locale) -> Result<UsedView, AppError> {
    let plan = plan_by_slug(db, slug).await?;
    let own = default_lang(&plan.languages);
    let rows = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).order_by_asc(measures::Column::Position).all(db).await?;
    let mut evidence: HashMap<i32, Vec<EvidenceItem>> = HashMap::new();
    for (measure, item) in for_plan(db, &plan, locale).await? {
        evidence.entry(measure).or_default().push(item);
    }
    let mut answers: HashMap<String, Vec<MeasureAnswers>> = HashMap::new();
    for answer in answers_by_measure(db, &plan, locale).await? {
        answers.entry(answer.code.clone()).or_default().push(answer);
    }
    let measures = rows
        .into_iter()
        .map(|m| MeasureUse {
            title: Translated::from_json(&m.title_i18n).resolve(locale, &own),
            evidence: evidence.remove(&m.id).unwrap_or_default(),
            answers: answers.remove(&m.code).unwrap_or_default(),
            code: m.code,
        })
        .collect();
    Ok(UsedView { plan: plan_ref(&plan, locale), measures })
}
