//! "How your input was used": every input of a consultation (comments, whatever their channel,
//! and the entities' positions) with the answer it got and the measures it is evidence for, filtered by measure, channel, language
//! and decision with a plain GET form (no JavaScript needed), with counts by decision.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    InputFilter, InputItem, InputsView, api,
    evidence::input_anchor,
    domain::{CHANNELS, DECISIONS},
    measure::answer_block,
    pages::{crumbs, state_badge},
};
use crate::{
    evidence::{
        components::{OutcomeLinks, UnplacedRefusal},
        model::OutcomeEvidence,
    },
    i18n::{t, use_locale},
    pending::watched,
    plans::editing::languages::native,
    ui::{PageTitle, Tx, loaded, pager},
};

/// The filter as the address holds it (`written` is the language inputs were written in, as
/// `lang` is the interface's).
fn filter_of(query: &leptos_router::params::ParamsMap) -> InputFilter {
    let get = |k: &str| query.get(k).unwrap_or_default();
    InputFilter { measure: get("measure"), channel: get("channel"), lang: get("written"), decision: get("decision") }
}

#[component]
pub fn InputsPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let filter = move || filter_of(&query.read());
    // The printable version is every input on one page (page 0).
    let page = move || if query.read().get("print").is_some() { 0 } else { query.read().get("page").and_then(|p| p.parse::<u64>().ok()).unwrap_or(1).max(1) };
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), slug(), filter(), page(), lang.clone()), |(p, s, f, n, l)| watched(api::inputs_data(p, s, f, n, l)));
    let printing = query.read_untracked().get("print").is_some();
    if printing { loaded(data, printable).into_any() } else { loaded(data, inputs_page).into_any() }
}

/// Every input on one page, without forms, for print.
fn printable(view: InputsView) -> impl IntoView {
    let here = t("consultations-inputs-title");
    let items = view.items.iter().map(|i| item(&view, i, true)).collect_view();
    let total = use_locale().t_args("consultations-inputs-total", &[("count", view.total.into())]);
    view! {
        <PageTitle text=format!("{} · {}", here, view.card.title.text)/>
        <h2 class="print-title"><Tx text=view.card.title.clone()/> " · " {here}</h2>
        <p>{total}</p>
        <ol class="plain stack inputs">{items}</ol>
    }
}

fn choice(name: &'static str, label: String, chosen: &str, options: Vec<(String, String)>) -> impl IntoView + use<> {
    let id = format!("filter-{name}");
    let options = options.into_iter().map(|(value, text)| view! { <option value=value.clone() selected=value == chosen>{text}</option> }).collect_view();
    view! {
        <p>
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="">{t("consultations-inputs-all")}</option>
                {options}
            </select>
        </p>
    }
}

/// One input with its answer and the measures it is evidence for (`printing`: without forms).
fn item(view: &InputsView, i: &InputItem, printing: bool) -> impl IntoView + use<> {
    let locale = use_locale();
    let what = match &i.stance {
        Some(stance) => view! { <span class="badge">{t(&format!("consultations-stance-{stance}"))}</span> }.into_any(),
        None => view! { <span>{t(&format!("consultations-channel-{}", i.channel))}</span> }.into_any(),
    };
    let answer = match &i.disposition {
        Some(d) => answer_block(&view.plan.slug, &i.measure, view.card.version, d).into_any(),
        None => view! { <p class="muted">{t("consultations-inputs-unanswered")}</p> }.into_any(),
    };
    let evidence = if printing { OutcomeEvidence { links: view.evidence.of(&i.outcome), ..Default::default() } } else { view.evidence.clone() };
    view! {
        <li class="card comment" id=input_anchor(&i.outcome)>
            <p class="comment-meta">
                <a href=i.place.clone() dir="ltr">{i.measure.clone()}</a> " · " {crate::accounts::byline::signature(&i.author)} {locale.date(i.on)} " · " {what}
            </p>
            <div class="comment-body" lang=i.lang.clone() dir="auto" inner_html=i.body_html.clone()></div>
            {answer}
            <OutcomeLinks plan=view.plan.slug.clone() outcome=i.outcome.clone() evidence=evidence/>
        </li>
    }
}

