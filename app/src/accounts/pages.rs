//! Accounts feature, pages: sign in (email), check your email (code), confirm a link, your
//! account (sign out, sign out everywhere), and the header's account link.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use super::api;
use crate::{
    core::AppError,
    i18n::{t, use_locale},
    ui::{PageTitle, loaded},
};

/// The translated message of a failed action, as a signal for [`FieldError`].
fn failure(value: impl Fn() -> Option<Result<(), AppError>> + Send + Sync + 'static) -> Signal<Option<String>> {
    let locale = use_locale();
    Signal::derive(move || value().and_then(|r| r.err()).map(|e| locale.t(e.message_id())))
}

/// An inline form error, announced to screen readers and tied to its field by `id`.
#[component]
fn FieldError(id: &'static str, message: Signal<Option<String>>) -> impl IntoView {
    move || message.get().map(|m| view! { <p id=id class="field-error" role="alert">{m}</p> })
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = ServerAction::<api::RequestSignIn>::new();
    let error = failure(move || action.value().get());
    let lang = use_locale().tag();
    view! {
        <PageTitle text=t("accounts-sign-in-title")/>
        <h1>{t("accounts-sign-in-title")}</h1>
        <p class="lead">{t("accounts-sign-in-intro")}</p>
        <ActionForm action=action attr:class="stack">
            <input type="hidden" name="lang" value=lang/>
            <label for="email">{t("accounts-email-label")}</label>
            <p class="hint" id="email-hint">{t("accounts-email-hint")}</p>
            <FieldError id="email-error" message=error/>
            <input
                id="email"
                name="email"
                type="email"
                autocomplete="email"
                inputmode="email"
                dir="ltr"
                required
                maxlength="254"
                aria-describedby=move || if error.get().is_some() { "email-error email-hint" } else { "email-hint" }
                aria-invalid=move || error.get().is_some().then_some("true")
            />
            <button type="submit">{t("accounts-sign-in-send")}</button>
        </ActionForm>
        <p class="muted">{t("accounts-sign-in-privacy")}</p>
    }
}

#[component]
pub fn CodePage() -> impl IntoView {
    let action = ServerAction::<api::SignInWithCode>::new();
    let error = failure(move || action.value().get());
    view! {
        <PageTitle text=t("accounts-check-title")/>
        <h1>{t("accounts-check-title")}</h1>
        <p class="lead">{t("accounts-check-intro")}</p>
        <ActionForm action=action attr:class="stack">
            <label for="code">{t("accounts-code-label")}</label>
            <p class="hint" id="code-hint">{t("accounts-code-hint")}</p>
            <FieldError id="code-error" message=error/>
            <input
                id="code"
                name="code"
                type="text"
                inputmode="numeric"
                autocomplete="one-time-code"
                dir="ltr"
                required
                maxlength="20"
                aria-describedby=move || if error.get().is_some() { "code-error code-hint" } else { "code-hint" }
                aria-invalid=move || error.get().is_some().then_some("true")
            />
            <button type="submit">{t("accounts-code-submit")}</button>
        </ActionForm>
        <p><a href="/sign-in">{t("accounts-check-again")}</a></p>
    }
}

/// Where the emailed link lands: one button confirms, so link scanners cannot use it up.
#[component]
pub fn LinkPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let action = ServerAction::<api::SignInWithLink>::new();
    let error = failure(move || action.value().get());
    view! {
        <PageTitle text=t("accounts-link-title")/>
        <h1>{t("accounts-link-title")}</h1>
        <p class="lead">{t("accounts-link-intro")}</p>
        <FieldError id="link-error" message=error/>
        <ActionForm action=action>
            <input type="hidden" name="token" value=token/>
            <button type="submit">{t("accounts-link-submit")}</button>
        </ActionForm>
        <p><a href="/sign-in">{t("accounts-check-again")}</a></p>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let me = Resource::new(|| (), |_| api::current_person());
    view! {
        <PageTitle text=t("accounts-account-title")/>
        <h1>{t("accounts-account-title")}</h1>
        {loaded(me, account)}
    }
}

fn account(me: Option<super::model::Me>) -> impl IntoView {
    let Some(me) = me else {
        #[cfg(feature = "ssr")]
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::UNAUTHORIZED);
        }
        return view! {
            <p>{t("errors-unauthenticated")}</p>
            <p><a href="/sign-in">{t("accounts-sign-in-title")}</a></p>
        }
        .into_any();
    };
    let sign_out = ServerAction::<api::SignOut>::new();
    let everywhere = ServerAction::<api::SignOutEverywhere>::new();
    let locale = use_locale();
    view! {
        <p>{locale.t_args("accounts-signed-in-as", &[("email", me.email.clone().into())])}</p>
        <ActionForm action=sign_out>
            <button type="submit">{t("accounts-sign-out")}</button>
        </ActionForm>
        <h2>{t("accounts-everywhere-heading")}</h2>
        <p>{t("accounts-everywhere-intro")}</p>
        <ActionForm action=everywhere>
            <button type="submit" class="secondary">{t("accounts-sign-out-everywhere")}</button>
        </ActionForm>
    }
    .into_any()
}

/// "Sign in" or "Your account", in the header.
#[component]
pub fn AccountLink() -> impl IntoView {
    let location = use_location();
    let me = Resource::new(move || location.pathname.get(), |_| api::current_person());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(Some(_)) => view! { <a class="account-link" href="/account">{t("accounts-account-title")}</a> }.into_any(),
                    _ => view! { <a class="account-link" href="/sign-in">{t("accounts-sign-in-title")}</a> }.into_any(),
                }
            })}
        </Suspense>
    }
}
