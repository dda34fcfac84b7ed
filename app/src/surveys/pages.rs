//! Surveys feature, pages: a plan's surveys, a survey's start page (what is stored, how to take
//! part, tools for facilitators), the answer form, "saved", "thank you", results with charts and
//! tables, and the printable sheet of single-use codes.

use leptos::prelude::*;

use crate::pending::watched;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{api, form::SurveyForm, model::*};
use crate::{
    core::AppError,
    i18n::{Locale, t, use_locale},
    plans::model::PlanRef,
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, TextField, Tx, TxBlock, failure, loaded},
};

fn param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

fn query(name: &'static str) -> Option<String> {
    use_query_map().read_untracked().get(name)
}

fn survey_href(plan: &str, survey: &str) -> String {
    format!("/plans/{plan}/surveys/{survey}")
}

fn crumbs(plan: &PlanRef, survey: Option<&SurveyCard>, here: Option<Crumb>) -> Vec<Crumb> {
    let mut items: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (plan.title.clone(), format!("/plans/{}", plan.slug)).into(),
        (t("surveys-list-title"), format!("/plans/{}/surveys", plan.slug)).into(),
    ];
    if let Some(s) = survey {
        items.push((s.title.clone(), survey_href(&plan.slug, &s.slug)).into());
    }
    items.extend(here);
    items
}

/// "Open until 31 December 2026", "Closed", "Opens on …".
#[component]
fn PhaseLine(survey: SurveyCard) -> impl IntoView {
    let locale = use_locale();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| locale.date(d));
    let text = match (survey.phase, date(survey.closes_at), date(survey.opens_at)) {
        (Phase::Open, Some(until), _) => locale.t_args("surveys-open-until", &[("date", until.into())]),
        (Phase::NotYetOpen, _, Some(from)) => locale.t_args("surveys-opens-on", &[("date", from.into())]),
        (phase, _, _) => locale.t(&format!("surveys-phase-{}", phase.key())),
    };
    view! { <span class=format!("badge phase-{}", survey.phase.key())>{text}</span> }
}

/// A plan's surveys.
#[component]
pub fn SurveysPage() -> impl IntoView {
    let plan = param("plan");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(plan, lang)| watched(api::list_surveys(plan, lang)));
    loaded(data, surveys_page)
}

fn surveys_page(view: SurveyList) -> impl IntoView {
    let plan = view.plan.clone();
    let empty = view.surveys.is_empty();
    let items = view
        .surveys
        .into_iter()
        .map(|s| {
            let href = survey_href(&plan.slug, &s.slug);
            view! {
                <li class="card">
                    <h2><a href=href><Tx text=s.title.clone()/></a></h2>
                    <p class="meta"><PhaseLine survey=s.clone()/></p>
                    <TxBlock text=s.intro.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=format!("{} · {}", t("surveys-list-title"), view.plan.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, None, None)/>
        <h1>{t("surveys-list-title")}</h1>
        <p class="lead">{t("surveys-list-intro")}</p>
        {if empty { view! { <p>{t("surveys-list-empty")}</p> }.into_any() } else { view! { <ul class="cards">{items}</ul> }.into_any() }}
        {view.can_manage.then(|| view! { <p><a class="button" href=format!("/plans/{}/surveys/new", plan.slug)>{t("surveys-builder-new-title")}</a></p> })}
    }
}

/// A survey's start page.
#[component]
pub fn SurveyStartPage() -> impl IntoView {
    let (plan, survey) = (param("plan"), param("survey"));
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), survey(), lang.clone()), |(p, s, l)| watched(api::survey_start(p, s, l)));
    loaded(data, start_page)
}

/// The message for `?error=` on a page a plain form was sent back to.
fn notice_from_query() -> Option<String> {
    let locale = use_locale();
    query("error").and_then(|k| AppError::from_key(&k)).map(|e| match e {
        // The survey's own limit is per hour, and a paper form is a way round it.
        AppError::RateLimited => locale.t("surveys-rate-limited"),
        e => locale.t(e.message_id()),
    })
}

