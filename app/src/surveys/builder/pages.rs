//! The builder's pages: "new survey", and the builder itself — status and publishing, settings,
//! the language being edited with what is still missing in each language, and every section and
//! question as a form. Plain forms throughout, so it works without JavaScript.

use leptos::prelude::*;

use crate::pending::watched;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    api,
    edit::{KINDS, kind_key},
    model::{BuilderView, NewSurveyView},
};
use crate::{
    core::{FormEcho, Translated},
    i18n::{Locale, t, use_locale},
    surveys::{
        definition::{Choice, Condition, Question, QuestionKind},
        model::Access,
    },
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, failure, failure_of, loaded, refused_form},
};

/// The fields of this page's refused form, if `is_mine` recognises it: each form then shows what
/// was typed instead of what is stored.
fn typed(is_mine: impl Fn(&FormEcho) -> bool) -> Option<FormEcho> {
    refused_form(is_mine).map(|(echo, _)| echo)
}

/// What a text field shows: what was typed in a refused form, else what is stored.
fn shown(echo: &Option<FormEcho>, name: &str, stored: String) -> String {
    match echo {
        Some(echo) => echo.get(name).unwrap_or_default().to_owned(),
        None => stored,
    }
}

/// Whether a check box is ticked: as sent in a refused form, else as stored.
fn ticked(echo: &Option<FormEcho>, name: &str, stored: bool) -> bool {
    match echo {
        Some(echo) => echo.get(name).is_some(),
        None => stored,
    }
}

fn param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

/// The language being edited: `?lang=` (the page's language too), else the reader's.
fn editing_lang() -> String {
    use_locale().tag().to_owned()
}

#[component]
pub fn NewSurveyPage() -> impl IntoView {
    let plan = param("plan");
    let lang = editing_lang();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::new_survey_data(p, l)));
    loaded(data, new_survey_page)
}

fn new_survey_page(view: NewSurveyView) -> impl IntoView {
    let action = ServerAction::<api::CreateSurveyDraft>::new();
    let error = failure(move || action.value().get());
    let here = t("surveys-builder-new-title");
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), format!("/plans/{}", view.plan.slug)).into(),
        (t("surveys-list-title"), format!("/plans/{}/surveys", view.plan.slug)).into(),
        (here.clone(), String::new()).into(),
    ];
    let echo = typed(|e| e.get("slug").is_some() && e.get("form").is_none());
    let current = echo.as_ref().and_then(|e| e.get("lang")).map_or_else(|| use_locale().tag().to_owned(), str::to_owned);
    let access = echo.as_ref().and_then(|e| e.get("access")).and_then(Access::from_key).unwrap_or(Access::Open);
    let (title, slug) = (shown(&echo, "title", String::new()), shown(&echo, "slug", String::new()));
    let languages = view
        .languages
        .iter()
        .filter_map(|tag| Locale::from_tag(tag))
        .map(|l| view! { <option value=l.tag() lang=l.tag() selected=l.tag() == current>{l.native_name()}</option> })
        .collect_view();
    let import = import_form(&view.plan.slug);
    view! {
        <PageTitle text=here.clone()/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("surveys-builder-new-intro")}</p>
        <ActionForm action=action attr:class="stack">
            <FieldError id="new-error" message=error/>
            <input type="hidden" name="plan" value=view.plan.slug.clone()/>
            <crate::once::OnceField/>
            <label for="new-title">{t("surveys-builder-title-label")}</label>
            <input id="new-title" name="title" type="text" maxlength="200" dir="auto" value=title/>
            <label for="new-slug">{t("surveys-builder-slug-label")}</label>
            <p class="hint" id="new-slug-hint">{t("surveys-builder-slug-hint")}</p>
            <input id="new-slug" name="slug" type="text" maxlength="60" dir="ltr" aria-describedby="new-slug-hint" value=slug/>
            <label for="new-lang">{t("surveys-builder-own-language")}</label>
            <select id="new-lang" name="lang">{languages}</select>
            <AccessSelect id="new-access" current=access disabled=false/>
            <button type="submit" class="button primary">{t("surveys-builder-create")}</button>
        </ActionForm>
        {import}
    }
}

