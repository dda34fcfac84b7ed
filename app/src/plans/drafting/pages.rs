//! Drafting pages. Facilitators: the list of draft measures (new measure, publish a version) and
//! a draft's edit form, one language at a time. Everyone: the versions of the draft, one version,
//! a measure as a version froze it, and a measure's changes between two versions.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{api, model::*};
use crate::{
    core::FormEcho,
    i18n::{Locale, t, use_locale},
    pending::watched,
    plans::{
        editing::languages::{LanguageLinks, native, source_hint},
        model::{EntityRef, MeasureCard, PlanRef},
    },
    ui::{Breadcrumbs, Crumb, FieldError, LevelBadge, PageTitle, Tx, failure, failure_of, loaded, rcdata, refused_form},
};

fn param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

fn number(name: &'static str) -> impl Fn() -> i32 + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).and_then(|n| n.parse().ok()).unwrap_or(0)
}

fn query_number(name: &'static str) -> impl Fn() -> Option<i32> + Copy + Send + Sync + 'static {
    let query = use_query_map();
    move || query.read().get(name).and_then(|n| n.parse().ok())
}

fn to_plan(plan: &PlanRef) -> Vec<Crumb> {
    vec![(t("core-nav-plans"), "/".to_owned()).into(), (plan.title.clone(), format!("/plans/{}", plan.slug)).into()]
}

fn published_on(v: &VersionRef) -> String {
    let locale = use_locale();
    locale.t_args("plans-version-published", &[("number", v.number.into()), ("date", locale.date(v.published_on).into())])
}

fn notice(key: &str, text: String) -> Option<impl IntoView + use<>> {
    use_query_map().read_untracked().get(key).map(|_| view! { <p class="notice" role="status" id="notice">{text}</p> })
}

/// Facilitators: every draft measure, a new one, and publishing the next version.
#[component]
pub fn DraftsPage() -> impl IntoView {
    let plan = param("plan");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::drafts_data(p, l)));
    loaded(data, drafts_page)
}

fn drafts_page(view: DraftsView) -> impl IntoView {
    let locale = use_locale();
    let here = t("plans-draft-title");
    let mut crumbs = to_plan(&view.plan);
    crumbs.push((here.clone(), String::new()).into());
    let slug = view.plan.slug.clone();
    let published = use_query_map()
        .read_untracked()
        .get("published")
        .map(|n| view! { <p class="notice" role="status" id="notice">{locale.t_args("plans-draft-published", &[("number", n.into())])}</p> });
    let deleted = notice("deleted", t("plans-draft-deleted"));
    let latest = match &view.latest {
        Some(v) => view! { <p>{published_on(v)} " " <a href=format!("/plans/{slug}/versions")>{t("plans-versions-link")}</a></p> }.into_any(),
        None => view! { <p>{t("plans-draft-none-published")}</p> }.into_any(),
    };
    let rows = view
        .drafts
        .iter()
        .map(|d| {
            let missing = (d.missing > 0).then(|| locale.t_args("plans-draft-missing", &[("count", d.missing.into())]));
            view! {
                <tr>
                    <td><a href=format!("/plans/{slug}/draft/{}", d.id) dir="ltr">{d.code.clone()}</a></td>
                    <td><Tx text=d.title.clone()/> {missing.map(|m| view! { <br/><span class="muted">{m}</span> })}</td>
                    <td><Tx text=d.area.name.clone()/></td>
                    <td><LevelBadge level=d.level/></td>
                    <td>{t(&format!("plans-draft-state-{}", d.state.key()))}</td>
                </tr>
            }
        })
        .collect_view();
    let heads = ["code", "measure", "area", "level", "state"].map(|h| (t(&format!("plans-draft-col-{h}")), false)).to_vec();
    let table = crate::ui::data_table(t("plans-draft-list"), heads, rows.into_any(), view.drafts.is_empty(), t("plans-draft-empty"));
    let next = view.latest.as_ref().map_or(1, |v| v.number + 1);
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        {published}
        {deleted}
        <p class="lead">{t("plans-draft-intro")}</p>
        {latest}
        {table}
        <NewDraft plan=view.plan.slug.clone() areas=view.areas.clone() example=view.code_example.clone()/>
        <PublishVersion plan=view.plan.slug.clone() next unpublished=view.unpublished/>
    }
}