fn start_page(view: StartView) -> impl IntoView {
    let locale = use_locale();
    let s = view.survey.clone();
    let base = survey_href(&view.plan.slug, &s.slug);
    let notice = notice_from_query().map(|m| view! { <p class="field-error" role="alert" id="notice">{m}</p> });
    let entered = query("entered").map(|_| view! { <p class="notice" role="status">{t("surveys-entered")}</p> });
    let facts = locale.t_args(
        "surveys-facts",
        &[("questions", s.questions.into()), ("sections", s.sections.into())],
    );
    let languages = view
        .languages
        .iter()
        .filter_map(|tag| Locale::from_tag(tag))
        .map(|l| view! { <li lang=l.tag() dir=l.dir()>{l.native_name()}</li> })
        .collect_view();
    let take_part = take_part(&view, &base);
    let results = (s.results_public || view.can_manage).then(|| {
        view! { <p><a href=format!("{base}/results")>{t("surveys-see-results")}</a></p> }
    });
    let manage = view.can_manage.then(|| manage_box(&view, &base));
    view! {
        <PageTitle text=s.title.text.clone()/>
        <Breadcrumbs items=crumbs(&view.plan, None, Some((s.title.clone(), String::new()).into()))/>
        <h1><Tx text=s.title.clone()/></h1>
        {notice}
        {entered}
        <p class="meta"><PhaseLine survey=s.clone()/></p>
        <TxBlock text=s.intro.clone() class="lead"/>
        <p>{facts}</p>
        <h2>{t("surveys-languages-heading")}</h2>
        <ul class="inline-list">{languages}</ul>
        <aside class="explainer" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{t("surveys-privacy-heading")}</h2>
            <p>{t(&format!("surveys-privacy-{}", s.access.key()))}</p>
            <p>{t(if s.access == Access::Open { "surveys-privacy-address" } else { "surveys-privacy-held" })}</p>
            <p>{t("surveys-privacy-stored")}</p>
        </aside>
        {take_part}
        {results}
        {manage}
    }
}

fn take_part(view: &StartView, base: &str) -> AnyView {
    let s = &view.survey;
    if s.phase != Phase::Open {
        return view! { <p class="notice">{t(&format!("surveys-cannot-answer-{}", s.phase.key()))}</p> }.into_any();
    }
    if view.answered {
        return view! { <p class="notice" role="status">{t("surveys-already-answered")}</p> }.into_any();
    }
    let answer = format!("{base}/answer");
    let continue_link = view.in_progress.then(|| {
        view! { <p><a class="button primary" href=answer.clone()>{t("surveys-continue")}</a></p> }
    });
    let start = match (s.access, view.in_progress) {
        (_, true) => None,
        (Access::Open, false) => Some(view! { <p><a class="button primary" href=answer.clone()>{t("surveys-start")}</a></p> }.into_any()),
        (Access::Account, false) if !view.signed_in => {
            Some(view! { <p><a class="button primary" href="/sign-in">{t("surveys-sign-in-to-answer")}</a></p> }.into_any())
        }
        (Access::Account, false) => Some(view! { <p><a class="button primary" href=answer.clone()>{t("surveys-start")}</a></p> }.into_any()),
        (Access::Codes, false) => Some(view! { <CodeForm plan=view.plan.slug.clone() survey=s.slug.clone()/> }.into_any()),
    };
    view! {
        <h2>{t("surveys-take-part-heading")}</h2>
        {continue_link}
        {start}
        <ResumeForm plan=view.plan.slug.clone() survey=s.slug.clone()/>
    }
    .into_any()
}

#[component]
fn CodeForm(plan: String, survey: String) -> impl IntoView {
    let action = ServerAction::<api::StartWithCode>::new();
    let error = failure(move || action.value().get());
    let lang = use_locale().tag();
    // The code as typed in a refused form, or as a slip's QR code gave it in the address.
    let given = crate::ui::refused_form(|echo| echo.get("code").is_some())
        .and_then(|(echo, _)| echo.get("code").map(str::to_owned))
        .or_else(|| use_query_map().read_untracked().get("code"))
        .map(|c| c.chars().take(40).collect::<String>());
    view! {
        <ActionForm action=action attr:class="stack">
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="survey" value=survey/>
            <input type="hidden" name="lang" value=lang/>
            <TextField name="code" label=t("surveys-code-label") hint=t("surveys-code-hint") error=error autocomplete="off" maxlength=40 value=given/>
            <button type="submit" class="button primary">{t("surveys-start")}</button>
        </ActionForm>
    }
}

