//! The date poll's page: the proposed times with their totals, the form to answer (a yes / if
//! need be / no choice per time, as radio buttons: no JavaScript needed), and for the plan's
//! facilitators who answered what, the form to propose a time and the button that fixes one.

use leptos::prelude::*;

use super::{
    GroupState, PollView, SlotView, api,
    domain::ANSWERS,
    pages::{crumbs, param, state_badge},
};
use crate::{
    core::FormEcho,
    i18n::{t, use_locale},
    plans::editing::languages::native,
    pending::watched,
    ui::{Breadcrumbs, FieldError, PageTitle, Tx, failure, loaded, refused_form},
};

#[component]
pub fn PollPage() -> impl IntoView {
    let plan = param("plan");
    let slug = param("slug");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), slug(), lang.clone()), |(p, s, l)| watched(api::poll_data(p, s, l)));
    loaded(data, poll_page)
}

/// "Tuesday 14 April 2026, 18:30–20:00".
fn slot_label(slot: &SlotView) -> String {
    super::Session { starts: slot.starts, ends: slot.ends }.describe(use_locale())
}

fn poll_page(view: PollView) -> impl IntoView {
    let locale = use_locale();
    let heading = t("focus-groups-poll-title");
    let topic = view.card.topic.text.clone();
    let group_href = format!("/plans/{}/focus-groups/{}", view.plan.slug, view.card.slug);
    let here = crumbs(&view.plan, vec![(topic.clone(), group_href.clone()).into(), (heading.clone(), String::new()).into()]);
    let open = view.card.state == GroupState::Poll;
    let thanks = crate::ui::query_flag("answered").then(|| view! { <p class="notice" role="status">{t("focus-groups-poll-thanks")}</p> });
    let rows = view
        .slots
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{slot_label(s)}</th>
                    <td class="num">{s.yes}</td>
                    <td class="num">{s.maybe}</td>
                    <td class="num">{s.no}</td>
                </tr>
            }
        })
        .collect_view();
    let totals = if view.slots.is_empty() {
        view! { <p class="muted">{t("focus-groups-poll-no-slots")}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll">
                <table class="data" aria-labelledby="totals-heading">
                    <thead>
                        <tr>
                            <th scope="col">{t("focus-groups-poll-col-time")}</th>
                            <th scope="col">{t("focus-groups-answer-yes")}</th>
                            <th scope="col">{t("focus-groups-answer-maybe")}</th>
                            <th scope="col">{t("focus-groups-answer-no")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let answered = locale.t_args("focus-groups-poll-answered", &[("count", view.answered.into())]);
    let form = (open && !view.slots.is_empty()).then(|| view! { <Ballot view=view.clone()/> });
    // A form sent after the time was fixed (a second pick, a late answer) shows why it was refused.
    let refused = (!open)
        .then(|| refused_form(|_| true).map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> }))
        .flatten();
    let closed = (!open).then(|| view! { {refused} <p class="notice">{t("focus-groups-poll-closed")} " " <a href=group_href.clone()>{t("focus-groups-poll-see-session")}</a></p> });
    let manage = view.voters.clone().map(|voters| manage(&view, voters, open));
    view! {
        <PageTitle text=format!("{heading} · {topic}")/>
        <Breadcrumbs items=here/>
        <h1>{heading}</h1>
        <p class="lead"><Tx text=view.card.topic.clone()/></p>
        <p>{state_badge(view.card.state)}</p>
        {thanks}
        {closed}
        <h2 id="totals-heading">{t("focus-groups-poll-totals")}</h2>
        <p class="muted" id="totals">{answered}</p>
        {totals}
        {form}
        {manage}
    }
}

