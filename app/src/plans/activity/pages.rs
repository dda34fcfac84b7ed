//! The activity log page: a table of what was changed in the plan, newest first, a page at a time.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{api, model::*};
use crate::{
    i18n::{t, use_locale},
    pending::watched,
    ui::{Breadcrumbs, Crumb, PageTitle, Tx, loaded},
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
            let when = format!("{} {}", locale.date(e.at.date_naive()), e.at.format("%H:%M UTC"));
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
    let table = if view.entries.is_empty() {
        view! { <p>{t("plans-activity-none")}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll">
                <table class="data">
                    <caption class="visually-hidden">{here.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("plans-activity-col-when")}</th>
                            <th scope="col">{t("plans-activity-col-who")}</th>
                            <th scope="col">{t("plans-activity-col-what")}</th>
                            <th scope="col">{t("plans-activity-col-about")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let link = |n: u64, key: &'static str| view! { <a href=format!("{base}/activity?page={n}")>{t(key)}</a> };
    let pager = (view.pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=t("plans-activity-pages-label")>
                {(view.page > 1).then(|| link(view.page - 1, "surveys-responses-previous"))}
                " "
                <span>{locale.t_args("surveys-responses-page", &[("page", view.page.into()), ("pages", view.pages.into())])}</span>
                " "
                {(view.page < view.pages).then(|| link(view.page + 1, "surveys-responses-next"))}
            </nav>
        }
    });
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("plans-activity-intro")}</p>
        {table}
        {pager}
    }
}
