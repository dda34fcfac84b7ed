//! The local diagnosis pages for facilitators: the entities with the add and import forms, one
//! entity's edit form (texts one language at a time, `?in=`), and an import's preview.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{DiagnosisView, EntityEditView, ImportPreview, api};
use crate::{
    core::FormEcho,
    i18n::{Locale, t, use_locale},
    pending::watched,
    plans::{
        editing::languages::{LanguageLinks, native, source_hint},
        model::{ENTITY_KINDS, PlanRef},
    },
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, Tx, failure, loaded, rcdata, refused_form},
};

fn param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

fn crumbs(plan: &PlanRef, here: Option<String>) -> Vec<Crumb> {
    let mut out: Vec<Crumb> = vec![(t("core-nav-plans"), "/".to_owned()).into(), (plan.title.clone(), format!("/plans/{}", plan.slug)).into()];
    let list = t("plans-diagnosis-title");
    match here {
        Some(here) => {
            out.push((list, format!("/plans/{}/diagnosis", plan.slug)).into());
            out.push((here, String::new()).into());
        }
        None => out.push((list, String::new()).into()),
    }
    out
}

fn kind_options(chosen: &str) -> impl IntoView + use<> {
    ENTITY_KINDS
        .iter()
        .map(|k| view! { <option value=*k selected=*k == chosen>{t(&format!("plans-entity-kind-{k}"))}</option> })
        .collect_view()
}

/// Facilitators: the plan's entities, a new one, and an import from a spreadsheet.
#[component]
pub fn DiagnosisPage() -> impl IntoView {
    let plan = param("plan");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::diagnosis_data(p, l)));
    loaded(data, diagnosis_page)
}

fn diagnosis_page(view: DiagnosisView) -> impl IntoView {
    let locale = use_locale();
    let here = t("plans-diagnosis-title");
    let slug = view.plan.slug.clone();
    let query = use_query_map().read_untracked().clone();
    let notice = match (query.get("imported"), query.get("removed")) {
        (Some(added), _) => Some(locale.t_args("plans-diagnosis-imported", &[("count", added.parse::<u64>().unwrap_or(0).into()), ("skipped", query.get("skipped").and_then(|s| s.parse::<u64>().ok()).unwrap_or(0).into())])),
        (None, Some(_)) => Some(t("plans-diagnosis-removed")),
        _ => None,
    }
    .map(|text| view! { <p class="notice" role="status" id="notice">{text}</p> });
    let rows = view
        .entities
        .iter()
        .map(|e| {
            let used = (e.used_by > 0).then(|| locale.t_args("plans-diagnosis-used", &[("count", e.used_by.into())]));
            view! {
                <tr>
                    <td><a href=format!("/plans/{slug}/diagnosis/{}", e.slug)><Tx text=e.name.clone()/></a></td>
                    <td>{t(&format!("plans-entity-kind-{}", e.kind))}</td>
                    <td>{e.municipality.clone().unwrap_or_default()}</td>
                    <td>{used}</td>
                </tr>
            }
        })
        .collect_view();
    let heads = ["name", "kind", "municipality", "used"].map(|h| (t(&format!("plans-diagnosis-col-{h}")), false)).to_vec();
    let table = crate::ui::data_table(t("plans-diagnosis-list"), heads, rows.into_any(), view.entities.is_empty(), t("plans-diagnosis-empty"));
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, None)/>
        <h1>{here}</h1>
        {notice}
        <p class="lead">{t("plans-diagnosis-intro")} " " <a href=format!("/plans/{slug}/entities")>{t("plans-diagnosis-public-link")}</a></p>
        {table}
        <AddEntity plan=slug.clone()/>
        {import_form(&slug)}
    }
}

