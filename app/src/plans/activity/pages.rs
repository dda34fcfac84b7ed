//! The activity log page: a table of what was changed in the plan, newest first, a page at a time.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{api, model::*};
use crate::{
    i18n::{t, use_locale},
    pending::watched,
    ui::{Breadcrumbs, Crumb, PageTitle, Tx, data_table, loaded, pager},
};

#[component]
pub fn ActivityPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u64>().ok());
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), page(), lang.clone()), |(p, n, l)| watched(api::plan_activity(p, n, l)));
    loaded(data, activity_page)
}

fn activity_page(view: ActivityView) -> impl IntoView {
    let locale = use_locale();
    let here = t("plans-activity-title");
    let base = format!("/plans/{}", view.plan.slug);
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), base.clone()).into(),
        (here.clone(), String::new()).into(),
    ];
    let someone = t("plans-activity-someone");
    let rows = view
        .entries
        .iter()
        .map(|e| {
            let when = format!("{} {}", locale.date(e.at.date()), e.at.format("%H:%M"));
            let about = e.about.clone().map(|(name, href)| view! { <a href=href><Tx text=name/></a> });
            view! {
                <tr>
                    <td>{when}</td>
                    <td dir="auto">{e.who.clone().unwrap_or_else(|| someone.clone())}</td>
                    <td>{t(&action_message(&e.action))}</td>
                    <td>{about}</td>
                </tr>
            }
        })
        .collect_view();
    let heads = vec![
        (t("plans-activity-col-when"), false),
        (t("plans-activity-col-who"), false),
        (t("plans-activity-col-what"), false),
        (t("plans-activity-col-about"), false),
    ];
    let zone = locale.t_args("plans-activity-times", &[("zone", t(&format!("plans-time-zone-{}", view.time_zone)).into())]);
    let table = data_table(here.clone(), heads, rows.into_any(), view.entries.is_empty(), t("plans-activity-none"));
    let pager = pager(view.page, view.pages, t("plans-activity-pages-label"), |n| format!("{base}/activity?page={n}"));
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("plans-activity-intro")}</p>
        <p class="muted">{zone}</p>
        {table}
        {pager}
    }
}
