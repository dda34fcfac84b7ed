//! Consultation pages: a plan's consultations (with the form to open one, for its facilitators)
//! and one consultation. What a measure page shows of its consultation is in `measure`.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{
    ConsultationCard, ConsultationState, ConsultationView, ConsultationsView, ManageConsultations, api,
    domain::CHANNELS,
};
use crate::{
    core::FormEcho,
    i18n::{t, use_locale},
    pending::watched,
    plans::{editing::languages::native, model::PlanRef},
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, Tx, TxBlock, failure, loaded, rcdata, refused_form},
};

fn param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

pub(super) fn crumbs(plan: &PlanRef, here: Vec<Crumb>) -> Vec<Crumb> {
    let mut out: Vec<Crumb> = vec![(t("core-nav-plans"), "/".to_owned()).into(), (plan.title.clone(), format!("/plans/{}", plan.slug)).into()];
    out.extend(here);
    out
}

/// "Open until 14 April 2026", "From 2 March 2026", "Closed on …".
pub(super) fn standing(card: &ConsultationCard) -> String {
    let locale = use_locale();
    match card.state {
        ConsultationState::Scheduled => locale.t_args("consultations-banner-scheduled", &[("date", locale.date(card.opens_on).into())]),
        ConsultationState::Open => locale.t_args("consultations-banner-open", &[("date", locale.date(card.closes_on).into())]),
        ConsultationState::Closed | ConsultationState::ReportPublished => {
            locale.t_args("consultations-banner-closed", &[("date", locale.date(card.closes_on).into())])
        }
    }
}

pub(super) fn state_badge(state: ConsultationState) -> impl IntoView {
    view! { <span class=format!("badge state-{}", state.key())>{t(&format!("consultations-state-{}", state.key()))}</span> }
}

/// A plan's consultations.
#[component]
pub fn ConsultationsPage() -> impl IntoView {
    let plan = param("plan");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::consultations_data(p, l)));
    loaded(data, consultations_page)
}

fn consultations_page(view: ConsultationsView) -> impl IntoView {
    let here = t("consultations-title");
    let slug = view.plan.slug.clone();
    let items = view
        .consultations
        .iter()
        .map(|c| {
            let href = format!("/plans/{slug}/consultations/{}", c.slug);
            view! {
                <li class="card">
                    <h2><a href=href><Tx text=c.title.clone()/></a></h2>
                    <p>{state_badge(c.state)} " " {standing(c)}</p>
                    <p class="muted">{use_locale().t_args("consultations-version", &[("number", c.version.into())])}</p>
                </li>
            }
        })
        .collect_view();
    let empty = view.consultations.is_empty().then(|| view! { <p class="muted">{t("consultations-none")}</p> });
    let manage = view.manage.clone().map(|m| view! { <OpenConsultation plan=slug.clone() manage=m/> });
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, vec![(here.clone(), String::new()).into()])/>
        <h1>{here}</h1>
        <p class="lead">{t("consultations-intro")}</p>
        {empty}
        <ul class="plain stack">{items}</ul>
        {manage}
    }
}

