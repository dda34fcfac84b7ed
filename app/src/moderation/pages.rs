//! A plan's moderation page: for its moderators, what waits for a decision (flagged or hidden
//! items, with their flags' reasons and the decision form); for everyone, the public log of what
//! was hidden, removed or restored, why and when — naming no one.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{ModerationView, QueueItem, api, components::ModerateForm};
use crate::{
    i18n::{t, use_locale},
    pending::watched,
    ui::{Breadcrumbs, Crumb, PageTitle, data_table, loaded, pager},
};

#[component]
pub fn ModerationPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u64>().ok()).unwrap_or(1);
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), page(), lang.clone()), |(p, n, l)| watched(api::moderation_data(p, n, l)));
    loaded(data, moderation_page)
}

fn queued(item: &QueueItem) -> impl IntoView + use<> {
    let locale = use_locale();
    let flags = item
        .flags
        .iter()
        .map(|(reason, count)| {
            let label = locale.t_args("moderation-queue-flags", &[("reason", t(&format!("moderation-reason-{reason}")).into()), ("count", (*count).into())]);
            view! { <li>{label}</li> }
        })
        .collect_view();
    view! {
        <li class="card" id=format!("queued-{}-{}", item.kind.key(), item.item)>
            <p>
                <span class=format!("badge state-{}", item.state.key())>{t(&format!("moderation-state-{}", item.state.key()))}</span>
                " " {t(&format!("moderation-kind-{}", item.kind.key()))} " · "
                <a href=item.place.clone()>{t("moderation-queue-see")}</a>
            </p>
            <blockquote dir="auto">{item.excerpt.clone()}</blockquote>
            <ul class="inline-list">{flags}</ul>
            <ModerateForm kind=item.kind item=item.item state=item.state back="queue" open=true/>
        </li>
    }
}

fn moderation_page(view: ModerationView) -> impl IntoView {
    let locale = use_locale();
    let here = t("moderation-title");
    let base = format!("/plans/{}", view.plan.slug);
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), base.clone()).into(),
        (here.clone(), String::new()).into(),
    ];
    let queue = view.queue.as_ref().map(|items| {
        let list = items.iter().map(queued).collect_view();
        let none = items.is_empty().then(|| view! { <p class="muted">{t("moderation-queue-none")}</p> });
        view! {
            <section id="queue" aria-labelledby="queue-heading" tabindex="-1">
                <h2 id="queue-heading">{t("moderation-queue-heading")}</h2>
                {none}
                <ol class="plain stack">{list}</ol>
            </section>
        }
    });
    let rows = view
        .log
        .iter()
        .map(|e| {
            view! {
                <tr>
                    <td>{locale.date(e.on)}</td>
                    <td>{t(&format!("moderation-action-{}", e.action))}</td>
                    <td>{t(&format!("moderation-reason-{}", e.reason))}</td>
                    <td><a href=e.place.clone()>{t(&format!("moderation-kind-{}", e.kind.key()))}</a></td>
                </tr>
            }
        })
        .collect_view();
    let heads = vec![
        (t("moderation-log-col-when"), false),
        (t("moderation-log-col-what"), false),
        (t("moderation-log-col-why"), false),
        (t("moderation-log-col-where"), false),
    ];
    let table = data_table(t("moderation-log-heading"), heads, rows.into_any(), view.log.is_empty(), t("moderation-log-none"));
    let pager = pager(view.page, view.pages, t("moderation-log-pages-label"), |n| format!("{base}/moderation?page={n}"));
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("moderation-intro")}</p>
        {queue}
        <h2 id="log-heading">{t("moderation-log-heading")}</h2>
        {table}
        {pager}
    }
}
