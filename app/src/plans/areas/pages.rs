//! The areas editor: every area of the plan with its name and description in the language `?in=`
//! names, shown or hidden, moved up or down; and a new area.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{AreaEditRow, AreasEditView, api};
use crate::{
    core::FormEcho,
    i18n::{Locale, t, use_locale},
    pending::watched,
    plans::editing::languages::{LanguageLinks, source_hint},
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, failure, failure_of, loaded, rcdata, refused_form},
};

#[component]
pub fn AreasEditPage() -> impl IntoView {
    let params = use_params_map();
    let plan = move || params.read().get("plan").unwrap_or_default();
    let reader = use_locale().tag().to_owned();
    let query = use_query_map();
    let fallback = reader.clone();
    let lang = move || query.read().get("in").unwrap_or_else(|| fallback.clone());
    let data = Resource::new(move || (plan(), lang(), reader.clone()), |(p, l, r)| watched(api::areas_edit_data(p, l, r)));
    loaded(data, areas_page)
}

fn areas_page(view: AreasEditView) -> impl IntoView {
    let here = t("plans-areas-edit-title");
    let slug = view.plan.slug.clone();
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), format!("/plans/{slug}")).into(),
        (here.clone(), String::new()).into(),
    ];
    let count = view.areas.len();
    let own = view.languages.first().map(|l| l.tag.clone()).unwrap_or_default();
    let items = view
        .areas
        .iter()
        .enumerate()
        .map(|(i, area)| view! { <AreaItem plan=slug.clone() lang=view.lang.clone() own=own.clone() area=area.clone() first=i == 0 last=i + 1 == count/> })
        .collect_view();
    let base = slug.clone();
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("plans-areas-edit-intro")} " " <a href=format!("/plans/{slug}/areas")>{t("plans-areas-edit-public")}</a></p>
        <LanguageLinks languages=view.languages.clone() current=view.lang.clone() href=move |tag| format!("/plans/{base}/edit/areas?in={tag}") heading_id="areas-languages-heading"/>
        <ol class="plain stack areas-editor">{items}</ol>
        <AddArea plan=slug.clone()/>
    }
}

#[component]
fn AreaItem(plan: String, lang: String, own: String, area: AreaEditRow, first: bool, last: bool) -> impl IntoView {
    let save = ServerAction::<api::SaveArea>::new();
    let shift = ServerAction::<api::MoveArea>::new();
    let code = area.code.clone();
    let mine = code.clone();
    let error = failure_of(move || save.value().get(), move |e| e.get("code") == Some(mine.as_str()) && e.get("name").is_some());
    let echo = refused_form(|e: &FormEcho| e.get("code") == Some(code.as_str()) && e.get("name").is_some()).map(|(e, _)| e);
    let typed = |name: &str, stored: String| echo.as_ref().map_or(stored, |e| e.get(name).unwrap_or_default().to_owned());
    let (name, description) = (typed("name", area.name.value.clone()), typed("description", area.description.value.clone()));
    let hidden = echo.as_ref().map_or(area.hidden, |e| e.get("hidden").is_some());
    let saved = use_query_map().read_untracked().get("saved").filter(|s| *s == area.code && echo.is_none()).map(|_| view! { <p class="notice" role="status">{t("plans-edit-saved")}</p> });
    let dir = Locale::from_tag(&lang).map_or("auto", |l| l.dir());
    let id = format!("area-{}", area.code);
    let (name_source, description_source) = (source_hint(&area.name.own, &own), source_hint(&area.description.own, &own));
    let in_use = (area.measures > 0).then(|| use_locale().t_args("plans-areas-edit-in-use", &[("count", area.measures.into())]));
    let up = (!first).then(|| move_form(shift, plan.clone(), area.code.clone(), lang.clone(), "up"));
    let down = (!last).then(|| move_form(shift, plan.clone(), area.code.clone(), lang.clone(), "down"));
    let (error_id, name_id, description_id, hidden_id) = (format!("{id}-error"), format!("{id}-name"), format!("{id}-description"), format!("{id}-hidden"));
    view! {
        <li id=id.clone() tabindex="-1" class="card">
            <h2><span dir="ltr">{area.code.clone()}</span> " " <span dir="auto">{area.name.value.clone()}</span></h2>
            {saved}
            <p class="muted">{in_use}</p>
            <ActionForm action=save attr:class="stack">
                <FieldError id=error_id message=error/>
                <input type="hidden" name="plan" value=plan.clone()/>
                <input type="hidden" name="code" value=area.code.clone()/>
                <input type="hidden" name="lang" value=lang.clone()/>
                <label for=name_id.clone()>{t("plans-diagnosis-name")}</label>
                {name_source}
                <input id=name_id name="name" type="text" maxlength="200" lang=lang.clone() dir=dir value=name/>
                <label for=description_id.clone()>{t("plans-diagnosis-description")}</label>
                {description_source}
                <textarea id=description_id name="description" rows="3" maxlength="2000" lang=lang.clone() dir=dir>{rcdata(description)}</textarea>
                <span>
                    <input id=hidden_id.clone() type="checkbox" name="hidden" value="1" checked=hidden/>
                    <label for=hidden_id>{t("plans-areas-edit-hidden")}</label>
                </span>
                <button type="submit" class="button">{t("plans-edit-submit")}</button>
            </ActionForm>
            <div class="inline-list">{up} " " {down}</div>
        </li>
    }
}

/// A "move up" or "move down" button for area `code`.
fn move_form(action: ServerAction<api::MoveArea>, plan: String, code: String, lang: String, direction: &'static str) -> AnyView {
    view! {
        <ActionForm action=action attr:class="inline">
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="code" value=code/>
            <input type="hidden" name="lang" value=lang/>
            <input type="hidden" name="direction" value=direction/>
            <button type="submit" class="link-button">{t(&format!("plans-areas-edit-{direction}"))}</button>
        </ActionForm>
    }
    .into_any()
}

#[component]
fn AddArea(plan: String) -> impl IntoView {
    let action = ServerAction::<api::AddArea>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("once").is_some() && e.get("code").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let (code, name) = (typed("code"), typed("name"));
    view! {
        <section aria-labelledby="add-area-heading">
            <h2 id="add-area-heading">{t("plans-areas-edit-add")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="add-area-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <crate::once::OnceField/>
                <label for="add-area-code">{t("plans-draft-code")}</label>
                <input id="add-area-code" name="code" type="text" maxlength="10" required class="short" dir="ltr" value=code/>
                <label for="add-area-name">{t("plans-draft-new-title")}</label>
                <input id="add-area-name" name="name" type="text" maxlength="200" required dir="auto" value=name/>
                <button type="submit" class="button primary">{t("plans-areas-edit-add-submit")}</button>
            </ActionForm>
        </section>
    }
}
