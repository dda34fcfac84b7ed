//! Reviewing responses, pages: the list (filtered by channel, a page at a time, with the
//! survey's history of corrections and withdrawals) and one response (its answers in words, the
//! correction and the withdrawal, each asked for with a reason; withdrawing asks twice).

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{api, model::*};
use crate::{
    core::FormEcho,
    i18n::{Locale, t, use_locale},
    pending::watched,
    plans::model::PlanRef,
    surveys::model::{Channel, SurveyCard},
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, Tx, data_table, failure_of, loaded, pager, rcdata, refused_form},
};

fn param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

fn survey_href(plan: &str, survey: &str) -> String {
    format!("/plans/{plan}/surveys/{survey}")
}

fn crumbs(plan: &PlanRef, survey: &SurveyCard, list: bool, here: String) -> Vec<Crumb> {
    let base = survey_href(&plan.slug, &survey.slug);
    let mut items: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (plan.title.clone(), format!("/plans/{}", plan.slug)).into(),
        (t("surveys-list-title"), format!("/plans/{}/surveys", plan.slug)).into(),
        (survey.title.clone(), base.clone()).into(),
    ];
    if list {
        items.push((t("surveys-responses-title"), format!("{base}/responses")).into());
    }
    items.push((here, String::new()).into());
    items
}

/// A notice the address asks for (`?withdrawn=1`…), unless a refused form is shown instead.
fn notice(flag: &'static str, key: &'static str) -> Option<impl IntoView + use<>> {
    let refused = refused_form(|_| true).is_some();
    use_query_map()
        .read_untracked()
        .get(flag)
        .filter(|_| !refused)
        .map(|_| view! { <p class="notice" role="status" id="notice" tabindex="-1">{t(key)}</p> })
}

fn language_name(tag: &str) -> String {
    Locale::from_tag(tag).map_or_else(|| tag.to_owned(), |l| l.native_name().to_owned())
}

/// A survey's responses, a page at a time.
#[component]
pub fn ResponsesPage() -> impl IntoView {
    let (plan, survey) = (param("plan"), param("survey"));
    let lang = use_locale().tag().to_owned();
    let query = use_query_map();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u64>().ok());
    let channel = move || query.read().get("channel").filter(|c| !c.is_empty());
    let data = Resource::new(
        move || (plan(), survey(), page(), channel(), lang.clone()),
        |(p, s, n, c, l)| watched(api::survey_responses(p, s, n, c, l)),
    );
    loaded(data, responses_page)
}

fn responses_page(view: ResponsesView) -> impl IntoView {
    let locale = use_locale();
    let here = t("surveys-responses-title");
    let base = survey_href(&view.plan.slug, &view.survey.slug);
    let count = locale.t_args("surveys-responses-count", &[("count", view.total.into())]);
    let held = (view.held > 0).then(|| view! { <p class="muted">{locale.t_args("surveys-responses-held", &[("count", view.held.into())])}</p> });
    let rows = view
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row"><a href=format!("{base}/responses/{}", r.id) dir="ltr">{r.id.to_string()}</a></th>
                    <td>{locale.date(r.submitted_on)}</td>
                    <td>{t(&format!("surveys-channel-{}", r.channel.key()))}</td>
                    <td lang=r.lang.clone()>{language_name(&r.lang)}</td>
                    <td class="num">{locale.number(r.answered as f64)}</td>
                </tr>
            }
        })
        .collect_view();
    let heads = vec![
        (t("surveys-responses-col-response"), false),
        (t("surveys-responses-col-day"), false),
        (t("surveys-filter-channel"), false),
        (t("surveys-responses-col-language"), false),
        (t("surveys-responses-col-answered"), true),
    ];
    let table = data_table(here.clone(), heads, rows.into_any(), view.rows.is_empty(), t("surveys-responses-none"));
    let channel_query = view.channel.map(|c| format!("&channel={}", c.key())).unwrap_or_default();
    let pager = pager(view.page, view.pages, t("surveys-responses-pages-label"), |n| format!("{base}/responses?page={n}{channel_query}"));
    view! {
        <PageTitle text=format!("{} · {}", here, view.survey.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, &view.survey, false, here.clone())/>
        <h1>{here.clone()}</h1>
        {notice("withdrawn", "surveys-responses-withdrawn")}
        <p class="lead">{count}</p>
        {held}
        {channel_filter(view.channel)}
        {table}
        {pager}
        <History entries=view.history.clone() base=base.clone() heading=t("surveys-responses-history")/>
    }
}

