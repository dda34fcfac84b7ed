//! "How input was used" across channels (`/plans/:plan/input-used`): each measure participation
//! reached, with the outcomes that support, challenge or inform it and the consultations' answers
//! to the inputs on it (with the versions that carry the changes), then the measures nothing has
//! reached yet. A page of links and lists: nothing needs JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{MeasureUse, UsedView, api};
use crate::{
    consultations::MeasureAnswers,
    evidence::components::EvidenceByKind,
    i18n::{t, use_locale},
    pending::watched,
    ui::{Breadcrumbs, Crumb, PageTitle, Tx, loaded},
};

#[component]
pub fn InputUsedPage() -> impl IntoView {
    let params = use_params_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::input_used(p, l)));
    loaded(data, used_page)
}

fn used_page(view: UsedView) -> impl IntoView {
    let here = t("report-used-title");
    let slug = view.plan.slug.clone();
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), format!("/plans/{slug}")).into(),
        (here.clone(), String::new()).into(),
    ];
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("report-used-intro")}</p>
        {used_measures(&slug, view.measures)}
    }
}

/// Each measure participation reached, then those nothing has reached yet; the printable
/// report shows them too.
pub(super) fn used_measures(slug: &str, measures: Vec<MeasureUse>) -> impl IntoView + use<> {
    let locale = use_locale();
    let (reached, untouched): (Vec<MeasureUse>, Vec<MeasureUse>) = measures.into_iter().partition(|m| !m.is_empty());
    let sections = reached.into_iter().map(|m| measure_section(slug, m)).collect_view();
    let untouched_heading = locale.t_args("report-used-untouched", &[("count", untouched.len().into())]);
    let untouched = untouched
        .into_iter()
        .map(|m| view! { <li><a href=format!("/plans/{slug}/measures/{}", m.code)><span dir="ltr">{m.code.clone()}</span> " · " <Tx text=m.title/></a></li> })
        .collect_view();
    view! {
        {sections}
        <h2 id="used-untouched">{untouched_heading}</h2>
        <ul aria-labelledby="used-untouched">{untouched}</ul>
    }
}

fn measure_section(plan: &str, m: MeasureUse) -> impl IntoView + use<> {
    let heading = format!("used-{}", m.code);
    let href = format!("/plans/{plan}/measures/{}", m.code);
    let answers = m.answers.iter().map(|a| answers(plan, a)).collect_view();
    view! {
        <section class="card used" aria-labelledby=heading.clone()>
            <h2 id=heading.clone()><a href=href><span dir="ltr">{m.code.clone()}</span> " · " <Tx text=m.title/></a></h2>
            <EvidenceByKind items=m.evidence prefix=format!("{heading}-")/>
            {answers}
        </section>
    }
}

/// A consultation's answers to the inputs on a measure: counts by decision, the versions that
/// carry the changes (their diff against the version consulted), and the inputs themselves.
fn answers(plan: &str, a: &MeasureAnswers) -> impl IntoView + use<> {
    let locale = use_locale();
    let counts = a
        .decisions
        .iter()
        .map(|(decision, n)| {
            let label = t(&format!("consultations-decision-{decision}"));
            view! { <li>{locale.t_args("report-used-decision", &[("decision", label.into()), ("count", (*n).into())])}</li> }
        })
        .collect_view();
    let unanswered = (a.unanswered > 0).then(|| view! { <li>{locale.t_args("report-used-unanswered", &[("count", a.unanswered.into())])}</li> });
    let changes = a
        .changed_in
        .iter()
        .map(|n| {
            let href = format!("/plans/{plan}/measures/{}/changes?from={}&to={n}", a.code, a.consulted);
            view! { <li><a href=href>{locale.t_args("consultations-answer-changed", &[("number", (*n).into())])}</a></li> }
        })
        .collect_view();
    let inputs = format!("/plans/{plan}/consultations/{}/inputs?measure={}", a.consultation, form_urlencoded::byte_serialize(a.code.as_bytes()).collect::<String>());
    view! {
        <div class="answers">
            <h3>{t("report-used-answers")} " " <Tx text=a.title.clone()/></h3>
            <ul class="inline-list">{counts} {unanswered}</ul>
            <ul class="plain">{changes}</ul>
            <p><a href=inputs>{t("report-used-inputs")}</a></p>
        </div>
    }
}
