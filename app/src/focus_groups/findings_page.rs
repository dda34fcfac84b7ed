//! The minutes-and-findings page of a focus group: a one-page summary to read or print in the
//! reader's language (topic, date, how many took part, the minutes, the findings with their
//! areas and measures), and for the plan's facilitators the forms that write the minutes, add,
//! translate and remove findings, link each as evidence to a measure and publish the whole.
//! Every form works without JavaScript; none is printed.

use leptos::prelude::*;

use super::{
    FindingView, FindingsView, ManageFindings, api,
    pages::{crumbs, param, when},
};
use crate::{
    core::FormEcho,
    evidence::components::OutcomeLinks,
    i18n::{Locale, t, use_locale},
    pending::watched,
    plans::editing::languages::{content_options, native},
    ui::{Breadcrumbs, FieldError, PageTitle, Tx, TxBlock, failure, failure_of, loaded, rcdata, refused_form},
};

#[component]
pub fn FindingsPage() -> impl IntoView {
    let plan = param("plan");
    let slug = param("slug");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), slug(), lang.clone()), |(p, s, l)| watched(api::findings_data(p, s, l)));
    loaded(data, findings_page)
}

fn findings_page(view: FindingsView) -> impl IntoView {
    let locale = use_locale();
    let heading = t("focus-groups-findings-title");
    let topic = view.card.topic.text.clone();
    let base = format!("/plans/{}/focus-groups/{}", view.plan.slug, view.card.slug);
    let here = crumbs(&view.plan, vec![(topic.clone(), base.clone()).into(), (heading.clone(), String::new()).into()]);
    let came = view.came.map(|n| view! { <p>{locale.t_args("focus-groups-came", &[("count", n.into())])}</p> });
    let draft = (!view.published).then(|| view! { <p class="notice" role="status">{t("focus-groups-findings-draft")}</p> });
    // The summary in another language: the UI languages among the plan's and the session's.
    let print_in = view
        .languages
        .iter()
        .filter(|l| Locale::from_tag(l).is_some())
        .map(|l| view! { <li><a href=format!("{base}/findings?lang={l}") lang=l.clone() hreflang=l.clone()>{native(l)}</a></li> })
        .collect_view();
    let minutes = match view.minutes.clone() {
        Some(m) => {
            let note = crate::ui::fallback_note_once(m.fallback.then_some(m.lang.as_str()));
            view! { <div class="minutes" lang=m.lang.clone() dir="auto" inner_html=m.text></div> {note} }.into_any()
        }
        None => view! { <p class="muted">{t("focus-groups-minutes-none")}</p> }.into_any(),
    };
    let findings = if view.findings.is_empty() {
        view! { <p class="muted">{t("focus-groups-findings-none")}</p> }.into_any()
    } else {
        let items = view.findings.iter().map(|f| finding(&view, f)).collect_view();
        view! { <ol class="findings">{items}</ol> }.into_any()
    };
    let manage = view.manage.clone().map(|m| view! { <Manage view=view.clone() manage=m/> });
    view! {
        <PageTitle text=format!("{heading} · {topic}")/>
        <Breadcrumbs items=here/>
        <h1>{heading}</h1>
        {draft}
        <article class="findings-summary">
            <h2 class="print-title"><Tx text=view.card.topic.clone()/></h2>
            <p>{when(view.card.session.as_ref())}</p>
            {came}
            <h3 id="minutes">{t("focus-groups-minutes-heading")}</h3>
            {minutes}
            <h3 id="findings">{t("focus-groups-findings-heading")}</h3>
            {findings}
        </article>
        <nav class="no-print" aria-labelledby="print-in-heading">
            <h2 id="print-in-heading">{t("focus-groups-findings-print-heading")}</h2>
            <p class="hint">{t("focus-groups-findings-print-hint")}</p>
            <ul class="inline-list">{print_in}</ul>
        </nav>
        {manage}
    }
}

/// One finding: its statement and tags; for facilitators, its evidence links and forms.
fn finding(view: &FindingsView, f: &FindingView) -> impl IntoView + use<> {
    let plan = view.plan.slug.clone();
    let areas = f.areas.iter().map(|a| view! { <li class="tag"><Tx text=a.name.clone()/></li> }).collect_view();
    let measures = f
        .measures
        .iter()
        .map(|m| {
            let href = format!("/plans/{plan}/measures/{}", m.code);
            view! { <li class="tag"><a href=href dir="ltr">{m.code.clone()}</a></li> }
        })
        .collect_view();
    let tagged = (!f.areas.is_empty() || !f.measures.is_empty()).then(|| view! { <ul class="tags inline-list" aria-label=t("focus-groups-finding-tags")>{areas} {measures}</ul> });
    let forms = view.manage.as_ref().map(|m| {
        let written = m.statements.iter().find(|(id, _)| *id == f.id).map(|(_, s)| s.clone()).unwrap_or_default();
        view! {
            <div class="no-print">
                <OutcomeLinks plan=plan.clone() outcome=super::finding_outcome(f.id) evidence=m.evidence.clone()/>
                <Translate plan=plan.clone() slug=view.card.slug.clone() id=f.id written=written languages=view.languages.clone()/>
                <Remove plan=plan.clone() slug=view.card.slug.clone() id=f.id/>
            </div>
        }
    });
    view! {
        <li id=format!("finding-{}", f.id)>
            <TxBlock text=f.statement.clone()/>
            {tagged}
            {forms}
        </li>
    }
}

