//! Survey results as evidence: a question's results are an outcome (key `<survey slug>/<question
//! id>`) that facilitators link to measures from the results page. The [`Questions`] resolver
//! is what the evidence registry asks about them; the results page lists each question's links.

use leptos::prelude::*;

use crate::{
    core::AppError,
    evidence::{
        components::OutcomeLinks,
        model::{OutcomeEvidence, OutcomeKind, OutcomeRef},
    },
};

/// The outcome a question's results are.
pub fn outcome(survey: &str, question: &str) -> OutcomeRef {
    OutcomeRef::new(OutcomeKind::SurveyQuestion, format!("{survey}/{question}"))
}

#[cfg(feature = "ssr")]
pub use resolver::Questions;

#[cfg(feature = "ssr")]
mod resolver {
    use std::collections::HashMap;

    use futures::future::BoxFuture;
    use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

    use crate::{
        core::{AppError, Translated},
        entity::{plans, surveys},
        evidence::service::{Outcome, Outcomes},
        i18n::Locale,
        plans::service::default_lang,
        surveys::definition::SurveyDefinition,
    };

    /// Survey questions, for the evidence registry.
    pub struct Questions;

    fn split(key: &str) -> Option<(&str, &str)> {
        key.split_once('/')
    }

    async fn surveys_of(db: &DatabaseConnection, plan_id: i32, slugs: Vec<String>) -> Result<Vec<surveys::Model>, AppError> {
        Ok(surveys::Entity::find().filter(surveys::Column::PlanId.eq(plan_id)).filter(surveys::Column::Slug.is_in(slugs)).all(db).await?)
    }

    fn definition(row: &surveys::Model) -> SurveyDefinition {
        serde_json::from_str(&row.definition).unwrap_or(SurveyDefinition { sections: vec![] })
    }

    impl Outcomes for Questions {
        fn place<'a>(&'a self, db: &'a DatabaseConnection, plan: &'a plans::Model, key: &'a str) -> BoxFuture<'a, Result<Option<String>, AppError>> {
            Box::pin(async move {
                let Some((slug, question)) = split(key) else { return Ok(None) };
                let found = surveys_of(db, plan.id, vec![slug.to_owned()]).await?;
                Ok(found
                    .first()
                    .filter(|s| definition(s).questions().any(|q| q.id == question))
                    .map(|s| format!("/plans/{}/surveys/{}/results#r-{question}", plan.slug, s.slug)))
            })
        }

        fn describe<'a>(
            &'a self,
            db: &'a DatabaseConnection,
            plan: &'a plans::Model,
            keys: Vec<String>,
            locale: Locale,
        ) -> BoxFuture<'a, Result<HashMap<String, Outcome>, AppError>> {
            Box::pin(async move {
                let mut slugs: Vec<String> = keys.iter().filter_map(|k| split(k)).map(|(s, _)| s.to_owned()).collect();
                slugs.dedup();
                let found: HashMap<String, surveys::Model> =
                    surveys_of(db, plan.id, slugs).await?.into_iter().filter(|s| s.status == "published").map(|s| (s.slug.clone(), s)).collect();
                let mut out = HashMap::new();
                for key in keys {
                    let Some((slug, question)) = split(&key) else { continue };
                    let Some(survey) = found.get(slug) else { continue };
                    let own = default_lang(&survey.languages);
                    let Some(q) = definition(survey).questions().find(|q| q.id == question).map(|q| q.text.resolve(locale, &own)) else { continue };
                    let href = survey.results_public.then(|| format!("/plans/{}/surveys/{slug}/results#r-{question}", plan.slug));
                    out.insert(key.clone(), Outcome { source: Translated::from_json(&survey.title_i18n).resolve(locale, &own), statement: q, href });
                }
                Ok(out)
            })
        }
    }
}

/// The links of a survey's questions, and (for its facilitators) the measures to link them to.
#[server(prefix = "/api/evidence", endpoint = "survey")]
pub async fn evidence_of_survey(plan: String, survey: String, lang: String) -> Result<OutcomeEvidence, AppError> {
    use crate::{
        accounts::roles::{Action, can},
        state::{actor, db},
        surveys::service as surveys,
    };
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let db = db()?;
    let loaded = surveys::load(&db, &plan, &survey).await?;
    let grants = actor().map(|a| a.grants);
    surveys::visible_to(&loaded, grants.as_deref())?;
    let can_link = can(grants.as_deref(), Action::LinkEvidence { plan_id: loaded.plan.id });
    let keys = loaded.definition.questions().map(|q| outcome(&survey, &q.id).key).collect();
    let locale = crate::i18n::Locale::from_tag(&lang).unwrap_or_default();
    crate::evidence::service::for_outcomes(&db, &loaded.plan, OutcomeKind::SurveyQuestion, keys, can_link, locale).await
}

/// The measures a question's results were linked to; facilitators also get the form to link.
#[component]
pub fn QuestionEvidence(plan: String, survey: String, question: String) -> impl IntoView {
    let evidence = use_context::<Resource<Result<OutcomeEvidence, AppError>>>();
    move || {
        let (plan, outcome) = (plan.clone(), outcome(&survey, &question));
        evidence.map(|resource| {
            view! {
                <Suspense fallback=|| ()>
                    {move || {
                        let (plan, outcome) = (plan.clone(), outcome.clone());
                        Suspend::new(async move {
                            match resource.await {
                                Ok(evidence) => view! { <OutcomeLinks plan=plan outcome=outcome evidence=evidence/> }.into_any(),
                                Err(_) => ().into_any(),
                            }
                        })
                    }}
                </Suspense>
            }
        })
    }
}
