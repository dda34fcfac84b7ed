//! The participation report (`/plans/:plan/participation`): every input of the plan counted by
//! channel, by language, by month and by municipality (where people said), each table drawn with bars (SVG, mirrored in right-to-left
//! pages) beside its numbers; counts below 5 read "fewer than 5". Then how representative it
//! is: each group of the reference population's share of the residents against its share of the
//! inputs, the under-represented marked.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{CountRow, ParticipationView, api, population::GroupShare};
use crate::{
    i18n::{t, use_locale},
    surveys::model::Cell,
    ui::Tx,
    pending::watched,
    plans::editing::languages::native,
    surveys::pages::{bar, cell_text},
    ui::{Breadcrumbs, Crumb, PageTitle, loaded},
};

#[component]
pub fn ParticipationPage() -> impl IntoView {
    let params = use_params_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::participation(p, l)));
    loaded(data, participation_page)
}

fn participation_page(view: ParticipationView) -> impl IntoView {
    let here = t("report-participation-title");
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), format!("/plans/{}", view.plan.slug)).into(),
        (here.clone(), String::new()).into(),
    ];
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("report-participation-intro")}</p>
        {participation_tables(view)}
    }
}

/// The report's body, which the printable report shows too: the total, each table, and how
/// representative participation is.
pub(super) fn participation_tables(view: ParticipationView) -> impl IntoView {
    let locale = use_locale();
    let (total, _) = cell_text(view.total, locale);
    let channel = |key: &str| t(&format!("report-participation-channel-{key}"));
    let language = |tag: &str| native(tag);
    let as_is = |key: &str| key.to_owned();
    view! {
        <p>{locale.t_args("report-participation-total", &[("count", total.into())])}</p>
        <p class="muted">{t(if view.exact { "report-participation-exact-note" } else { "surveys-results-suppressed-note" })}</p>
        {table("by-channel", t("report-participation-by-channel"), t("report-participation-channel"), view.by_channel, channel)}
        {table("by-language", t("report-participation-by-language"), t("report-participation-language"), view.by_language, language)}
        {table("by-month", t("report-participation-by-month"), t("report-participation-month"), view.by_month, as_is)}
        {table("by-municipality", t("report-participation-by-municipality"), t("report-participation-municipality"), view.by_municipality, as_is)}
        <p class="muted">{t("report-participation-municipality-note")}</p>
        <Representation groups=view.representation/>
    }
}

/// Each group of the reference population: its share of the residents against its share of
/// the inputs, with two bars, and a plain-word mark where participation is half or less.
#[component]
fn Representation(groups: Vec<GroupShare>) -> impl IntoView {
    let locale = use_locale();
    let body = if groups.is_empty() {
        view! { <p class="muted">{t("report-representation-none")}</p> }.into_any()
    } else {
        let rows = groups
            .into_iter()
            .map(|g| {
                let (inputs, share) = cell_text(g.inputs, locale);
                let share = if share.is_empty() { t("report-representation-not-shown") } else { share };
                let mark = g.under.then(|| view! { <span class="badge badge-warning">{t("report-representation-under")}</span> });
                let source = locale.t_args("report-representation-source", &[("source", g.source.clone().into()), ("year", g.year.to_string().into())]);
                let participation = match g.inputs {
                    Cell::Count { percent, .. } => percent,
                    Cell::Hidden => 0.0,
                };
                view! {
                    <tr class:under=g.under>
                        <th scope="row"><Tx text=g.name/> <br/> <span class="muted">{source}</span></th>
                        <td class="num">{locale.number(g.population as f64)}</td>
                        <td class="num">{locale.percent(g.population_percent)}</td>
                        <td class="num">{inputs}</td>
                        <td class="num">{share}</td>
                        <td class="chart">{pair(g.population_percent, participation)}</td>
                        <td>{mark}</td>
                    </tr>
                }
            })
            .collect_view();
        // Seven columns scroll sideways on a phone: the region takes the keyboard focus, so
        // arrow keys scroll it.
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="representation-heading">
                <table class="data results" aria-labelledby="representation-heading">
                    <thead>
                        <tr>
                            <th scope="col">{t("report-representation-group")}</th>
                            <th scope="col" class="num">{t("report-representation-residents")}</th>
                            <th scope="col" class="num">{t("report-representation-residents-share")}</th>
                            <th scope="col" class="num">{t("report-participation-inputs")}</th>
                            <th scope="col" class="num">{t("report-representation-inputs-share")}</th>
                            <th scope="col"><span class="visually-hidden">{t("surveys-results-chart")}</span></th>
                            <th scope="col">{t("report-representation-status")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="legend muted">
                <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect width="10" height="10" class="bar-reference"/></svg>
                " " {t("report-representation-residents-share")} " "
                <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect width="10" height="10" class="bar-fill"/></svg>
                " " {t("report-representation-inputs-share")}
            </p>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="representation-heading">
            <h2 id="representation-heading">{t("report-representation-heading")}</h2>
            <p>{t("report-representation-intro")}</p>
            {body}
        </section>
    }
}

/// Two bars, one over the other: a group's share of the residents and of the inputs (SVG,
/// mirrored in right-to-left pages; the table beside it holds the numbers).
fn pair(residents: f64, inputs: f64) -> impl IntoView {
    let width = |p: f64| format!("{:.1}", p.clamp(0.0, 100.0));
    view! {
        <svg class="bar pair" viewBox="0 0 100 22" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width="100" height="10" class="bar-track"/>
            <rect x="0" y="0" width=width(residents) height="10" class="bar-reference"/>
            <rect x="0" y="12" width="100" height="10" class="bar-track"/>
            <rect x="0" y="12" width=width(inputs) height="10" class="bar-fill"/>
        </svg>
    }
}

/// One count table under its heading, with a bar beside each count.
fn table(id: &'static str, heading: String, first: String, rows: Vec<CountRow>, label: impl Fn(&str) -> String) -> impl IntoView {
    let locale = use_locale();
    let body = if rows.is_empty() {
        view! { <p class="muted">{t("report-participation-none")}</p> }.into_any()
    } else {
        let rows = rows
            .iter()
            .map(|r| {
                let (n, pct) = cell_text(r.cell, locale);
                view! {
                    <tr>
                        <th scope="row">{label(&r.key)}</th>
                        <td class="num">{n}</td>
                        <td class="num">{pct}</td>
                        <td class="chart">{bar(r.cell)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll">
                <table class="data results" aria-labelledby=id>
                    <thead>
                        <tr>
                            <th scope="col">{first}</th>
                            <th scope="col" class="num">{t("report-participation-inputs")}</th>
                            <th scope="col" class="num">{t("surveys-results-percent")}</th>
                            <th scope="col"><span class="visually-hidden">{t("surveys-results-chart")}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <h2 id=id>{heading}</h2>
        {body}
    }
}