/// Continue with a resume code: a plain form (`…/resume`). A wrong code comes back on this page
/// (`state::form_again`) with the box open, the error and the code as typed.
#[component]
fn ResumeForm(plan: String, survey: String) -> impl IntoView {
    let locale = use_locale();
    let refused = crate::ui::refused_form(|echo| echo.get("form") == Some("resume"));
    let typed = refused.as_ref().and_then(|(echo, _)| echo.get("code").map(str::to_owned));
    let error = Signal::stored(refused.as_ref().map(|(_, e)| locale.t(e.message_id())));
    let action = format!("{}/resume", survey_href(&plan, &survey));
    view! {
        <details class="resume" open=refused.is_some()>
            <summary>{t("surveys-resume-heading")}</summary>
            <form method="post" action=action class="stack">
                <TextField name="code" label=t("surveys-resume-label") hint=t("surveys-resume-hint") error=error autocomplete="off" maxlength=40 value=typed/>
                <button type="submit" class="button">{t("surveys-resume-submit")}</button>
            </form>
        </details>
    }
}

fn manage_box(view: &StartView, base: &str) -> impl IntoView + use<> {
    let locale = use_locale();
    let s = &view.survey;
    let count = locale.t_args("surveys-response-count", &[("count", view.responses.into())]);
    let codes = (s.access == Access::Codes).then(|| view! { <li><a href=format!("{base}/codes")>{t("surveys-codes-title")}</a></li> });
    view! {
        <section class="manage" aria-labelledby="manage-heading">
            <h2 id="manage-heading">{t("surveys-manage-heading")}</h2>
            <p>{count}</p>
            <ul>
                <li><a href=format!("{base}/edit")>{t("surveys-builder-title")}</a></li>
                <li><a href=format!("{base}/answer?preview=1&section=0")>{t("surveys-preview")}</a></li>
                {codes}
                <li><a href=format!("{base}/results")>{t("surveys-results-title")}</a></li>
                <li><a href=format!("{base}/responses")>{t("surveys-responses-title")}</a></li>
                <li><a href=format!("{base}/export.csv") download="">{t("surveys-export-csv")}</a></li>
                <li><a href=format!("{base}/export.json") download="">{t("surveys-export-json")}</a></li>
            </ul>
            <AssistedForm plan=view.plan.slug.clone() survey=s.slug.clone() languages=view.languages.clone()/>
        </section>
    }
}

/// A facilitator enters a paper or interview response on someone's behalf.
#[component]
fn AssistedForm(plan: String, survey: String, languages: Vec<String>) -> impl IntoView {
    let action = ServerAction::<api::StartAssisted>::new();
    let error = failure(move || action.value().get());
    let lang = use_locale().tag();
    let channels = Channel::ASSISTED
        .into_iter()
        .map(|c| view! { <option value=c.key()>{t(&format!("surveys-channel-{}", c.key()))}</option> })
        .collect_view();
    let langs = languages
        .iter()
        .filter_map(|tag| Locale::from_tag(tag))
        .map(|l| view! { <option value=l.tag() lang=l.tag()>{l.native_name()}</option> })
        .collect_view();
    view! {
        <h3>{t("surveys-assisted-heading")}</h3>
        <p class="muted">{t("surveys-assisted-intro")}</p>
        <ActionForm action=action attr:class="stack">
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="survey" value=survey/>
            <input type="hidden" name="lang" value=lang/>
            <FieldError id="assisted-error" message=error/>
            <label for="assisted-channel">{t("surveys-channel-label")}</label>
            <select id="assisted-channel" name="channel">{channels}</select>
            <label for="assisted-lang">{t("surveys-interview-lang-label")}</label>
            <select id="assisted-lang" name="interview_lang">
                <option value="">{t("surveys-interview-lang-same")}</option>
                {langs}
            </select>
            <button type="submit" class="button">{t("surveys-assisted-start")}</button>
        </ActionForm>
    }
}

