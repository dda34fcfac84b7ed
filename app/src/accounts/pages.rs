//! Accounts feature, pages: sign in (email), check your email (code), confirm a link, your
//! account (sign out, sign out everywhere), and the header's account link.

use leptos::prelude::*;

use crate::pending::watched;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::{
    api,
    model::PeopleView,
    roles::{Action, Role, can},
};
use crate::{
    i18n::{Locale, t, use_locale},
    ui::{FieldError, PageTitle, TextField, failure, loaded},
};

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = ServerAction::<api::RequestSignIn>::new();
    let error = failure(move || action.value().get());
    let lang = use_locale().tag();
    let typed = crate::ui::refused_form(|echo| echo.get("email").is_some()).and_then(|(echo, _)| echo.get("email").map(str::to_owned));
    view! {
        <PageTitle text=t("accounts-sign-in-title")/>
        <h1>{t("accounts-sign-in-title")}</h1>
        <p class="lead">{t("accounts-sign-in-intro")}</p>
        <ActionForm action=action attr:class="stack">
            <input type="hidden" name="lang" value=lang/>
            <TextField
                name="email"
                label=t("accounts-email-label")
                hint=t("accounts-email-hint")
                error=error
                kind="email"
                inputmode="email"
                autocomplete="email"
                maxlength=254
                value=typed
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
            <TextField
                name="code"
                label=t("accounts-code-label")
                hint=t("accounts-code-hint")
                error=error
                inputmode="numeric"
                autocomplete="one-time-code"
                maxlength=20
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

/// The page an email's "stop these emails" link opens: one button (mail scanners that open
/// links change nothing), then a confirmation.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let done = leptos_router::hooks::use_query_map().read_untracked().get("done").is_some();
    let action = ServerAction::<api::StopEmails>::new();
    let error = failure(move || action.value().get());
    let body = if done {
        view! {
            <p class="notice" role="status">{t("accounts-unsubscribe-done")}</p>
            <p><a href="/account">{t("accounts-unsubscribe-account")}</a></p>
        }
        .into_any()
    } else {
        view! {
            <p class="lead">{t("accounts-unsubscribe-intro")}</p>
            <FieldError id="unsubscribe-error" message=error/>
            <ActionForm action=action>
                <input type="hidden" name="token" value=token/>
                <button type="submit" class="button primary">{t("accounts-unsubscribe-submit")}</button>
            </ActionForm>
        }
        .into_any()
    };
    view! {
        <PageTitle text=t("accounts-unsubscribe-title")/>
        <h1>{t("accounts-unsubscribe-title")}</h1>
        {body}
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let me = Resource::new(|| (), |_| watched(api::current_person()));
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
    let locale = use_locale();
    let saved = use_query_map().read_untracked().get("saved").is_some() && crate::ui::refused_form(|_| true).is_none();
    let update = ServerAction::<api::UpdateProfile>::new();
    let profile_error = failure(move || update.value().get());
    let delete = ServerAction::<api::DeleteAccount>::new();
    let delete_error = failure(move || delete.value().get());
    let sign_out = ServerAction::<api::SignOut>::new();
    let everywhere = ServerAction::<api::SignOutEverywhere>::new();
    let may_view_people = can(Some(&me.grants), Action::ViewPeople);
    let languages = Locale::all()
        .map(|l| {
            let selected = l.tag() == me.preferred_lang;
            view! { <option value=l.tag() lang=l.tag() selected=selected>{l.native_name()}</option> }
        })
        .collect_view();
    view! {
        <p>{locale.t_args("accounts-signed-in-as", &[("email", me.email.clone().into())])}</p>
        {saved.then(|| view! { <p class="notice" role="status">{t("accounts-profile-saved")}</p> })}
        {may_view_people.then(|| view! { <p><a href="/admin/people">{t("accounts-people-title")}</a></p> })}
        <h2>{t("accounts-profile-heading")}</h2>
        <ActionForm action=update attr:class="stack">
            <FieldError id="profile-error" message=profile_error/>
            <label for="display_name">{t("accounts-name-label")}</label>
            <p class="hint" id="name-hint">{t("accounts-name-hint")}</p>
            <input id="display_name" name="display_name" type="text" maxlength="80" dir="auto" autocomplete="name"
                aria-describedby="name-hint" value=me.display_name.clone().unwrap_or_default()/>
            <label for="lang">{t("accounts-language-label")}</label>
            <select id="lang" name="lang">{languages}</select>
            <div class="check">
                <input id="notify" name="notify" type="checkbox" checked=me.notify_email/>
                <label for="notify">{t("accounts-notify-label")}</label>
            </div>
            <button type="submit">{t("accounts-profile-save")}</button>
        </ActionForm>
        <h2>{t("accounts-export-heading")}</h2>
        <p>{t("accounts-export-intro")}</p>
        <p><a href="/api/accounts/export" download="ponte-my-data.json">{t("accounts-export-link")}</a></p>
        <h2>{t("accounts-sign-out")}</h2>
        <ActionForm action=sign_out>
            <button type="submit">{t("accounts-sign-out")}</button>
        </ActionForm>
        <h2>{t("accounts-everywhere-heading")}</h2>
        <p>{t("accounts-everywhere-intro")}</p>
        <ActionForm action=everywhere>
            <button type="submit" class="secondary">{t("accounts-sign-out-everywhere")}</button>
        </ActionForm>
        <h2>{t("accounts-delete-heading")}</h2>
        <p>{t("accounts-delete-intro")}</p>
        <ActionForm action=delete attr:class="stack">
            <FieldError id="delete-error" message=delete_error/>
            <div class="check">
                <input id="confirm" name="confirm" type="checkbox" value="yes" required/>
                <label for="confirm">{t("accounts-delete-confirm")}</label>
            </div>
            <button type="submit" class="danger">{t("accounts-delete-submit")}</button>
        </ActionForm>
    }
    .into_any()
}

/// Who holds which role; admins (and facilitators, for association representatives of their
/// plan) give and take roles here.
#[component]
pub fn PeoplePage() -> impl IntoView {
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || lang.clone(), |lang| watched(api::list_people(lang)));
    view! {
        <PageTitle text=t("accounts-people-title")/>
        <h1>{t("accounts-people-title")}</h1>
        {loaded(data, people)}
    }
}