#[component]
fn AddEntity(plan: String) -> impl IntoView {
    let action = ServerAction::<api::AddEntity>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("kind").is_some() && e.get("name").is_some() && e.get("slug").is_none()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let (name, kind) = (typed("name"), typed("kind"));
    view! {
        <section aria-labelledby="add-entity-heading">
            <h2 id="add-entity-heading">{t("plans-diagnosis-add")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="add-entity-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <crate::once::OnceField/>
                <label for="add-entity-name">{t("plans-diagnosis-name")}</label>
                <input id="add-entity-name" name="name" type="text" maxlength="300" required dir="auto" value=name/>
                <label for="add-entity-kind">{t("plans-diagnosis-col-kind")}</label>
                <select id="add-entity-kind" name="kind">{kind_options(&kind)}</select>
                <button type="submit" class="button primary">{t("plans-diagnosis-add-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// The spreadsheet upload: a plain multipart form; a refused file comes back here with its error.
fn import_form(plan: &str) -> impl IntoView + use<> {
    let locale = use_locale();
    let refused = refused_form(|e| e.get("form") == Some("import"));
    let error = Signal::stored(refused.as_ref().map(|(_, e)| locale.t(e.message_id())));
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{t("plans-diagnosis-import")}</h2>
            <p>{t("plans-diagnosis-import-intro")}</p>
            <p class="hint" id="import-file-hint">{t("plans-diagnosis-import-columns")}</p>
            <form method="post" action=format!("/plans/{plan}/diagnosis/import") enctype="multipart/form-data" class="stack">
                <FieldError id="import-error" message=error/>
                <crate::once::OnceField/>
                <label for="import-file">{t("plans-diagnosis-import-file")}</label>
                <input id="import-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="import-file-hint"/>
                <button type="submit" class="button">{t("plans-diagnosis-import-submit")}</button>
            </form>
        </section>
    }
}

/// Facilitators: one entity, its texts in the language `?in=` names.
#[component]
pub fn EntityEditPage() -> impl IntoView {
    let plan = param("plan");
    let slug = param("slug");
    let reader = use_locale().tag().to_owned();
    let query = use_query_map();
    let fallback = reader.clone();
    let lang = move || query.read().get("in").unwrap_or_else(|| fallback.clone());
    let data = Resource::new(move || (plan(), slug(), lang(), reader.clone()), |(p, s, l, r)| watched(api::entity_edit_data(p, s, l, r)));
    loaded(data, entity_page)
}

fn entity_page(view: EntityEditView) -> impl IntoView {
    let locale = use_locale();
    let slug = view.plan.slug.clone();
    let echo = refused_form(|e: &FormEcho| e.get("slug").is_some() && e.get("website").is_some()).map(|(e, _)| e);
    let saved = use_query_map()
        .read_untracked()
        .get("saved")
        .filter(|_| echo.is_none())
        .map(|_| view! { <p class="notice" role="status" id="notice">{t("plans-edit-saved")}</p> });
    let name = view.name.value.clone();
    let title = if name.is_empty() { view.slug.clone() } else { name };
    let remove = if view.used_by.is_empty() {
        view! { <RemoveEntity plan=slug.clone() slug=view.slug.clone()/> }.into_any()
    } else {
        let codes = view.used_by.join(", ");
        view! { <p class="muted">{locale.t_args("plans-diagnosis-in-use", &[("measures", codes.into())])}</p> }.into_any()
    };
    let (base, entity) = (slug.clone(), view.slug.clone());
    view! {
        <PageTitle text=format!("{} · {}", title, view.plan.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, Some(title.clone()))/>
        <h1 dir="auto">{title.clone()}</h1>
        {saved}
        <LanguageLinks languages=view.languages.clone() current=view.lang.clone() href=move |tag| format!("/plans/{base}/diagnosis/{entity}?in={tag}") heading_id="entity-languages-heading"/>
        <EntityForm view=view.clone() echo/>
        {remove}
    }
}

#[component]
fn EntityForm(view: EntityEditView, echo: Option<FormEcho>) -> impl IntoView {
    let action = ServerAction::<api::UpdateEntity>::new();
    let error = failure(move || action.value().get());
    let typed = |name: &str, stored: String| echo.as_ref().map_or(stored, |e| e.get(name).unwrap_or_default().to_owned());
    let areas: Vec<String> = echo.as_ref().map_or(view.areas.clone(), |e| e.all("areas[]").into_iter().map(str::to_owned).collect());
    let lang = view.lang.clone();
    let dir = Locale::from_tag(&lang).map_or("auto", |l| l.dir());
    let kind = typed("kind", view.kind.clone());
    let municipality = typed("municipality", view.municipality.clone().unwrap_or_default());
    let (website, email) = (typed("website", view.website.clone()), typed("email", view.email.clone()));
    let (phone, address) = (typed("phone", view.phone.clone()), typed("address", view.address.clone()));
    let (name, description) = (typed("name", view.name.value.clone()), typed("description", view.description.value.clone()));
    let services = typed("services", view.services.value.clone());
    let own = view.languages.first().map(|l| l.tag.clone()).unwrap_or_default();
    let municipalities = view
        .municipalities
        .iter()
        .map(|m| view! { <option value=m.slug.clone() selected=m.slug == municipality>{m.name.clone()}</option> })
        .collect_view();
    let area_boxes = view
        .all_areas
        .iter()
        .map(|a| {
            let id = format!("entity-area-{}", a.code);
            view! {
                <li>
                    <input id=id.clone() type="checkbox" name="areas[]" value=a.code.clone() checked=areas.contains(&a.code)/>
                    <label for=id><Tx text=a.name.clone()/></label>
                </li>
            }
        })
        .collect_view();
    let texts_legend = use_locale().t_args("plans-draft-texts-in", &[("language", native(&lang).into())]);
    view! {
        <ActionForm action=action attr:class="stack draft-form">
            <FieldError id="entity-error" message=error/>
            <input type="hidden" name="plan" value=view.plan.slug.clone()/>
            <input type="hidden" name="slug" value=view.slug.clone()/>
            <input type="hidden" name="lang" value=lang.clone()/>
            <fieldset class="stack">
                <legend>{t("plans-draft-shared")}</legend>
                <label for="entity-kind">{t("plans-diagnosis-col-kind")}</label>
                <select id="entity-kind" name="kind">{kind_options(&kind)}</select>
                <label for="entity-municipality">{t("plans-diagnosis-col-municipality")}</label>
                <select id="entity-municipality" name="municipality">
                    <option value="">{t("plans-draft-no-entity")}</option>
                    {municipalities}
                </select>
                <fieldset>
                    <legend>{t("plans-diagnosis-areas")}</legend>
                    <ul class="plain">{area_boxes}</ul>
                </fieldset>
                <label for="entity-website">{t("plans-diagnosis-website")}</label>
                <input id="entity-website" name="website" type="url" maxlength="300" dir="ltr" value=website/>
                <label for="entity-email">{t("plans-diagnosis-email")}</label>
                <input id="entity-email" name="email" type="email" maxlength="300" dir="ltr" value=email/>
                <label for="entity-phone">{t("plans-diagnosis-phone")}</label>
                <input id="entity-phone" name="phone" type="tel" maxlength="40" dir="ltr" value=phone/>
                <label for="entity-address">{t("plans-diagnosis-address")}</label>
                <input id="entity-address" name="address" type="text" maxlength="300" dir="auto" value=address/>
            </fieldset>
            <fieldset class="stack">
                <legend>{texts_legend}</legend>
                <label for="entity-name">{t("plans-diagnosis-name")}</label>
                {source_hint(&view.name.own, &own)}
                <input id="entity-name" name="name" type="text" maxlength="300" lang=lang.clone() dir=dir value=name/>
                <label for="entity-description">{t("plans-diagnosis-description")}</label>
                {source_hint(&view.description.own, &own)}
                <textarea id="entity-description" name="description" rows="4" maxlength="4000" lang=lang.clone() dir=dir>{rcdata(description)}</textarea>
                <label for="entity-services">{t("plans-entity-services")}</label>
                <p class="hint" id="entity-services-hint">{t("plans-diagnosis-services-hint")}</p>
                {source_hint(&view.services.own, &own)}
                <textarea id="entity-services" name="services" rows="4" lang=lang.clone() dir=dir aria-describedby="entity-services-hint">{rcdata(services)}</textarea>
            </fieldset>
            <button type="submit" class="button primary">{t("plans-edit-submit")}</button>
        </ActionForm>
    }
}

#[component]
fn RemoveEntity(plan: String, slug: String) -> impl IntoView {
    let action = ServerAction::<api::RemoveEntity>::new();
    let error = failure(move || action.value().get());
    view! {
        <details class="confirm">
            <summary class="button danger">{t("plans-diagnosis-remove")}</summary>
            <FieldError id="entity-remove-error" message=error/>
            <ActionForm action=action attr:class="stack">
                <p>{t("plans-diagnosis-remove-explained")}</p>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="slug" value=slug/>
                <button type="submit" class="button danger">{t("plans-draft-delete-confirm")}</button>
            </ActionForm>
        </details>
    }
}

/// Facilitators: what an uploaded file would import, row by row, to confirm or discard.
#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let plan = param("plan");
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|n| n.parse().ok()).unwrap_or(0);
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), id(), lang.clone()), |(p, i, l)| watched(api::preview_import(p, i, l)));
    loaded(data, preview_page)
}

