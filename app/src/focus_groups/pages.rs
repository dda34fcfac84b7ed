//! Focus group pages: a plan's focus groups (with the form to set one up, for its
//! facilitators), one focus group (with its roster and the needs totalled, for them) and the
//! registration form. The page a registration's link opens is in `registration`.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{
    GroupCard, GroupState, GroupView, GroupsView, ManageGroups, Needs, Roster, Session, api,
    domain::{ACCESS, SUPPORT},
};
use crate::{
    core::FormEcho,
    i18n::{t, use_locale},
    pending::watched,
    plans::{editing::languages::native, model::PlanRef},
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, Tx, TxBlock, data_table, failure, loaded, rcdata, refused_form},
};

pub(super) fn param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

pub(super) fn crumbs(plan: &PlanRef, here: Vec<Crumb>) -> Vec<Crumb> {
    let mut out: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (plan.title.clone(), format!("/plans/{}", plan.slug)).into(),
        (t("focus-groups-title"), format!("/plans/{}/focus-groups", plan.slug)).into(),
    ];
    out.extend(here);
    out
}

/// "Tuesday 14 April 2026, 18:30–20:00" on the plan's clock, or "Date not fixed yet".
pub(super) fn when(session: Option<&Session>) -> String {
    match session {
        Some(s) => s.describe(use_locale()),
        None => t("focus-groups-when-poll"),
    }
}

pub(super) fn state_badge(state: GroupState) -> impl IntoView {
    view! { <span class=format!("badge state-{}", state.key())>{t(&format!("focus-groups-state-{}", state.key()))}</span> }
}

/// "7 of 10 places taken".
fn places(card: &GroupCard) -> String {
    use_locale().t_args("focus-groups-places", &[("taken", card.confirmed.into()), ("capacity", card.capacity.into())])
}

/// A plan's focus groups.
#[component]
pub fn FocusGroupsPage() -> impl IntoView {
    let plan = param("plan");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::focus_groups_data(p, l)));
    loaded(data, groups_page)
}

fn groups_page(view: GroupsView) -> impl IntoView {
    let here = t("focus-groups-title");
    let slug = view.plan.slug.clone();
    let items = view
        .groups
        .iter()
        .map(|g| {
            let href = format!("/plans/{slug}/focus-groups/{}", g.slug);
            let audience = (!g.audience.text.is_empty()).then(|| view! { <p><Tx text=g.audience.clone()/></p> });
            view! {
                <li class="card">
                    <h2><a href=href><Tx text=g.topic.clone()/></a></h2>
                    {audience}
                    <p>{state_badge(g.state)} " " {when(g.session.as_ref())}</p>
                    <p class="muted">{places(g)}</p>
                </li>
            }
        })
        .collect_view();
    let empty = view.groups.is_empty().then(|| view! { <p class="muted">{t("focus-groups-none")}</p> });
    let manage = view.manage.clone().map(|m| view! { <NewFocusGroup plan=slug.clone() manage=m/> });
    let breadcrumbs = vec![(t("core-nav-plans"), "/".to_owned()).into(), (view.plan.title.clone(), format!("/plans/{slug}")).into(), (here.clone(), String::new()).into()];
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=breadcrumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("focus-groups-intro")}</p>
        {empty}
        <ul class="plain stack">{items}</ul>
        {manage}
    }
}

