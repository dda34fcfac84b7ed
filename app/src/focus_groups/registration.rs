//! The page a registration's link opens (from the confirmation email, or right after
//! registering): where the registration stands, its place on the waitlist, and the button that
//! cancels it. The link's token is the only key: no account is needed.

use leptos::prelude::*;

use super::{
    RegistrationView, Seat, api,
    pages::{crumbs, param, state_badge, when},
};
use crate::{
    core::FormEcho,
    i18n::{t, use_locale},
    pending::watched,
    ui::{Breadcrumbs, FieldError, PageTitle, Tx, failure, loaded, refused_form},
};

#[component]
pub fn RegistrationPage() -> impl IntoView {
    let plan = param("plan");
    let slug = param("slug");
    let token = param("token");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), slug(), token(), lang.clone()), |(p, s, k, l)| watched(api::registration_data(p, s, k, l)));
    loaded(data, registration_page)
}

fn registration_page(view: RegistrationView) -> impl IntoView {
    let locale = use_locale();
    let heading = t("focus-groups-registration-title");
    let topic = view.group.topic.text.clone();
    let group_href = format!("/plans/{}/focus-groups/{}", view.plan.slug, view.group.slug);
    let here = crumbs(&view.plan, vec![(topic.clone(), group_href).into(), (heading.clone(), String::new()).into()]);
    let standing = match (view.seat, view.waitlist_place) {
        (Seat::Waitlisted, Some(place)) => locale.t_args("focus-groups-registration-waitlisted", &[("place", place.into())]),
        (seat, _) => t(&format!("focus-groups-registration-{}", seat.key())),
    };
    let cancel = view.cancellable.then(|| view! { <CancelForm plan=view.plan.slug.clone() slug=view.group.slug.clone()/> });
    let refused = (!view.cancellable)
        .then(|| refused_form(|e: &FormEcho| e.get("token").is_some()).map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> }))
        .flatten();
    view! {
        <PageTitle text=format!("{heading} · {topic}")/>
        <Breadcrumbs items=here/>
        <h1>{heading}</h1>
        <p class="lead"><Tx text=view.group.topic.clone()/></p>
        <p>{state_badge(view.group.state)} " " {when(view.group.session.as_ref())}</p>
        <p class=format!("notice seat-{}", view.seat.key()) role="status">
            <strong dir="auto">{view.name.clone()}</strong> " · " {standing}
        </p>
        <p class="hint">{t("focus-groups-registration-keep-link")}</p>
        {refused}
        {cancel}
    }
}

/// The button that cancels the registration this page's link names.
#[component]
fn CancelForm(plan: String, slug: String) -> impl IntoView {
    let action = ServerAction::<api::CancelRegistration>::new();
    let error = failure(move || action.value().get());
    let token = param("token")();
    view! {
        <section aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">{t("focus-groups-cancel-heading")}</h2>
            <p class="hint">{t("focus-groups-cancel-hint")}</p>
            <ActionForm action=action>
                <FieldError id="cancel-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="slug" value=slug/>
                <input type="hidden" name="token" value=token/>
                <button type="submit" class="button danger">{t("focus-groups-cancel-submit")}</button>
            </ActionForm>
        </section>
    }
}
