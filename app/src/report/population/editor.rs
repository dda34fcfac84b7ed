//! The facilitators' page of a plan's reference population (`/plans/:plan/edit/population`):
//! every group with its name in the language `?in=` names, residents, source and year, and the
//! languages whose inputs count for it; a group added, changed or removed.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{GroupRow, PopulationEditView, api};
use crate::{
    core::FormEcho,
    i18n::{Locale, t, use_locale},
    pending::watched,
    plans::editing::languages::{LanguageLinks, native, source_hint},
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, failure, failure_of, loaded, refused_form},
};

#[component]
pub fn PopulationEditPage() -> impl IntoView {
    let params = use_params_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let reader = use_locale().tag().to_owned();
    let query = use_query_map();
    let fallback = reader.clone();
    let lang = move || query.read().get("in").unwrap_or_else(|| fallback.clone());
    let data = Resource::new(move || (plan(), lang(), reader.clone()), |(p, l, r)| watched(api::population_edit_data(p, l, r)));
    loaded(data, population_page)
}

fn population_page(view: PopulationEditView) -> impl IntoView {
    let here = t("report-population-edit-title");
    let slug = view.plan.slug.clone();
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), format!("/plans/{slug}")).into(),
        (here.clone(), String::new()).into(),
    ];
    let own = view.languages.first().map(|l| l.tag.clone()).unwrap_or_default();
    let removed = use_query_map().read_untracked().get("removed").map(|_| view! { <p class="notice" role="status">{t("report-population-removed")}</p> });
    let empty = view.groups.is_empty().then(|| view! { <p class="muted">{t("report-population-none")}</p> });
    let items = view
        .groups
        .iter()
        .map(|g| view! { <GroupItem plan=slug.clone() lang=view.lang.clone() own=own.clone() choices=view.choices.clone() group=g.clone()/> })
        .collect_view();
    let base = slug.clone();
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("report-population-edit-intro")} " " <a href=format!("/plans/{slug}/participation#representation-heading")>{t("report-population-edit-public")}</a></p>
        <LanguageLinks languages=view.languages.clone() current=view.lang.clone() href=move |tag| format!("/plans/{base}/edit/population?in={tag}") heading_id="population-languages-heading"/>
        <h2 id="groups-heading">{t("report-population-groups")}</h2>
        {removed}
        {empty}
        <ol class="plain stack">{items}</ol>
        <AddGroup plan=slug.clone() lang=view.lang.clone() choices=view.choices.clone()/>
    }
}