fn channel_filter(current: Option<Channel>) -> impl IntoView {
    let channels = Channel::ALL
        .into_iter()
        .map(|c| view! { <option value=c.key() selected=current == Some(c)>{t(&format!("surveys-channel-{}", c.key()))}</option> })
        .collect_view();
    view! {
        <form method="get" class="filters" role="search" aria-label=t("surveys-responses-filter-label")>
            <div>
                <label for="channel">{t("surveys-filter-channel")}</label>
                <select id="channel" name="channel">
                    <option value="">{t("surveys-filter-all")}</option>
                    {channels}
                </select>
            </div>
            <button type="submit" class="button">{t("surveys-filter-apply")}</button>
        </form>
    }
}

/// Corrections and withdrawals, newest first: who, when, why, and what changed.
#[component]
fn History(entries: Vec<HistoryEntry>, base: String, heading: String) -> impl IntoView {
    let locale = use_locale();
    let none = entries.is_empty().then(|| view! { <p>{t("surveys-responses-history-none")}</p> });
    let items = entries
        .into_iter()
        .map(|h| {
            let who = h.who.clone().unwrap_or_else(|| locale.t("surveys-responses-someone"));
            let key = if h.withdrawn { "surveys-responses-history-withdrawn" } else { "surveys-responses-history-corrected" };
            let said = locale.t_args(key, &[("who", who.into()), ("date", locale.date(h.at.date_naive()).into())]);
            let response = h.response.to_string();
            // A withdrawn response has no page any more.
            let link = if h.withdrawn {
                view! { <span dir="ltr">{response}</span> }.into_any()
            } else {
                view! { <a href=format!("{base}/responses/{}", h.response) dir="ltr">{response}</a> }.into_any()
            };
            let no_answer = t("surveys-response-no-answer");
            let or_none = move |s: String| if s.is_empty() { no_answer.clone() } else { s };
            let changes = h
                .changes
                .into_iter()
                .map(|c| {
                    view! {
                        <li>
                            <Tx text=c.question/> ": "
                            <del dir="auto">{or_none(c.before)}</del> " → " <ins dir="auto">{or_none(c.after)}</ins>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li>
                    <p>{said} " · " {t("surveys-responses-col-response")} " " {link}</p>
                    <p><span class="muted">{t("surveys-response-reason-label")} ": "</span> <span dir="auto">{h.reason}</span></p>
                    <ul>{changes}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{heading}</h2>
            {none}
            <ul class="history">{items}</ul>
        </section>
    }
}

/// One response.
#[component]
pub fn ResponsePage() -> impl IntoView {
    let (plan, survey, id) = (param("plan"), param("survey"), param("id"));
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), survey(), id(), lang.clone()), |(p, s, i, l)| watched(api::survey_response(p, s, i, l)));
    loaded(data, response_page)
}

fn response_page(view: ResponseView) -> impl IntoView {
    let locale = use_locale();
    let id = view.row.id.to_string();
    let here = locale.t_args("surveys-response-title", &[("response", id.clone().into())]);
    let base = survey_href(&view.plan.slug, &view.survey.slug);
    let r = &view.row;
    let interview = r.interview_lang.as_deref().map(|l| {
        view! { <dt>{t("surveys-interview-lang-label")}</dt> <dd lang=l.to_owned()>{language_name(l)}</dd> }
    });
    let no_answer = t("surveys-response-no-answer");
    let answers = view
        .answers
        .iter()
        .map(|(question, answer)| {
            let shown = match answer {
                Some(a) => view! { <dd dir="auto">{a.clone()}</dd> }.into_any(),
                None => view! { <dd class="muted">{no_answer.clone()}</dd> }.into_any(),
            };
            view! { <dt><Tx text=question.clone()/></dt> {shown} }
        })
        .collect_view();
    let plan = view.plan.slug.clone();
    let survey = view.survey.slug.clone();
    let correct = if view.correctable {
        view! { <CorrectForm plan=plan.clone() survey=survey.clone() id=id.clone()/> }.into_any()
    } else {
        // A correction sent anyway (an old page, a hand-made post) is told why here.
        let refused = refused_form(is_correction).map(|(_, e)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(e.message_id())}</p> });
        view! { {refused} <p class="muted">{t("surveys-response-not-correctable")}</p> }.into_any()
    };
    view! {
        <PageTitle text=format!("{} · {}", here, view.survey.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, &view.survey, true, here.clone())/>
        <h1>{here.clone()}</h1>
        {notice("corrected", "surveys-response-corrected")}
        {notice("unchanged", "surveys-response-unchanged")}
        <dl class="facts">
            <dt>{t("surveys-responses-col-day")}</dt> <dd>{locale.date(r.submitted_on)}</dd>
            <dt>{t("surveys-filter-channel")}</dt> <dd>{t(&format!("surveys-channel-{}", r.channel.key()))}</dd>
            <dt>{t("surveys-responses-col-language")}</dt> <dd lang=r.lang.clone()>{language_name(&r.lang)}</dd>
            {interview}
        </dl>
        <h2>{t("surveys-response-answers")}</h2>
        <dl class="answers">{answers}</dl>
        <section class="manage" aria-labelledby="review-heading">
            <h2 id="review-heading">{t("surveys-response-review")}</h2>
            {correct}
            <WithdrawForm plan=plan survey=survey id=id seen=view.seen.clone()/>
        </section>
        <History entries=view.history.clone() base=base.clone() heading=t("surveys-response-history")/>
        <p><a href=format!("{base}/responses")>{t("surveys-response-back")}</a></p>
    }
}

