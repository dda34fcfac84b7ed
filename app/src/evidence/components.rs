//! Evidence on pages: the measure page's "why this measure" list grouped by kind of outcome, and
//! beside each outcome (a survey question's results, a focus group's finding, a thread's
//! outcome, a consultation's comment or position) the measures it is evidence for and whether
//! it supports, challenges or informs each, with the form to add one for facilitators.

use leptos::prelude::*;

use super::{
    api,
    model::{EvidenceItem, OutcomeEvidence, OutcomeKind, OutcomeRef, Stance},
};
use crate::{
    core::AppError,
    i18n::{t, use_locale},
    ui::{FieldError, Tx, TxBlock, failure_of, refused_form},
};

/// The measure page's evidence, loaded beside the measure itself.
#[derive(Clone, Copy)]
pub struct MeasureEvidenceData(pub Resource<Result<Vec<EvidenceItem>, AppError>>);

/// Called by the measure page with the resource that loads its evidence.
pub fn provide_measure_evidence(resource: Resource<Result<Vec<EvidenceItem>, AppError>>) {
    provide_context(MeasureEvidenceData(resource));
}

/// The evidence of a measure: what participation said, and why it led here, by kind.
#[component]
pub fn MeasureEvidence() -> impl IntoView {
    let Some(MeasureEvidenceData(items)) = use_context::<MeasureEvidenceData>() else {
        return ().into_any();
    };
    view! {
        <section class="evidence" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">{t("evidence-heading")}</h2>
            <Suspense fallback=crate::ui::Loading>
                {move || Suspend::new(async move {
                    match items.await {
                        Ok(list) if list.is_empty() => view! { <p class="muted">{t("evidence-none")}</p> }.into_any(),
                        Ok(list) => view! { <EvidenceByKind items=list/> }.into_any(),
                        Err(_) => view! { <p class="muted">{t("evidence-unavailable")}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

/// Evidence grouped by kind of outcome, each group under a heading (`h3`) with its count; the
/// headings' ids start with `prefix` (pages that list several measures' evidence give each its
/// own).
#[component]
pub fn EvidenceByKind(items: Vec<EvidenceItem>, #[prop(optional, into)] prefix: String) -> impl IntoView {
    let (list, locale) = (items, use_locale());
    OutcomeKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let items: Vec<EvidenceItem> = list.iter().filter(|e| e.kind == kind).cloned().collect();
            if items.is_empty() {
                return None;
            }
            let heading_id = format!("{prefix}evidence-{}", kind.key());
            let heading = locale.t_args(&format!("evidence-kind-{}", kind.key()), &[("count", items.len().into())]);
            let source_label = t(&format!("evidence-source-{}", kind.key()));
            let rows = items
                .into_iter()
                .map(|e| {
                    let statement = match e.href {
                        Some(href) => view! { <a href=href><Tx text=e.statement.clone()/></a> }.into_any(),
                        None => view! { <Tx text=e.statement.clone()/> }.into_any(),
                    };
                    view! {
                        <li class="card">
                            <p class="meta">{stance_badge(e.stance)} " " {source_label.clone()} " " <Tx text=e.source/></p>
                            <p><strong>{statement}</strong></p>
                            <TxBlock text=e.rationale/>
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <h3 id=heading_id.clone()>{heading}</h3>
                <ul class="plain grounds" aria-labelledby=heading_id>{rows}</ul>
            })
        })
        .collect_view()
}

/// What an outcome says of a measure, as a badge.
fn stance_badge(stance: Stance) -> impl IntoView {
    view! { <span class=format!("badge stance-{}", stance.key())>{t(&format!("evidence-stance-{}", stance.key()))}</span> }
}

/// The measures outcome `outcome` is evidence for; facilitators also get the form to link it
/// to another, and a button to remove each link.
#[component]
pub fn OutcomeLinks(plan: String, outcome: OutcomeRef, evidence: OutcomeEvidence) -> impl IntoView {
    let links = evidence.of(&outcome);
    let token = outcome.token();
    let listed = (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|l| {
                let href = format!("/plans/{plan}/measures/{}", l.measure_code);
                let remove = evidence.can_link.then(|| view! { <UnlinkButton plan=plan.clone() id=l.id/> });
                view! {
                    <li>
                        {stance_badge(l.stance)} " "
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
    let form = evidence.can_link.then(|| view! { <LinkForm plan=plan.clone() outcome=token measures=evidence.measures.clone()/> });
    view! { {listed} {form} }
}

/// The message of a refused link whose outcome has no form on the page (`shown`: the tokens of
/// those that have one), e.g. a comment hidden while the facilitator was linking it.
#[component]
pub fn UnplacedRefusal(shown: Vec<String>) -> impl IntoView {
    refused_form(|e| e.get("rationale").is_some() && e.get("outcome").is_some_and(|o| !shown.iter().any(|s| s == o)))
        .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> })
}

#[component]
fn LinkForm(plan: String, outcome: String, measures: Vec<(String, crate::core::Text)>) -> impl IntoView {
    let action = ServerAction::<api::LinkEvidence>::new();
    let mine = outcome.clone();
    let error = failure_of(move || action.value().get(), move |e| e.get("outcome") == Some(mine.as_str()));
    let lang = use_locale().tag();
    // An id that is safe in a fragment whatever the key holds.
    let stem = format!("link-{}", outcome.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
    let (measure_id, rationale_id) = (format!("{stem}-measure"), format!("{stem}-rationale"));
    let options = measures
        .into_iter()
        .map(|(code, title)| view! { <option value=code.clone()>{code.clone()} " · " {title.text}</option> })
        .collect_view();
    let stances = Stance::ALL
        .into_iter()
        .map(|stance| {
            let id = format!("{stem}-{}", stance.key());
            view! {
                <p>
                    <input type="radio" id=id.clone() name="stance" value=stance.key() checked=stance == Stance::Supports/>
                    <label for=id>{t(&format!("evidence-stance-{}", stance.key()))}</label>
                </p>
            }
        })
        .collect_view();
    view! {
        <details class="link-evidence">
            <summary>{t("evidence-link-summary")}</summary>
            <ActionForm action=action attr:class="stack">
                <FieldError id=format!("{stem}-error") message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="outcome" value=outcome/>
                <input type="hidden" name="lang" value=lang/>
                <label for=measure_id.clone()>{t("evidence-measure-label")}</label>
                <select id=measure_id name="measure">{options}</select>
                <fieldset>
                    <legend>{t("evidence-stance-label")}</legend>
                    {stances}
                </fieldset>
                <label for=rationale_id.clone()>{t("evidence-rationale-label")}</label>
                <p class="hint">{t("evidence-rationale-hint")}</p>
                <textarea id=rationale_id name="rationale" rows="3" maxlength="2000" dir="auto"></textarea>
                <button type="submit" class="button">{t("evidence-link-submit")}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn UnlinkButton(plan: String, id: i32) -> impl IntoView {
    let action = ServerAction::<api::UnlinkEvidence>::new();
    view! {
        <ActionForm action=action attr:class="inline">
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="id" value=id.to_string()/>
            <button type="submit" class="link-button">{t("evidence-unlink")}</button>
        </ActionForm>
    }
}