/// One section of the survey to fill in (or to preview).
#[component]
pub fn SurveyAnswerPage() -> impl IntoView {
    let (plan, survey) = (param("plan"), param("survey"));
    let lang = use_locale().tag().to_owned();
    let query = use_query_map();
    let section = move || query.read().get("section").and_then(|s| s.parse::<usize>().ok());
    let preview = move || query.read().get("preview").is_some();
    let data = Resource::new(
        move || (plan(), survey(), section(), preview(), lang.clone()),
        |(p, s, n, pv, l)| watched(api::survey_form(p, s, n, pv, l)),
    );
    loaded(data, answer_page)
}

fn answer_page(view: FormView) -> impl IntoView {
    let mut title = view.survey.title.clone();
    // The form's one note about untranslated texts covers the title too.
    if super::form::section_fallback(&view.questions, use_locale(), &view.default_lang).is_some() {
        title.fallback = false;
    }
    let here = t("surveys-answer-title");
    view! {
        <PageTitle text=format!("{} · {}", here, title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, Some(&view.survey), Some((here, String::new()).into()))/>
        <h1><Tx text=title/></h1>
        <SurveyForm view/>
    }
}

/// After "save and continue later": the resume code, once.
#[component]
pub fn SurveySavedPage() -> impl IntoView {
    let (plan, survey) = (param("plan"), param("survey"));
    let code = Resource::new(|| (), |_| watched(api::resume_code()));
    let back = move || survey_href(&plan(), &survey());
    view! {
        <PageTitle text=t("surveys-saved-title")/>
        <h1>{t("surveys-saved-title")}</h1>
        <Suspense fallback=crate::ui::Loading>
            {move || Suspend::new(async move {
                match code.await {
                    Ok(Some(code)) => view! {
                        <p>{t("surveys-saved-intro")}</p>
                        <p class="resume-code" dir="ltr" translate="no">{code}</p>
                        <p class="muted">{t("surveys-saved-keep")}</p>
                    }.into_any(),
                    _ => view! { <p>{t("surveys-saved-no-code")}</p> }.into_any(),
                }
            })}
        </Suspense>
        <p><a href=back>{t("surveys-back-to-survey")}</a></p>
    }
}

/// After the last section.
#[component]
pub fn SurveyThanksPage() -> impl IntoView {
    let (plan, survey) = (param("plan"), param("survey"));
    view! {
        <PageTitle text=t("surveys-thanks-title")/>
        <h1>{t("surveys-thanks-title")}</h1>
        <p class="lead">{t("surveys-thanks-intro")}</p>
        <p>{t("surveys-privacy-stored")}</p>
        <p><a href=move || survey_href(&plan(), &survey())>{t("surveys-back-to-survey")}</a></p>
        <p><a href=move || format!("/plans/{}", plan())>{t("surveys-back-to-plan")}</a></p>
    }
}

/// The results: per question a table of counts and percentages, with a bar chart beside it.
#[component]
pub fn SurveyResultsPage() -> impl IntoView {
    let (plan, survey) = (param("plan"), param("survey"));
    let lang = use_locale().tag().to_owned();
    let query = use_query_map();
    let only_lang = move || query.read().get("only_lang").filter(|s| !s.is_empty());
    let only_channel = move || query.read().get("only_channel").filter(|s| !s.is_empty());
    let evidence_lang = lang.clone();
    let data = Resource::new(
        move || (plan(), survey(), lang.clone(), only_lang(), only_channel()),
        |(p, s, l, ol, oc)| watched(api::survey_results(p, s, l, ol, oc)),
    );
    let evidence = Resource::new(
        move || (plan(), survey(), evidence_lang.clone()),
        |(p, s, l)| watched(super::evidence::evidence_of_survey(p, s, l)),
    );
    provide_context(evidence);
    loaded(data, results_page)
}