fn preview_page(view: ImportPreview) -> impl IntoView {
    let locale = use_locale();
    let here = t("plans-diagnosis-preview-title");
    let read_as = locale.t_args(
        "plans-diagnosis-preview-read",
        &[("file", view.file_name.clone().into()), ("encoding", view.encoding.clone().into()), ("separator", view.separator.to_string().into())],
    );
    let summary = locale.t_args("plans-diagnosis-preview-summary", &[("count", view.ready.into()), ("skipped", (view.rows.len() - view.ready).into())]);
    let ignored = (!view.ignored.is_empty()).then(|| view! { <p class="muted">{t("plans-diagnosis-preview-ignored")} " " {view.ignored.join(", ")}</p> });
    let rows = view
        .rows
        .iter()
        .map(|r| {
            let problems = r
                .errors
                .iter()
                .map(|(column, id)| view! { <li><strong>{column.clone()}</strong> ": " {t(id)}</li> })
                .collect_view();
            let state = if r.errors.is_empty() {
                view! { <span>{t("plans-diagnosis-preview-ok")}</span> }.into_any()
            } else {
                view! { <ul class="plain field-problems">{problems}</ul> }.into_any()
            };
            view! {
                <tr class=(!r.errors.is_empty()).then_some("refused")>
                    <td>{r.line}</td>
                    <td dir="auto">{r.name.clone()}</td>
                    <td>{t(&format!("plans-entity-kind-{}", r.kind))}</td>
                    <td>{r.municipality.clone().unwrap_or_default()}</td>
                    <td dir="ltr">{r.areas.join(", ")}</td>
                    <td>{state}</td>
                </tr>
            }
        })
        .collect_view();
    let heads = ["line", "name", "kind", "municipality", "areas", "state"].map(|h| (t(&format!("plans-diagnosis-col-{h}")), false)).to_vec();
    let table = crate::ui::data_table(t("plans-diagnosis-preview-rows"), heads, rows.into_any(), false, String::new());
    let confirm = ServerAction::<api::ConfirmImport>::new();
    let discard = ServerAction::<api::DiscardImport>::new();
    let error = failure(move || confirm.value().get());
    let (plan, plan_again) = (view.plan.slug.clone(), view.plan.slug.clone());
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, Some(here.clone()))/>
        <h1>{here}</h1>
        <p>{read_as}</p>
        <p role="status">{summary}</p>
        {ignored}
        {table}
        <FieldError id="import-confirm-error" message=error/>
        <ActionForm action=confirm attr:class="inline">
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="id" value=view.id.to_string()/>
            <crate::once::OnceField/>
            <button type="submit" class="button primary" disabled=view.ready == 0>{locale.t_args("plans-diagnosis-preview-confirm", &[("count", view.ready.into())])}</button>
        </ActionForm>
        " "
        <ActionForm action=discard attr:class="inline">
            <input type="hidden" name="plan" value=plan_again/>
            <input type="hidden" name="id" value=view.id.to_string()/>
            <button type="submit" class="button">{t("plans-diagnosis-preview-discard")}</button>
        </ActionForm>
    }
}