fn role_name(role: Role) -> String {
    t(&format!("accounts-role-{}", role.key()))
}

fn people(view: PeopleView) -> impl IntoView {
    let grant = ServerAction::<api::GrantRole>::new();
    let grant_error = failure(move || grant.value().get());
    let revoke = ServerAction::<api::RevokeRole>::new();
    let rows = view
        .people
        .into_iter()
        .map(|p| {
            let roles = if p.grants.is_empty() {
                view! { <span class="muted">{t("accounts-role-resident")}</span> }.into_any()
            } else {
                view! {
                    <ul class="plain">
                        {p.grants
                            .into_iter()
                            .map(|g| {
                                let scope = [g.plan, g.entity].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                                view! {
                                    <li>
                                        <strong>{role_name(g.role)}</strong>
                                        {(!scope.is_empty()).then(|| view! { " — " <span dir="auto">{scope}</span> })}
                                        <ActionForm action=revoke attr:class="inline">
                                            <input type="hidden" name="grant" value=g.id/>
                                            <button type="submit" class="link">{t("accounts-revoke")}</button>
                                        </ActionForm>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            };
            view! {
                <tr>
                    <td dir="ltr">{p.email}</td>
                    <td dir="auto">{p.display_name.unwrap_or_default()}</td>
                    <td>{roles}</td>
                </tr>
            }
        })
        .collect_view();
    let scopes = view
        .plans
        .into_iter()
        .map(|plan| {
            let slug = plan.slug.clone();
            let entities = plan
                .entities
                .into_iter()
                .map(|(entity, name)| view! { <option value=format!("{slug}/{entity}")>{name}</option> })
                .collect_view();
            view! {
                <option value=plan.slug.clone()>{plan.title.clone()}</option>
                <optgroup label=plan.title>{entities}</optgroup>
            }
        })
        .collect_view();
    let new_plan = view.can_create_plans.then(|| view! { <p><a class="button" href="/admin/plans/new">{t("plans-new-title")}</a></p> });
    view! {
        {new_plan}
        <table class="data">
            <thead>
                <tr>
                    <th scope="col">{t("accounts-email-label")}</th>
                    <th scope="col">{t("accounts-name-label")}</th>
                    <th scope="col">{t("accounts-roles")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <h2>{t("accounts-grant-heading")}</h2>
        <p>{t("accounts-grant-intro")}</p>
        <ActionForm action=grant attr:class="stack">
            <FieldError id="grant-error" message=grant_error/>
            <label for="grant-email">{t("accounts-email-label")}</label>
            <input id="grant-email" name="email" type="email" dir="ltr" required maxlength="254"/>
            <label for="grant-role">{t("accounts-roles")}</label>
            <select id="grant-role" name="role">
                {Role::ALL.into_iter().map(|r| view! { <option value=r.key()>{role_name(r)}</option> }).collect_view()}
            </select>
            <label for="grant-scope">{t("accounts-grant-scope")}</label>
            <p class="hint" id="scope-hint">{t("accounts-grant-scope-hint")}</p>
            <select id="grant-scope" name="scope" aria-describedby="scope-hint">
                <option value="">{t("accounts-grant-scope-none")}</option>
                {scopes}
            </select>
            <button type="submit">{t("accounts-grant-submit")}</button>
        </ActionForm>
    }
}

/// "Sign in" or "Your account", in the header.
#[component]
pub fn AccountLink() -> impl IntoView {
    let location = use_location();
    let me = Resource::new(move || location.pathname.get(), |_| watched(api::current_person()));
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

/// Where a deleted account lands (`/?account-deleted=1`): says it is done.
#[component]
pub fn DeletedNotice() -> impl IntoView {
    let deleted = use_query_map().read_untracked().get("account-deleted").is_some();
    deleted.then(|| view! { <p class="notice" role="status">{t("accounts-deleted-notice")}</p> })
}