fn results_page(mut view: ResultsView) -> impl IntoView {
    let locale = use_locale();
    let here = t("surveys-results-title");
    let base = survey_href(&view.plan.slug, &view.survey.slug);
    let total = match view.total {
        Some(n) => locale.t_args("surveys-results-total", &[("count", n.into())]),
        None => t("surveys-results-too-few"),
    };
    let note = if view.suppressed { t("surveys-results-suppressed-note") } else { t("surveys-results-exact-note") };
    // One note for the page's untranslated texts, not one per question and answer.
    let fallback = results_fallback(&view.questions);
    let fallback_note = crate::ui::fallback_note_once(fallback.as_deref());
    if fallback.is_some() {
        quiet_fallbacks(&mut view.questions);
        view.survey.title.fallback = false;
    }
    let questions = view
        .questions
        .iter()
        .map(|q| question_result(q, &view, &base))
        .collect_view();
    view! {
        <PageTitle text=format!("{} · {}", here, view.survey.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, Some(&view.survey), Some((here.clone(), String::new()).into()))/>
        <h1>{here}</h1>
        <p class="lead"><Tx text=view.survey.title.clone()/></p>
        {(!view.suppressed).then(|| filter_form(&view))}
        <p><strong>{total}</strong></p>
        <p class="muted">{note}</p>
        {view.suppressed.then(|| view! { <p class="muted">{t("surveys-results-no-breakdown")}</p> })}
        {view.held.filter(|n| *n > 0).map(|n| view! { <p class="notice" id="held">{locale.t_args("surveys-results-held", &[("count", n.into())])}</p> })}
        {fallback_note}
        {questions}
    }
}

/// The language the results' texts fall back to when some are not translated into the reader's.
fn results_fallback(questions: &[QuestionResult]) -> Option<String> {
    questions
        .iter()
        .flat_map(|q| {
            let mut texts = vec![&q.text];
            match &q.body {
                ResultBody::Bars { rows, .. } => texts.extend(rows.iter().map(|r| &r.label)),
                ResultBody::Grid { columns, rows } => {
                    texts.extend(columns.iter());
                    texts.extend(rows.iter().map(|(label, _)| label));
                }
                ResultBody::Texts { .. } => {}
            }
            texts
        })
        .find(|t| t.fallback && !t.text.trim().is_empty())
        .map(|t| t.lang.clone())
}

/// The results' texts without a note each (the page has one: `results_fallback`).
fn quiet_fallbacks(questions: &mut [QuestionResult]) {
    for q in questions {
        q.text.fallback = false;
        match &mut q.body {
            ResultBody::Bars { rows, .. } => rows.iter_mut().for_each(|r| r.label.fallback = false),
            ResultBody::Grid { columns, rows } => {
                columns.iter_mut().for_each(|c| c.fallback = false);
                rows.iter_mut().for_each(|(label, _)| label.fallback = false);
            }
            ResultBody::Texts { .. } => {}
        }
    }
}

fn filter_form(view: &ResultsView) -> impl IntoView + use<> {
    let langs = view
        .languages
        .iter()
        .filter_map(|tag| Locale::from_tag(tag))
        .map(|l| {
            let selected = view.filter.lang.as_deref() == Some(l.tag());
            view! { <option value=l.tag() lang=l.tag() selected=selected>{l.native_name()}</option> }
        })
        .collect_view();
    let channels = Channel::ALL
        .into_iter()
        .map(|c| {
            let selected = view.filter.channel == Some(c);
            view! { <option value=c.key() selected=selected>{t(&format!("surveys-channel-{}", c.key()))}</option> }
        })
        .collect_view();
    view! {
        <form method="get" class="filters" role="search" aria-label=t("surveys-filter-label")>
            <div>
                <label for="only_lang">{t("surveys-filter-language")}</label>
                <select id="only_lang" name="only_lang">
                    <option value="">{t("surveys-filter-all")}</option>
                    {langs}
                </select>
            </div>
            <div>
                <label for="only_channel">{t("surveys-filter-channel")}</label>
                <select id="only_channel" name="only_channel">
                    <option value="">{t("surveys-filter-all")}</option>
                    {channels}
                </select>
            </div>
            <button type="submit" class="button">{t("surveys-filter-apply")}</button>
        </form>
    }
}

/// A published count and its share, as text ("fewer than 5" when hidden).
pub fn cell_text(cell: Cell, locale: Locale) -> (String, String) {
    match cell {
        Cell::Count { n, percent } => (locale.number(n as f64), locale.percent(percent)),
        Cell::Hidden => (locale.t("surveys-fewer-than-5"), String::new()),
    }
}

/// A bar as wide as `percent`, drawn as SVG (mirrored by CSS in right-to-left pages).
pub fn bar(cell: Cell) -> impl IntoView {
    let width = match cell {
        Cell::Count { percent, .. } => percent.clamp(0.0, 100.0),
        Cell::Hidden => 0.0,
    };
    view! {
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width="100" height="10" class="bar-track"/>
            <rect x="0" y="0" width=format!("{width:.1}") height="10" class="bar-fill"/>
        </svg>
    }
}