/// A new draft from a survey file: a plain multipart form (`…/surveys/import`); a refused one
/// comes back here with its error and what was typed (the file is chosen again).
fn import_form(plan: &str) -> impl IntoView + use<> {
    let locale = use_locale();
    let refused = refused_form(|e| e.get("form") == Some("import"));
    let error = Signal::stored(refused.as_ref().map(|(_, e)| locale.t(e.message_id())));
    let echo = refused.as_ref().map(|(e, _)| e.clone());
    let (title, slug) = (shown(&echo, "title", String::new()), shown(&echo, "slug", String::new()));
    view! {
        <details class="import" open=echo.is_some()>
            <summary>{t("surveys-builder-import-heading")}</summary>
            <p>{t("surveys-builder-import-intro")}</p>
            <form method="post" action=format!("/plans/{plan}/surveys/import") enctype="multipart/form-data" class="stack">
                <FieldError id="import-error" message=error/>
                <crate::once::OnceField/>
                <label for="import-file">{t("surveys-builder-import-file")}</label>
                <input id="import-file" name="file" type="file" accept=".json,application/json" required/>
                <label for="import-title">{t("surveys-builder-title-label")}</label>
                <p class="hint" id="import-title-hint">{t("surveys-builder-import-title-hint")}</p>
                <input id="import-title" name="title" type="text" maxlength="200" dir="auto" aria-describedby="import-title-hint" value=title/>
                <label for="import-slug">{t("surveys-builder-slug-label")}</label>
                <p class="hint" id="import-slug-hint">{t("surveys-builder-slug-hint")}</p>
                <input id="import-slug" name="slug" type="text" maxlength="60" dir="ltr" aria-describedby="import-slug-hint" value=slug/>
                <button type="submit" class="button">{t("surveys-builder-import-submit")}</button>
            </form>
        </details>
    }
}

#[component]
fn AccessSelect(id: &'static str, current: Access, disabled: bool) -> impl IntoView {
    let options = Access::ALL
        .into_iter()
        .map(|a| view! { <option value=a.key() selected=a == current>{t(&format!("surveys-access-{}", a.key()))}</option> })
        .collect_view();
    view! {
        <label for=id>{t("surveys-builder-access-label")}</label>
        <select id=id name="access" disabled=disabled>{options}</select>
        {disabled.then(|| view! { <input type="hidden" name="access" value=current.key()/> <p class="hint">{t("surveys-builder-locked")}</p> })}
    }
}

#[component]
pub fn BuilderPage() -> impl IntoView {
    let (plan, survey) = (param("plan"), param("survey"));
    let lang = editing_lang();
    let data = Resource::new(move || (plan(), survey(), lang.clone()), |(p, s, l)| watched(api::builder_data(p, s, l)));
    loaded(data, builder_page)
}

/// Context every form of the builder page needs.
#[derive(Clone)]
struct Ctx {
    plan: String,
    survey: String,
    lang: String,
    own: String,
    locked: bool,
    /// Each question's audio versions, and what the address says about the last change to them.
    audio: std::sync::Arc<Vec<(String, crate::media::model::AudioView)>>,
    audio_outcome: crate::media::components::Outcome,
}

impl Ctx {
    fn is_own(&self) -> bool {
        self.lang == self.own
    }
    fn text(&self, t: &Translated) -> String {
        t.0.get(&self.lang).cloned().unwrap_or_default()
    }
    fn reference(&self, t: &Translated) -> Option<String> {
        (!self.is_own()).then(|| t.0.get(&self.own).cloned()).flatten().filter(|s| !s.trim().is_empty())
    }
    fn hidden(&self) -> impl IntoView + use<> {
        view! {
            <input type="hidden" name="plan" value=self.plan.clone()/>
            <input type="hidden" name="survey" value=self.survey.clone()/>
            <input type="hidden" name="lang" value=self.lang.clone()/>
        }
    }
}

fn builder_page(view: BuilderView) -> impl IntoView {
    let locale = use_locale();
    let own = view.languages.first().cloned().unwrap_or_else(|| "pt-PT".to_owned());
    let ctx = Ctx {
        plan: view.plan.slug.clone(),
        survey: view.survey.slug.clone(),
        lang: locale.tag().to_owned(),
        own: own.clone(),
        locked: view.responses > 0,
        audio: std::sync::Arc::new(view.audio.clone()),
        audio_outcome: crate::media::components::Outcome::from_request(),
    };
    let base = format!("/plans/{}/surveys/{}", view.plan.slug, view.survey.slug);
    let here = t("surveys-builder-title");
    let crumbs: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (view.plan.title.clone(), format!("/plans/{}", view.plan.slug)).into(),
        (t("surveys-list-title"), format!("/plans/{}/surveys", view.plan.slug)).into(),
        (view.survey.title.clone(), base.clone()).into(),
        (here.clone(), String::new()).into(),
    ];
    // Not over a form refused since (the page shown again keeps the address's `saved`).
    let refused = refused_form(|_| true).is_some();
    let saved = use_query_map()
        .read_untracked()
        .get("saved")
        .filter(|_| !refused)
        .map(|_| view! { <p class="notice" role="status">{t("surveys-builder-saved")}</p> });
    let editing = view.languages.contains(&ctx.lang);
    let languages = language_table(&view, &ctx, &base);
    let body = if editing {
        view! {
            {status_box(&view, &ctx, &base)}
            {settings_form(&view, &ctx)}
            {questions(&view, &ctx)}
            {transfer_box(&ctx, &base)}
        }
        .into_any()
    } else {
        view! { <p class="notice">{t("surveys-builder-not-a-survey-language")}</p> }.into_any()
    };
    view! {
        <PageTitle text=format!("{} · {}", here, view.survey.title.text)/>
        <Breadcrumbs items=crumbs/>
        <h1>{here} ": " <span dir="auto">{view.survey.title.text.clone()}</span></h1>
        {saved}
        {languages}
        {body}
    }
}

