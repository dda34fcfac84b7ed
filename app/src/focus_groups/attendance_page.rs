//! The attendance sheet: printable (names, languages, needs as short codes with their legend, a
//! box to sign), and on the day a check-in button per person that works on a phone without
//! JavaScript (a form per row, back to that row), with the count of who came.

use leptos::prelude::*;

use super::{
    AttendanceRow, AttendanceView, api,
    pages::{crumbs, param, state_badge, when},
};
use crate::{
    i18n::{t, use_locale},
    pending::watched,
    plans::editing::languages::native,
    ui::{Breadcrumbs, FieldError, PageTitle, failure, loaded},
};

#[component]
pub fn AttendancePage() -> impl IntoView {
    let plan = param("plan");
    let slug = param("slug");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), slug(), lang.clone()), |(p, s, l)| watched(api::attendance_data(p, s, l)));
    loaded(data, attendance_page)
}

fn attendance_page(view: AttendanceView) -> impl IntoView {
    let locale = use_locale();
    let heading = t("focus-groups-attendance-title");
    let topic = view.card.topic.text.clone();
    let group_href = format!("/plans/{}/focus-groups/{}", view.plan.slug, view.card.slug);
    let here = crumbs(&view.plan, vec![(topic.clone(), group_href).into(), (heading.clone(), String::new()).into()]);
    let came = locale.t_args("focus-groups-attendance-count", &[("taken", view.came.into()), ("capacity", view.card.confirmed.into())]);
    let rows = view
        .people
        .iter()
        .map(|p| view! { <Row plan=view.plan.slug.clone() slug=view.card.slug.clone() person=p.clone()/> })
        .collect_view();
    view! {
        <PageTitle text=format!("{heading} · {topic}")/>
        <Breadcrumbs items=here/>
        <h1>{heading}</h1>
        <p class="lead">{topic.clone()}</p>
        <p>{state_badge(view.card.state)} " " {when(view.card.session.as_ref())}</p>
        <p id="attendance-count" role="status"><strong>{came}</strong></p>
        <div class="table-scroll">
            <table class="data attendance" aria-labelledby="attendance-heading">
                <caption id="attendance-heading">{t("focus-groups-attendance-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("focus-groups-col-name")}</th>
                        <th scope="col">{t("focus-groups-col-language")}</th>
                        <th scope="col">{t("focus-groups-col-needs")}</th>
                        <th scope="col">{t("focus-groups-attendance-col-here")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="hint">{t("focus-groups-attendance-legend")}</p>
    }
}

/// One person: their name, language and needs, and the button that checks them in (or out).
#[component]
fn Row(plan: String, slug: String, person: AttendanceRow) -> impl IntoView {
    let action = ServerAction::<api::CheckIn>::new();
    let error = failure(move || action.value().get());
    let (short, value, class) = if person.attended {
        ("focus-groups-attendance-undo-short", "0", "button")
    } else {
        ("focus-groups-attendance-arrived-short", "1", "button primary")
    };
    let status = if person.attended { t("focus-groups-attendance-here") } else { String::new() };
    view! {
        <tr id=format!("person-{}", person.id) class=if person.attended { "attended" } else { "" }>
            <th scope="row" dir="auto">{person.name.clone()}</th>
            <td lang=person.lang.clone()>{native(&person.lang)}</td>
            <td dir="ltr">{person.codes.join(" ")}</td>
            <td>
                <strong>{status}</strong>
                <ActionForm action=action attr:class="inline no-print">
                    <FieldError id=format!("check-in-{}-error", person.id) message=error/>
                    <input type="hidden" name="plan" value=plan/>
                    <input type="hidden" name="slug" value=slug/>
                    <input type="hidden" name="id" value=person.id.to_string()/>
                    <input type="hidden" name="attended" value=value/>
                    // The visible word first, then whose row it is, for screen readers and voice control.
                    <button type="submit" class=class>{t(short)}<span class="visually-hidden">" · " {person.name.clone()}</span></button>
                </ActionForm>
            </td>
        </tr>
    }
}