/// The checkbox that lets a text through the participants' names check.
#[component]
fn NamesNobody(id: String) -> impl IntoView {
    view! {
        <p class="checkbox">
            <input type="checkbox" id=id.clone() name="names_nobody" value="1"/>
            <label for=id>{t("focus-groups-names-nobody")}</label>
        </p>
    }
}

/// The facilitators' part: publication, the minutes, a new finding.
#[component]
fn Manage(view: FindingsView, manage: ManageFindings) -> impl IntoView {
    let (plan, slug) = (view.plan.slug.clone(), view.card.slug.clone());
    view! {
        <section class="no-print manage-findings" aria-labelledby="manage-findings-heading">
            <h2 id="manage-findings-heading">{t("focus-groups-findings-manage-heading")}</h2>
            <p class="hint">{t("focus-groups-findings-anonymised")}</p>
            <Publish plan=plan.clone() slug=slug.clone() published=view.published held=manage.held/>
            <Minutes plan=plan.clone() slug=slug.clone() written=manage.minutes.clone() languages=view.languages.clone()/>
            <AddFinding plan=plan slug=slug manage=manage languages=view.languages.clone()/>
        </section>
    }
}

#[component]
fn Publish(plan: String, slug: String, published: bool, held: bool) -> impl IntoView {
    let action = ServerAction::<api::PublishFindings>::new();
    let error = failure(move || action.value().get());
    let (state, button, value) = if published {
        ("focus-groups-findings-state-published", "focus-groups-findings-withdraw", "0")
    } else if held {
        ("focus-groups-findings-state-draft", "focus-groups-findings-publish", "1")
    } else {
        ("focus-groups-findings-state-not-held", "focus-groups-findings-publish", "1")
    };
    view! {
        <h3 id="publication">{t("focus-groups-findings-publication-heading")}</h3>
        <p>{t(state)}</p>
        <ActionForm action=action attr:aria-labelledby="publication">
            <FieldError id="publish-error" message=error/>
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="slug" value=slug/>
            <input type="hidden" name="public" value=value/>
            <button type="submit" class="button">{t(button)}</button>
        </ActionForm>
    }
}

#[component]
fn Minutes(plan: String, slug: String, written: Vec<(String, String)>, languages: Vec<String>) -> impl IntoView {
    let action = ServerAction::<api::SaveMinutes>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("minutes").is_some()).map(|(e, _)| e);
    // The minutes in the reader's language if written, else in the first language they are in.
    let reader = use_locale().tag().to_owned();
    let (lang, text) = written
        .iter()
        .find(|(l, _)| *l == reader)
        .or_else(|| written.first())
        .cloned()
        .unwrap_or_else(|| (languages.first().cloned().unwrap_or(reader), String::new()));
    let lang = echo.as_ref().and_then(|e| e.get("lang")).map_or(lang, str::to_owned);
    let text = echo.as_ref().and_then(|e| e.get("minutes")).map_or(text, str::to_owned);
    let held = written.iter().map(|(l, _)| native(l)).collect::<Vec<_>>().join(", ");
    let held = (!written.is_empty()).then(|| view! { <p class="hint">{use_locale().t_args("focus-groups-written-in", &[("languages", held.into())])}</p> });
    view! {
        <h3 id="minutes-form-heading">{t("focus-groups-minutes-form-heading")}</h3>
        <p class="hint">{t("focus-groups-minutes-hint")}</p>
        {held}
        <ActionForm action=action attr:class="stack" attr:aria-labelledby="minutes-form-heading">
            <FieldError id="minutes-error" message=error/>
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="slug" value=slug/>
            <label for="minutes-lang">{t("focus-groups-field-written-in")}</label>
            <select id="minutes-lang" name="lang">{content_options(&languages, &lang)}</select>
            <label for="minutes-text">{t("focus-groups-minutes-heading")}</label>
            <textarea id="minutes-text" name="minutes" rows="12" maxlength="20000" dir="auto">{rcdata(text)}</textarea>
            <NamesNobody id="minutes-names-nobody".to_owned()/>
            <button type="submit" class="button primary">{t("focus-groups-minutes-submit")}</button>
        </ActionForm>
    }
}