/// The survey as a file to download, and a copy of it within the plan (a new draft).
fn transfer_box(ctx: &Ctx, base: &str) -> impl IntoView + use<> {
    let action = ServerAction::<api::CopySurvey>::new();
    let mine = |e: &FormEcho| e.get("copy_slug").is_some();
    let error = failure_of(move || action.value().get(), mine);
    let echo = typed(mine);
    let (title, slug) = (shown(&echo, "copy_title", String::new()), shown(&echo, "copy_slug", String::new()));
    let (plan, survey) = (ctx.plan.clone(), ctx.survey.clone());
    view! {
        <section id="transfer" aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{t("surveys-builder-transfer-heading")}</h2>
            <p><a href=format!("{base}/survey.json") download="">{t("surveys-builder-download-file")}</a></p>
            <p class="hint">{t("surveys-builder-download-hint")}</p>
            <details class="copy" open=echo.is_some()>
                <summary>{t("surveys-builder-copy")}</summary>
                <p>{t("surveys-builder-copy-intro")}</p>
                <ActionForm action=action attr:class="stack">
                    <FieldError id="copy-error" message=error/>
                    <input type="hidden" name="plan" value=plan/>
                    <input type="hidden" name="survey" value=survey/>
                    <crate::once::OnceField/>
                    <label for="copy-title">{t("surveys-builder-title-label")}</label>
                    <input id="copy-title" name="copy_title" type="text" maxlength="200" dir="auto" value=title/>
                    <label for="copy-slug">{t("surveys-builder-slug-label")}</label>
                    <p class="hint" id="copy-slug-hint">{t("surveys-builder-slug-hint")}</p>
                    <input id="copy-slug" name="copy_slug" type="text" maxlength="60" dir="ltr" aria-describedby="copy-slug-hint" value=slug/>
                    <button type="submit" class="button">{t("surveys-builder-copy-submit")}</button>
                </ActionForm>
            </details>
        </section>
    }
}