/// The form that answers the poll: a name, the times, an optional address.
#[component]
fn Ballot(view: PollView) -> impl IntoView {
    let action = ServerAction::<api::AnswerPoll>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("name").is_some() && e.get("lang").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let chosen = Some(typed("lang")).filter(|l| !l.is_empty()).unwrap_or_else(|| use_locale().tag().to_owned());
    let languages = view.languages.iter().map(|l| view! { <option value=l.clone() lang=l.clone() selected=*l == chosen>{native(l)}</option> }).collect_view();
    let slots = view
        .slots
        .iter()
        .map(|s| {
            let field = format!("answers[{}]", s.id);
            let picked = typed(&field);
            let choices = ANSWERS
                .iter()
                .map(|a| {
                    let id = format!("slot-{}-{a}", s.id);
                    view! {
                        <span class="choice">
                            <input id=id.clone() type="radio" name=field.clone() value=*a checked=picked == *a/>
                            <label for=id>{t(&format!("focus-groups-answer-{a}"))}</label>
                        </span>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="slot">
                    <legend>{slot_label(s)}</legend>
                    {choices}
                </fieldset>
            }
        })
        .collect_view();
    let (name, email) = (typed("name"), typed("email"));
    view! {
        <section aria-labelledby="ballot-heading">
            <h2 id="ballot-heading">{t("focus-groups-poll-answer-heading")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="ballot-error" message=error/>
                <input type="hidden" name="plan" value=view.plan.slug.clone()/>
                <input type="hidden" name="slug" value=view.card.slug.clone()/>
                <crate::once::OnceField/>
                <p class="hint">{t("focus-groups-poll-privacy")}</p>
                <label for="ballot-name">{t("focus-groups-field-name")}</label>
                <input id="ballot-name" name="name" type="text" maxlength="300" required autocomplete="name" dir="auto" value=name/>
                {slots}
                <label for="ballot-email">{t("focus-groups-field-email")}</label>
                <p class="hint" id="ballot-email-hint">{t("focus-groups-poll-email-hint")}</p>
                <input id="ballot-email" name="email" type="email" maxlength="300" autocomplete="email" dir="ltr" aria-describedby="ballot-email-hint" value=email/>
                <label for="ballot-lang">{t("focus-groups-field-lang")}</label>
                <select id="ballot-lang" name="lang">{languages}</select>
                <button type="submit" class="button primary">{t("focus-groups-poll-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// For the plan's facilitators: who answered what, a new time, and the button that fixes one.
fn manage(view: &PollView, voters: Vec<super::VoterRow>, open: bool) -> impl IntoView + use<> {
    let heads = view.slots.iter().map(|s| view! { <th scope="col">{slot_label(s)}</th> }).collect_view();
    let rows = voters
        .iter()
        .map(|v| {
            let cells = v
                .answers
                .iter()
                .map(|a| match a {
                    Some(a) => view! { <td class=format!("answer-{a}")>{t(&format!("focus-groups-answer-{a}"))}</td> }.into_any(),
                    None => view! { <td class="muted">"–"</td> }.into_any(),
                })
                .collect_view();
            view! { <tr><th scope="row" dir="auto">{v.name.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let grid = (!voters.is_empty()).then(|| {
        view! {
            <div class="table-scroll">
                <table class="data" aria-labelledby="voters-heading">
                    <thead><tr><th scope="col">{t("focus-groups-col-name")}</th>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let picks = open.then(|| {
        view.slots
            .iter()
            .map(|s| view! { <PickSlot plan=view.plan.slug.clone() slug=view.card.slug.clone() id=s.id label=slot_label(s)/> })
            .collect_view()
    });
    let add = open.then(|| view! { <AddSlot plan=view.plan.slug.clone() slug=view.card.slug.clone()/> });
    view! {
        <section id="slots" aria-labelledby="voters-heading">
            <h2 id="voters-heading">{t("focus-groups-poll-voters")}</h2>
            <p class="hint">{t("focus-groups-poll-voters-private")}</p>
            {grid}
            {picks.map(|p| view! { <h3>{t("focus-groups-poll-pick-heading")}</h3> <ul class="plain stack">{p}</ul> })}
            {add}
        </section>
    }
}

#[component]
fn PickSlot(plan: String, slug: String, id: i32, label: String) -> impl IntoView {
    let action = ServerAction::<api::PickSlot>::new();
    let error = failure(move || action.value().get());
    view! {
        <li>
            <ActionForm action=action>
                <FieldError id=format!("pick-{id}-error") message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="slug" value=slug/>
                <input type="hidden" name="slot" value=id.to_string()/>
                <button type="submit" class="button">{use_locale().t_args("focus-groups-poll-pick", &[("date", label.into())])}</button>
            </ActionForm>
        </li>
    }
}

#[component]
fn AddSlot(plan: String, slug: String) -> impl IntoView {
    let action = ServerAction::<api::AddSlot>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("day").is_some() && e.get("time").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let (day, time) = (typed("day"), typed("time"));
    let minutes = Some(typed("minutes")).filter(|m| !m.is_empty()).unwrap_or_else(|| "90".to_owned());
    view! {
        <h3 id="add-slot-heading">{t("focus-groups-poll-add-heading")}</h3>
        <ActionForm action=action attr:class="stack" attr:aria-labelledby="add-slot-heading">
            <FieldError id="add-slot-error" message=error/>
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="slug" value=slug/>
            <p class="hint">{t("focus-groups-start-zone")}</p>
            <label for="slot-day">{t("focus-groups-field-day")}</label>
            <input id="slot-day" name="day" type="date" required value=day/>
            <label for="slot-time">{t("focus-groups-field-time")}</label>
            <input id="slot-time" name="time" type="time" required value=time/>
            <label for="slot-minutes">{t("focus-groups-field-minutes")}</label>
            <input id="slot-minutes" name="minutes" type="number" min="15" max="600" class="short" value=minutes/>
            <button type="submit" class="button">{t("focus-groups-poll-add-submit")}</button>
        </ActionForm>
    }
}