/// The form that sets up a focus group (the plan's facilitators).
#[component]
fn NewFocusGroup(plan: String, manage: ManageGroups) -> impl IntoView {
    let action = ServerAction::<api::CreateFocusGroup>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("topic").is_some() && e.get("capacity").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let ticked = |name: &str, value: &str, default: bool| echo.as_ref().map_or(default, |e| e.all(name).contains(&value));
    let boxes = |name: &'static str, items: Vec<(String, AnyView)>, default: bool| {
        items
            .into_iter()
            .map(|(value, label)| {
                let id = format!("group-{}-{value}", name.trim_end_matches("[]"));
                view! {
                    <li>
                        <input id=id.clone() type="checkbox" name=name value=value.clone() checked=ticked(name, &value, default)/>
                        <label for=id>{label}</label>
                    </li>
                }
            })
            .collect_view()
    };
    let areas = boxes("areas[]", manage.areas.iter().map(|a| (a.code.clone(), view! { <Tx text=a.name.clone()/> }.into_any())).collect(), false);
    let measures = boxes(
        "measures[]",
        manage.measures.iter().map(|m| (m.code.clone(), view! { <span dir="ltr">{m.code.clone()}</span> " " <Tx text=m.title.clone()/> }.into_any())).collect(),
        false,
    );
    let languages = boxes("languages[]", manage.languages.iter().map(|l| (l.clone(), view! { <span lang=l.clone()>{native(l)}</span> }.into_any())).collect(), false);
    let access = boxes("access[]", ACCESS.iter().map(|a| ((*a).to_owned(), t(&format!("focus-groups-access-{a}")).into_any())).collect(), false);
    let support = boxes("support[]", SUPPORT.iter().map(|s| ((*s).to_owned(), t(&format!("focus-groups-support-{s}")).into_any())).collect(), false);
    let capacity = Some(typed("capacity")).filter(|c| !c.is_empty()).unwrap_or_else(|| "12".to_owned());
    let minutes = Some(typed("minutes")).filter(|c| !c.is_empty()).unwrap_or_else(|| "90".to_owned());
    let waitlist = echo.as_ref().is_none_or(|e| e.get("waitlist").is_some());
    let v_topic = typed("topic");
    let v_audience = typed("audience");
    let v_interpretation = typed("interpretation");
    let v_venue = typed("venue");
    let v_online_url = typed("online_url");
    let v_consent = typed("consent");
    let v_hosts = typed("hosts");
    let v_starts_on = typed("starts_on");
    let v_starts_at = typed("starts_at");
    view! {
        <section aria-labelledby="new-group-heading">
            <h2 id="new-group-heading">{t("focus-groups-new-heading")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="new-group-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <crate::once::OnceField/>
                <label for="group-topic">{t("focus-groups-field-topic")}</label>
                <input id="group-topic" name="topic" type="text" maxlength="300" required dir="auto" value=v_topic/>
                <label for="group-audience">{t("focus-groups-field-audience")}</label>
                <p class="hint" id="group-audience-hint">{t("focus-groups-audience-hint")}</p>
                <input id="group-audience" name="audience" type="text" maxlength="300" dir="auto" aria-describedby="group-audience-hint" value=v_audience/>
                <fieldset>
                    <legend>{t("focus-groups-field-areas")}</legend>
                    <ul class="plain">{areas}</ul>
                </fieldset>
                <fieldset>
                    <legend>{t("focus-groups-field-measures")}</legend>
                    <ul class="plain">{measures}</ul>
                </fieldset>
                <fieldset>
                    <legend>{t("focus-groups-field-languages")}</legend>
                    <ul class="plain">{languages}</ul>
                </fieldset>
                <label for="group-interpretation">{t("focus-groups-field-interpretation")}</label>
                <p class="hint" id="group-interpretation-hint">{t("focus-groups-interpretation-hint")}</p>
                <input id="group-interpretation" name="interpretation" type="text" maxlength="200" dir="ltr" aria-describedby="group-interpretation-hint" value=v_interpretation/>
                <label for="group-venue">{t("focus-groups-field-venue")}</label>
                <textarea id="group-venue" name="venue" rows="3" maxlength="4000" dir="auto">{rcdata(v_venue)}</textarea>
                <label for="group-online">{t("focus-groups-field-online")}</label>
                <input id="group-online" name="online_url" type="url" maxlength="300" dir="ltr" value=v_online_url/>
                <fieldset>
                    <legend>{t("focus-groups-field-access")}</legend>
                    <ul class="plain">{access}</ul>
                </fieldset>
                <fieldset>
                    <legend>{t("focus-groups-field-support")}</legend>
                    <ul class="plain">{support}</ul>
                </fieldset>
                <label for="group-capacity">{t("focus-groups-field-capacity")}</label>
                <input id="group-capacity" name="capacity" type="number" min="1" max="500" class="short" required value=capacity/>
                <p>
                    <input id="group-waitlist" name="waitlist" type="checkbox" value="1" checked=waitlist/>
                    <label for="group-waitlist">{t("focus-groups-field-waitlist")}</label>
                </p>
                <label for="group-consent">{t("focus-groups-field-consent")}</label>
                <textarea id="group-consent" name="consent" rows="4" maxlength="4000" dir="auto">{rcdata(v_consent)}</textarea>
                <label for="group-hosts">{t("focus-groups-field-hosts")}</label>
                <input id="group-hosts" name="hosts" type="text" maxlength="300" dir="auto" value=v_hosts/>
                <p class="hint" id="group-start-hint">{t("focus-groups-start-hint")}</p>
                <label for="group-starts-on">{t("focus-groups-field-day")}</label>
                <input id="group-starts-on" name="starts_on" type="date" aria-describedby="group-start-hint" value=v_starts_on/>
                <label for="group-starts-at">{t("focus-groups-field-time")}</label>
                <input id="group-starts-at" name="starts_at" type="time" aria-describedby="group-start-hint" value=v_starts_at/>
                <label for="group-minutes">{t("focus-groups-field-minutes")}</label>
                <input id="group-minutes" name="minutes" type="number" min="15" max="600" class="short" value=minutes/>
                <button type="submit" class="button primary">{t("focus-groups-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// One focus group.
#[component]
pub fn FocusGroupPage() -> impl IntoView {
    let plan = param("plan");
    let slug = param("slug");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), slug(), lang.clone()), |(p, s, l)| watched(api::focus_group_data(p, s, l)));
    loaded(data, group_page)
}

fn list_items(keys: &[String], prefix: &str) -> AnyView {
    keys.iter().map(|k| view! { <li>{t(&format!("{prefix}{k}"))}</li> }).collect_view().into_any()
}

fn group_page(view: GroupView) -> impl IntoView {
    let slug = view.plan.slug.clone();
    let title = view.card.topic.text.clone();
    let here = crumbs(&view.plan, vec![(title.clone(), String::new()).into()]);
    let register = format!("/plans/{slug}/focus-groups/{}/register", view.card.slug);
    let action = match view.card.state {
        GroupState::Open => view! { <p><a class="button primary" href=register>{t("focus-groups-register")}</a></p> }.into_any(),
        GroupState::Waitlist => view! {
            <p>{t("focus-groups-full-waitlist")}</p>
            <p><a class="button primary" href=register>{t("focus-groups-join-waitlist")}</a></p>
        }
        .into_any(),
        GroupState::Poll => view! {
            <p class="notice">{t("focus-groups-closed-poll")}</p>
            <p><a class="button primary" href=format!("/plans/{slug}/focus-groups/{}/poll", view.card.slug)>{t("focus-groups-poll-link")}</a></p>
        }
        .into_any(),
        other => view! { <p class="notice">{t(&format!("focus-groups-closed-{}", other.key()))}</p> }.into_any(),
    };
    let audience = (!view.card.audience.text.is_empty()).then(|| view! { <dt>{t("focus-groups-field-audience")}</dt><dd><Tx text=view.card.audience.clone()/></dd> });
    let venue = (!view.venue.text.is_empty()).then(|| view! { <dt>{t("focus-groups-field-venue")}</dt><dd><TxBlock text=view.venue.clone() class="pre-line"/></dd> });
    let online = view.online_url.clone().map(|u| view! { <dt>{t("focus-groups-field-online")}</dt><dd><a href=u.clone() rel="noopener nofollow" dir="ltr">{u.clone()}</a></dd> });
    let access = (!view.access.is_empty()).then(|| view! { <dt>{t("focus-groups-field-access")}</dt><dd><ul class="plain">{list_items(&view.access, "focus-groups-access-")}</ul></dd> });
    let support = (!view.support.is_empty()).then(|| view! { <dt>{t("focus-groups-field-support")}</dt><dd><ul class="plain">{list_items(&view.support, "focus-groups-support-")}</ul></dd> });
    let languages = view.languages.iter().map(|l| view! { <li lang=l.clone()>{native(l)}</li> }).collect_view();
    let interpretation = (!view.interpretation.is_empty()).then(|| {
        let items = view.interpretation.iter().map(|l| view! { <li lang=l.clone()>{native(l)}</li> }).collect_view();
        view! { <dt>{t("focus-groups-field-interpretation")}</dt><dd><ul class="inline-list">{items}</ul></dd> }
    });
    let hosts = (!view.hosts.is_empty()).then(|| view! { <dt>{t("focus-groups-field-hosts")}</dt><dd dir="auto">{view.hosts.clone()}</dd> });
    let about = (!view.areas.is_empty() || !view.measures.is_empty()).then(|| {
        let areas = view.areas.iter().map(|a| view! { <li><a href=format!("/plans/{slug}/areas/{}", a.code)><Tx text=a.name.clone()/></a></li> }).collect_view();
        let measures = view
            .measures
            .iter()
            .map(|m| view! { <li><a href=format!("/plans/{slug}/measures/{}", m.code)><span dir="ltr">{m.code.clone()}</span> " " <Tx text=m.title.clone()/></a></li> })
            .collect_view();
        view! {
            <h2>{t("focus-groups-about-heading")}</h2>
            <ul>{areas}{measures}</ul>
        }
    });
    let consent = (!view.consent.text.is_empty()).then(|| view! { <h2>{t("focus-groups-consent-heading")}</h2><TxBlock text=view.consent.clone() class="pre-line"/> });
    let came = view.came.map(|n| view! { <p class="notice">{use_locale().t_args("focus-groups-came", &[("count", n.into())])}</p> });
    let waitlisted = (view.waitlisted > 0).then(|| use_locale().t_args("focus-groups-waitlisted-count", &[("count", view.waitlisted.into())]));
    let roster = view.roster.clone().map(|r| roster(&view, r));
    // The minutes and findings: for everyone once published, for the facilitators before.
    let findings = (view.findings_published || view.roster.is_some()).then(|| {
        let href = format!("/plans/{}/focus-groups/{}/findings", view.plan.slug, view.card.slug);
        view! { <p class="next-step"><a href=href>{t("focus-groups-findings-title")}</a></p> }
    });
    view! {
        <PageTitle text=format!("{} · {}", title, view.plan.title.text)/>
        <Breadcrumbs items=here/>
        <h1><Tx text=view.card.topic.clone()/></h1>
        <p>{state_badge(view.card.state)} " " {when(view.card.session.as_ref())}</p>
        <p class="muted">{places(&view.card)} " " {waitlisted}</p>
        {action}
        {came}
        {findings}
        <dl class="facts">
            {audience}
            <dt>{t("focus-groups-field-languages")}</dt>
            <dd><ul class="inline-list">{languages}</ul></dd>
            {interpretation}
            {venue}
            {online}
            {access}
            {support}
            {hosts}
        </dl>
        {about}
        {consent}
        {roster}
    }
}

/// The roster and the needs totalled, for the plan's facilitators; with the form to register
/// someone on their behalf.
fn roster(view: &GroupView, roster: Roster) -> impl IntoView + use<> {
    let rows = roster
        .people
        .iter()
        .map(|p| {
            let contact = [p.email.clone(), p.phone.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            let needs = [p.interpret_into.as_ref().map(|l| use_locale().t_args("focus-groups-needs-interpreter", &[("language", native(l).into())])), p.access.clone(), p.diet.clone(), p.note.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            let children = (p.children > 0).then(|| use_locale().t_args("focus-groups-needs-children", &[("count", p.children.into()), ("ages", p.children_ages.clone().unwrap_or_default().into())]));
            view! {
                <tr>
                    <td dir="auto">{p.name.clone()} {p.entered.then(|| view! { " " <span class="muted">{t("focus-groups-entered")}</span> })}</td>
                    <td>{t(&format!("focus-groups-seat-{}", p.seat.key()))}</td>
                    <td lang=p.lang.clone()>{native(&p.lang)}</td>
                    <td dir="ltr">{contact}</td>
                    <td dir="auto">{needs} " " {children}</td>
                </tr>
            }
        })
        .collect_view()
        .into_any();
    let heads = vec![
        (t("focus-groups-col-name"), false),
        (t("focus-groups-col-seat"), false),
        (t("focus-groups-col-language"), false),
        (t("focus-groups-col-contact"), false),
        (t("focus-groups-col-needs"), false),
    ];
    let table = data_table(t("focus-groups-roster-heading"), heads, rows, roster.people.is_empty(), t("focus-groups-roster-none"));
    view! {
        <section id="roster" aria-labelledby="roster-heading">
            <h2 id="roster-heading">{t("focus-groups-roster-heading")}</h2>
            <p class="hint">{t("focus-groups-needs-private")}</p>
            <p><a href=format!("/plans/{}/focus-groups/{}/attendance", view.plan.slug, view.card.slug)>{t("focus-groups-attendance-title")}</a></p>
            {needs_summary(&roster.needs)}
            {table}
            {if matches!(view.card.state, GroupState::Open | GroupState::Waitlist | GroupState::Full) {
                view! {
                    <h3 id="behalf-heading">{t("focus-groups-behalf-heading")}</h3>
                    <RegistrationForm view=view.clone() behalf=true/>
                    <ChangeSession view=view.clone()/>
                    <CallOff plan=view.plan.slug.clone() slug=view.card.slug.clone()/>
                }
                .into_any()
            } else {
                // A form sent as the session closed (a second call-off) shows why it was refused.
                refused_form(|_| true)
                    .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> })
                    .into_any()
            }}
        </section>
    }
}

fn needs_summary(needs: &Needs) -> impl IntoView + use<> {
    let locale = use_locale();
    let interpreters = needs
        .interpreters
        .iter()
        .map(|(l, n)| view! { <li>{locale.t_args("focus-groups-needs-interpreters", &[("language", native(l).into()), ("count", (*n).into())])}</li> })
        .collect_view();
    let children = needs
        .children
        .iter()
        .map(|(band, n)| view! { <li>{locale.t_args("focus-groups-needs-band", &[("band", band.clone().into()), ("count", (*n).into())])}</li> })
        .collect_view();
    let unaged = (needs.children_unaged > 0).then(|| view! { <li>{locale.t_args("focus-groups-needs-unaged", &[("count", needs.children_unaged.into())])}</li> });
    let access = needs.access.iter().map(|a| view! { <li dir="auto">{a.clone()}</li> }).collect_view();
    let diets = needs.diets.iter().map(|d| view! { <li dir="auto">{d.clone()}</li> }).collect_view();
    view! {
        <h3>{t("focus-groups-needs-heading")}</h3>
        <dl class="facts">
            <dt>{t("focus-groups-needs-interpreters-heading")}</dt>
            <dd><ul class="plain">{interpreters}</ul></dd>
            <dt>{t("focus-groups-needs-childcare-heading")}</dt>
            <dd><ul class="plain">{children}{unaged}</ul></dd>
            <dt>{t("focus-groups-needs-access-heading")}</dt>
            <dd><ul class="plain">{access}</ul></dd>
            <dt>{t("focus-groups-needs-diet-heading")}</dt>
            <dd><ul class="plain">{diets}</ul></dd>
        </dl>
    }
}

/// The registration form's page.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let plan = param("plan");
    let slug = param("slug");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), slug(), lang.clone()), |(p, s, l)| watched(api::registration_form_data(p, s, l)));
    loaded(data, register_page)
}

