//! Plans feature, public pages: the plans list (home), a plan, its areas, an area with its
//! measures, a measure with every field, and the entities directory.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::pending::watched;
use leptos_router::{
    components::Form,
    hooks::{use_params_map, use_query_map},
};

use super::{api, model::*};
use crate::{
    consultations::{Anchor, measure::CommentOn},
    i18n::{Locale, t, use_locale},
    ui::{Breadcrumbs, Crumb, LevelBadge, PageTitle, Tx, TxBlock, loaded},
};

fn param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

fn count(locale: Locale, key: &str, n: u64) -> String {
    locale.t_args(key, &[("count", FluentValue::from(n))])
}

fn plan_href(plan: &str) -> String {
    format!("/plans/{plan}")
}

fn crumbs_to_plan(plan: &PlanRef) -> Vec<Crumb> {
    vec![(t("core-nav-plans"), "/".to_owned()).into(), (plan.title.clone(), plan_href(&plan.slug)).into()]
}

/// Home: the plans this deployment hosts, with their status.
#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_locale().tag().to_owned();
    let query = leptos_router::hooks::use_query_map();
    let search = move || (query.read().get("q"), query.read().get("district"), query.read().get("page").and_then(|p| p.parse::<u64>().ok()));
    let plans = Resource::new(move || (lang.clone(), search()), |(lang, (q, d, p))| watched(api::list_plans(lang, q, d, p)));
    view! {
        <PageTitle text=t("plans-home-title")/>
        <h1>{t("plans-home-title")}</h1>
        <crate::accounts::pages::DeletedNotice/>
        <p class="lead">{t("plans-home-intro")}</p>
        {loaded(plans, home)}
    }
}

fn home(view: HomeView) -> impl IntoView {
    if view.hosted == 0 {
        return view! { <p>{t("plans-home-empty")}</p> }.into_any();
    }
    let searched = !view.query.is_empty() || view.district.is_some();
    let search = (view.hosted > 1 || searched).then(|| home_search(&view));
    let list = if view.plans.is_empty() {
        view! { <p role="status">{t("plans-home-none-match")}</p> }.into_any()
    } else {
        let (q, district) = (view.query.clone(), view.district.clone().unwrap_or_default());
        let href = move |n: u64| {
            let mut params: Vec<(&str, String)> = vec![("q", q.clone()), ("district", district.clone())];
            params.retain(|(_, v)| !v.is_empty());
            params.push(("page", n.to_string()));
            format!("/?{}", form_urlencoded::Serializer::new(String::new()).extend_pairs(params).finish())
        };
        let pager = crate::ui::pager(view.page, view.pages, t("plans-home-pages-label"), href);
        view! {
            <ul class="cards">
                {view.plans.into_iter().map(|plan| view! { <li><PlanCardView plan/></li> }).collect_view()}
            </ul>
            {pager}
        }
        .into_any()
    };
    view! { {search} {list} }.into_any()
}

/// Finding a plan: by municipality (accents and case aside) and district; a plain GET form.
fn home_search(view: &HomeView) -> impl IntoView + use<> {
    let districts = view
        .districts
        .iter()
        .map(|d| view! { <option value=d.clone() selected=view.district.as_deref() == Some(d.as_str())>{d.clone()}</option> })
        .collect_view();
    view! {
        <form method="get" class="filters" role="search" aria-label=t("plans-home-search-label")>
            <div>
                <label for="home-q">{t("plans-home-query")}</label>
                <input id="home-q" name="q" type="search" maxlength="100" dir="auto" value=view.query.clone()/>
            </div>
            <div>
                <label for="home-district">{t("plans-home-district")}</label>
                <select id="home-district" name="district">
                    <option value="">{t("plans-home-all-districts")}</option>
                    {districts}
                </select>
            </div>
            <button type="submit" class="button">{t("surveys-filter-apply")}</button>
        </form>
    }
}

#[component]
fn PlanCardView(plan: PlanCard) -> impl IntoView {
    let href = plan_href(&plan.slug);
    view! {
        <article class="card">
            <h2><a href=href.clone()><Tx text=plan.title/></a></h2>
            <p class="meta">
                <StatusBadge status=plan.status.clone()/>
                " "
                <span>{t(&format!("plans-kind-{}", plan.kind))}</span>
                " · "
                <span>{plan.municipalities.join(", ")}</span>
                " · "
                <Period start=plan.period_start end=plan.period_end/>
            </p>
            {(plan.open_surveys > 0).then(|| view! {
                <p><a href=format!("{href}/surveys")>{use_locale().t_args("plans-home-open-surveys", &[("count", plan.open_surveys.into())])}</a></p>
            })}
            <TxBlock text=plan.summary/>
        </article>
    }
}

