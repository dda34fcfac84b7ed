//! The facilitators' evidence checklist (`/plans/:plan/evidence`): the measures no outcome is
//! linked to yet, then a table of every measure with its evidence by kind and by stance.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{
    api,
    model::{ChecklistView, OutcomeKind, Stance},
};
use crate::{
    i18n::{t, use_locale},
    pending::watched,
    ui::{Breadcrumbs, Crumb, PageTitle, Tx, data_table, loaded},
};

#[component]
pub fn EvidenceChecklistPage() -> impl IntoView {
    let params = use_params_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::evidence_checklist(p, l)));
    loaded(data, checklist_page)
}

fn checklist_page(view: ChecklistView) -> impl IntoView {
    let locale = use_locale();
    let here = t("evidence-checklist-title");
    let base = format!("/plans/{}", view.plan.slug);
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), base.clone()).into(),
        (here.clone(), String::new()).into(),
    ];
    let measure_link = |code: &str, title| {
        view! { <a href=format!("{base}/measures/{code}")><span dir="ltr">{code.to_owned()}</span> " · " <Tx text=title/></a> }
    };
    let missing: Vec<_> = view.measures.iter().filter(|m| m.total() == 0).collect();
    let missing_heading = locale.t_args("evidence-checklist-missing", &[("count", missing.len().into())]);
    let missing_list = if missing.is_empty() {
        view! { <p>{t("evidence-checklist-all-covered")}</p> }.into_any()
    } else {
        let items = missing.iter().map(|m| view! { <li>{measure_link(&m.code, m.title.clone())}</li> }).collect_view();
        view! { <ul aria-labelledby="checklist-missing">{items}</ul> }.into_any()
    };
    let rows = view
        .measures
        .iter()
        .map(|m| {
            let cells = m.by_kind.iter().chain(m.by_stance.iter()).map(|n| view! { <td class="num">{locale.number(*n as f64)}</td> }).collect_view();
            view! {
                <tr id=format!("checklist-{}", m.code) class=(m.total() == 0).then_some("missing")>
                    <th scope="row">{measure_link(&m.code, m.title.clone())}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let heads = std::iter::once((t("evidence-checklist-measure"), false))
        .chain(OutcomeKind::ALL.iter().map(|k| (t(&format!("evidence-column-{}", k.key())), true)))
        .chain(Stance::ALL.iter().map(|s| (t(&format!("evidence-stance-{}", s.key())), true)))
        .collect();
    let table = data_table(here.clone(), heads, rows.into_any(), view.measures.is_empty(), t("evidence-checklist-no-measures"));
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("evidence-checklist-intro")}</p>
        <h2 id="checklist-missing">{missing_heading}</h2>
        {missing_list}
        <h2>{t("evidence-checklist-all")}</h2>
        {table}
    }
}
