//! The new-plan page (administrators): what the plan is, its own language, its period and its
//! municipalities, picked from the official list grouped by district.

use leptos::prelude::*;

use super::{api, model::NewPlanView};
use crate::{
    core::FormEcho,
    i18n::{Locale, t, use_locale},
    pending::watched,
    plans::model::PLAN_KINDS,
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, failure, loaded, refused_form},
};

#[component]
pub fn NewPlanPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| watched(api::new_plan_data()));
    loaded(data, new_plan_page)
}

fn new_plan_page(view: NewPlanView) -> impl IntoView {
    let action = ServerAction::<api::CreatePlan>::new();
    let error = failure(move || action.value().get());
    let here = t("plans-new-title");
    let crumbs: Vec<Crumb> = vec![(t("core-nav-plans"), "/".to_owned()).into(), (here.clone(), String::new()).into()];
    let echo: Option<FormEcho> = refused_form(|e| e.get("period_start").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let picked: Vec<String> = echo.as_ref().map(|e| e.all("municipalities[]").into_iter().map(str::to_owned).collect()).unwrap_or_default();
    let (slug, title, start, end) = (typed("slug"), typed("title"), typed("period_start"), typed("period_end"));
    let kind = Some(typed("kind")).filter(|k| !k.is_empty()).unwrap_or_else(|| "municipal".to_owned());
    let lang = Some(typed("lang")).filter(|l| !l.is_empty()).unwrap_or_else(|| use_locale().tag().to_owned());
    let kinds = PLAN_KINDS
        .iter()
        .map(|k| view! { <option value=*k selected=*k == kind>{t(&format!("plans-kind-{k}"))}</option> })
        .collect_view();
    let languages = view
        .languages
        .iter()
        .filter_map(|tag| Locale::from_tag(tag))
        .map(|l| view! { <option value=l.tag() lang=l.tag() selected=l.tag() == lang>{l.native_name()}</option> })
        .collect_view();
    let districts = view
        .districts
        .into_iter()
        .map(|(district, list)| {
            let options = list
                .into_iter()
                .map(|(code, name)| {
                    let selected = picked.contains(&code);
                    view! { <option value=code selected=selected>{name}</option> }
                })
                .collect_view();
            view! { <optgroup label=district>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <PageTitle text=here.clone()/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("plans-new-intro")}</p>
        <ActionForm action=action attr:class="stack">
            <FieldError id="plan-error" message=error/>
            <crate::once::OnceField/>
            <label for="plan-title">{t("plans-new-title-label")}</label>
            <input id="plan-title" name="title" type="text" maxlength="300" dir="auto" required value=title/>
            <label for="plan-slug">{t("surveys-builder-slug-label")}</label>
            <p class="hint" id="plan-slug-hint">{t("plans-new-slug-hint")}</p>
            <input id="plan-slug" name="slug" type="text" maxlength="60" dir="ltr" required aria-describedby="plan-slug-hint" value=slug/>
            <label for="plan-kind">{t("plans-field-kind")}</label>
            <select id="plan-kind" name="kind">{kinds}</select>
            <label for="plan-municipalities">{t("plans-municipalities-heading")}</label>
            <p class="hint" id="plan-municipalities-hint">{t("plans-new-municipalities-hint")}</p>
            <select id="plan-municipalities" name="municipalities[]" multiple size="10" aria-describedby="plan-municipalities-hint">{districts}</select>
            <label for="plan-lang">{t("plans-new-lang-label")}</label>
            <select id="plan-lang" name="lang">{languages}</select>
            <label for="plan-start">{t("plans-new-start")}</label>
            <input id="plan-start" name="period_start" type="date" required value=start/>
            <label for="plan-end">{t("plans-new-end")}</label>
            <input id="plan-end" name="period_end" type="date" required value=end/>
            <button type="submit" class="button primary">{t("plans-new-submit")}</button>
        </ActionForm>
    }
}