#[component]
fn NewDraft(plan: String, areas: Vec<crate::plans::model::AreaRef>, example: String) -> impl IntoView {
    let action = ServerAction::<api::CreateDraft>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("area").is_some() && e.get("title").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let (chosen, code, title) = (typed("area"), typed("code"), typed("title"));
    let options = areas
        .into_iter()
        .map(|a| view! { <option value=a.code.clone() selected=a.code == chosen>{a.name.text}</option> })
        .collect_view();
    let hint = use_locale().t_args("plans-draft-code-hint", &[("example", example.into())]);
    view! {
        <section aria-labelledby="new-draft-heading">
            <h2 id="new-draft-heading">{t("plans-draft-new")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="new-draft-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <crate::once::OnceField/>
                <label for="new-draft-area">{t("plans-draft-col-area")}</label>
                <select id="new-draft-area" name="area">{options}</select>
                <label for="new-draft-title">{t("plans-draft-new-title")}</label>
                <input id="new-draft-title" name="title" type="text" maxlength="300" required dir="auto" value=title/>
                <label for="new-draft-code">{t("plans-draft-code")}</label>
                <p class="hint" id="new-draft-code-hint">{hint}</p>
                <input id="new-draft-code" name="code" type="text" maxlength="40" class="short" dir="ltr" aria-describedby="new-draft-code-hint" value=code/>
                <button type="submit" class="button primary">{t("plans-draft-new-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn PublishVersion(plan: String, next: i32, unpublished: usize) -> impl IntoView {
    let action = ServerAction::<api::PublishVersion>::new();
    let error = failure(move || action.value().get());
    let locale = use_locale();
    let heading = locale.t_args("plans-draft-publish", &[("number", next.into())]);
    let pending = locale.t_args("plans-draft-unpublished", &[("count", unpublished.into())]);
    let note = refused_form(|e: &FormEcho| e.get("note").is_some()).and_then(|(e, _)| e.get("note").map(str::to_owned)).unwrap_or_default();
    view! {
        <section aria-labelledby="publish-heading">
            <h2 id="publish-heading">{heading}</h2>
            <p>{pending}</p>
            <ActionForm action=action attr:class="stack">
                <FieldError id="publish-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="lang" value=locale.tag()/>
                <crate::once::OnceField/>
                <label for="publish-note">{t("plans-draft-note")}</label>
                <p class="hint" id="publish-note-hint">{t("plans-draft-note-hint")}</p>
                <textarea id="publish-note" name="note" rows="3" maxlength="8000" dir="auto" aria-describedby="publish-note-hint">{rcdata(note)}</textarea>
                <button type="submit" class="button primary">{t("plans-draft-publish-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// Facilitators: one draft measure, its texts in the language `?in=` names.
#[component]
pub fn DraftEditPage() -> impl IntoView {
    let plan = param("plan");
    let id = number("id");
    let reader = use_locale().tag().to_owned();
    let query = use_query_map();
    let fallback = reader.clone();
    // `?in=` names the language whose texts are edited (the interface keeps the reader's own).
    let lang = move || query.read().get("in").unwrap_or_else(|| fallback.clone());
    let data = Resource::new(move || (plan(), id(), lang(), reader.clone()), |(p, i, l, r)| watched(api::draft_edit_data(p, i, l, r)));
    loaded(data, edit_page)
}

fn edit_page(view: DraftEditView) -> impl IntoView {
    let locale = use_locale();
    let slug = view.plan.slug.clone();
    let here = locale.t_args("plans-draft-edit-title", &[("code", view.code.clone().into())]);
    let mut crumbs = to_plan(&view.plan);
    crumbs.push((t("plans-draft-title"), format!("/plans/{slug}/draft")).into());
    crumbs.push((view.code.clone(), String::new()).into());
    let echo = refused_form(|e: &FormEcho| e.get("seen").is_some()).map(|(e, _)| e);
    let saved = notice("saved", t("plans-edit-saved")).filter(|_| echo.is_none());
    let state = t(&format!("plans-draft-state-{}", view.state.key()));
    let public = (view.state != DraftState::New).then(|| {
        view! { " " <a href=format!("/plans/{slug}/measures/{}", view.code)>{t("plans-draft-see-public")}</a> }
    });
    let withdrawn = notice("withdrawn", t("plans-draft-withdrawn-notice")).filter(|_| echo.is_none());
    let restored = notice("restored", t("plans-draft-restored-notice"));
    let remove = match view.state {
        DraftState::New => view! { <DeleteDraft plan=slug.clone() id=view.id/> }.into_any(),
        DraftState::Published | DraftState::Changed => view! { <WithdrawDraft plan=slug.clone() id=view.id lang=view.lang.clone()/> }.into_any(),
        DraftState::Withdrawing | DraftState::Withdrawn => view! { <RestoreDraft plan=slug.clone() id=view.id/> }.into_any(),
    };
    let (base, id) = (slug.clone(), view.id);
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        {saved}
        {withdrawn}
        {restored}
        <p>{state} {public}</p>
        <LanguageLinks languages=view.languages.clone() current=view.lang.clone() href=move |tag| format!("/plans/{base}/draft/{id}?in={tag}") heading_id="draft-languages-heading"/>
        <DraftForm view=view.clone() echo/>
        {remove}
    }
}


#[component]
fn DraftForm(view: DraftEditView, echo: Option<FormEcho>) -> impl IntoView {
    let action = ServerAction::<api::UpdateDraft>::new();
    let error = failure(move || action.value().get());
    let typed = |name: &str, stored: String| echo.as_ref().map_or(stored, |e| e.get(name).unwrap_or_default().to_owned());
    let typed_all = |name: &str, stored: Vec<String>| echo.as_ref().map_or(stored, |e| e.all(name).into_iter().map(str::to_owned).collect());
    let lang = view.lang.clone();
    let own = view.own_lang.clone();
    let dir = Locale::from_tag(&lang).map_or("auto", |l| l.dir());
    let (code, area) = (typed("code", view.code.clone()), typed("area", view.area.clone()));
    let level = typed("level", view.level.to_string());
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let (starts, ends) = (typed("starts_on", date(view.starts_on)), typed("ends_on", date(view.ends_on)));
    let responsible = typed("responsible", view.responsible.clone().unwrap_or_default());
    let partners = typed_all("partners[]", view.partners.clone());
    let (title, summary) = (typed("title", view.title.value.clone()), typed("summary", view.summary.value.clone()));
    let (description, timeline) = (typed("description", view.description.value.clone()), typed("timeline", view.timeline.value.clone()));
    let objectives = typed_all("objectives[]", view.objectives.iter().map(|o| o.value.clone()).collect());
    let names = typed_all("indicator_names[]", view.indicators.iter().map(|i| i.name.value.clone()).collect());
    let targets = typed_all("indicator_targets[]", view.indicators.iter().map(|i| i.target.value.clone()).collect());
    let areas = view
        .areas
        .iter()
        .map(|a| view! { <option value=a.code.clone() selected=a.code == area>{a.name.text.clone()}</option> })
        .collect_view();
    let entity_options = view
        .entities
        .iter()
        .map(|e: &EntityRef| view! { <option value=e.slug.clone() selected=e.slug == responsible>{e.name.text.clone()}</option> })
        .collect_view();
    let partner_boxes = view
        .entities
        .iter()
        .map(|e| {
            let id = format!("draft-partner-{}", e.slug);
            view! {
                <li>
                    <input id=id.clone() type="checkbox" name="partners[]" value=e.slug.clone() checked=partners.contains(&e.slug)/>
                    <label for=id>{e.name.text.clone()}</label>
                </li>
            }
        })
        .collect_view();
    let levels = [1, 2]
        .map(|l| {
            let id = format!("draft-level-{l}");
            view! {
                <li>
                    <input id=id.clone() type="radio" name="level" value=l.to_string() checked=level == l.to_string()/>
                    <label for=id>{t(&format!("plans-level-{l}-badge"))}</label>
                </li>
            }
        })
        .to_vec()
        .collect_view();
    let objective_items = view
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let id = format!("draft-objective-{i}");
            let value = objectives.get(i).cloned().unwrap_or_default();
            let label = use_locale().t_args("plans-draft-objective", &[("number", (i + 1).into())]);
            view! {
                <li class="stack">
                    <label for=id.clone()>{label}</label>
                    {source_hint(&o.own, &own)}
                    <textarea id=id.clone() name="objectives[]" rows="2" maxlength="8000" lang=lang.clone() dir=dir>{rcdata(value)}</textarea>
                    <span>
                        <input id=format!("{id}-remove") type="checkbox" name="objectives_removed[]" value=i.to_string()/>
                        <label for=format!("{id}-remove")>{t("plans-draft-remove-item")}</label>
                    </span>
                </li>
            }
        })
        .collect_view();
    let indicator_items = view
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| {
            let id = format!("draft-indicator-{i}");
            let legend = use_locale().t_args("plans-draft-indicator", &[("number", (i + 1).into())]);
            view! {
                <li>
                    <fieldset class="stack">
                        <legend>{legend}</legend>
                        <label for=format!("{id}-name")>{t("plans-measure-indicator")}</label>
                        {source_hint(&ind.name.own, &own)}
                        <input id=format!("{id}-name") name="indicator_names[]" type="text" maxlength="300" lang=lang.clone() dir=dir value=names.get(i).cloned().unwrap_or_default()/>
                        <label for=format!("{id}-target")>{t("plans-measure-target")}</label>
                        {source_hint(&ind.target.own, &own)}
                        <input id=format!("{id}-target") name="indicator_targets[]" type="text" maxlength="300" lang=lang.clone() dir=dir value=targets.get(i).cloned().unwrap_or_default()/>
                        <span>
                            <input id=format!("{id}-remove") type="checkbox" name="indicators_removed[]" value=i.to_string()/>
                            <label for=format!("{id}-remove")>{t("plans-draft-remove-item")}</label>
                        </span>
                    </fieldset>
                </li>
            }
        })
        .collect_view();
    let texts_legend = use_locale().t_args("plans-draft-texts-in", &[("language", native(&lang).into())]);
    view! {
        <ActionForm action=action attr:class="stack draft-form">
            <FieldError id="draft-error" message=error/>
            <input type="hidden" name="plan" value=view.plan.slug.clone()/>
            <input type="hidden" name="id" value=view.id.to_string()/>
            <input type="hidden" name="lang" value=lang.clone()/>
            <input type="hidden" name="seen" value=view.seen.clone()/>
            <fieldset class="stack">
                <legend>{t("plans-draft-shared")}</legend>
                <label for="draft-code">{t("plans-draft-code")}</label>
                <input id="draft-code" name="code" type="text" maxlength="40" required class="short" dir="ltr" value=code/>
                <label for="draft-area">{t("plans-draft-col-area")}</label>
                <select id="draft-area" name="area">{areas}</select>
                <fieldset>
                    <legend>{t("plans-draft-col-level")}</legend>
                    <ul class="plain">{levels}</ul>
                </fieldset>
                <label for="draft-starts">{t("plans-draft-starts")}</label>
                <input id="draft-starts" name="starts_on" type="date" value=starts/>
                <label for="draft-ends">{t("plans-draft-ends")}</label>
                <input id="draft-ends" name="ends_on" type="date" value=ends/>
                <label for="draft-responsible">{t("plans-measure-responsible")}</label>
                <select id="draft-responsible" name="responsible">
                    <option value="">{t("plans-draft-no-entity")}</option>
                    {entity_options}
                </select>
                <fieldset>
                    <legend>{t("plans-measure-partners")}</legend>
                    <ul class="plain">{partner_boxes}</ul>
                </fieldset>
            </fieldset>
            <fieldset class="stack">
                <legend>{texts_legend}</legend>
                <label for="draft-title">{t("plans-new-title-label")}</label>
                {source_hint(&view.title.own, &own)}
                <input id="draft-title" name="title" type="text" maxlength="300" lang=lang.clone() dir=dir value=title/>
                <label for="draft-summary">{t("plans-measure-summary")}</label>
                {source_hint(&view.summary.own, &own)}
                <textarea id="draft-summary" name="summary" rows="3" maxlength="8000" lang=lang.clone() dir=dir>{rcdata(summary)}</textarea>
                <label for="draft-description">{t("plans-measure-description")}</label>
                {source_hint(&view.description.own, &own)}
                <textarea id="draft-description" name="description" rows="6" maxlength="8000" lang=lang.clone() dir=dir>{rcdata(description)}</textarea>
                <label for="draft-timeline">{t("plans-measure-timeline")}</label>
                {source_hint(&view.timeline.own, &own)}
                <textarea id="draft-timeline" name="timeline" rows="2" maxlength="8000" lang=lang.clone() dir=dir>{rcdata(timeline)}</textarea>
            </fieldset>
            <fieldset class="stack">
                <legend>{t("plans-measure-objectives")}</legend>
                <ol class="plain stack">{objective_items}</ol>
                <label for="draft-objective-new">{t("plans-draft-objective-new")}</label>
                <textarea id="draft-objective-new" name="objective_new" rows="2" maxlength="8000" lang=lang.clone() dir=dir></textarea>
            </fieldset>
            <fieldset class="stack">
                <legend>{t("plans-measure-indicators")}</legend>
                <ol class="plain stack">{indicator_items}</ol>
                <label for="draft-indicator-new-name">{t("plans-draft-indicator-new")}</label>
                <input id="draft-indicator-new-name" name="indicator_name_new" type="text" maxlength="300" lang=lang.clone() dir=dir/>
                <label for="draft-indicator-new-target">{t("plans-draft-indicator-new-target")}</label>
                <input id="draft-indicator-new-target" name="indicator_target_new" type="text" maxlength="300" lang=lang.clone() dir=dir/>
            </fieldset>
            <button type="submit" class="button primary">{t("plans-edit-submit")}</button>
        </ActionForm>
    }
}

#[component]
fn DeleteDraft(plan: String, id: i32) -> impl IntoView {
    let action = ServerAction::<api::DeleteDraft>::new();
    let mine = id.to_string();
    let error = failure_of(move || action.value().get(), move |e| e.get("id") == Some(mine.as_str()) && e.get("seen").is_none());
    view! {
        <details class="confirm">
            <summary class="button danger">{t("plans-draft-delete")}</summary>
            <FieldError id="draft-delete-error" message=error/>
            <ActionForm action=action attr:class="stack">
                <p>{t("plans-draft-delete-explained")}</p>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="id" value=id.to_string()/>
                <button type="submit" class="button danger">{t("plans-draft-delete-confirm")}</button>
            </ActionForm>
        </details>
    }
}

/// Takes a published measure out of the next version, with a reason in the language edited.
#[component]
fn WithdrawDraft(plan: String, id: i32, lang: String) -> impl IntoView {
    let action = ServerAction::<api::WithdrawDraft>::new();
    let mine = id.to_string();
    let echo = refused_form(|e: &FormEcho| e.get("reason").is_some()).map(|(e, _)| e);
    let error = failure_of(move || action.value().get(), move |e| e.get("id") == Some(mine.as_str()) && e.get("reason").is_some());
    let reason = echo.as_ref().and_then(|e| e.get("reason")).unwrap_or_default().to_owned();
    let dir = Locale::from_tag(&lang).map_or("auto", |l| l.dir());
    view! {
        <details class="confirm" open=echo.is_some()>
            <summary class="button danger">{t("plans-draft-withdraw")}</summary>
            <FieldError id="draft-withdraw-error" message=error/>
            <ActionForm action=action attr:class="stack">
                <p>{t("plans-draft-withdraw-explained")}</p>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="lang" value=lang.clone()/>
                <label for="draft-withdraw-reason">{t("plans-draft-withdraw-reason")}</label>
                <textarea id="draft-withdraw-reason" name="reason" rows="3" maxlength="8000" lang=lang dir=dir>{rcdata(reason)}</textarea>
                <button type="submit" class="button danger">{t("plans-draft-withdraw-confirm")}</button>
            </ActionForm>
        </details>
    }
}

/// Puts a withdrawn measure back into the next version.
#[component]
fn RestoreDraft(plan: String, id: i32) -> impl IntoView {
    let action = ServerAction::<api::RestoreDraft>::new();
    let mine = id.to_string();
    let error = failure_of(move || action.value().get(), move |e| e.get("id") == Some(mine.as_str()) && e.get("seen").is_none());
    view! {
        <section aria-labelledby="draft-restore-heading">
            <h2 id="draft-restore-heading">{t("plans-draft-restore-heading")}</h2>
            <p>{t("plans-draft-restore-explained")}</p>
            <FieldError id="draft-restore-error" message=error/>
            <ActionForm action=action>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="id" value=id.to_string()/>
                <button type="submit" class="button">{t("plans-draft-restore")}</button>
            </ActionForm>
        </section>
    }
}

/// A measure of version `number`, as a list item; with a link to its changes in that version.
fn measure_link(plan: &str, number: i32, m: &MeasureCard, changes: bool) -> impl IntoView + use<> {
    let diff = changes.then(|| view! { " · " <a href=format!("/plans/{plan}/measures/{}/changes?to={number}", m.code)>{t("plans-measure-changes-link")}</a> });
    view! {
        <li>
            <a href=format!("/plans/{plan}/versions/{number}/{}", m.code)><span dir="ltr">{m.code.clone()}</span> " " <Tx text=m.title.clone()/></a>
            {diff}
        </li>
    }
}

/// Everyone: the versions of the plan's draft, newest first, with what each added and changed.
#[component]
pub fn VersionsPage() -> impl IntoView {
    let plan = param("plan");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::plan_versions(p, l)));
    loaded(data, versions_page)
}

fn versions_page(view: VersionsView) -> impl IntoView {
    let here = t("plans-versions-title");
    let mut crumbs = to_plan(&view.plan);
    crumbs.push((here.clone(), String::new()).into());
    let slug = view.plan.slug.clone();
    let empty = view.versions.is_empty().then(|| view! { <p>{t("plans-draft-none-published")}</p> });
    let items = view
        .versions
        .iter()
        .map(|v| {
            let n = v.number;
            let note = (!v.note.is_empty()).then(|| view! { <p><Tx text=v.note.clone()/></p> });
            // A withdrawn measure links to the version before, its last.
            let list = |key: &str, cards: &[MeasureCard], at: i32, changes: bool| {
                (!cards.is_empty()).then(|| {
                    let items = cards.iter().map(|m| measure_link(&slug, at, m, changes)).collect_view();
                    view! { <h3>{t(key)}</h3> <ul>{items}</ul> }
                })
            };
            let all = use_locale().t_args("plans-version-measures", &[("count", v.measure_count.into())]);
            view! {
                <li>
                    <h2 id=format!("version-{n}")>{published_on(&VersionRef { number: n, published_on: v.published_on })}</h2>
                    {note}
                    {list("plans-version-added", &v.added, n, false)}
                    {list("plans-version-changed", &v.changed, n, true)}
                    {list("plans-version-withdrawn", &v.withdrawn, n - 1, false)}
                    <p><a href=format!("/plans/{slug}/versions/{n}")>{all}</a></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("plans-versions-intro")}</p>
        {empty}
        <ol class="plain versions">{items}</ol>
    }
}

/// Everyone: one version with every measure it holds.
#[component]
pub fn VersionPage() -> impl IntoView {
    let plan = param("plan");
    let n = number("number");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), n(), lang.clone()), |(p, n, l)| watched(api::plan_version(p, n, l)));
    loaded(data, version_page)
}