/// A reason box (`<prefix>-reason`) with its hint and error; what was typed comes back with a
/// refused form.
#[component]
fn ReasonField(prefix: &'static str, error: Signal<Option<String>>, typed: Option<String>) -> impl IntoView {
    let (id, hint, error_id) = (format!("{prefix}-reason"), format!("{prefix}-reason-hint"), format!("{prefix}-reason-error"));
    let described_by = {
        let (hint, error_id) = (hint.clone(), error_id.clone());
        move || if error.get().is_some() { format!("{error_id} {hint}") } else { hint.clone() }
    };
    view! {
        <label for=id.clone()>{t("surveys-response-reason-label")}</label>
        <p class="hint" id=hint>{t("surveys-response-reason-hint")}</p>
        <FieldError id=error_id message=error/>
        <textarea
            id=id
            name="reason"
            rows="2"
            maxlength="500"
            required
            dir="auto"
            aria-describedby=described_by
            aria-invalid=move || error.get().is_some().then_some("true")
        >{rcdata(typed.unwrap_or_default())}</textarea>
    }
}

/// The correction form's fields (the withdrawal's carry `seen` too).
fn is_correction(e: &FormEcho) -> bool {
    e.get("seen").is_none() && e.get("reason").is_some()
}

/// Opens the answer form with this response's answers (a reason first).
#[component]
fn CorrectForm(plan: String, survey: String, id: String) -> impl IntoView {
    let action = ServerAction::<api::CorrectResponse>::new();
    let refused = refused_form(is_correction);
    let error = failure_of(move || action.value().get(), is_correction);
    let typed = refused.as_ref().and_then(|(echo, _)| echo.get("reason").map(str::to_owned));
    let lang = use_locale().tag();
    view! {
        <details class="correct" open=refused.is_some()>
            <summary class="button">{t("surveys-response-correct")}</summary>
            <p>{t("surveys-response-correct-intro")}</p>
            <ActionForm action=action attr:class="stack">
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="survey" value=survey/>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="lang" value=lang/>
                <ReasonField prefix="correct" error=error typed=typed/>
                <button type="submit" class="button primary">{t("surveys-response-correct-start")}</button>
            </ActionForm>
        </details>
    }
}

/// Withdraws the response: the first button only opens the warning (works without JavaScript).
#[component]
fn WithdrawForm(plan: String, survey: String, id: String, seen: String) -> impl IntoView {
    let action = ServerAction::<api::WithdrawResponse>::new();
    let mine = |e: &FormEcho| e.get("seen").is_some();
    let refused = refused_form(mine);
    let error = failure_of(move || action.value().get(), mine);
    let typed = refused.as_ref().and_then(|(echo, _)| echo.get("reason").map(str::to_owned));
    view! {
        <details class="confirm" open=refused.is_some()>
            <summary class="button danger">{t("surveys-response-withdraw")}</summary>
            <p>{t("surveys-response-withdraw-warning")}</p>
            <ActionForm action=action attr:class="stack">
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="survey" value=survey/>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="seen" value=seen/>
                <ReasonField prefix="withdraw" error=error typed=typed/>
                <button type="submit" class="button danger">{t("surveys-response-withdraw-confirm")}</button>
            </ActionForm>
        </details>
    }
}
