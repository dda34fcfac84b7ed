//! The plan's monitoring dashboard (`/plans/:plan/monitoring`): measures counted by status
//! area by area (a table, each row drawn as a stacked bar), every measure with its status and
//! whether it is late, and every indicator with a baseline and a target against its latest
//! value.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{AreaExecution, DashboardView, IndicatorLine, MeasureLine, STATUSES, api};
use crate::{
    i18n::{Locale, t, use_locale},
    pending::watched,
    surveys::{model::Cell, pages::bar},
    ui::{Breadcrumbs, Crumb, LevelBadge, PageTitle, Tx, loaded},
};

#[component]
pub fn MonitoringPage() -> impl IntoView {
    let params = use_params_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::dashboard(p, l)));
    loaded(data, dashboard_page)
}

/// A measure's status as a badge, with "Late" beside it when it is.
pub fn status_badges(status: &str, late: bool) -> impl IntoView + use<> {
    let late = late.then(|| view! { " " <span class="badge badge-warning">{t("monitoring-late")}</span> });
    view! { <span class=format!("badge execution-{status}")>{t(&format!("monitoring-status-{status}"))}</span> {late} }
}

/// A number as the reader's language writes it, with its unit.
pub fn with_unit(locale: Locale, value: f64, unit: &str) -> String {
    let number = locale.number(value);
    if unit.trim().is_empty() { number } else { format!("{number} {unit}") }
}

fn dashboard_page(view: DashboardView) -> impl IntoView {
    let here = t("monitoring-title");
    let slug = view.plan.slug.clone();
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), format!("/plans/{slug}")).into(),
        (here.clone(), String::new()).into(),
    ];
    let closed = (!view.open).then(|| view! { <p class="notice" role="note">{t("monitoring-not-open")}</p> });
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("monitoring-intro")}</p>
        {closed}
        {by_area(view.areas, view.total)}
        {measures(&slug, view.measures)}
        {indicators(&slug, view.indicators)}
    }
}

/// Each area's measures by status, then every area together.
fn by_area(areas: Vec<AreaExecution>, total: AreaExecution) -> impl IntoView {
    let locale = use_locale();
    let cells = |row: &AreaExecution| {
        let numbers = row.counts.iter().map(|n| view! { <td class="num">{locale.number(*n as f64)}</td> }).collect_view();
        view! { {numbers} <td class="num">{locale.number(row.late as f64)}</td> <td class="chart">{stacked(&row.counts)}</td> }
    };
    let rows = areas.iter().map(|a| view! { <tr><th scope="row"><Tx text=a.area.name.clone()/></th>{cells(a)}</tr> }).collect_view();
    let heads = STATUSES.iter().map(|s| view! { <th scope="col" class="num">{t(&format!("monitoring-status-{s}"))}</th> }).collect_view();
    let legend = STATUSES
        .iter()
        .map(|s| {
            view! {
                <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect width="10" height="10" class=format!("execution-fill-{s}")/></svg>
                " " {t(&format!("monitoring-status-{s}"))} " "
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="by-area-heading">
            <h2 id="by-area-heading">{t("monitoring-by-area")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="by-area-heading">
                <table class="data results" aria-labelledby="by-area-heading">
                    <thead>
                        <tr>
                            <th scope="col">{t("monitoring-area")}</th>
                            {heads}
                            <th scope="col" class="num">{t("monitoring-late")}</th>
                            <th scope="col"><span class="visually-hidden">{t("surveys-results-chart")}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot><tr><th scope="row">{t("monitoring-all-areas")}</th>{cells(&total)}</tr></tfoot>
                </table>
            </div>
            <p class="legend muted">{legend}</p>
            <p class="muted">{t("monitoring-late-explained")}</p>
        </section>
    }
}

/// One bar split by status, each part as wide as its share of the row's measures.
fn stacked(counts: &[u64]) -> impl IntoView + use<> {
    let all: u64 = counts.iter().sum();
    let mut at = 0.0;
    let parts = STATUSES
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(status, n)| {
            let width = *n as f64 * 100.0 / all as f64;
            let x = at;
            at += width;
            view! { <rect x=format!("{x:.1}") y="0" width=format!("{width:.1}") height="10" class=format!("execution-fill-{status}")/> }
        })
        .collect_view();
    view! {
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width="100" height="10" class="bar-track"/>
            {parts}
        </svg>
    }
}

fn measures(slug: &str, lines: Vec<MeasureLine>) -> impl IntoView + use<> {
    let locale = use_locale();
    let rows = lines
        .into_iter()
        .map(|m| {
            let href = format!("/plans/{slug}/measures/{}/progress", m.code);
            let last = m.last_report.map_or_else(|| t("monitoring-never"), |d| locale.date(d));
            view! {
                <tr>
                    <th scope="row"><a href=href>{m.code.clone()}</a> " " <LevelBadge level=m.level/> <br/> <Tx text=m.title/></th>
                    <td>{status_badges(&m.status, m.late)}</td>
                    <td>{last}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="measures-heading">
            <h2 id="measures-heading">{t("monitoring-measures")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="measures-heading">
                <table class="data" aria-labelledby="measures-heading">
                    <thead>
                        <tr>
                            <th scope="col">{t("monitoring-measure")}</th>
                            <th scope="col">{t("monitoring-status")}</th>
                            <th scope="col">{t("monitoring-last-report")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// Each indicator with figures: baseline, latest value, target, and how far it has come.
fn indicators(slug: &str, lines: Vec<IndicatorLine>) -> impl IntoView + use<> {
    let body = if lines.is_empty() {
        view! { <p class="muted">{t("monitoring-no-indicators")}</p> }.into_any()
    } else {
        let locale = use_locale();
        let rows = lines
            .into_iter()
            .map(|line| {
                let i = line.indicator;
                let percent = i.percent();
                let unit = i.figures.as_ref().map(|f| f.unit.clone()).unwrap_or_default();
                let figure = |v: Option<f64>| v.map_or_else(|| t("monitoring-never"), |v| with_unit(locale, v, &unit));
                let said = percent.map(|p| locale.t_args("monitoring-progress-percent", &[("percent", locale.number(p.round()).into())]));
                let href = format!("/plans/{slug}/measures/{}/progress#indicator-{}", line.code, i.position);
                view! {
                    <tr>
                        <th scope="row"><a href=href>{line.code.clone()}</a> " " <Tx text=i.name.clone()/></th>
                        <td class="num">{figure(i.figures.as_ref().map(|f| f.baseline))}</td>
                        <td class="num">{figure(i.latest())}</td>
                        <td class="num">{figure(i.figures.as_ref().map(|f| f.target))}</td>
                        <td class="chart">{progress_bar(percent)} <span class="muted">{said}</span></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="indicators-heading">
                <table class="data results" aria-labelledby="indicators-heading">
                    <thead>
                        <tr>
                            <th scope="col">{t("monitoring-indicator")}</th>
                            <th scope="col" class="num">{t("monitoring-baseline")}</th>
                            <th scope="col" class="num">{t("monitoring-latest")}</th>
                            <th scope="col" class="num">{t("monitoring-target")}</th>
                            <th scope="col">{t("monitoring-progress")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="indicators-heading">
            <h2 id="indicators-heading">{t("monitoring-indicators")}</h2>
            {body}
        </section>
    }
}

/// A bar as long as the way covered from baseline to target (empty with no value yet).
pub fn progress_bar(percent: Option<f64>) -> impl IntoView + use<> {
    bar(Cell::Count { n: 0, percent: percent.unwrap_or(0.0) })
}