fn version_page(view: VersionView) -> impl IntoView {
    let here = published_on(&view.version);
    let slug = view.plan.slug.clone();
    let mut crumbs = to_plan(&view.plan);
    crumbs.push((t("plans-versions-title"), format!("/plans/{slug}/versions")).into());
    crumbs.push((here.clone(), String::new()).into());
    let note = (!view.note.is_empty()).then(|| view! { <p><Tx text=view.note.clone()/></p> });
    let older = (view.version.number < view.latest).then(|| view! { <p class="notice">{t("plans-version-older")}</p> });
    let items = view.measures.iter().map(|m| measure_link(&slug, view.version.number, m, false)).collect_view();
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        {older}
        {note}
        <ul>{items}</ul>
    }
}

/// Everyone: a measure as version `number` froze it.
#[component]
pub fn FrozenMeasurePage() -> impl IntoView {
    let plan = param("plan");
    let n = number("number");
    let code = param("code");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), n(), code(), lang.clone()), |(p, n, c, l)| watched(api::frozen_measure(p, n, c, l)));
    loaded(data, frozen_page)
}

fn frozen_page(view: FrozenMeasureView) -> impl IntoView {
    let m = view.measure;
    let slug = m.plan.slug.clone();
    let n = view.version.number;
    let mut crumbs = to_plan(&m.plan);
    crumbs.push((t("plans-versions-title"), format!("/plans/{slug}/versions")).into());
    crumbs.push((published_on(&view.version), format!("/plans/{slug}/versions/{n}")).into());
    crumbs.push((m.code.clone(), String::new()).into());
    let title = format!("{} {} · {}", m.code, m.title.text, published_on(&view.version));
    let current = (n < view.latest).then(|| view! { " " <a href=format!("/plans/{slug}/measures/{}", m.code)>{t("plans-version-read-current")}</a> });
    let changes = view.earlier.map(|from| {
        let text = use_locale().t_args("plans-version-changes-from", &[("number", from.into())]);
        view! { " · " <a href=format!("/plans/{slug}/measures/{}/changes?from={from}&to={n}", m.code)>{text}</a> }
    });
    let banner = view! { <p class="notice version-note">{published_on(&view.version)} {current} {changes}</p> };
    let class = if m.level == 1 { "measure core" } else { "measure" };
    view! {
        <PageTitle text=title/>
        <Breadcrumbs items=crumbs/>
        <article class=class>{crate::plans::pages::measure_fields(m, banner.into_any())}</article>
    }
}