#[component]
fn AddFinding(plan: String, slug: String, manage: ManageFindings, languages: Vec<String>) -> impl IntoView {
    let action = ServerAction::<api::AddFinding>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("statement").is_some() && e.get("once").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let ticks: Vec<(String, String)> = echo.as_ref().map(|e| e.0.clone()).unwrap_or_default();
    let ticked = move |name: &str, value: &str| ticks.iter().any(|(k, v)| k == name && v == value);
    let lang = Some(typed("lang")).filter(|l| !l.is_empty()).unwrap_or_else(|| languages.first().cloned().unwrap_or_default());
    let statement = typed("statement");
    let areas = manage
        .areas
        .iter()
        .map(|a| {
            let id = format!("finding-area-{}", a.code);
            view! {
                <li class="checkbox">
                    <input type="checkbox" id=id.clone() name="areas[]" value=a.code.clone() checked=ticked("areas[]", &a.code)/>
                    <label for=id><Tx text=a.name.clone()/></label>
                </li>
            }
        })
        .collect_view();
    let measures = manage
        .measures
        .iter()
        .map(|m| {
            let id = format!("finding-measure-{}", m.code);
            view! {
                <li class="checkbox">
                    <input type="checkbox" id=id.clone() name="measures[]" value=m.code.clone() checked=ticked("measures[]", &m.code)/>
                    <label for=id><span dir="ltr">{m.code.clone()}</span> " · " <Tx text=m.title.clone()/></label>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3 id="add-finding-heading">{t("focus-groups-finding-add-heading")}</h3>
        <ActionForm action=action attr:class="stack" attr:aria-labelledby="add-finding-heading">
            <FieldError id="add-finding-error" message=error/>
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="slug" value=slug/>
            <crate::once::OnceField/>
            <label for="finding-statement">{t("focus-groups-finding-statement")}</label>
            <p class="hint" id="finding-statement-hint">{t("focus-groups-finding-statement-hint")}</p>
            <textarea id="finding-statement" name="statement" rows="3" maxlength="600" dir="auto" aria-describedby="finding-statement-hint">{rcdata(statement)}</textarea>
            <label for="finding-lang">{t("focus-groups-field-written-in")}</label>
            <select id="finding-lang" name="lang">{content_options(&languages, &lang)}</select>
            <fieldset>
                <legend>{t("focus-groups-finding-areas")}</legend>
                <ul class="plain">{areas}</ul>
            </fieldset>
            <fieldset>
                <legend>{t("focus-groups-finding-measures")}</legend>
                <ul class="plain">{measures}</ul>
            </fieldset>
            <NamesNobody id="finding-names-nobody".to_owned()/>
            <button type="submit" class="button primary">{t("focus-groups-finding-add-submit")}</button>
        </ActionForm>
    }
}

/// Writes a finding in another language, or corrects it.
#[component]
fn Translate(plan: String, slug: String, id: i32, written: Vec<(String, String)>, languages: Vec<String>) -> impl IntoView {
    let action = ServerAction::<api::TranslateFinding>::new();
    let mine = id.to_string();
    let error = failure_of(move || action.value().get(), move |e| e.get("id") == Some(mine.as_str()) && e.get("statement").is_some());
    let reader = use_locale().tag().to_owned();
    let (lang, text) = written.iter().find(|(l, _)| *l == reader).or_else(|| written.first()).cloned().unwrap_or_default();
    let stem = format!("translate-{id}");
    let held = written.iter().map(|(l, _)| native(l)).collect::<Vec<_>>().join(", ");
    view! {
        <details class="translate-finding">
            <summary>{t("focus-groups-finding-translate")}</summary>
            <p class="hint">{use_locale().t_args("focus-groups-written-in", &[("languages", held.into())])}</p>
            <ActionForm action=action attr:class="stack">
                <FieldError id=format!("{stem}-error") message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="slug" value=slug/>
                <input type="hidden" name="id" value=id.to_string()/>
                <label for=format!("{stem}-lang")>{t("focus-groups-field-written-in")}</label>
                <select id=format!("{stem}-lang") name="lang">{content_options(&languages, &lang)}</select>
                <label for=format!("{stem}-text")>{t("focus-groups-finding-statement")}</label>
                <textarea id=format!("{stem}-text") name="statement" rows="3" maxlength="600" dir="auto">{rcdata(text)}</textarea>
                <NamesNobody id=format!("{stem}-names-nobody")/>
                <button type="submit" class="button">{t("focus-groups-finding-translate-submit")}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn Remove(plan: String, slug: String, id: i32) -> impl IntoView {
    let action = ServerAction::<api::RemoveFinding>::new();
    view! {
        <details class="confirm">
            <summary class="link-button">{t("focus-groups-finding-remove")}</summary>
            <p class="warning">{t("focus-groups-finding-remove-warning")}</p>
            <ActionForm action=action attr:class="inline">
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="slug" value=slug/>
                <input type="hidden" name="id" value=id.to_string()/>
                <button type="submit" class="button danger">{t("focus-groups-finding-remove-submit")}</button>
            </ActionForm>
        </details>
    }
}
