//! Evidence on pages: the measure page's "why this measure" list, and each survey question's
//! linked measures (with the form to add one) on the results page.

use leptos::prelude::*;

use super::{
    api,
    model::{EvidenceItem, SurveyEvidence},
};
use crate::{
    core::AppError,
    i18n::{t, use_locale},
    ui::{FieldError, Tx, TxBlock, failure_of},
};

/// The measure page's evidence, loaded beside the measure itself.
#[derive(Clone, Copy)]
pub struct MeasureEvidenceData(pub Resource<Result<Vec<EvidenceItem>, AppError>>);

/// Called by the measure page with the resource that loads its evidence.
pub fn provide_measure_evidence(resource: Resource<Result<Vec<EvidenceItem>, AppError>>) {
    provide_context(MeasureEvidenceData(resource));
}

/// The evidence of a measure: what participation said, and why it led here.
#[component]
pub fn MeasureEvidence(plan: String) -> impl IntoView {
    let plan_slug = plan;
    let Some(MeasureEvidenceData(items)) = use_context::<MeasureEvidenceData>() else {
        return ().into_any();
    };
    view! {
        <section class="evidence" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">{t("evidence-heading")}</h2>
            <Suspense fallback=crate::ui::Loading>
                {move || {
                    let plan = plan_slug.clone();
                    Suspend::new(async move {
                        match items.await {
                            Ok(list) if list.is_empty() => view! { <p class="muted">{t("evidence-none")}</p> }.into_any(),
                            Ok(list) => view! {
                                <ul class="plain grounds">
                                    {list.into_iter().map(|e| {
                                        let results = format!("/plans/{plan}/surveys/{}/results#r-{}", e.survey_slug, e.question_id);
                                        let source = if e.results_public {
                                            view! { <a href=results><Tx text=e.question.clone()/></a> }.into_any()
                                        } else {
                                            view! { <Tx text=e.question.clone()/> }.into_any()
                                        };
                                        view! {
                                            <li class="card">
                                                <p class="meta">{t("evidence-from-survey")} " " <Tx text=e.survey_title/></p>
                                                <p><strong>{source}</strong></p>
                                                <TxBlock text=e.rationale/>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any(),
                            Err(_) => view! { <p class="muted">{t("evidence-unavailable")}</p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
    .into_any()
}

/// The measures a question's results were linked to; facilitators also get the form to link.
#[component]
pub fn QuestionEvidence(plan: String, survey: String, question: String) -> impl IntoView {
    let evidence = use_context::<Resource<Result<SurveyEvidence, AppError>>>();
    move || {
        let (plan, survey, question) = (plan.clone(), survey.clone(), question.clone());
        evidence.map(|resource| {
            view! {
                <Suspense fallback=|| ()>
                    {move || {
                        let (plan, survey, question) = (plan.clone(), survey.clone(), question.clone());
                        Suspend::new(async move {
                            match resource.await {
                                Ok(ev) => question_links(ev, plan, survey, question).into_any(),
                                Err(_) => ().into_any(),
                            }
                        })
                    }}
                </Suspense>
            }
        })
    }
}

fn question_links(ev: SurveyEvidence, plan: String, survey: String, question: String) -> impl IntoView {
    let links: Vec<_> = ev.links.iter().filter(|l| l.question_id == question).cloned().collect();
    let listed = (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|l| {
                let href = format!("/plans/{plan}/measures/{}", l.measure_code);
                let remove = ev.can_link.then(|| view! { <UnlinkButton plan=plan.clone() survey=survey.clone() id=l.id question=question.clone()/> });
                view! {
                    <li>
                        <a href=href><span dir="ltr">{l.measure_code.clone()}</span> " · " <Tx text=l.measure_title/></a>
                        <TxBlock text=l.rationale class="muted"/>
                        {remove}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="linked-measures">
                <h3>{t("evidence-used-for")}</h3>
                <ul>{items}</ul>
            </div>
        }
    });
    let form = ev.can_link.then(|| view! { <LinkForm plan=plan.clone() survey=survey.clone() question=question.clone() measures=ev.measures.clone()/> });
    view! { {listed} {form} }
}

#[component]
fn LinkForm(plan: String, survey: String, question: String, measures: Vec<(String, crate::core::Text)>) -> impl IntoView {
    let action = ServerAction::<api::LinkEvidence>::new();
    let mine = question.clone();
    let error = failure_of(move || action.value().get(), move |e| e.get("question") == Some(mine.as_str()));
    let lang = use_locale().tag();
    let (measure_id, rationale_id) = (format!("link-{question}-measure"), format!("link-{question}-rationale"));
    let options = measures
        .into_iter()
        .map(|(code, title)| view! { <option value=code.clone()>{code.clone()} " · " {title.text}</option> })
        .collect_view();
    view! {
        <details class="link-evidence">
            <summary>{t("evidence-link-summary")}</summary>
            <ActionForm action=action attr:class="stack">
                <FieldError id=format!("link-{question}-error") message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="survey" value=survey/>
                <input type="hidden" name="question" value=question/>
                <input type="hidden" name="lang" value=lang/>
                <label for=measure_id.clone()>{t("evidence-measure-label")}</label>
                <select id=measure_id name="measure">{options}</select>
                <label for=rationale_id.clone()>{t("evidence-rationale-label")}</label>
                <p class="hint">{t("evidence-rationale-hint")}</p>
                <textarea id=rationale_id name="rationale" rows="3" maxlength="2000" dir="auto"></textarea>
                <button type="submit" class="button">{t("evidence-link-submit")}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn UnlinkButton(plan: String, survey: String, id: i32, question: String) -> impl IntoView {
    let action = ServerAction::<api::UnlinkEvidence>::new();
    view! {
        <ActionForm action=action attr:class="inline">
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="survey" value=survey/>
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="question" value=question/>
            <button type="submit" class="link-button">{t("evidence-unlink")}</button>
        </ActionForm>
    }
}