/// Everyone: a measure's changes between two versions, field by field, words removed and added.
#[component]
pub fn MeasureChangesPage() -> impl IntoView {
    let plan = param("plan");
    let code = param("code");
    let (from, to) = (query_number("from"), query_number("to"));
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(
        move || (plan(), code(), from(), to(), lang.clone()),
        |(p, c, f, t, l)| watched(api::measure_changes(p, c, f, t, l)),
    );
    loaded(data, changes_page)
}

fn segments(diff: &FieldDiff) -> impl IntoView + use<> {
    diff.segments
        .iter()
        .map(|s| match s.change {
            Change::Same => view! { <span>{s.text.clone()}</span> }.into_any(),
            Change::Removed => view! { <del><span class="visually-hidden">{t("plans-diff-removed")} " "</span>{s.text.clone()}</del> }.into_any(),
            Change::Added => view! { <ins><span class="visually-hidden">{t("plans-diff-added")} " "</span>{s.text.clone()}</ins> }.into_any(),
        })
        .collect_view()
}

fn changes_page(view: MeasureChangesView) -> impl IntoView {
    let locale = use_locale();
    let slug = view.plan.slug.clone();
    let here = locale.t_args("plans-diff-title", &[("code", view.code.clone().into())]);
    let mut crumbs = to_plan(&view.plan);
    crumbs.push((view.code.clone(), format!("/plans/{slug}/measures/{}", view.code)).into());
    crumbs.push((t("plans-measure-changes-link"), String::new()).into());
    let choose = |chosen: Option<i32>| {
        view.versions
            .iter()
            .map(|n| view! { <option value=n.to_string() selected=Some(*n) == chosen>{locale.t_args("plans-version-number", &[("number", (*n).into())])}</option> })
            .collect_view()
    };
    let body = match view.from {
        None => view! { <p>{t("plans-diff-only-one")}</p> }.into_any(),
        Some(from) => {
            let summary = locale.t_args("plans-diff-between", &[("from", from.into()), ("to", view.to.into())]);
            let fields = view
                .changed
                .iter()
                .map(|d| {
                    let lang = (!d.lang.is_empty()).then(|| d.lang.clone());
                    view! {
                        <section class="diff-field">
                            <h2>{t(&format!("plans-diff-field-{}", d.field))}</h2>
                            <p class="diff" lang=lang dir="auto">{segments(d)}</p>
                        </section>
                    }
                })
                .collect_view();
            let none = view.changed.is_empty().then(|| view! { <p>{t("plans-diff-none")}</p> });
            let unchanged = (!view.unchanged.is_empty()).then(|| {
                let names = view.unchanged.iter().map(|f| t(&format!("plans-diff-field-{f}"))).collect::<Vec<_>>().join(", ");
                view! { <p class="muted">{t("plans-diff-unchanged")} " " {names}</p> }
            });
            view! { <p id="diff-summary">{summary}</p> {none} {fields} {unchanged} }.into_any()
        }
    };
    view! {
        <PageTitle text=format!("{} · {}", here, view.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here} " " <Tx text=view.title.clone()/></h1>
        <form method="get" class="filters" aria-label=t("plans-diff-choose")>
            <div>
                <label for="diff-from">{t("plans-diff-from")}</label>
                <select id="diff-from" name="from">{choose(view.from)}</select>
            </div>
            <div>
                <label for="diff-to">{t("plans-diff-to")}</label>
                <select id="diff-to" name="to">{choose(Some(view.to))}</select>
            </div>
            <button type="submit" class="button">{t("plans-diff-compare")}</button>
        </form>
        {body}
    }
}