fn question_result(q: &QuestionResult, view: &ResultsView, base: &str) -> impl IntoView + use<> {
    let locale = use_locale();
    let answered = match q.answered {
        Some(n) => locale.t_args("surveys-results-answered", &[("count", n.into())]),
        None => t("surveys-results-too-few"),
    };
    let summary = q.summary.map(|s| {
        let text = locale.t_args("surveys-results-mean-median", &[("mean", locale.number(s.mean).into()), ("median", locale.number(s.median).into())]);
        view! { <p class="summary">{text}</p> }
    });
    let caption_id = format!("r-{}", q.id);
    let labelled_by = caption_id.clone();
    let body = match (&q.body, q.answered) {
        (_, None) => ().into_any(),
        (ResultBody::Bars { rows, several }, _) => {
            let rows = rows
                .iter()
                .map(|r| {
                    let (n, pct) = cell_text(r.cell, locale);
                    view! {
                        <tr>
                            <th scope="row"><Tx text=r.label.clone()/></th>
                            <td class="num">{n}</td>
                            <td class="num">{pct}</td>
                            <td class="chart">{bar(r.cell)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                {several.then(|| view! { <p class="muted">{t("surveys-results-several")}</p> })}
                <table class="data results" aria-labelledby=caption_id.clone()>
                    <thead>
                        <tr>
                            <th scope="col">{t("surveys-results-answer")}</th>
                            <th scope="col" class="num">{t("surveys-results-count")}</th>
                            <th scope="col" class="num">{t("surveys-results-percent")}</th>
                            <th scope="col"><span class="visually-hidden">{t("surveys-results-chart")}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
        (ResultBody::Grid { columns, rows }, _) => {
            let head = columns.iter().map(|c| view! { <th scope="col" class="num"><Tx text=c.clone()/></th> }).collect_view();
            let rows = rows
                .iter()
                .map(|(label, cells)| {
                    let cells = cells
                        .iter()
                        .map(|c| {
                            let (n, pct) = cell_text(*c, locale);
                            view! { <td class="num">{n} <span class="muted">" " {pct}</span>{bar(*c)}</td> }
                        })
                        .collect_view();
                    view! { <tr><th scope="row"><Tx text=label.clone()/></th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="table-scroll">
                    <table class="data results grid" aria-labelledby=caption_id.clone()>
                        <thead><tr><td></td>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
        (ResultBody::Texts { answers, more }, _) => {
            let items = answers
                .iter()
                .map(|a| {
                    let moderation = view.can_moderate.then(|| {
                        view! { <ModerateButton plan=view.plan.slug.clone() survey=view.survey.slug.clone() id=a.id hidden=!a.hidden/> }
                    });
                    view! {
                        <li id=format!("q-{}", a.id) class:hidden-answer=a.hidden>
                            <p lang=a.lang.clone() dir="auto">{a.body.clone()}</p>
                            {a.hidden.then(|| view! { <p class="muted">{t("surveys-text-hidden")}</p> })}
                            {moderation}
                        </li>
                    }
                })
                .collect_view();
            let more = more.then(|| view! { <p class="muted">{t("surveys-results-more-texts")}</p> });
            let export = view.can_manage.then(|| view! { <p><a href=format!("{base}/export.csv")>{t("surveys-export-csv")}</a></p> });
            view! { <ul class="texts">{items}</ul> {more} {export} }.into_any()
        }
    };
    view! {
        <section class="question-result" aria-labelledby=labelled_by>
            <h2 id=caption_id><Tx text=q.text.clone()/></h2>
            <p class="muted">{answered}</p>
            {summary}
            {body}
            <super::evidence::QuestionEvidence plan=view.plan.slug.clone() survey=view.survey.slug.clone() question=q.id.clone()/>
        </section>
    }
}

#[component]
fn ModerateButton(plan: String, survey: String, id: i64, hidden: bool) -> impl IntoView {
    let action = ServerAction::<api::ModerateAnswer>::new();
    let label = if hidden { t("surveys-text-hide") } else { t("surveys-text-show") };
    view! {
        <ActionForm action=action attr:class="inline">
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="survey" value=survey/>
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="hidden" value=hidden.to_string()/>
            <button type="submit" class="link-button">{label}</button>
        </ActionForm>
    }
}

/// Single-use codes: make more, and print them to hand out.
#[component]
pub fn SurveyCodesPage() -> impl IntoView {
    let (plan, survey) = (param("plan"), param("survey"));
    let lang = use_locale().tag().to_owned();
    let query = use_query_map();
    let slips = move || query.read().get_all("slips").unwrap_or_default();
    let data = Resource::new(move || (plan(), survey(), lang.clone(), slips()), |(p, s, l, k)| watched(api::survey_codes(p, s, l, k)));
    loaded(data, codes_page)
}

/// Which of the survey's languages the slips are printed in (a plain GET form).
fn slip_languages(view: &CodesView) -> impl IntoView + use<> {
    let boxes = view
        .languages
        .iter()
        .map(|tag| {
            let checked = view.slips.iter().any(|s| s.lang == *tag);
            let id = format!("slips-{tag}");
            let name = Locale::from_tag(tag).map_or_else(|| tag.clone(), |l| l.native_name().to_owned());
            view! {
                <div class="check">
                    <input type="checkbox" id=id.clone() name="slips" value=tag.clone() checked=checked/>
                    <label for=id lang=tag.clone()>{name}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <form method="get" class="stack">
            <fieldset>
                <legend>{t("surveys-slips-languages")}</legend>
                {boxes}
            </fieldset>
            <button type="submit" class="button">{t("surveys-slips-languages-apply")}</button>
        </form>
    }
}

fn codes_page(view: CodesView) -> impl IntoView {
    let here = t("surveys-codes-title");
    let unused: Vec<String> = view.codes.iter().filter(|(_, used)| !used).map(|(c, _)| c.clone()).collect();
    let used = view.codes.len() - unused.len();
    let locale = use_locale();
    let counts = locale.t_args("surveys-codes-counts", &[("unused", unused.len().into()), ("used", used.into())]);
    let slips = unused
        .into_iter()
        .map(|code| {
            // Made by the server from the survey's address and the code: no typed text in it.
            let qr = view.qr.iter().find(|(c, _)| *c == code).map(|(_, svg)| svg.clone()).filter(|s| !s.is_empty());
            view! {
                <li class="slip">
                    {qr.map(|svg| view! { <div class="slip-qr" role="img" aria-label=t("surveys-slip-qr") inner_html=svg></div> })}
                    {view.slips.iter().map(|s| {
                        let dir = Locale::from_tag(&s.lang).map_or("auto", |l| l.dir());
                        view! {
                            <div class="slip-lang" lang=s.lang.clone() dir=dir>
                                <p class="slip-title"><Tx text=s.title.clone()/></p>
                                <p>{s.go_to.clone()} " " <span dir="ltr" class="slip-link">{view.short_url.clone()}</span> " " {s.type_code.clone()}</p>
                            </div>
                        }
                    }).collect_view()}
                    <p><strong dir="ltr" class="slip-code" translate="no">{code}</strong></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=format!("{} · {}", here, view.survey.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, Some(&view.survey), Some((here.clone(), String::new()).into()))/>
        <h1>{here}</h1>
        <div class="no-print">
            <p class="lead">{t("surveys-codes-intro")}</p>
            <p>{counts}</p>
            <CreateCodesForm plan=view.plan.slug.clone() survey=view.survey.slug.clone()/>
            {(view.languages.len() > 1).then(|| slip_languages(&view))}
            <p>{t("surveys-codes-print")}</p>
        </div>
        <ul class="slips">{slips}</ul>
    }
}

#[component]
fn CreateCodesForm(plan: String, survey: String) -> impl IntoView {
    let action = ServerAction::<api::CreateCodes>::new();
    let error = failure(move || action.value().get());
    view! {
        <ActionForm action=action attr:class="stack">
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="survey" value=survey/>
            <crate::once::OnceField/>
            <TextField name="count" label=t("surveys-codes-count-label") hint=t("surveys-codes-count-hint") error=error inputmode="numeric" maxlength=4/>
            <button type="submit" class="button">{t("surveys-codes-create")}</button>
        </ActionForm>
    }
}
