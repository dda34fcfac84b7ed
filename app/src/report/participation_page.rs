//! The participation report (`/plans/:plan/participation`): every input of the plan counted by
//! channel, by language, by month and by municipality (where people said), each table drawn with bars (SVG, mirrored in right-to-left
//! pages) beside its numbers; counts below 5 read "fewer than 5".

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{CountRow, ParticipationView, api};
use crate::{
    i18n::{t, use_locale},
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
    let locale = use_locale();
    let here = t("report-participation-title");
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), format!("/plans/{}", view.plan.slug)).into(),
        (here.clone(), String::new()).into(),
    ];
    let (total, _) = cell_text(view.total, locale);
    let channel = |key: &str| t(&format!("report-participation-channel-{key}"));
    let language = |tag: &str| native(tag);
    let as_is = |key: &str| key.to_owned();
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("report-participation-intro")}</p>
        <p>{locale.t_args("report-participation-total", &[("count", total.into())])}</p>
        <p class="muted">{t("surveys-results-suppressed-note")}</p>
        {table("by-channel", t("report-participation-by-channel"), t("report-participation-channel"), view.by_channel, channel)}
        {table("by-language", t("report-participation-by-language"), t("report-participation-language"), view.by_language, language)}
        {table("by-month", t("report-participation-by-month"), t("report-participation-month"), view.by_month, as_is)}
        {table("by-municipality", t("report-participation-by-municipality"), t("report-participation-municipality"), view.by_municipality, as_is)}
        <p class="muted">{t("report-participation-municipality-note")}</p>
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