/// The fields a group's form shares with the new group's: name, residents, year, source and
/// languages, filled from what was typed when the form came back refused.
fn fields(prefix: &str, lang: &str, group: &GroupRow, echo: Option<&FormEcho>, choices: &[String], source_text: Option<AnyView>) -> AnyView {
    let typed = |name: &str, stored: String| echo.map_or(stored, |e| e.get(name).unwrap_or_default().to_owned());
    let ticked = |tag: &str| echo.map_or_else(|| group.languages.iter().any(|l| l == tag), |e| e.all("languages[]").contains(&tag));
    let number = |n: i64| if n == 0 { String::new() } else { n.to_string() };
    let name = typed("name", group.name.value.clone());
    let population = typed("population", number(group.population));
    let year = typed("year", number(i64::from(group.year)));
    let source = typed("source", group.source.clone());
    let dir = Locale::from_tag(lang).map_or("auto", |l| l.dir());
    let id = |field: &str| format!("{prefix}-{field}");
    let boxes = choices
        .iter()
        .map(|tag| {
            let box_id = format!("{prefix}-lang-{}", tag.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
            view! {
                <li>
                    <input id=box_id.clone() type="checkbox" name="languages[]" value=tag.clone() checked=ticked(tag)/>
                    <label for=box_id lang=tag.clone()>{native(tag)}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <label for=id("name")>{t("report-population-name")}</label>
        {source_text}
        <input id=id("name") name="name" type="text" maxlength="200" lang=lang.to_owned() dir=dir value=name/>
        <label for=id("population")>{t("report-population-residents")}</label>
        <input id=id("population") name="population" type="text" inputmode="numeric" maxlength="12" required class="short" dir="ltr" value=population/>
        <label for=id("year")>{t("report-population-year")}</label>
        <input id=id("year") name="year" type="text" inputmode="numeric" maxlength="4" required class="short" dir="ltr" value=year/>
        <label for=id("source")>{t("report-population-source")}</label>
        <p class="hint" id=id("source-hint")>{t("report-population-source-hint")}</p>
        <input id=id("source") name="source" type="text" maxlength="300" required dir="auto" aria-describedby=id("source-hint") value=source/>
        <fieldset>
            <legend>{t("report-population-languages")}</legend>
            <p class="hint">{t("report-population-languages-hint")}</p>
            <ul class="plain">{boxes}</ul>
        </fieldset>
    }
    .into_any()
}

#[component]
fn GroupItem(plan: String, lang: String, own: String, choices: Vec<String>, group: GroupRow) -> impl IntoView {
    let save = ServerAction::<api::SavePopulationGroup>::new();
    let remove = ServerAction::<api::RemovePopulationGroup>::new();
    let mine = group.id.to_string();
    let (saving, removing) = (mine.clone(), mine.clone());
    let error = failure_of(move || save.value().get(), move |e| e.get("id") == Some(saving.as_str()) && e.get("population").is_some());
    let remove_error = failure_of(move || remove.value().get(), move |e| e.get("id") == Some(removing.as_str()) && e.get("population").is_none());
    let echo = refused_form(|e: &FormEcho| e.get("id") == Some(mine.as_str()) && e.get("population").is_some()).map(|(e, _)| e);
    let saved = use_query_map().read_untracked().get("saved").filter(|s| *s == group.id.to_string() && echo.is_none()).map(|_| view! { <p class="notice" role="status">{t("plans-edit-saved")}</p> });
    let id = format!("group-{}", group.id);
    let heading = if group.name.value.trim().is_empty() { group.name.own.clone() } else { group.name.value.clone() };
    let hint = source_hint(&group.name.own, &own);
    let inputs = fields(&id, &lang, &group, echo.as_ref(), &choices, hint);
    let (error_id, remove_error_id, number) = (format!("{id}-error"), format!("{id}-remove-error"), group.id.to_string());
    let (plan_again, lang_again, number_again) = (plan.clone(), lang.clone(), number.clone());
    view! {
        <li id=id.clone() tabindex="-1" class="card">
            <h3 dir="auto">{heading}</h3>
            {saved}
            <ActionForm action=save attr:class="stack">
                <FieldError id=error_id message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="id" value=number/>
                <input type="hidden" name="lang" value=lang/>
                {inputs}
                <button type="submit" class="button">{t("plans-edit-submit")}</button>
            </ActionForm>
            <FieldError id=remove_error_id message=remove_error/>
            <ActionForm action=remove attr:class="inline">
                <input type="hidden" name="plan" value=plan_again/>
                <input type="hidden" name="id" value=number_again/>
                <input type="hidden" name="lang" value=lang_again/>
                <button type="submit" class="link-button">{t("report-population-remove")}</button>
            </ActionForm>
        </li>
    }
}

#[component]
fn AddGroup(plan: String, lang: String, choices: Vec<String>) -> impl IntoView {
    let action = ServerAction::<api::AddPopulationGroup>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("once").is_some() && e.get("population").is_some()).map(|(e, _)| e);
    let blank = GroupRow { id: 0, name: Default::default(), population: 0, languages: Vec::new(), source: String::new(), year: 0 };
    let inputs = fields("add-group", &lang, &blank, echo.as_ref(), &choices, None);
    view! {
        <section aria-labelledby="add-group-heading">
            <h2 id="add-group-heading">{t("report-population-add")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="add-group-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="lang" value=lang/>
                <crate::once::OnceField/>
                {inputs}
                <button type="submit" class="button primary">{t("report-population-add-submit")}</button>
            </ActionForm>
        </section>
    }
}
