//! The printable report of a plan's bottom-up phase (`/plans/:plan/report`): the plan, who took
//! part and how representative that was, and how input was used, measure by measure with its
//! evidence — one page the browser prints on A4 (the print stylesheet in `style/main.css`
//! leaves out the site's header, footer and breadcrumbs and starts each part on a new sheet).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{PrintableView, api, participation_page::participation_tables, used_page::used_measures};
use crate::{
    i18n::{t, use_locale},
    pending::watched,
    plans::pages::Period,
    ui::{Breadcrumbs, Crumb, PageTitle, Tx, TxBlock, loaded},
};

#[component]
pub fn PrintableReportPage() -> impl IntoView {
    let params = use_params_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::printable(p, l)));
    loaded(data, printable_page)
}

fn printable_page(view: PrintableView) -> impl IntoView {
    let locale = use_locale();
    let here = t("report-printable-title");
    let card = view.plan.card.clone();
    let slug = card.slug.clone();
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (card.title.clone(), format!("/plans/{slug}")).into(),
        (here.clone(), String::new()).into(),
    ];
    let measures = locale.t_args(
        "plans-overview-measures",
        &[("measures", view.plan.measure_count.into()), ("areas", view.plan.area_count.into()), ("core", view.plan.level1_count.into())],
    );
    let towns = view.plan.municipalities.iter().map(|m| m.name.clone()).collect::<Vec<_>>().join(", ");
    view! {
        <PageTitle text=format!("{} · {}", here, card.title.text)/>
        <Breadcrumbs items=crumbs/>
        <article class="printable">
            <h1>{here} <span class="subtitle"><Tx text=card.title.clone()/></span></h1>
            <p class="muted no-print">{t("report-printable-how")}</p>
            <h2 class="part" id="part-plan">{t("report-printable-plan")}</h2>
            <TxBlock text=card.summary.clone() class="lead"/>
            <dl class="facts">
                <dt>{t("plans-field-status")}</dt>
                <dd>{t(&format!("plans-status-{}", card.status))}</dd>
                <dt>{t("plans-field-kind")}</dt>
                <dd>{t(&format!("plans-kind-{}", card.kind))}</dd>
                <dt>{t("plans-field-promoter")}</dt>
                <dd><Tx text=view.plan.promoter.clone()/></dd>
                <dt>{t("plans-field-period")}</dt>
                <dd><Period start=card.period_start end=card.period_end/></dd>
                <dt>{t("plans-municipalities-heading")}</dt>
                <dd>{towns}</dd>
            </dl>
            <p>{measures}</p>
            <h2 class="part" id="part-participation">{t("report-participation-title")}</h2>
            <p>{t("report-participation-intro")}</p>
            {participation_tables(view.participation)}
            <h2 class="part" id="part-used">{t("report-used-title")}</h2>
            <p>{t("report-used-intro")}</p>
            {used_measures(&slug, view.used.measures)}
        </article>
    }
}
