//! Evidence, server side: link and unlink (audited), and the lists for measure and results pages.

use std::collections::HashMap;

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};

use super::model::{EvidenceItem, MeasureLink, SurveyEvidence};
use crate::{
    audit,
    core::{AppError, Invalid, Translated},
    entity::{evidence_links, measures, surveys},
    i18n::Locale,
    surveys::{definition::SurveyDefinition, service::Survey},
};

const SURVEY_QUESTION: &str = "survey_question";

/// Links the results of `question` of `survey` to measure `measure_code`, with a rationale in `lang`.
pub async fn link(
    db: &DatabaseConnection,
    survey: &Survey,
    question: &str,
    measure_code: &str,
    rationale: &str,
    lang: Locale,
    actor: i32,
) -> Result<(), AppError> {
    if survey.definition.questions().all(|q| q.id != question) {
        return Err(AppError::Invalid(Invalid::FormInvalid));
    }
    let rationale = rationale.trim();
    if rationale.is_empty() {
        return Err(AppError::Invalid(Invalid::FormInvalid));
    }
    if rationale.chars().count() > 2000 {
        return Err(AppError::Invalid(Invalid::TooLong));
    }
    let measure = measures::Entity::find()
        .filter(measures::Column::PlanId.eq(survey.plan.id))
        .filter(measures::Column::Code.eq(measure_code))
        .one(db)
        .await?
        .ok_or(AppError::Invalid(Invalid::FormInvalid))?;
    let txn = db.begin().await?;
    // One link per question and measure: linking again (a second click, a second facilitator)
    // sets the rationale in this language on the link that is there.
    let existing = evidence_links::Entity::find()
        .filter(evidence_links::Column::MeasureId.eq(measure.id))
        .filter(evidence_links::Column::SourceKind.eq(SURVEY_QUESTION))
        .filter(evidence_links::Column::SurveyId.eq(survey.row.id))
        .filter(evidence_links::Column::QuestionId.eq(question))
        .one(&txn)
        .await?;
    let (id, action) = match existing {
        Some(link) => {
            let mut texts = Translated::from_json(&link.rationale_i18n);
            texts.0.insert(lang.tag().to_owned(), rationale.to_owned());
            let id = link.id;
            let mut active: evidence_links::ActiveModel = link.into();
            active.rationale_i18n = Set(texts.to_json());
            active.update(&txn).await?;
            (id, "evidence.rationale_changed")
        }
        None => {
            let row = evidence_links::ActiveModel {
                plan_id: Set(survey.plan.id),
                measure_id: Set(measure.id),
                source_kind: Set(SURVEY_QUESTION.to_owned()),
                survey_id: Set(Some(survey.row.id)),
                question_id: Set(Some(question.to_owned())),
                rationale_i18n: Set(Translated([(lang.tag().to_owned(), rationale.to_owned())].into()).to_json()),
                created_by: Set(Some(actor)),
                created_at: Set(chrono::Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            (row.id, "evidence.linked")
        }
    };
    audit::record(
        &txn,
        audit::Entry {
            actor: Some(actor),
            action,
            target_type: "measure",
            target_id: measure.code.clone(),
            plan_id: Some(survey.plan.id),
            details: serde_json::json!({ "link": id, "survey": survey.row.slug, "question": question }),
        },
    )
    .await?;
    // Two links made at the same instant: the unique index (`idx_evidence_links_one_per_pair`)
    // refuses the second, which fails as a whole; never a duplicate.
    txn.commit().await?;
    Ok(())
}

/// Removes link `id` of `survey`; audited.
pub async fn unlink(db: &DatabaseConnection, survey: &Survey, id: i32, actor: i32) -> Result<(), AppError> {
    let txn = db.begin().await?;
    let done = evidence_links::Entity::delete_many()
        .filter(evidence_links::Column::Id.eq(id))
        .filter(evidence_links::Column::SurveyId.eq(survey.row.id))
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &txn,
        audit::Entry {
            actor: Some(actor),
            action: "evidence.unlinked",
            target_type: "evidence_link",
            target_id: id.to_string(),
            plan_id: Some(survey.plan.id),
            details: serde_json::json!({ "survey": survey.row.slug }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The evidence of measure `code` of plan `plan_slug` (published surveys only).
pub async fn for_measure(db: &impl ConnectionTrait, plan_slug: &str, code: &str, locale: Locale) -> Result<Vec<EvidenceItem>, AppError> {
    let (plan, measure, _) = crate::plans::service::measure_for_page(db, plan_slug, code).await?;
    crate::content_cache::of_plan(&plan, &format!("evidence {} {}", measure.id, locale.tag()), items_of(db, measure.id, locale)).await
}

/// What [`for_measure`] lists, read afresh.
async fn items_of(db: &impl ConnectionTrait, measure_id: i32, locale: Locale) -> Result<Vec<EvidenceItem>, AppError> {
    let links = evidence_links::Entity::find()
        .filter(evidence_links::Column::MeasureId.eq(measure_id))
        .order_by_asc(evidence_links::Column::Id)
        .find_also_related_surveys(db)
        .await?;
    let mut items = Vec::new();
    for (link, survey) in links {
        let Some(survey) = survey.filter(|s| s.status == "published") else { continue };
        let own = crate::plans::service::default_lang(&survey.languages);
        let definition: SurveyDefinition = serde_json::from_str(&survey.definition).unwrap_or(SurveyDefinition { sections: vec![] });
        let question_id = link.question_id.clone().unwrap_or_default();
        let question = definition
            .questions()
            .find(|q| q.id == question_id)
            .map(|q| q.text.resolve(locale, &own))
            .unwrap_or_default();
        items.push(EvidenceItem {
            id: link.id,
            survey_slug: survey.slug.clone(),
            survey_title: Translated::from_json(&survey.title_i18n).resolve(locale, &own),
            question_id,
            question,
            rationale: Translated::from_json(&link.rationale_i18n).resolve(locale, &own),
            results_public: survey.results_public,
        });
    }
    Ok(items)
}

/// The links of a survey's questions, and the measures they can go to (for those who may link).
pub async fn for_survey(db: &impl ConnectionTrait, survey: &Survey, can_link: bool, locale: Locale) -> Result<SurveyEvidence, AppError> {
    let own = survey.default_lang().to_owned();
    let plan_measures = measures::Entity::find()
        .filter(measures::Column::PlanId.eq(survey.plan.id))
        .order_by_asc(measures::Column::Position)
        .all(db)
        .await?;
    let titles: HashMap<i32, (String, crate::core::Text)> = plan_measures
        .iter()
        .map(|m| (m.id, (m.code.clone(), Translated::from_json(&m.title_i18n).resolve(locale, &own))))
        .collect();
    let links = evidence_links::Entity::find()
        .filter(evidence_links::Column::SurveyId.eq(survey.row.id))
        .order_by_asc(evidence_links::Column::Id)
        .all(db)
        .await?;
    Ok(SurveyEvidence {
        links: links
            .into_iter()
            .filter_map(|l| {
                let (code, title) = titles.get(&l.measure_id)?.clone();
                Some(MeasureLink {
                    id: l.id,
                    question_id: l.question_id.unwrap_or_default(),
                    measure_code: code,
                    measure_title: title,
                    rationale: Translated::from_json(&l.rationale_i18n).resolve(locale, &own),
                })
            })
            .collect(),
        measures: if can_link { plan_measures.iter().filter_map(|m| titles.get(&m.id).cloned()).collect() } else { vec![] },
        can_link,
    })
}

/// Loads each link's survey (one query).
trait FindSurveys {
    async fn find_also_related_surveys(self, db: &impl ConnectionTrait) -> Result<Vec<(evidence_links::Model, Option<surveys::Model>)>, AppError>;
}

impl FindSurveys for sea_orm::Select<evidence_links::Entity> {
    async fn find_also_related_surveys(self, db: &impl ConnectionTrait) -> Result<Vec<(evidence_links::Model, Option<surveys::Model>)>, AppError> {
        let links = self.all(db).await?;
        let ids: Vec<i32> = links.iter().filter_map(|l| l.survey_id).collect();
        let found: HashMap<i32, surveys::Model> =
            surveys::Entity::find().filter(surveys::Column::Id.is_in(ids)).all(db).await?.into_iter().map(|s| (s.id, s)).collect();
        Ok(links.into_iter().map(|l| {
            let s = l.survey_id.and_then(|id| found.get(&id).cloned());
            (l, s)
        }).collect())
    }
}