fn inputs_page(view: InputsView) -> impl IntoView {
    let locale = use_locale();
    let here = t("consultations-inputs-title");
    let slug = view.plan.slug.clone();
    let base = format!("/plans/{slug}/consultations/{}", view.card.slug);
    let trail = crumbs(
        &view.plan,
        vec![
            (t("consultations-title"), format!("/plans/{slug}/consultations")).into(),
            (view.card.title.text.clone(), base.clone()).into(),
            (here.clone(), String::new()).into(),
        ],
    );
    let f = &view.filter;
    let measures = view.measures.iter().map(|m| (m.code.clone(), format!("{} · {}", m.code, m.title.text))).collect();
    let channels = CHANNELS.iter().map(|c| ((*c).to_owned(), t(&format!("consultations-channel-{c}")))).collect();
    let languages = view.languages.iter().map(|l| (l.clone(), native(l))).collect();
    let decisions = DECISIONS
        .iter()
        .map(|d| ((*d).to_owned(), t(&format!("consultations-decision-{d}"))))
        .chain(std::iter::once(("none".to_owned(), t("consultations-inputs-unanswered"))))
        .collect();
    let counts = view
        .counts
        .iter()
        .map(|(d, n)| {
            let label = if d == "none" { t("consultations-inputs-unanswered") } else { t(&format!("consultations-decision-{d}")) };
            view! { <li>{locale.t_args("consultations-inputs-count", &[("decision", label.into()), ("count", (*n).into())])}</li> }
        })
        .collect_view();
    let items = view.items.iter().map(|i| item(&view, i, false)).collect_view();
    let unplaced = view.evidence.can_link.then(|| view! { <UnplacedRefusal shown=view.items.iter().map(|i| i.outcome.token()).collect()/> });
    let none = view.items.is_empty().then(|| view! { <p class="muted">{t("consultations-inputs-none")}</p> });
    let query = |n: u64| {
        let mut q: Vec<String> = Vec::new();
        for (k, v) in [("measure", &f.measure), ("channel", &f.channel), ("written", &f.lang), ("decision", &f.decision)] {
            if !v.is_empty() {
                q.push(format!("{k}={}", form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()));
            }
        }
        q.push(format!("page={n}"));
        format!("{base}/inputs?{}", q.join("&"))
    };
    let pages = pager(view.page, view.pages, t("consultations-inputs-pages-label"), query);
    let total = locale.t_args("consultations-inputs-total", &[("count", view.total.into())]);
    let downloads = format!("/plans/{slug}/consultations/{}", view.card.slug);
    view! {
        <PageTitle text=format!("{} · {}", here, view.card.title.text)/>
        <crate::ui::Breadcrumbs items=trail/>
        <h1>{here}</h1>
        <p><Tx text=view.card.title.clone()/> " · " {state_badge(view.card.state)}</p>
        <p class="lead">{t("consultations-inputs-intro")}</p>
        <p class="no-print">
            <a href=format!("{base}/inputs?print=1")>{t("consultations-inputs-print")}</a> " · "
            <a href=format!("{downloads}/export.csv") download>{t("consultations-export-csv")}</a> " · "
            <a href=format!("{downloads}/export.json") download>{t("consultations-export-json")}</a>
        </p>
        <form method="get" action=format!("{base}/inputs") class="filters no-print">
            {choice("measure", t("consultations-inputs-measure"), &f.measure, measures)}
            {choice("channel", t("consultations-inputs-channel"), &f.channel, channels)}
            {choice("written", t("consultations-inputs-lang"), &f.lang, languages)}
            {choice("decision", t("consultations-inputs-decision"), &f.decision, decisions)}
            <button type="submit" class="button">{t("consultations-inputs-filter")}</button>
        </form>
        {unplaced}
        <h2 id="inputs-counts">{total}</h2>
        <ul class="inline-list" aria-labelledby="inputs-counts">{counts}</ul>
        {none}
        <ol class="plain stack inputs">{items}</ol>
        {pages}
    }
}