fn register_page(view: GroupView) -> impl IntoView {
    let slug = view.plan.slug.clone();
    let topic = view.card.topic.text.clone();
    let heading = t("focus-groups-register-title");
    let here = crumbs(&view.plan, vec![(topic.clone(), format!("/plans/{slug}/focus-groups/{}", view.card.slug)).into(), (heading.clone(), String::new()).into()]);
    let body = if matches!(view.card.state, GroupState::Open | GroupState::Waitlist) {
        let waitlist = (view.card.state == GroupState::Waitlist).then(|| view! { <p class="notice">{t("focus-groups-full-waitlist")}</p> });
        view! { {waitlist} <RegistrationForm view=view.clone() behalf=false/> }.into_any()
    } else {
        // A form sent as the last place went (or the session closed) shows why it was refused.
        let refused = refused_form(|e: &FormEcho| e.get("children").is_some())
            .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> });
        view! { {refused} <p class="notice">{t(&format!("focus-groups-closed-{}", view.card.state.key()))}</p> }.into_any()
    };
    view! {
        <PageTitle text=format!("{heading} · {topic}")/>
        <Breadcrumbs items=here/>
        <h1>{heading}</h1>
        <p class="lead"><Tx text=view.card.topic.clone()/> " · " {when(view.card.session.as_ref())}</p>
        {body}
    }
}