fn language_table(view: &BuilderView, ctx: &Ctx, base: &str) -> impl IntoView + use<> {
    let locale = use_locale();
    let rows = view
        .missing
        .iter()
        .filter(|(tag, _)| view.languages.contains(tag))
        .filter_map(|(tag, missing)| Locale::from_tag(tag).map(|l| (l, *missing)))
        .map(|(l, missing)| {
            let status = if missing == 0 {
                t("surveys-builder-complete")
            } else {
                locale.t_args("surveys-builder-missing", &[("count", missing.into())])
            };
            let href = format!("{base}/edit?lang={}", l.tag());
            let current = (l.tag() == ctx.lang).then_some("page");
            view! {
                <tr>
                    <th scope="row"><a href=href lang=l.tag() aria-current=current>{l.native_name()}</a></th>
                    <td>{status}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="languages-heading">
            <h2 id="languages-heading">{t("surveys-builder-languages-heading")}</h2>
            <p class="hint">{t("surveys-builder-languages-hint")}</p>
            <table class="data">
                <thead><tr><th scope="col">{t("surveys-builder-language")}</th><th scope="col">{t("surveys-builder-translations")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

fn status_box(view: &BuilderView, ctx: &Ctx, base: &str) -> impl IntoView + use<> {
    let locale = use_locale();
    let publish = ServerAction::<api::PublishSurvey>::new();
    let error = failure(move || publish.value().get());
    let status = if view.published { t("surveys-builder-published") } else { t("surveys-builder-draft") };
    let count = locale.t_args("surveys-response-count", &[("count", view.responses.into())]);
    let (label, value) = if view.published { (t("surveys-builder-unpublish"), "false") } else { (t("surveys-builder-publish"), "true") };
    let hidden = ctx.hidden();
    let locked = ctx.locked.then(|| view! { <p>{t("surveys-builder-locked")}</p> });
    // Publishing with texts missing is allowed (the own language stands in), but said plainly.
    let incomplete: Vec<String> = view
        .missing
        .iter()
        .filter(|(tag, n)| *n > 0 && view.languages.contains(tag))
        .filter_map(|(tag, n)| Locale::from_tag(tag).map(|l| format!("{} ({})", l.native_name(), locale.number(*n as f64))))
        .collect();
    let own_name = Locale::from_tag(&ctx.own).map_or_else(|| ctx.own.clone(), |l| l.native_name().to_owned());
    let warning = (!incomplete.is_empty()).then(|| {
        let text = locale.t_args("surveys-builder-publish-missing", &[("languages", incomplete.join(", ").into()), ("language", own_name.into())]);
        view! { <p class="warning" id="missing-texts">{text}</p> }
    });
    let preview = format!("{base}/answer?preview=1&section=0&lang={}", ctx.lang);
    view! {
        <section id="status" aria-labelledby="status-heading" class="manage">
            <h2 id="status-heading">{t("surveys-builder-status-heading")}</h2>
            <p><strong>{status}</strong> " " {count}</p>
            {locked}
            {warning}
            <FieldError id="status-error" message=error/>
            <ActionForm action=publish attr:class="inline">
                {hidden}
                <input type="hidden" name="publish" value=value/>
                <button type="submit" class="button">{label}</button>
            </ActionForm>
            " "
            <a href=preview>{t("surveys-preview")}</a>
        </section>
    }
}

fn reference_note(text: Option<String>, own: &str) -> impl IntoView + use<> {
    text.map(|s| {
        let name = Locale::from_tag(own).map_or_else(|| own.to_owned(), |l| l.native_name().to_owned());
        view! { <p class="hint reference"><span>{name} ": "</span><span lang=own.to_owned() dir="auto">{s}</span></p> }
    })
}

fn settings_form(view: &BuilderView, ctx: &Ctx) -> impl IntoView + use<> {
    let action = ServerAction::<api::UpdateSurveySettings>::new();
    let error = failure(move || action.value().get());
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    let hidden = ctx.hidden();
    let echo = typed(|e| e.get("opens_on").is_some());
    let (title_ref, intro_ref) = (reference_note(ctx.reference(&view.title), &ctx.own), reference_note(ctx.reference(&view.intro), &ctx.own));
    let (title, intro) = (shown(&echo, "title", ctx.text(&view.title)), shown(&echo, "intro", ctx.text(&view.intro)));
    let (lang, lang2) = (ctx.lang.clone(), ctx.lang.clone());
    let access = echo.as_ref().and_then(|e| e.get("access")).and_then(Access::from_key).unwrap_or(view.access);
    let (opens, closes) = (shown(&echo, "opens_on", date(view.opens_on)), shown(&echo, "closes_on", date(view.closes_on)));
    let public = ticked(&echo, "results_public", view.results_public);
    let access_field = if ctx.is_own() {
        let locked = ctx.locked;
        view! { <AccessSelect id="s-access" current=access disabled=locked/> }.into_any()
    } else {
        view! { <input type="hidden" name="access" value=access.key()/> }.into_any()
    };
    let languages_field = ctx.is_own().then(|| offered_languages(view, ctx, &echo));
    view! {
        <section id="settings" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t("surveys-builder-settings-heading")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="settings-error" message=error/>
                {hidden}
                <label for="s-title">{t("surveys-builder-title-label")}</label>
                {title_ref}
                <input id="s-title" name="title" type="text" maxlength="200" dir="auto" lang=lang value=title/>
                <label for="s-intro">{t("surveys-builder-intro-label")}</label>
                {intro_ref}
                <textarea id="s-intro" name="intro" rows="4" maxlength="4000" dir="auto" lang=lang2>{crate::ui::rcdata(intro)}</textarea>
                // Who can answer, and in which languages, is chosen in the survey's own language; a
                // translation keeps them.
                {access_field}
                {languages_field}
                <label for="s-opens">{t("surveys-builder-opens-label")}</label>
                <input id="s-opens" name="opens_on" type="date" value=opens/>
                <label for="s-closes">{t("surveys-builder-closes-label")}</label>
                <input id="s-closes" name="closes_on" type="date" value=closes/>
                <div class="check">
                    <input id="s-public" name="results_public" type="checkbox" value="on" checked=public/>
                    <label for="s-public">{t("surveys-builder-results-public")}</label>
                </div>
                <button type="submit" class="button primary">{t("surveys-builder-save")}</button>
            </ActionForm>
        </section>
    }
}

/// The languages the survey is offered in: the plan's, as check boxes, with what each still
/// lacks; the survey's own language is always offered.
fn offered_languages(view: &BuilderView, ctx: &Ctx, echo: &Option<FormEcho>) -> impl IntoView + use<> {
    let locale = use_locale();
    let chosen: Vec<String> = match echo {
        Some(e) => e.all("languages[]").into_iter().map(str::to_owned).collect(),
        None => view.languages.clone(),
    };
    let boxes = view
        .plan_languages
        .iter()
        .filter_map(|tag| Locale::from_tag(tag))
        .map(|l| {
            let id = format!("s-lang-{}", l.tag());
            let own = l.tag() == ctx.own;
            let checked = own || chosen.iter().any(|c| c == l.tag());
            let missing = view.missing.iter().find(|(tag, _)| tag == l.tag()).map(|(_, n)| *n);
            let status = match missing {
                Some(0) => Some(t("surveys-builder-complete")),
                Some(n) => Some(locale.t_args("surveys-builder-missing", &[("count", n.into())])),
                None => None,
            };
            view! {
                <div class="check">
                    <input id=id.clone() name="languages[]" type="checkbox" value=l.tag() checked=checked disabled=own/>
                    {own.then(|| view! { <input type="hidden" name="languages[]" value=l.tag()/> })}
                    <label for=id><span lang=l.tag()>{l.native_name()}</span> {status.map(|s| view! { <span class="muted">" · " {s}</span> })}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="offered-languages" aria-describedby="s-languages-hint">
            <legend>{t("surveys-builder-offered-languages")}</legend>
            <p class="hint" id="s-languages-hint">{t("surveys-builder-offered-languages-hint")}</p>
            {boxes}
        </fieldset>
    }
}

fn questions(view: &BuilderView, ctx: &Ctx) -> impl IntoView + use<> {
    let locale = use_locale();
    let add_section = ServerAction::<api::AddSection>::new();
    let sections = view
        .definition
        .sections
        .iter()
        .enumerate()
        .map(|(i, section)| {
            let rename = ServerAction::<api::RenameSection>::new();
            let rename_error = failure_of(move || rename.value().get(), move |e| e.get("section") == Some(i.to_string().as_str()));
            let heading = locale.t_args("surveys-progress", &[("current", (i + 1).into()), ("total", view.definition.sections.len().into())]);
            let earlier: Vec<Question> = view.definition.sections.iter().take(i + 1).flat_map(|s| s.questions.clone()).collect();
            let hidden = ctx.hidden();
            let title_ref = reference_note(ctx.reference(&section.title), &ctx.own);
            let echo = typed(|e| e.get("section") == Some(i.to_string().as_str()) && e.get("kind").is_none() && e.get("title").is_some());
            let title = shown(&echo, "title", ctx.text(&section.title));
            let add = (ctx.is_own() && !ctx.locked).then(|| add_question_form(i, ctx));
            let items = section
                .questions
                .iter()
                .map(|q| {
                    let before: Vec<Question> = earlier.iter().take_while(|e| e.id != q.id).cloned().collect();
                    question_editor(q, &before, ctx)
                })
                .collect_view();
            view! {
                <section id=format!("section-{i}") class="builder-section" aria-labelledby=format!("section-{i}-heading")>
                    <h3 id=format!("section-{i}-heading")>{heading}</h3>
                    <ActionForm action=rename attr:class="stack">
                        <FieldError id=format!("rename-{i}-error") message=rename_error/>
                        {hidden}
                        <input type="hidden" name="section" value=i.to_string()/>
                        <label for=format!("section-{i}-title")>{t("surveys-builder-section-title")}</label>
                        {title_ref}
                        <input id=format!("section-{i}-title") name="title" type="text" maxlength="200" dir="auto" value=title/>
                        <button type="submit" class="button">{t("surveys-builder-save")}</button>
                    </ActionForm>
                    <ul class="plain builder-questions">{items}</ul>
                    {add}
                </section>
            }
        })
        .collect_view();
    let translating = (!ctx.is_own()).then(|| view! { <p class="hint">{t("surveys-builder-translating-hint")}</p> });
    let hidden = ctx.hidden();
    view! {
        <section id="questions" aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t("surveys-builder-questions-heading")}</h2>
            {translating}
            {sections}
            {(ctx.is_own() && !ctx.locked).then(move || view! {
                <ActionForm action=add_section>
                    {hidden}
                    <crate::once::OnceField/>
                    <button type="submit" class="button">{t("surveys-builder-add-section")}</button>
                </ActionForm>
            })}
        </section>
    }
}

fn add_question_form(section: usize, ctx: &Ctx) -> impl IntoView + use<> {
    let action = ServerAction::<api::AddQuestion>::new();
    let error = failure_of(move || action.value().get(), move |e| e.get("section") == Some(section.to_string().as_str()));
    let echo = typed(|e| e.get("kind").is_some() && e.get("section") == Some(section.to_string().as_str()));
    let chosen = echo.as_ref().and_then(|e| e.get("kind")).unwrap_or_default().to_owned();
    let text = shown(&echo, "text", String::new());
    let kinds = KINDS.iter().map(|k| view! { <option value=*k selected=*k == chosen>{t(&format!("surveys-kind-{k}"))}</option> }).collect_view();
    let (kind_id, text_id) = (format!("add-{section}-kind"), format!("add-{section}-text"));
    let hidden = ctx.hidden();
    view! {
        <ActionForm action=action attr:class="stack add-question">
            <FieldError id=format!("add-{section}-error") message=error/>
            {hidden}
            <input type="hidden" name="section" value=section.to_string()/>
            <crate::once::OnceField/>
            <label for=kind_id.clone()>{t("surveys-builder-kind-label")}</label>
            <select id=kind_id name="kind">{kinds}</select>
            <label for=text_id.clone()>{t("surveys-builder-question-text")}</label>
            <input id=text_id name="text" type="text" maxlength="1000" dir="auto" value=text/>
            <button type="submit" class="button">{t("surveys-builder-add-question")}</button>
        </ActionForm>
    }
}

fn option_lines(options: &[Choice], lang: &str) -> String {
    options.iter().map(|o| o.label.0.get(lang).cloned().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

fn keys_note(options: &[Choice], own: &str) -> impl IntoView + use<> {
    let items = options
        .iter()
        .map(|o| view! { <li><code dir="ltr">{o.key.clone()}</code> " " <span lang=own.to_owned() dir="auto">{o.label.0.get(own).cloned().unwrap_or_default()}</span></li> })
        .collect_view();
    view! { <ul class="hint keys">{items}</ul> }
}

fn question_editor(q: &Question, before: &[Question], ctx: &Ctx) -> impl IntoView + use<> {
    let save = ServerAction::<api::UpdateQuestion>::new();
    let mine = q.id.clone();
    let error = failure_of(move || save.value().get(), move |e| e.get("id") == Some(mine.as_str()));
    let id = q.id.clone();
    let echo = typed(|e| e.get("id") == Some(q.id.as_str()) && e.get("text").is_some());
    let f = |name: &str| format!("{id}-{name}");
    let summary_text = q.text.0.get(&ctx.lang).or_else(|| q.text.0.get(&ctx.own)).cloned().unwrap_or_default();
    let text_field = |name: &'static str, label: String, value: &Translated, long: bool| {
        let field_id = f(name);
        let current = shown(&echo, name, ctx.text(value));
        let control = if long {
            view! { <textarea id=field_id.clone() name=name rows="2" maxlength="1000" dir="auto">{crate::ui::rcdata(current)}</textarea> }.into_any()
        } else {
            view! { <input id=field_id.clone() name=name type="text" maxlength="1000" dir="auto" value=current/> }.into_any()
        };
        view! { <label for=field_id>{label}</label> {reference_note(ctx.reference(value), &ctx.own)} {control} }
    };
    let lines_field = |name: &'static str, label: String, options: &[Choice]| {
        let field_id = f(name);
        // Codes are set in the survey's own language while no one has answered (answers are
        // stored by code); otherwise they are only shown.
        let codes_name = if name == "rows" { "row_codes" } else { "option_codes" };
        let editable_codes = ctx.is_own() && !ctx.locked;
        let codes = editable_codes.then(|| {
            let (codes_id, hint_id) = (f(codes_name), f(&format!("{codes_name}-hint")));
            let keys = options.iter().map(|o| o.key.as_str()).collect::<Vec<_>>().join("\n");
            view! {
                <details class="codes" open=echo.is_some()>
                    <summary>{t("surveys-builder-codes")}</summary>
                    <label for=codes_id.clone()>{t("surveys-builder-codes-label")}</label>
                    <p class="hint" id=hint_id.clone()>{t("surveys-builder-codes-hint")}</p>
                    <textarea id=codes_id name=codes_name rows=options.len().max(2).to_string() dir="ltr" spellcheck="false" aria-describedby=hint_id>{crate::ui::rcdata(shown(&echo, codes_name, keys))}</textarea>
                </details>
            }
        });
        view! {
            <label for=field_id.clone()>{label}</label>
            <p class="hint">{t(if ctx.is_own() { "surveys-builder-lines-hint" } else { "surveys-builder-lines-translate-hint" })}</p>
            {(!editable_codes).then(|| keys_note(options, &ctx.own))}
            <textarea id=field_id name=name rows=options.len().max(2).to_string() dir="auto">{crate::ui::rcdata(shown(&echo, name, option_lines(options, &ctx.lang)))}</textarea>
            {codes}
        }
    };
    let small = |name: &'static str, label: String, value: String| {
        let field_id = f(name);
        let value = shown(&echo, name, value);
        view! { <label for=field_id.clone()>{label}</label> <input id=field_id name=name type="text" class="short" dir="ltr" value=value/> }
    };
    let check = |name: &'static str, label: String, checked: bool| {
        let field_id = f(name);
        let checked = ticked(&echo, name, checked);
        view! { <div class="check"><input id=field_id.clone() name=name type="checkbox" value="on" checked=checked/><label for=field_id>{label}</label></div> }
    };
    let own = ctx.is_own();
    let kind_fields = match &q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } | QuestionKind::Ranking { options } => {
            lines_field("options", t("surveys-builder-options"), options).into_any()
        }
        QuestionKind::MultipleChoice { options, max_choices, other } => view! {
            {lines_field("options", t("surveys-builder-options"), options)}
            {own.then(|| view! {
                {small("max_choices", t("surveys-builder-max-choices"), max_choices.map(|m| m.to_string()).unwrap_or_default())}
                {check("other", t("surveys-builder-other"), *other)}
            })}
        }
        .into_any(),
        QuestionKind::Matrix { rows, scale } => view! {
            {lines_field("rows", t("surveys-builder-rows"), rows)}
            {lines_field("options", t("surveys-builder-scale-points"), scale)}
        }
        .into_any(),
        QuestionKind::Scale { min, max, min_label, max_label } => view! {
            {own.then(|| view! {
                {small("min", t("surveys-builder-min"), min.to_string())}
                {small("max", t("surveys-builder-max"), max.to_string())}
            })}
            {text_field("min_label", t("surveys-builder-min-label"), min_label, false)}
            {text_field("max_label", t("surveys-builder-max-label"), max_label, false)}
        }
        .into_any(),
        QuestionKind::Number { min, max } if own => view! {
            {small("min", t("surveys-builder-min"), min.map(|m| m.to_string()).unwrap_or_default())}
            {small("max", t("surveys-builder-max"), max.map(|m| m.to_string()).unwrap_or_default())}
        }
        .into_any(),
        QuestionKind::Date { min, max } if own => view! {
            {small("min", t("surveys-builder-min-date"), min.map(|d| d.to_string()).unwrap_or_default())}
            {small("max", t("surveys-builder-max-date"), max.map(|d| d.to_string()).unwrap_or_default())}
        }
        .into_any(),
        QuestionKind::ShortText { max_len } | QuestionKind::LongText { max_len } if own => {
            small("max_len", t("surveys-builder-max-len"), max_len.to_string()).into_any()
        }
        _ => ().into_any(),
    };
    let settings = own.then(|| {
        view! {
            {check("required", t("surveys-builder-required"), q.required)}
            {check("prefer_not_to_say", t("surveys-builder-pnts"), q.prefer_not_to_say)}
            {condition_fields(q, before, &f("cond"), ctx, &echo)}
        }
    });
    let kind_label = t(&format!("surveys-kind-{}", kind_key(&q.kind)));
    let hidden = ctx.hidden();
    let text = text_field("text", t("surveys-builder-question-text"), &q.text, true);
    let plain = text_field("plain", t("surveys-builder-plain"), &q.plain, true);
    let help = text_field("help", t("surveys-builder-help"), &q.help, true);
    let error_id = f("error");
    let buttons = (own && !ctx.locked).then(|| structure_buttons(&q.id, ctx));
    let qid = q.id.clone();
    let outcome = ctx.audio_outcome.about(Some(&q.id));
    let open = outcome.is_some() || typed(|e| e.get("id") == Some(q.id.as_str())).is_some();
    let audio = ctx.audio.iter().find(|(id, _)| *id == q.id).map(|(_, audio)| {
        view! { <crate::media::components::AudioManager audio=audio.clone() prefix=format!("audio-{}", q.id) outcome/> }
    });
    view! {
        <li>
            <details id=format!("edit-{}", q.id) open=open>
                <summary>
                    <code dir="ltr">{q.id.clone()}</code> " · " {kind_label} " · " <span dir="auto">{summary_text}</span>
                </summary>
                <ActionForm action=save attr:class="stack">
                    <FieldError id=error_id message=error/>
                    {hidden}
                    <input type="hidden" name="id" value=qid/>
                    {text}
                    {plain}
                    {help}
                    {kind_fields}
                    {settings}
                    <button type="submit" class="button primary">{t("surveys-builder-save")}</button>
                </ActionForm>
                {buttons}
                {audio}
            </details>
        </li>
    }
}

/// When to show a question: an earlier question, how, and which of its answers — check boxes
/// labelled with the answers (their codes, which are stored, stay out of sight). The answers
/// listed are those of the question chosen; after choosing another, saving shows its answers.
fn condition_fields(q: &Question, before: &[Question], prefix: &str, ctx: &Ctx, echo: &Option<FormEcho>) -> impl IntoView + use<> {
    let (current, op, values): (String, String, Vec<String>) = match (echo, &q.condition) {
        (Some(e), _) => (
            e.get("cond_question").unwrap_or_default().to_owned(),
            e.get("cond_op").unwrap_or("equals").to_owned(),
            e.all("cond_values[]").into_iter().map(str::to_owned).collect(),
        ),
        (None, None) => (String::new(), "equals".to_owned(), Vec::new()),
        (None, Some(c)) => {
            let (op, values) = match c {
                Condition::Equals { value, .. } => ("equals", vec![value.clone()]),
                Condition::NotEquals { value, .. } => ("not_equals", vec![value.clone()]),
                Condition::AnyOf { values, .. } => ("any_of", values.clone()),
                Condition::Answered { .. } => ("answered", Vec::new()),
            };
            (c.question().to_owned(), op.to_owned(), values)
        }
    };
    let questions = before
        .iter()
        .map(|b| view! { <option value=b.id.clone() selected=b.id == current>{format!("{} · {}", b.id, ctx.text(&b.text))}</option> })
        .collect_view();
    let choices: Vec<(String, String)> = match before.iter().find(|b| b.id == current).map(|b| &b.kind) {
        Some(QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } | QuestionKind::MultipleChoice { options, .. }) => {
            options.iter().map(|o| (o.key.clone(), ctx.text(&o.label))).collect()
        }
        Some(QuestionKind::YesNo) => vec![("yes".to_owned(), t("surveys-yes")), ("no".to_owned(), t("surveys-no"))],
        _ => Vec::new(),
    };
    let answers = if choices.is_empty() {
        let hint = if current.is_empty() { "surveys-builder-condition-pick-question" } else { "surveys-builder-condition-no-answers" };
        view! { <p class="hint">{t(hint)}</p> }.into_any()
    } else {
        let items = choices
            .into_iter()
            .enumerate()
            .map(|(i, (code, label))| {
                let id = format!("{prefix}-v{i}");
                let checked = values.contains(&code);
                view! {
                    <div class="check">
                        <input id=id.clone() name="cond_values[]" type="checkbox" value=code checked=checked/>
                        <label for=id dir="auto">{label}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="choice-answers">
                <legend>{t("surveys-builder-condition-answers")}</legend>
                {items}
            </fieldset>
        }
        .into_any()
    };
    let ops = ["equals", "not_equals", "any_of", "answered"]
        .into_iter()
        .map(|o| view! { <option value=o selected=o == op>{t(&format!("surveys-builder-op-{o}"))}</option> })
        .collect_view();
    let (qid, oid) = (format!("{prefix}-question"), format!("{prefix}-op"));
    view! {
        <fieldset class="condition">
            <legend>{t("surveys-builder-condition")}</legend>
            <label for=qid.clone()>{t("surveys-builder-condition-question")}</label>
            <select id=qid name="cond_question">
                <option value="">{t("surveys-builder-always")}</option>
                {questions}
            </select>
            <label for=oid.clone()>{t("surveys-builder-condition-op")}</label>
            <select id=oid name="cond_op">{ops}</select>
            {answers}
        </fieldset>
    }
}

fn structure_buttons(id: &str, ctx: &Ctx) -> impl IntoView + use<> {
    let up = ServerAction::<api::MoveQuestion>::new();
    let down = ServerAction::<api::MoveQuestion>::new();
    let delete = ServerAction::<api::DeleteQuestion>::new();
    let mine = id.to_owned();
    let error = failure_of(move || up.value().get().or_else(|| down.value().get()).or_else(|| delete.value().get()), move |e| e.get("id") == Some(mine.as_str()));
    let make = |up_value: Option<&'static str>| {
        view! {
            {ctx.hidden()}
            <input type="hidden" name="id" value=id.to_owned()/>
            {up_value.map(|v| view! { <input type="hidden" name="up" value=v/> })}
        }
    };
    let (h_up, h_down, h_delete) = (make(Some("true")), make(Some("false")), make(None));
    view! {
        <div class="form-actions">
            <FieldError id=format!("{id}-move-error") message=error/>
            <ActionForm action=up attr:class="inline">{h_up}<button type="submit" class="button">{t("surveys-builder-move-up")}</button></ActionForm>
            <ActionForm action=down attr:class="inline">{h_down}<button type="submit" class="button">{t("surveys-builder-move-down")}</button></ActionForm>
        </div>
        // Deleting asks twice: the first button only opens the warning (works without JavaScript).
        <details class="confirm">
            <summary class="button danger">{t("surveys-builder-delete")}</summary>
            <p>{t("surveys-builder-delete-warning")}</p>
            <ActionForm action=delete attr:class="inline">{h_delete}<button type="submit" class="button danger">{t("surveys-builder-delete-confirm")}</button></ActionForm>
        </details>
    }
}