/// The form that opens a consultation (the plan's facilitators).
#[component]
fn OpenConsultation(plan: String, manage: ManageConsultations) -> impl IntoView {
    let action = ServerAction::<api::OpenConsultation>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("opens_on").is_some() && e.get("version").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let ticked = |name: &str, value: &str, default: bool| echo.as_ref().map_or(default, |e| e.all(name).contains(&value));
    let chosen_version = typed("version");
    let versions = manage
        .versions
        .iter()
        .map(|n| {
            let label = use_locale().t_args("consultations-version", &[("number", (*n).into())]);
            view! { <option value=n.to_string() selected=chosen_version == n.to_string()>{label}</option> }
        })
        .collect_view();
    let measures = manage
        .measures
        .iter()
        .map(|m| {
            let id = format!("scope-{}", m.code);
            view! {
                <li>
                    <input id=id.clone() type="checkbox" name="scope[]" value=m.code.clone() checked=ticked("scope[]", &m.code, false)/>
                    <label for=id><span dir="ltr">{m.code.clone()}</span> " " <Tx text=m.title.clone()/></label>
                </li>
            }
        })
        .collect_view();
    let channels = CHANNELS
        .iter()
        .map(|c| {
            let id = format!("channel-{c}");
            view! {
                <li>
                    <input id=id.clone() type="checkbox" name="channels[]" value=*c checked=ticked("channels[]", c, *c == "web")/>
                    <label for=id>{t(&format!("consultations-channel-{c}"))}</label>
                </li>
            }
        })
        .collect_view();
    let languages = manage
        .languages
        .iter()
        .map(|l| {
            let id = format!("consultation-lang-{l}");
            view! {
                <li>
                    <input id=id.clone() type="checkbox" name="languages[]" value=l.clone() checked=ticked("languages[]", l, true)/>
                    <label for=id lang=l.clone()>{native(l)}</label>
                </li>
            }
        })
        .collect_view();
    let (title, intro, opens, closes, days) = (typed("title"), typed("intro"), typed("opens_on"), typed("closes_on"), typed("working_days"));
    view! {
        <section aria-labelledby="open-consultation-heading">
            <h2 id="open-consultation-heading">{t("consultations-new-heading")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="open-consultation-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <crate::once::OnceField/>
                <label for="consultation-title">{t("consultations-field-title")}</label>
                <input id="consultation-title" name="title" type="text" maxlength="300" required dir="auto" value=title/>
                <label for="consultation-intro">{t("consultations-field-intro")}</label>
                <textarea id="consultation-intro" name="intro" rows="5" maxlength="8000" dir="auto">{rcdata(intro)}</textarea>
                <label for="consultation-version">{t("consultations-field-version")}</label>
                <select id="consultation-version" name="version">{versions}</select>
                <fieldset>
                    <legend>{t("consultations-field-scope")}</legend>
                    <p class="hint">{t("consultations-scope-hint")}</p>
                    <ul class="plain">{measures}</ul>
                </fieldset>
                <fieldset>
                    <legend>{t("consultations-field-channels")}</legend>
                    <ul class="plain">{channels}</ul>
                </fieldset>
                <fieldset>
                    <legend>{t("consultations-field-languages")}</legend>
                    <ul class="plain">{languages}</ul>
                </fieldset>
                <label for="consultation-opens">{t("consultations-field-opens")}</label>
                <input id="consultation-opens" name="opens_on" type="date" required value=opens/>
                <p class="hint" id="consultation-closes-hint">{t("consultations-closes-hint")}</p>
                <label for="consultation-closes">{t("consultations-field-closes")}</label>
                <input id="consultation-closes" name="closes_on" type="date" aria-describedby="consultation-closes-hint" value=closes/>
                <label for="consultation-days">{t("consultations-field-working-days")}</label>
                <input id="consultation-days" name="working_days" type="number" min="1" max="250" class="short" aria-describedby="consultation-closes-hint" value=days/>
                <button type="submit" class="button primary">{t("consultations-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// One consultation.
#[component]
pub fn ConsultationPage() -> impl IntoView {
    let plan = param("plan");
    let slug = param("slug");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), slug(), lang.clone()), |(p, s, l)| watched(api::consultation_data(p, s, l)));
    loaded(data, consultation_page)
}

fn consultation_page(view: ConsultationView) -> impl IntoView {
    let locale = use_locale();
    let slug = view.plan.slug.clone();
    let list = t("consultations-title");
    let title = view.card.title.text.clone();
    let here = crumbs(&view.plan, vec![(list, format!("/plans/{slug}/consultations")).into(), (title.clone(), String::new()).into()]);
    let period = locale.t_args("core-period", &[("start", locale.date(view.card.opens_on).into()), ("end", locale.date(view.card.closes_on).into())]);
    let days = view.working_days.map(|n| view! { " · " {use_locale().t_args("plans-timeline-working-days", &[("count", n.into())])} });
    let version_href = format!("/plans/{slug}/versions/{}", view.card.version);
    let version = locale.t_args("consultations-version", &[("number", view.card.version.into())]);
    let channels = view.channels.iter().map(|c| view! { <li>{t(&format!("consultations-channel-{c}"))}</li> }).collect_view();
    let languages = view.languages.iter().map(|l| view! { <li lang=l.clone()>{native(l)}</li> }).collect_view();
    let measures = view
        .measures
        .iter()
        .map(|(m, count)| {
            let href = format!("/plans/{slug}/measures/{}#consultation", m.code);
            let comments = use_locale().t_args("consultations-comments-count", &[("count", (*count).into())]);
            view! {
                <tr>
                    <td dir="ltr">{m.code.clone()}</td>
                    <td><a href=href><Tx text=m.title.clone()/></a></td>
                    <td>{comments}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=format!("{} · {}", title, view.plan.title.text)/>
        <Breadcrumbs items=here/>
        <h1><Tx text=view.card.title.clone()/></h1>
        <p>{state_badge(view.card.state)} " " {standing(&view.card)}</p>
        <p class="muted">{period} {days} " · " <a href=version_href>{version}</a></p>
        <TxBlock text=view.intro.clone() class="pre-line"/>
        <h2>{t("consultations-channels-heading")}</h2>
        <ul>{channels}</ul>
        <h2>{t("consultations-languages-heading")}</h2>
        <ul class="inline-list">{languages}</ul>
        <h2 id="consultation-measures-heading">{t("consultations-measures-heading")}</h2>
        <table class="data" aria-labelledby="consultation-measures-heading">
            <thead>
                <tr>
                    <th scope="col">{t("plans-draft-col-code")}</th>
                    <th scope="col">{t("plans-draft-col-measure")}</th>
                    <th scope="col">{t("consultations-col-comments")}</th>
                </tr>
            </thead>
            <tbody>{measures}</tbody>
        </table>
        {matrix(&view)}
        {if view.can_manage && view.card.state == ConsultationState::Closed {
            view! { <PublishReport plan=slug.clone() consultation=view.card.slug.clone()/> }.into_any()
        } else {
            // Refused while open, or once published: the form is gone, the reason shows here.
            refused_form(|e: &FormEcho| e.get("slug").is_some())
                .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> })
                .into_any()
        }}
        <p>
            <a href=format!("/plans/{slug}/consultations/{}/inputs", view.card.slug)>{t("consultations-inputs-title")}</a> " · "
            <a href=format!("/plans/{slug}/consultations/{}/export.csv", view.card.slug) download>{t("consultations-export-csv")}</a> " · "
            <a href=format!("/plans/{slug}/consultations/{}/export.json", view.card.slug) download>{t("consultations-export-json")}</a> " · "
            <a href=format!("/plans/{slug}/moderation")>{t("consultations-moderation-log")}</a>
        </p>
    }
}

/// The entities' current positions, entity × measure.
fn matrix(view: &ConsultationView) -> impl IntoView + use<> {
    let heads = view.measures.iter().map(|(m, _)| view! { <th scope="col" dir="ltr">{m.code.clone()}</th> }).collect_view();
    let rows = view
        .matrix
        .iter()
        .map(|(entity, stances)| {
            let cells = stances
                .iter()
                .map(|s| match s {
                    Some(s) => view! { <td class=format!("stance-{s}")>{t(&format!("consultations-stance-{s}"))}</td> }.into_any(),
                    None => view! { <td class="muted">{t("consultations-stance-none")}</td> }.into_any(),
                })
                .collect_view();
            view! { <tr><th scope="row"><Tx text=entity.clone()/></th>{cells}</tr> }
        })
        .collect_view();
    let body = if view.matrix.is_empty() {
        view! { <p class="muted">{t("consultations-positions-none-yet")}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll">
                <table class="data" aria-labelledby="matrix-heading">
                    <thead><tr><th scope="col">{t("consultations-matrix-entity")}</th>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <h2 id="matrix-heading">{t("consultations-matrix-heading")}</h2>
        {body}
    }
}

/// The resource of the consultation the plan page announces, made with the page.
#[derive(Clone, Copy)]
pub struct PlanConsultationData(pub Resource<Result<Option<ConsultationCard>, crate::core::AppError>>);

/// Called by the plan page: its latest consultation loads alongside it.
pub fn provide_plan_consultation(plan: impl Fn() -> String + Send + Sync + 'static) {
    let lang = use_locale().tag().to_owned();
    let resource = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::latest_consultation(p, l)));
    provide_context(PlanConsultationData(resource));
}

/// On the plan page, plainly: whether its public consultation is open and until when.
#[component]
pub fn PlanConsultation() -> impl IntoView {
    let Some(PlanConsultationData(data)) = use_context::<PlanConsultationData>() else {
        return ().into_any();
    };
    let plan = use_params_map().read_untracked().get("plan").unwrap_or_default();
    view! {
        <Suspense>
            {move || {
                let plan = plan.clone();
                Suspend::new(async move {
                    let Ok(Some(card)) = data.await else { return ().into_any() };
                    let href = format!("/plans/{plan}/consultations/{}", card.slug);
                    let inputs = (card.state != ConsultationState::Scheduled)
                        .then(|| view! { " · " <a href=format!("{href}/inputs")>{t("consultations-inputs-title")}</a> });
                    view! {
                        <p class="notice plan-consultation">
                            {state_badge(card.state)} " " <strong><Tx text=card.title.clone()/></strong> " · " {standing(&card)} " "
                            <a href=href>{t("consultations-banner-link")}</a>
                            {inputs}
                        </p>
                    }
                    .into_any()
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// For the plan's facilitators, once the consultation has closed: publish its report.
#[component]
fn PublishReport(plan: String, consultation: String) -> impl IntoView {
    let action = ServerAction::<api::PublishReport>::new();
    let error = failure(move || action.value().get());
    view! {
        <section id="publish-report" aria-labelledby="publish-report-heading">
            <h2 id="publish-report-heading">{t("consultations-report-heading")}</h2>
            <p class="hint">{t("consultations-report-hint")}</p>
            <ActionForm action=action>
                <FieldError id="publish-report-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="slug" value=consultation/>
                <button type="submit" class="button primary">{t("consultations-report-submit")}</button>
            </ActionForm>
        </section>
    }
}
