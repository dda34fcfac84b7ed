//! The plan's edit page: its texts in one language at a time (a link per interface language),
//! its stage and its period.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{HolidayRow, PlanEditView, api};
use crate::{
    core::FormEcho,
    i18n::{Locale, t, use_locale},
    pending::watched,
    plans::model::{PLAN_STATUSES, TIME_ZONES},
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, failure, loaded, rcdata, refused_form},
};

#[component]
pub fn PlanEditPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let reader = use_locale().tag().to_owned();
    let lang = move || query.read().get("lang").unwrap_or_else(|| reader.clone());
    let data = Resource::new(move || (plan(), lang()), |(p, l)| watched(api::plan_edit_data(p, l)));
    loaded(data, edit_page)
}

fn edit_page(view: PlanEditView) -> impl IntoView {
    let action = ServerAction::<api::UpdatePlan>::new();
    let error = failure(move || action.value().get());
    let here = t("plans-edit-title");
    let base = format!("/plans/{}", view.slug);
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.title.clone(), base.clone()).into(),
        (here.clone(), String::new()).into(),
    ];
    let refused = refused_form(|e: &FormEcho| e.get("period_start").is_some()).map(|(e, _)| e);
    let typed = |name: &str, stored: String| refused.as_ref().map_or(stored, |e| e.get(name).unwrap_or_default().to_owned());
    let (title, summary, promoter) = (typed("title", view.title.clone()), typed("summary", view.summary.clone()), typed("promoter", view.promoter.clone()));
    let status = typed("status", view.status.clone());
    let (start, end) = (typed("period_start", view.period_start.to_string()), typed("period_end", view.period_end.to_string()));
    let saved = use_query_map()
        .read_untracked()
        .get("saved")
        .filter(|_| refused.is_none())
        .map(|_| view! { <p class="notice" role="status" id="notice">{t("plans-edit-saved")}</p> });
    // Interface languages, then content-only ones (Cape Verdean Creole…): a plan may publish its
    // texts in those too.
    let languages = Locale::all()
        .chain(Locale::content_only())
        .map(|l| {
            let offered = view.languages.iter().any(|o| o == l.tag());
            let current = l.tag() == view.lang;
            view! {
                <li>
                    <a href=format!("{base}/edit?lang={}", l.tag()) lang=l.tag() aria-current=current.then_some("page")>{l.native_name()}</a>
                    {(!offered).then(|| view! { " " <span class="muted">{t("plans-edit-not-offered")}</span> })}
                </li>
            }
        })
        .collect_view();
    let statuses = PLAN_STATUSES
        .iter()
        .map(|s| view! { <option value=*s selected=*s == status>{t(&format!("plans-status-{s}"))}</option> })
        .collect_view();
    let zone = typed("time_zone", view.time_zone.clone());
    let zones = TIME_ZONES
        .iter()
        .map(|(name, key)| view! { <option value=*name selected=*name == zone>{t(&format!("plans-time-zone-{key}"))}</option> })
        .collect_view();
    let (email, phone) = (typed("contact_email", view.contact_email.clone()), typed("contact_phone", view.contact_phone.clone()));
    let lang = view.lang.clone();
    let dir = Locale::from_tag(&lang).map_or("auto", |l| l.dir());
    let holidays = view! { <Holidays plan=view.slug.clone() lang=view.lang.clone() municipalities=view.municipalities.clone()/> };
    view! {
        <PageTitle text=format!("{} · {}", here, view.title)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        {saved}
        <nav aria-labelledby="plan-languages-heading">
            <h2 id="plan-languages-heading">{t("plans-edit-languages")}</h2>
            <ul class="inline-list">{languages}</ul>
        </nav>
        <ActionForm action=action attr:class="stack">
            <FieldError id="plan-edit-error" message=error/>
            <input type="hidden" name="plan" value=view.slug.clone()/>
            <input type="hidden" name="lang" value=lang.clone()/>
            <label for="plan-edit-title">{t("plans-new-title-label")}</label>
            <input id="plan-edit-title" name="title" type="text" maxlength="300" lang=lang.clone() dir=dir value=title/>
            <label for="plan-edit-summary">{t("plans-edit-summary")}</label>
            <textarea id="plan-edit-summary" name="summary" rows="5" maxlength="4000" lang=lang.clone() dir=dir>{rcdata(summary)}</textarea>
            <label for="plan-edit-promoter">{t("plans-field-promoter")}</label>
            <input id="plan-edit-promoter" name="promoter" type="text" maxlength="300" lang=lang.clone() dir=dir value=promoter/>
            <label for="plan-edit-status">{t("plans-field-status")}</label>
            <select id="plan-edit-status" name="status">{statuses}</select>
            <label for="plan-edit-start">{t("plans-new-start")}</label>
            <input id="plan-edit-start" name="period_start" type="date" required value=start/>
            <label for="plan-edit-end">{t("plans-new-end")}</label>
            <input id="plan-edit-end" name="period_end" type="date" required value=end/>
            <label for="plan-edit-zone">{t("plans-field-time-zone")}</label>
            <select id="plan-edit-zone" name="time_zone">{zones}</select>
            <label for="plan-edit-email">{t("plans-edit-contact-email")}</label>
            <input id="plan-edit-email" name="contact_email" type="email" maxlength="300" dir="ltr" value=email/>
            <label for="plan-edit-phone">{t("plans-edit-contact-phone")}</label>
            <input id="plan-edit-phone" name="contact_phone" type="tel" maxlength="40" dir="ltr" value=phone/>
            <button type="submit" class="button primary">{t("plans-edit-submit")}</button>
        </ActionForm>
        {holidays}
    }
}