/// The registration form: a person's own, or a facilitator's on someone's behalf.
#[component]
fn RegistrationForm(view: GroupView, behalf: bool) -> impl IntoView {
    let action = ServerAction::<api::RegisterFor>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("children").is_some() && e.get("lang").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let chosen = Some(typed("lang")).filter(|l| !l.is_empty()).unwrap_or_else(|| use_locale().tag().to_owned());
    let languages = view
        .registration_languages
        .iter()
        .map(|l| view! { <option value=l.clone() lang=l.clone() selected=*l == chosen>{native(l)}</option> })
        .collect_view();
    let wanted = typed("interpret_into");
    let interpretation = view
        .interpretation
        .iter()
        .map(|l| view! { <option value=l.clone() lang=l.clone() selected=*l == wanted>{native(l)}</option> })
        .collect_view();
    let children = Some(typed("children")).filter(|c| !c.is_empty()).unwrap_or_else(|| "0".to_owned());
    let v_name = typed("name");
    let v_email = typed("email");
    let v_phone = typed("phone");
    let v_access = typed("access");
    let v_children_ages = typed("children_ages");
    let v_diet = typed("diet");
    let v_note = typed("note");
    let p = if behalf { "behalf" } else { "register" };
    let id = move |field: &str| format!("{p}-{field}");
    view! {
        <ActionForm action=action attr:class="stack">
            <FieldError id=id("error") message=error/>
            <input type="hidden" name="plan" value=view.plan.slug.clone()/>
            <input type="hidden" name="slug" value=view.card.slug.clone()/>
            {behalf.then(|| view! { <input type="hidden" name="behalf" value="1"/> })}
            <crate::once::OnceField/>
            <p class="hint">{t("focus-groups-register-privacy")}</p>
            <label for=id("name")>{t("focus-groups-field-name")}</label>
            <input id=id("name") name="name" type="text" maxlength="300" required autocomplete="name" dir="auto" value=v_name/>
            <label for=id("email")>{t("focus-groups-field-email")}</label>
            <p class="hint" id=id("email-hint")>{t("focus-groups-email-hint")}</p>
            <input id=id("email") name="email" type="email" maxlength="300" autocomplete="email" dir="ltr" aria-describedby=id("email-hint") value=v_email/>
            <label for=id("phone")>{t("focus-groups-field-phone")}</label>
            <input id=id("phone") name="phone" type="tel" maxlength="40" autocomplete="tel" dir="ltr" value=v_phone/>
            <label for=id("lang")>{t("focus-groups-field-lang")}</label>
            <select id=id("lang") name="lang">{languages}</select>
            <label for=id("interpret")>{t("focus-groups-field-interpret-into")}</label>
            <select id=id("interpret") name="interpret_into">
                <option value="">{t("focus-groups-interpret-none")}</option>
                {interpretation}
            </select>
            <label for=id("access")>{t("focus-groups-field-access-needs")}</label>
            <textarea id=id("access") name="access" rows="2" maxlength="1000" dir="auto">{rcdata(v_access)}</textarea>
            <label for=id("children")>{t("focus-groups-field-children")}</label>
            <input id=id("children") name="children" type="number" min="0" max="10" class="short" value=children/>
            <label for=id("ages")>{t("focus-groups-field-children-ages")}</label>
            <input id=id("ages") name="children_ages" type="text" maxlength="200" dir="auto" value=v_children_ages/>
            <label for=id("diet")>{t("focus-groups-field-diet")}</label>
            <textarea id=id("diet") name="diet" rows="2" maxlength="1000" dir="auto">{rcdata(v_diet)}</textarea>
            <label for=id("note")>{t("focus-groups-field-note")}</label>
            <textarea id=id("note") name="note" rows="3" maxlength="1000" dir="auto">{rcdata(v_note)}</textarea>
            <button type="submit" class="button primary">{t(if behalf { "focus-groups-behalf-submit" } else { "focus-groups-register-submit" })}</button>
        </ActionForm>
    }
}