#[component]
fn StatusBadge(status: String) -> impl IntoView {
    view! { <span class="badge badge-status">{t(&format!("plans-status-{status}"))}</span> }
}

/// A plan's period, "from … to …", dates as the reader's language writes them.
#[component]
pub fn Period(start: chrono::NaiveDate, end: chrono::NaiveDate) -> impl IntoView {
    let locale = use_locale();
    let text = locale.t_args(
        "core-period",
        &[("start", locale.date(start).into()), ("end", locale.date(end).into())],
    );
    view! {
        <span>{text}</span>
    }
}

/// A plan: what it is, where it stands and where to go next.
#[component]
pub fn PlanPage() -> impl IntoView {
    let plan = param("plan");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(plan, lang)| watched(api::plan_overview(plan, lang)));
    super::timeline::pages::provide_timeline(plan);
    crate::consultations::pages::provide_plan_consultation(plan);
    crate::focus_groups::published::provide_published(plan, || None);
    loaded(data, plan_page)
}

fn plan_page(view: PlanView) -> impl IntoView {
    let locale = use_locale();
    let created = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("created")
        .map(|_| view! { <p class="notice" role="status" id="notice">{t("plans-created")}</p> });
    let card = view.card;
    let contact = (view.contact_email.is_some() || view.contact_phone.is_some()).then(|| {
        let email = view.contact_email.clone().map(|e| {
            let href = format!("mailto:{e}");
            view! { <a href=href dir="ltr">{e}</a> " " }
        });
        let phone = view.contact_phone.clone().map(|p| {
            let href = format!("tel:{}", p.replace([' ', '(', ')', '.'], ""));
            view! { <a href=href dir="ltr">{p}</a> }
        });
        view! { <dt>{t("plans-field-contact")}</dt> <dd>{email} {phone}</dd> }
    });
    let slug = card.slug.clone();
    // Once the plan is approved, how its measures are going.
    let monitoring = crate::monitoring::monitored(&card.status).then(|| view! { <li><a href=format!("/plans/{slug}/monitoring")>{t("monitoring-link")}</a></li> });
    let crumbs: Vec<Crumb> = vec![(t("core-nav-plans"), "/".to_owned()).into(), (card.title.clone(), plan_href(&slug)).into()];
    let measures_line = locale.t_args(
        "plans-overview-measures",
        &[
            ("measures", FluentValue::from(view.measure_count)),
            ("areas", FluentValue::from(view.area_count)),
            ("core", FluentValue::from(view.level1_count)),
        ],
    );
    view! {
        <PageTitle text=card.title.text.clone()/>
        <Breadcrumbs items=crumbs/>
        <h1><Tx text=card.title.clone()/></h1>
        {created}
        <TxBlock text=card.summary.clone() class="lead"/>
        <crate::consultations::pages::PlanConsultation/>
        <dl class="facts">
            <dt>{t("plans-field-status")}</dt>
            <dd>
                <StatusBadge status=card.status.clone()/>
                <p class="muted">{t(&format!("plans-status-{}-explained", card.status))}</p>
            </dd>
            <dt>{t("plans-field-kind")}</dt>
            <dd>{t(&format!("plans-kind-{}", card.kind))}</dd>
            <dt>{t("plans-field-promoter")}</dt>
            <dd><Tx text=view.promoter/></dd>
            <dt>{t("plans-field-period")}</dt>
            <dd><Period start=card.period_start end=card.period_end/></dd>
            <dt>{t("plans-field-time-zone")}</dt>
            <dd>{t(&format!("plans-time-zone-{}", view.time_zone))}</dd>
            {contact}
        </dl>
        <h2>{t("plans-municipalities-heading")}</h2>
        <table class="data">
            <thead>
                <tr>
                    <th scope="col">{t("plans-municipality")}</th>
                    <th scope="col" class="num">{t("plans-residents")}</th>
                    <th scope="col" class="num">{t("plans-foreign-residents")}</th>
                </tr>
            </thead>
            <tbody>
                {view
                    .municipalities
                    .into_iter()
                    .map(|m| {
                        let residents = m.residents.map(|n| locale.number(n)).unwrap_or_else(|| t("core-unknown"));
                        let foreign = m.foreign_residents.map(|n| locale.number(n)).unwrap_or_else(|| t("core-unknown"));
                        view! {
                            <tr>
                                <th scope="row">{m.name}</th>
                                <td class="num">{residents}</td>
                                <td class="num">{foreign}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        <super::timeline::pages::Timeline/>
        <crate::focus_groups::published::PublishedFindings plan=slug.clone()/>
        <h2>{t("plans-next-heading")}</h2>
        <ul class="next-steps">
            <li>
                <a href=format!("/plans/{slug}/areas")>{t("plans-next-measures")}</a>
                <span class="muted">" — " {measures_line}</span>
            </li>
            <li>
                <a href=format!("/plans/{slug}/surveys")>{t("plans-next-surveys")}</a>
            </li>
            <li>
                <a href=format!("/plans/{slug}/consultations")>{t("plans-next-consultations")}</a>
            </li>
            <li>
                <a href=format!("/plans/{slug}/focus-groups")>{t("plans-next-focus-groups")}</a>
            </li>
            <li>
                <a href=format!("/plans/{slug}/forum")>{t("plans-next-forum")}</a>
            </li>
            <li>
                <a href=format!("/plans/{slug}/input-used")>{t("report-used-link")}</a>
            </li>
            <li>
                <a href=format!("/plans/{slug}/participation")>{t("report-participation-link")}</a>
            </li>
            <li>
                <a href=format!("/plans/{slug}/report")>{t("report-printable-link")}</a>
            </li>
            {monitoring}
            <li>
                <a href=format!("/plans/{slug}/entities")>{t("plans-next-entities")}</a>
                <span class="muted">" — " {count(locale, "plans-entity-count", view.entity_count)}</span>
            </li>
        </ul>
        <LevelsExplained/>
    }
}

/// What level 1 and level 2 mean, in plain words.
#[component]
fn LevelsExplained() -> impl IntoView {
    view! {
        <aside class="explainer" aria-labelledby="levels-heading">
            <h2 id="levels-heading">{t("plans-levels-heading")}</h2>
            <p><LevelBadge level=1/> " " {t("plans-level-1-explained")}</p>
            <p><LevelBadge level=2/> " " {t("plans-level-2-explained")}</p>
        </aside>
    }
}

/// The plan's areas, each with its number of measures.
#[component]
pub fn AreasPage() -> impl IntoView {
    let plan = param("plan");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(plan, lang)| watched(api::list_areas(plan, lang)));
    loaded(data, areas_page)
}

fn areas_page(view: AreasView) -> impl IntoView {
    let locale = use_locale();
    let mut crumbs = crumbs_to_plan(&view.plan);
    crumbs.push((t("plans-areas-title"), String::new()).into());
    let slug = view.plan.slug.clone();
    view! {
        <PageTitle text=format!("{} · {}", t("plans-areas-title"), view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{t("plans-areas-title")}</h1>
        <p class="lead">{t("plans-areas-intro")}</p>
        <ul class="cards">
            {view
                .areas
                .into_iter()
                .map(|a| {
                    let href = format!("/plans/{slug}/areas/{}", a.area.code);
                    let counts = if a.measure_count == 0 {
                        t("plans-area-no-measures")
                    } else {
                        locale.t_args(
                            "plans-area-counts",
                            &[
                                ("measures", FluentValue::from(a.measure_count)),
                                ("core", FluentValue::from(a.level1_count)),
                            ],
                        )
                    };
                    view! {
                        <li class="card">
                            <h2><a href=href><Tx text=a.area.name/></a></h2>
                            <TxBlock text=a.description/>
                            <p class="meta">{counts}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <LevelsExplained/>
    }
}

/// One area and its draft measures.
#[component]
pub fn AreaPage() -> impl IntoView {
    let plan = param("plan");
    let code = param("code");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(
        move || (plan(), code(), lang.clone()),
        |(plan, code, lang)| watched(api::area(plan, code, lang)),
    );
    loaded(data, area_page)
}

fn area_page(view: AreaView) -> impl IntoView {
    let slug = view.plan.slug.clone();
    let mut crumbs = crumbs_to_plan(&view.plan);
    crumbs.push((t("plans-areas-title"), format!("/plans/{slug}/areas")).into());
    crumbs.push((view.area.area.name.clone(), String::new()).into());
    let measures = if view.measures.is_empty() {
        view! { <p>{t("plans-area-no-measures")}</p> }.into_any()
    } else {
        view! {
            <ul class="cards">
                {view
                    .measures
                    .into_iter()
                    .map(|m| {
                        let href = format!("/plans/{slug}/measures/{}", m.code);
                        let class = if m.level == 1 { "card measure-card core" } else { "card measure-card" };
                        view! {
                            <li class=class>
                                <p class="meta"><span class="code">{m.code.clone()}</span> " " <LevelBadge level=m.level/></p>
                                <h3><a href=href><Tx text=m.title/></a></h3>
                                <TxBlock text=m.summary/>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <PageTitle text=format!("{} · {}", view.area.area.name.text, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1><Tx text=view.area.area.name.clone()/></h1>
        <TxBlock text=view.area.description class="lead"/>
        <h2>{t("plans-area-measures-heading")}</h2>
        {measures}
        <LevelsExplained/>
    }
}

/// A draft measure with every field.
#[component]
pub fn MeasurePage() -> impl IntoView {
    let plan = param("plan");
    let code = param("code");
    let lang = use_locale().tag().to_owned();
    let evidence_lang = lang.clone();
    let audio_lang = lang.clone();
    let data = Resource::new(
        move || (plan(), code(), lang.clone()),
        |(plan, code, lang)| watched(api::measure(plan, code, lang)),
    );
    // Created with the page (not inside it), so they load once, before the page renders.
    crate::evidence::components::provide_measure_evidence(Resource::new(
        move || (plan(), code(), evidence_lang.clone()),
        |(plan, code, lang)| watched(crate::evidence::api::measure_evidence(plan, code, lang)),
    ));
    crate::media::components::provide_audio(Resource::new(
        move || (plan(), code(), audio_lang.clone()),
        |(plan, code, lang)| watched(crate::media::api::measure_audio(plan, code, lang)),
    ));
    crate::focus_groups::published::provide_published(plan, move || Some(code()));
    crate::consultations::measure::provide_measure_consultation(plan, code);
    loaded(data, measure_page)
}

fn measure_page(m: MeasureView) -> impl IntoView {
    let slug = m.plan.slug.clone();
    let mut crumbs = crumbs_to_plan(&m.plan);
    crumbs.push((m.area.name.clone(), format!("/plans/{slug}/areas/{}", m.area.code)).into());
    crumbs.push((m.code.clone(), String::new()).into());
    let title = format!("{} {}", m.code, m.title.text);
    let version = m.version.clone().map(|v| {
        let locale = use_locale();
        let text = locale.t_args("plans-measure-version", &[("number", v.number.into()), ("date", locale.date(v.published_on).into())]);
        // Only a measure some version changed ("revised") has changes to show.
        let changes = (m.status == "revised").then(|| {
            let href = format!("/plans/{slug}/measures/{}/changes", m.code);
            view! { <a href=href>{t("plans-measure-changes-link")}</a> " · " }
        });
        view! {
            <p class="version-note">
                {text} " " {changes}
                <a href=format!("/plans/{slug}/versions")>{t("plans-versions-link")}</a>
            </p>
        }
    });
    // A withdrawn measure keeps its page: its last text, what people said, and why it went,
    // said under its title where the version note would be.
    let withdrawn = m.withdrawn.clone().map(|w| {
        let locale = use_locale();
        let said = locale.t_args("plans-measure-withdrawn", &[("number", w.number.into())]);
        let last = format!("/plans/{slug}/versions/{}/{}", w.number - 1, m.code);
        let reason = (!w.reason.is_empty()).then(|| view! { <p><strong>{t("plans-measure-withdrawn-reason")}</strong> " " <Tx text=w.reason/></p> });
        view! {
            <div class="notice notice-warning" role="note" id="withdrawn">
                <p>{said} " " <a href=last>{t("plans-measure-withdrawn-last")}</a></p>
                {reason}
            </div>
        }
    });
    let note = match withdrawn {
        Some(notice) => notice.into_any(),
        None => version.into_any(),
    };
    let progress = m.monitored.then(|| {
        let href = format!("/plans/{slug}/measures/{}/progress", m.code);
        view! { <p><a href=href>{t("monitoring-measure-link")}</a></p> }
    });
    let class = if m.level == 1 { "measure core" } else { "measure" };
    view! {
        <PageTitle text=title/>
        <Breadcrumbs items=crumbs/>
        <article class=class>
            {measure_fields(m, note)}
            {progress}
            <crate::evidence::components::MeasureEvidence/>
        </article>
        <crate::focus_groups::published::PublishedFindings plan=slug measure=true/>
        <crate::consultations::measure::MeasureConsultation/>
    }
}

/// A measure's fields as its page shows them, `note` under the level (where the version stands);
/// also the body of a measure as an earlier version froze it.
pub fn measure_fields(m: MeasureView, note: AnyView) -> impl IntoView {
    let slug = m.plan.slug.clone();
    let entity_link = {
        let slug = slug.clone();
        move |e: EntityRef| {
            let href = format!("/plans/{slug}/entities#entity-{}", e.slug);
            view! { <a href=href><Tx text=e.name/></a> }
        }
    };
    let level_explained = if m.level == 1 { t("plans-level-1-explained") } else { t("plans-level-2-explained") };
    let dates = match (m.starts_on, m.ends_on) {
        (Some(start), Some(end)) => Some(view! { <p class="muted"><Period start end/></p> }),
        _ => None,
    };
    // Beside each part, while a consultation is open on the measure: a link to comment on it.
    let objectives = m
        .objectives
        .into_iter()
        .enumerate()
        .map(|(i, o)| view! { <li id=format!("objective-{}", i + 1)><Tx text=o/><CommentOn anchor=Anchor::Objective(i + 1)/></li> })
        .collect_view();
    let indicators = m
        .indicators
        .into_iter()
        .enumerate()
        .map(|(i, ind)| {
            view! {
                <tr id=format!("indicator-{}", i + 1)>
                    <td><Tx text=ind.name/><CommentOn anchor=Anchor::Indicator(i + 1)/></td>
                    <td><Tx text=ind.target/><CommentOn anchor=Anchor::Target(i + 1)/></td>
                </tr>
            }
        })
        .collect_view();
    let note = view! { {note} <p><CommentOn anchor=Anchor::Measure/></p> };
    let description = {
        let fallback = m.description.fallback.then(|| m.description.clone());
        let lang = m.description.lang.clone();
        let paragraphs = crate::consultations::domain::paragraphs(&m.description.text)
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                view! { <p id=format!("paragraph-{}", i + 1) lang=lang.clone() dir="auto">{p.to_owned()}<CommentOn anchor=Anchor::Paragraph(i + 1)/></p> }
            })
            .collect_view();
        // The fallback note once, after the paragraphs.
        view! { {paragraphs} {fallback.map(|text| view! { <crate::ui::FallbackNote text/> })} }
    };
    let responsible = match m.responsible {
        Some(e) => entity_link(e).into_any(),
        None => t("core-unknown").into_any(),
    };
    let partners = if m.partners.is_empty() {
        view! { <p>{t("plans-measure-no-partners")}</p> }.into_any()
    } else {
        view! { <ul>{m.partners.into_iter().map(|e| view! { <li>{entity_link(e)}</li> }).collect_view()}</ul> }.into_any()
    };
    let area_href = format!("/plans/{slug}/areas/{}", m.area.code);
    view! {
        <p class="meta">
            <span class="code">{m.code.clone()}</span> " "
            <LevelBadge level=m.level/> " "
            <span class="badge badge-status">{t(&format!("plans-measure-status-{}", m.status))}</span>
        </p>
        <h1><Tx text=m.title/></h1>
        <p class="level-note">{level_explained}</p>
        {note}
        <section aria-labelledby="summary-heading" class="summary">
            <h2 id="summary-heading">{t("plans-measure-summary")}</h2>
            <TxBlock text=m.summary/>
            <crate::media::components::AudioVersions/>
        </section>
        <h2>{t("plans-measure-description")}</h2>
        {description}
        <h2>{t("plans-measure-objectives")}</h2>
        <ul>{objectives}</ul>
        <h2 id="indicators-heading">{t("plans-measure-indicators")}</h2>
        <table class="data" aria-labelledby="indicators-heading">
            <thead>
                <tr>
                    <th scope="col">{t("plans-measure-indicator")}</th>
                    <th scope="col">{t("plans-measure-target")}</th>
                </tr>
            </thead>
            <tbody>{indicators}</tbody>
        </table>
        <h2>{t("plans-measure-timeline")}</h2>
        <TxBlock text=m.timeline/>
        {dates}
        <h2>{t("plans-measure-responsible")}</h2>
        <p>{responsible}</p>
        <h2>{t("plans-measure-partners")}</h2>
        {partners}
        <h2>{t("plans-measure-area")}</h2>
        <p><a href=area_href><Tx text=m.area.name/></a></p>
    }
}

/// The entities of the local diagnosis, filterable by area (a plain GET form).
#[component]
pub fn EntitiesPage() -> impl IntoView {
    let plan = param("plan");
    let query = use_query_map();
    let area = move || query.read().get("area").filter(|a| !a.is_empty());
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(
        move || (plan(), area(), lang.clone()),
        |(plan, area, lang)| watched(api::list_entities(plan, area, lang)),
    );
    loaded(data, entities_page)
}

fn entities_page(view: EntitiesView) -> impl IntoView {
    let locale = use_locale();
    let mut crumbs = crumbs_to_plan(&view.plan);
    crumbs.push((t("plans-entities-title"), String::new()).into());
    let selected_code = view.selected.as_ref().map(|a| a.code.clone()).unwrap_or_default();
    let heading = match &view.selected {
        Some(area) => locale.t_args("plans-entities-in-area", &[("area", area.name.text.clone().into())]),
        None => t("plans-entities-all"),
    };
    let found = count(locale, "plans-entity-count", u64::try_from(view.entities.len()).unwrap_or(u64::MAX));
    let options = view
        .areas
        .into_iter()
        .map(|a| {
            let selected = a.code == selected_code;
            view! { <option value=a.code selected=selected>{a.name.text}</option> }
        })
        .collect_view();
    let entities = view
        .entities
        .into_iter()
        .map(|e| {
            let id = format!("entity-{}", e.slug);
            let place = e.municipality.map(|m| view! { " · " <span>{m}</span> });
            let services = (!e.services.is_empty()).then(|| {
                view! {
                    <p class="label">{t("plans-entity-services")}</p>
                    <ul>{e.services.into_iter().map(|s| view! { <li><Tx text=s/></li> }).collect_view()}</ul>
                }
            });
            let areas = (!e.areas.is_empty()).then(|| {
                view! {
                    <p class="label">{t("plans-entity-areas")}</p>
                    <ul class="inline-list tags">
                        {e.areas.into_iter().map(|a| view! { <li><Tx text=a.name/></li> }).collect_view()}
                    </ul>
                }
            });
            let contact = |key: &str, value: Option<String>, href: fn(&str) -> Option<String>| {
                value.map(|v| {
                    let shown = match href(&v) {
                        Some(link) => view! { <a href=link dir="ltr">{v}</a> }.into_any(),
                        None => view! { <span dir="auto">{v}</span> }.into_any(),
                    };
                    view! { <dt>{t(&format!("plans-entity-{key}"))}</dt> <dd>{shown}</dd> }
                })
            };
            let contacts = [
                contact("website", e.website, |v| Some(v.to_owned())),
                contact("email", e.email, |v| Some(format!("mailto:{v}"))),
                contact("phone", e.phone, |v| Some(format!("tel:{}", v.replace([' ', '(', ')', '.'], "")))),
                contact("address", e.address, |_| None),
            ];
            let contacts = contacts.iter().any(Option::is_some).then(|| view! { <dl class="contacts">{contacts.into_iter().flatten().collect_view()}</dl> });
            view! {
                <li class="card" id=id>
                    <h3><Tx text=e.name/></h3>
                    <p class="meta"><span>{t(&format!("plans-entity-kind-{}", e.kind))}</span> {place}</p>
                    <TxBlock text=e.description/>
                    {services}
                    {areas}
                    {contacts}
                </li>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=format!("{} · {}", t("plans-entities-title"), view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{t("plans-entities-title")}</h1>
        <p class="lead">{t("plans-entities-intro")}</p>
        <Form method="GET" action="">
            <div class="filter">
                <label for="area-filter">{t("plans-entities-filter-label")}</label>
                <select id="area-filter" name="area">
                    <option value="" selected=selected_code.is_empty()>{t("plans-entities-filter-all")}</option>
                    {options}
                </select>
                <button type="submit">{t("plans-entities-filter-apply")}</button>
            </div>
        </Form>
        <h2 aria-live="polite">{format!("{heading} ({found})")}</h2>
        <ul class="cards">{entities}</ul>
    }
}
