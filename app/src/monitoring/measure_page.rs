//! A measure's monitoring page (`/plans/:plan/measures/:code/progress`): its status and dates,
//! each indicator drawn over time against its baseline and target (with the numbers in a
//! table), and its progress reports, newest first. The plan's facilitators set each indicator's
//! figures here; they and the responsible entity's representatives report progress.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{IndicatorProgress, MeasureProgressView, ReportView, STATUSES, api, chart::line_chart, dashboard::{progress_bar, status_badges, with_unit}};
use crate::{
    core::FormEcho,
    i18n::{t, use_locale},
    pending::watched,
    plans::pages::Period,
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, Tx, failure, failure_of, loaded, rcdata, refused_form},
};

#[component]
pub fn MeasureProgressPage() -> impl IntoView {
    let params = use_params_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let code = move || params.read().get("code").unwrap_or_default();
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), code(), lang.clone()), |(p, c, l)| watched(api::measure_progress(p, c, l)));
    loaded(data, progress_page)
}

fn progress_page(view: MeasureProgressView) -> impl IntoView {
    let locale = use_locale();
    let slug = view.plan.slug.clone();
    let here = locale.t_args("monitoring-measure-title", &[("code", view.code.clone().into())]);
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), format!("/plans/{slug}")).into(),
        (t("monitoring-title"), format!("/plans/{slug}/monitoring")).into(),
        (view.code.clone(), String::new()).into(),
    ];
    let closed = (!view.open).then(|| view! { <p class="notice" role="note">{t("monitoring-not-open")}</p> });
    // A form whose refusal has no form to show on (sent from an earlier page before the plan
    // changed status, or naming an indicator the measure does not have): shown at the top.
    let has_figures_form = |e: &FormEcho| view.can_set_figures && view.indicators.iter().any(|i| e.get("position") == Some(i.position.to_string().as_str()));
    let orphan = refused_form(|e: &FormEcho| e.get("code").is_some() && (e.get("note").is_some() && !view.can_report || e.get("baseline").is_some() && !has_figures_form(e)))
        .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> });
    let planned = match (view.starts_on, view.ends_on) {
        (Some(start), Some(end)) => Some(view! { <dt>{t("plans-measure-timeline")}</dt> <dd><Period start end/></dd> }),
        _ => None,
    };
    let responsible = match view.responsible.clone() {
        Some(e) => view! { <a href=format!("/plans/{slug}/entities#entity-{}", e.slug)><Tx text=e.name/></a> }.into_any(),
        None => t("monitoring-nobody").into_any(),
    };
    let indicators = view
        .indicators
        .iter()
        .map(|i| indicator_section(&view, i))
        .collect_view();
    let add = view.can_report.then(|| view! { <AddReport plan=slug.clone() code=view.code.clone() today=view.today indicators=view.indicators.clone()/> });
    let empty = view.reports.is_empty().then(|| view! { <p class="muted">{t("monitoring-reports-none")}</p> });
    let query = use_query_map().read_untracked();
    let added = query.get("added").map(|_| view! { <p class="notice" role="status">{t("monitoring-added")}</p> });
    let removed = query.get("removed").map(|_| view! { <p class="notice" role="status">{t("monitoring-removed")}</p> });
    let removable = view.can_set_figures.then(|| (slug.clone(), view.code.clone()));
    let reports = view.reports.iter().map(|r| report_item(r, removable.clone())).collect_view();
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead"><a href=format!("/plans/{slug}/measures/{}", view.code)><Tx text=view.title.clone()/></a></p>
        {closed}
        {orphan}
        <dl class="facts">
            <dt>{t("monitoring-status")}</dt>
            <dd>{status_badges(&view.status, view.late)}</dd>
            {planned}
            <dt>{t("monitoring-responsible")}</dt>
            <dd>{responsible}</dd>
        </dl>
        <section aria-labelledby="indicators-heading">
            <h2 id="indicators-heading">{t("monitoring-indicators")}</h2>
            {indicators}
        </section>
        <section aria-labelledby="reports-heading">
            <h2 id="reports-heading">{t("monitoring-reports")}</h2>
            {added}
            {removed}
            {add}
            {empty}
            <ol class="plain stack">{reports}</ol>
        </section>
    }
}