/// Each municipality's own holiday: none, Ascension Thursday, or a day and month.
#[component]
fn Holidays(plan: String, lang: String, municipalities: Vec<HolidayRow>) -> impl IntoView {
    let action = ServerAction::<api::SaveHolidays>::new();
    let error = failure(move || action.value().get());
    let refused = refused_form(|e: &FormEcho| e.get("municipality[]").is_some()).map(|(e, _)| e);
    let saved = use_query_map()
        .read_untracked()
        .get("holidays")
        .filter(|_| refused.is_none())
        .map(|_| view! { <p class="notice" role="status">{t("plans-edit-saved")}</p> });
    let rows = municipalities
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            // A refused form shows what was typed, row by row.
            let typed = |name: &str, stored: String| refused.as_ref().and_then(|e| e.all(name).get(i).map(|v| (*v).to_owned())).unwrap_or(stored);
            let (kind, date) = (typed("holiday[]", m.kind.clone()), typed("date[]", m.date.clone()));
            let (kind_id, date_id, hint_id) = (format!("holiday-{i}"), format!("holiday-{i}-date"), format!("holiday-{i}-hint"));
            let options = ["none", "ascension", "date"]
                .into_iter()
                .map(|k| view! { <option value=k selected=k == kind>{t(&format!("plans-holiday-{k}"))}</option> })
                .collect_view();
            view! {
                <fieldset class="stack">
                    <legend dir="auto">{m.name.clone()}</legend>
                    <input type="hidden" name="municipality[]" value=m.slug.clone()/>
                    <label for=kind_id.clone()>{t("plans-holiday-label")}</label>
                    <select id=kind_id name="holiday[]">{options}</select>
                    <label for=date_id.clone()>{t("plans-holiday-date-label")}</label>
                    <p class="hint" id=hint_id.clone()>{t("plans-holiday-date-hint")}</p>
                    <input id=date_id name="date[]" type="text" inputmode="numeric" maxlength="5" size="5" dir="ltr" aria-describedby=hint_id value=date/>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section id="holidays" aria-labelledby="holidays-heading" tabindex="-1">
            <h2 id="holidays-heading">{t("plans-holidays-heading")}</h2>
            <p>{t("plans-holidays-intro")}</p>
            {saved}
            <ActionForm action=action attr:class="stack">
                <FieldError id="holidays-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="lang" value=lang/>
                {rows}
                <button type="submit" class="button">{t("plans-holidays-submit")}</button>
            </ActionForm>
        </section>
    }
}