/// For the plan's facilitators: move the session (everyone registered is told, with the
/// updated invitation).
#[component]
fn ChangeSession(view: GroupView) -> impl IntoView {
    let action = ServerAction::<api::ChangeSession>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("starts_on").is_some() && e.get("venue").is_some()).map(|(e, _)| e);
    let current = view.card.session.clone();
    let typed = |name: &str, now: String| echo.as_ref().and_then(|e| e.get(name)).map_or(now, str::to_owned);
    let day = typed("starts_on", current.as_ref().map(|s| s.starts.format("%Y-%m-%d").to_string()).unwrap_or_default());
    let time = typed("starts_at", current.as_ref().map(|s| s.starts.format("%H:%M").to_string()).unwrap_or_default());
    let minutes = typed("minutes", current.as_ref().map(|s| (s.ends - s.starts).num_minutes().to_string()).unwrap_or_default());
    let venue = typed("venue", view.venue.text.clone());
    let online = typed("online_url", view.online_url.clone().unwrap_or_default());
    view! {
        <h3 id="change-heading">{t("focus-groups-change-heading")}</h3>
        <p class="hint">{t("focus-groups-change-hint")}</p>
        <ActionForm action=action attr:class="stack" attr:aria-labelledby="change-heading">
            <FieldError id="change-error" message=error/>
            <input type="hidden" name="plan" value=view.plan.slug.clone()/>
            <input type="hidden" name="slug" value=view.card.slug.clone()/>
            <label for="change-day">{t("focus-groups-field-day")}</label>
            <input id="change-day" name="starts_on" type="date" required value=day/>
            <label for="change-time">{t("focus-groups-field-time")}</label>
            <input id="change-time" name="starts_at" type="time" required value=time/>
            <label for="change-minutes">{t("focus-groups-field-minutes")}</label>
            <input id="change-minutes" name="minutes" type="number" min="15" max="600" class="short" value=minutes/>
            <label for="change-venue">{t("focus-groups-field-venue")}</label>
            <textarea id="change-venue" name="venue" rows="3" maxlength="4000" dir="auto">{rcdata(venue)}</textarea>
            <label for="change-online">{t("focus-groups-field-online")}</label>
            <input id="change-online" name="online_url" type="url" maxlength="300" dir="ltr" value=online/>
            <button type="submit" class="button">{t("focus-groups-change-submit")}</button>
        </ActionForm>
    }
}

/// For the plan's facilitators: call the session off (everyone registered is told, and the
/// invitation is withdrawn from their calendars).
#[component]
fn CallOff(plan: String, slug: String) -> impl IntoView {
    let action = ServerAction::<api::CallOff>::new();
    let error = failure(move || action.value().get());
    view! {
        <h3 id="call-off-heading">{t("focus-groups-call-off-heading")}</h3>
        <p class="hint">{t("focus-groups-call-off-hint")}</p>
        <ActionForm action=action attr:aria-labelledby="call-off-heading">
            <FieldError id="call-off-error" message=error/>
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="slug" value=slug/>
            <button type="submit" class="button danger">{t("focus-groups-call-off-submit")}</button>
        </ActionForm>
    }
}