/// One indicator: its figures and progress, its values over time (drawn, then as a table), and
/// the form for its figures when the reader may set them.
fn indicator_section(view: &MeasureProgressView, i: &IndicatorProgress) -> impl IntoView + use<> {
    let locale = use_locale();
    let unit = i.figures.as_ref().map(|f| f.unit.clone()).unwrap_or_default();
    let figures = match &i.figures {
        Some(f) => {
            let said = i.percent().map(|p| locale.t_args("monitoring-progress-percent", &[("percent", locale.number(p.round()).into())]));
            let latest = i.latest().map_or_else(|| t("monitoring-never"), |v| with_unit(locale, v, &f.unit));
            view! {
                <dl class="facts">
                    <dt>{t("monitoring-baseline")}</dt><dd>{with_unit(locale, f.baseline, &f.unit)}</dd>
                    <dt>{t("monitoring-latest")}</dt><dd>{latest}</dd>
                    <dt>{t("monitoring-target")}</dt><dd>{with_unit(locale, f.target, &f.unit)}</dd>
                    <dt>{t("monitoring-progress")}</dt><dd>{progress_bar(i.percent())} {said}</dd>
                </dl>
            }
            .into_any()
        }
        None => view! { <p class="muted">{t("monitoring-no-figures")}</p> }.into_any(),
    };
    let drawn = (!i.points.is_empty()).then(|| {
        let caption = locale.t_args("monitoring-chart-table", &[("indicator", i.name.text.clone().into())]);
        let rows = i
            .points
            .iter()
            .map(|p| view! { <tr><td>{locale.date(p.on)}</td><td class="num">{with_unit(locale, p.value, &unit)}</td></tr> })
            .collect_view();
        let table_id = format!("values-{}", i.position);
        let labelled_by = table_id.clone();
        view! {
            {line_chart(&i.points, i.figures.as_ref())}
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by>
                <table class="data">
                    <caption id=table_id>{caption}</caption>
                    <thead><tr><th scope="col">{t("monitoring-date")}</th><th scope="col" class="num">{t("monitoring-value")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let form = view.can_set_figures.then(|| view! { <FiguresForm plan=view.plan.slug.clone() code=view.code.clone() indicator=i.clone()/> });
    view! {
        <section id=format!("indicator-{}", i.position) tabindex="-1" class="card" aria-labelledby=format!("indicator-{}-heading", i.position)>
            <h3 id=format!("indicator-{}-heading", i.position)><Tx text=i.name.clone()/></h3>
            <p><strong>{t("monitoring-target")}</strong> " " <Tx text=i.target_text.clone()/></p>
            {figures}
            {drawn}
            {form}
        </section>
    }
}

/// A published report; with a button to remove it when `removable` names the plan and measure
/// (the plan's facilitators).
fn report_item(r: &ReportView, removable: Option<(String, String)>) -> impl IntoView + use<> {
    let locale = use_locale();
    let by = match &r.entity {
        Some(entity) => locale.t_args("monitoring-by-entity", &[("entity", entity.text.clone().into())]),
        None => t("monitoring-by-team"),
    };
    let value = r.value.as_ref().map(|(name, value, unit)| {
        let text = locale.t_args("monitoring-value-of", &[("indicator", name.text.clone().into()), ("value", with_unit(locale, *value, unit).into())]);
        view! { <p>{text}</p> }
    });
    let evidence = r.evidence.clone().map(|url| view! { <p><a href=url rel="nofollow ugc noopener">{t("monitoring-evidence")}</a></p> });
    let remove = removable.map(|(plan, code)| view! { <RemoveReport plan code id=r.id/> });
    view! {
        <li id=format!("report-{}", r.id) tabindex="-1" class="card">
            <p><strong>{locale.date(r.reported_on)}</strong> " " {status_badges(&r.status, false)}</p>
            <p class="muted">{by}</p>
            <p class="pre-line" lang=r.lang.clone() dir="auto">{r.note.clone()}</p>
            {value}
            {evidence}
            {remove}
        </li>
    }
}

/// Removes a mistaken report (the plan's facilitators; the activity log keeps what it said).
#[component]
fn RemoveReport(plan: String, code: String, id: i32) -> impl IntoView {
    let action = ServerAction::<api::RemoveProgressReport>::new();
    let mine = id.to_string();
    let error = failure_of(move || action.value().get(), move |e| e.get("id") == Some(mine.as_str()));
    view! {
        <FieldError id=format!("report-{id}-error") message=error/>
        <ActionForm action=action attr:class="inline">
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="code" value=code/>
            <input type="hidden" name="id" value=id.to_string()/>
            <button type="submit" class="link-button">{t("monitoring-remove")}</button>
        </ActionForm>
    }
}

/// The unit, baseline and target of one indicator (the plan's facilitators).
#[component]
fn FiguresForm(plan: String, code: String, indicator: IndicatorProgress) -> impl IntoView {
    let action = ServerAction::<api::SetIndicatorFigures>::new();
    let position = indicator.position.to_string();
    let mine = position.clone();
    let error = failure_of(move || action.value().get(), move |e| e.get("position") == Some(mine.as_str()));
    let echo_of = position.clone();
    let echo = refused_form(|e: &FormEcho| e.get("position") == Some(echo_of.as_str()) && e.get("baseline").is_some()).map(|(e, _)| e);
    let stored = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let typed = |name: &str, stored: String| echo.as_ref().map_or(stored, |e| e.get(name).unwrap_or_default().to_owned());
    let unit = typed("unit", indicator.figures.as_ref().map(|f| f.unit.clone()).unwrap_or_default());
    let baseline = typed("baseline", stored(indicator.figures.as_ref().map(|f| f.baseline)));
    let target = typed("target", stored(indicator.figures.as_ref().map(|f| f.target)));
    let saved = use_query_map()
        .read_untracked()
        .get("saved")
        .filter(|s| *s == position && echo.is_none())
        .map(|_| view! { <p class="notice" role="status">{t("monitoring-saved")}</p> });
    let at = indicator.position;
    let id = move |field: &str| format!("figures-{at}-{field}");
    let (unit_id, unit_hint, baseline_id, target_id) = (id("unit"), id("unit-hint"), id("baseline"), id("target"));
    view! {
        <div id=format!("figures-{at}") tabindex="-1">
            <h4>{t("monitoring-figures-heading")}</h4>
            <p class="hint">{t("monitoring-figures-intro")}</p>
            {saved}
            <ActionForm action=action attr:class="stack">
                <FieldError id=id("error") message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="code" value=code/>
                <input type="hidden" name="position" value=position/>
                <label for=unit_id.clone()>{t("monitoring-unit")}</label>
                <p class="hint" id=unit_hint.clone()>{t("monitoring-unit-hint")}</p>
                <input id=unit_id name="unit" type="text" maxlength="40" dir="auto" aria-describedby=unit_hint value=unit/>
                <label for=baseline_id.clone()>{t("monitoring-baseline")}</label>
                <input id=baseline_id name="baseline" type="text" inputmode="decimal" maxlength="20" required class="short" dir="ltr" value=baseline/>
                <label for=target_id.clone()>{t("monitoring-target")}</label>
                <input id=target_id name="target" type="text" inputmode="decimal" maxlength="20" required class="short" dir="ltr" value=target/>
                <button type="submit" class="button">{t("monitoring-figures-submit")}</button>
            </ActionForm>
        </div>
    }
}

/// A new progress report: status, date, what was done, optionally a value and evidence.
#[component]
fn AddReport(plan: String, code: String, today: chrono::NaiveDate, indicators: Vec<IndicatorProgress>) -> impl IntoView {
    let action = ServerAction::<api::ReportProgress>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("once").is_some() && e.get("note").is_some()).map(|(e, _)| e);
    let typed = |name: &str, default: String| echo.as_ref().map_or(default, |e| e.get(name).unwrap_or_default().to_owned());
    let status = typed("status", String::new());
    let chosen = typed("indicator", String::new());
    let statuses = STATUSES
        .iter()
        .map(|s| {
            let box_id = format!("progress-status-{s}");
            view! {
                <li>
                    <input id=box_id.clone() type="radio" name="status" value=*s checked=status == *s required/>
                    <label for=box_id>{t(&format!("monitoring-status-{s}"))}</label>
                </li>
            }
        })
        .collect_view();
    let options = indicators
        .iter()
        .map(|i| {
            let value = i.position.to_string();
            let selected = chosen == value;
            view! { <option value=value selected=selected>{i.name.text.clone()}</option> }
        })
        .collect_view();
    let lang = use_locale().tag().to_owned();
    let (date, note, value, evidence) = (typed("reported_on", today.to_string()), typed("note", String::new()), typed("value", String::new()), typed("evidence", String::new()));
    view! {
        <section aria-labelledby="add-progress-heading" class="card">
            <h3 id="add-progress-heading">{t("monitoring-add-heading")}</h3>
            <p class="hint">{t("monitoring-add-intro")}</p>
            <ActionForm action=action attr:class="stack">
                <FieldError id="add-progress-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="code" value=code/>
                <input type="hidden" name="lang" value=lang/>
                <crate::once::OnceField/>
                <fieldset>
                    <legend>{t("monitoring-status")}</legend>
                    <ul class="plain">{statuses}</ul>
                </fieldset>
                <label for="progress-date">{t("monitoring-reported-on")}</label>
                <input id="progress-date" name="reported_on" type="date" required class="short" dir="ltr" value=date/>
                <label for="progress-note">{t("monitoring-note")}</label>
                <textarea id="progress-note" name="note" rows="4" maxlength="4000" required dir="auto">{rcdata(note)}</textarea>
                <label for="progress-indicator">{t("monitoring-which-indicator")}</label>
                <select id="progress-indicator" name="indicator">
                    <option value="">{t("monitoring-no-indicator")}</option>
                    {options}
                </select>
                <label for="progress-value">{t("monitoring-value-field")}</label>
                <input id="progress-value" name="value" type="text" inputmode="decimal" maxlength="20" class="short" dir="ltr" value=value/>
                <label for="progress-evidence">{t("monitoring-evidence-field")}</label>
                <p class="hint" id="progress-evidence-hint">{t("monitoring-evidence-hint")}</p>
                <input id="progress-evidence" name="evidence" type="url" maxlength="300" dir="ltr" aria-describedby="progress-evidence-hint" value=evidence/>
                <button type="submit" class="button primary">{t("monitoring-add-submit")}</button>
            </ActionForm>
        </section>
    }
}
