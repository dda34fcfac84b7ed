//! The timeline on the plan's page: an ordered list of phases with their dates, their length in
//! working days and where the process stands (the current phase is `aria-current="step"`); for
//! the plan's facilitators, a form to add a phase and a button to remove each.

use leptos::prelude::*;

use super::{api, model::*};
use crate::{
    core::AppError,
    i18n::{t, use_locale},
    pending::watched,
    ui::{FieldError, failure, failure_of, loaded},
};

/// The resource that loads a plan's timeline, made by the plan page with its own data (not inside
/// it, where it would load twice).
#[derive(Clone, Copy)]
pub struct TimelineData(pub Resource<Result<TimelineView, AppError>>);

/// Called by the plan page: its timeline loads alongside the page's own data.
pub fn provide_timeline(plan: impl Fn() -> String + Send + Sync + 'static) {
    provide_context(TimelineData(Resource::new(plan, |p| watched(api::plan_timeline(p)))));
}

/// The plan's timeline, from the resource `provide_timeline` made (nothing without it).
#[component]
pub fn Timeline() -> impl IntoView {
    use_context::<TimelineData>().map(|TimelineData(data)| loaded(data, timeline))
}

fn timeline(view: TimelineView) -> impl IntoView {
    let locale = use_locale();
    let saved = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("timeline")
        .filter(|_| view.can_edit && crate::ui::refused_form(|_| true).is_none())
        .map(|_| view! { <p class="notice" role="status">{t("plans-timeline-saved")}</p> });
    let phases = view
        .phases
        .iter()
        .map(|p| {
            let dates = if p.starts_on == p.ends_on {
                locale.date(p.starts_on)
            } else {
                locale.t_args("core-period", &[("start", locale.date(p.starts_on).into()), ("end", locale.date(p.ends_on).into())])
            };
            let days = locale.t_args("plans-timeline-working-days", &[("count", p.working_days.into())]);
            let state = match p.state {
                PhaseState::Done => "done",
                PhaseState::Now => "now",
                PhaseState::Later => "later",
            };
            let remove = view.can_edit.then(|| view! { <RemovePhase plan=view.plan.clone() id=p.id/> });
            view! {
                <li class=format!("phase phase-{state}") aria-current=(p.state == PhaseState::Now).then_some("step")>
                    <p class="phase-name"><strong>{t(&format!("plans-phase-{}", p.kind.key()))}</strong> " " <span class=format!("badge state-{state}")>{t(&format!("plans-timeline-{state}"))}</span></p>
                    <p>{dates} " · " {days}</p>
                    {remove}
                </li>
            }
        })
        .collect_view();
    let empty = view.phases.is_empty().then(|| view! { <p class="muted">{t("plans-timeline-empty")}</p> });
    let add = view.can_edit.then(|| {
        view! {
            <AddPhase plan=view.plan.clone()/>
            <ul class="plain">
                <li><a href=format!("/plans/{}/edit", view.plan)>{t("plans-edit-title")}</a></li>
                <li><a href=format!("/plans/{}/edit/areas", view.plan)>{t("plans-areas-edit-title")}</a></li>
                <li><a href=format!("/plans/{}/diagnosis", view.plan)>{t("plans-diagnosis-title")}</a></li>
                <li><a href=format!("/plans/{}/draft", view.plan)>{t("plans-draft-title")}</a></li>
                <li><a href=format!("/plans/{}/evidence", view.plan)>{t("evidence-checklist-title")}</a></li>
                <li><a href=format!("/plans/{}/edit/population", view.plan)>{t("report-population-edit-title")}</a></li>
                <li><a href=format!("/plans/{}/activity", view.plan)>{t("plans-activity-link")}</a></li>
            </ul>
        }
    });
    view! {
        <section id="timeline" aria-labelledby="timeline-heading" tabindex="-1">
            <h2 id="timeline-heading">{t("plans-timeline-heading")}</h2>
            {saved}
            {empty}
            <ol class="timeline">{phases}</ol>
            {add}
        </section>
    }
}

#[component]
fn RemovePhase(plan: String, id: i32) -> impl IntoView {
    let action = ServerAction::<api::RemovePhase>::new();
    let mine = id.to_string();
    let error = failure_of(move || action.value().get(), move |e| e.get("id") == Some(mine.as_str()));
    view! {
        <FieldError id=format!("phase-{id}-error") message=error/>
        <ActionForm action=action attr:class="inline">
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="id" value=id.to_string()/>
            <button type="submit" class="link-button">{t("plans-timeline-remove")}</button>
        </ActionForm>
    }
}

/// A new phase: what, from when, until a date or for a number of working days.
#[component]
fn AddPhase(plan: String) -> impl IntoView {
    let action = ServerAction::<api::AddPhase>::new();
    let error = failure(move || action.value().get());
    let echo = crate::ui::refused_form(|e| e.get("kind").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let (chosen, starts, ends, days) = (typed("kind"), typed("starts_on"), typed("ends_on"), typed("working_days"));
    let open = echo.is_some();
    let kinds = PhaseKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.key() selected=k.key() == chosen>{t(&format!("plans-phase-{}", k.key()))}</option> })
        .collect_view();
    view! {
        <details class="add-phase" open=open>
            <summary class="button">{t("plans-timeline-add")}</summary>
            <ActionForm action=action attr:class="stack">
                <FieldError id="phase-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <crate::once::OnceField/>
                <label for="phase-kind">{t("plans-timeline-kind")}</label>
                <select id="phase-kind" name="kind">{kinds}</select>
                <label for="phase-starts">{t("plans-timeline-starts")}</label>
                <input id="phase-starts" name="starts_on" type="date" required value=starts/>
                <label for="phase-ends">{t("plans-timeline-ends")}</label>
                <input id="phase-ends" name="ends_on" type="date" value=ends/>
                <label for="phase-days">{t("plans-timeline-or-days")}</label>
                <p class="hint" id="phase-days-hint">{t("plans-timeline-days-hint")}</p>
                <input id="phase-days" name="working_days" type="text" inputmode="numeric" maxlength="3" class="short" dir="ltr" aria-describedby="phase-days-hint" value=days/>
                <button type="submit" class="button primary">{t("plans-timeline-add-submit")}</button>
            </ActionForm>
        </details>
    }
}
