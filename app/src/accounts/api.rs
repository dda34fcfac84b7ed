//! Accounts feature, server functions. Each: state, parse, permit, one service call.

use leptos::prelude::*;

use super::model::{Me, PeopleView};
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use std::time::Duration;

    pub use crate::{
        accounts::{
            domain::{EmailAddress, SignInCode},
            model::{PENDING_COOKIE, SESSION_COOKIE},
            service::{self, SESSION_TTL, SIGN_IN_TTL},
        },
        core::AppError,
        i18n::Locale,
        accounts::{
            people::{self, GrantRequest},
            profile::{self, ProfileChange},
            roles::Role,
        },
        rate_limit,
        state::{actor, client_ip, cookie, db, require_actor, set_cookie, settings},
    };

    /// Sign-in emails per IP address and per email address, per window.
    pub const PER_IP: i32 = 10;
    pub const PER_ADDRESS: i32 = 3;
    pub const WINDOW: Duration = Duration::from_secs(15 * 60);
    /// Codes tried per account per day, whatever the number of sign-in emails: 10 guesses of a
    /// six-digit code a day give a guesser one chance in 3,300 a year. Past it only the code
    /// form is closed; the emailed link still signs the person in.
    pub const CODES_PER_ADDRESS_PER_DAY: i32 = 10;
    pub const DAY: Duration = Duration::from_secs(24 * 3600);

    /// Counts one anonymous attempt against `key`; `RateLimited` once over `limit` in `window`.
    pub async fn limit(db: &sea_orm::DatabaseConnection, key: String, limit: i32, window: Duration) -> Result<(), AppError> {
        if rate_limit::hit(db, &key, limit, window).await? { Ok(()) } else { Err(AppError::RateLimited) }
    }

    /// Puts the new session cookie on the response: a new token at every sign-in, and the
    /// browser's previous session (if any) ends, so a planted cookie never becomes a session.
    pub async fn start_session(db: &sea_orm::DatabaseConnection, session: &service::NewSession) -> Result<(), AppError> {
        if let Some(previous) = actor() {
            service::sign_out(db, previous.session_id).await?;
        }
        set_cookie(SESSION_COOKIE, &session.token, SESSION_TTL.as_secs())?;
        set_cookie(PENDING_COOKIE, "", 0)
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

/// The rate-limit keys counted for one email address: sign-in emails sent, codes tried.
pub fn address_limits(email: &str) -> [String; 2] {
    [format!("sign-in:email:{email}"), format!("sign-in-code:email:{email}")]
}

/// Who is signed in on this browser (no database query: the server resolved it already).
#[server(prefix = "/api/accounts", endpoint = "current_person")]
pub async fn current_person() -> Result<Option<Me>, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    Ok(actor().map(|a| Me {
        email: a.email,
        display_name: a.display_name,
        preferred_lang: a.preferred_lang,
        notify_email: a.notify_email,
        grants: a.grants,
    }))
}

/// Emails a sign-in link and code to `email`, in `lang`; then shows the code form. Answers the
/// same whether or not the address has an account.
#[server(prefix = "/api/accounts", endpoint = "request_sign_in")]
pub async fn request_sign_in(email: String, lang: String) -> Result<(), AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = db()?;
    let email = EmailAddress::parse(&email).map_err(AppError::Invalid)?;
    if let Some(ip) = client_ip() {
        limit(&db, format!("sign-in:ip:{}", ip.0), PER_IP, WINDOW).await?;
    }
    let [emails, _] = address_limits(email.as_str());
    limit(&db, emails, PER_ADDRESS, WINDOW).await?;
    let locale = Locale::from_tag(&lang).unwrap_or_default();
    service::request_sign_in(&db, &email, locale, &settings()?.public_url).await?;
    set_cookie(PENDING_COOKIE, email.as_str(), SIGN_IN_TTL.as_secs())?;
    crate::state::redirect("/sign-in/code");
    Ok(())
}

/// Signs in with the code from the email, for the address the sign-in was requested for.
#[server(prefix = "/api/accounts", endpoint = "sign_in_with_code")]
pub async fn sign_in_with_code(code: String) -> Result<(), AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = db()?;
    let code = SignInCode::parse(&code).map_err(AppError::Invalid)?;
    let email = cookie(PENDING_COOKIE)
        .and_then(|e| EmailAddress::parse(&e).ok())
        .ok_or(AppError::Invalid(crate::core::Invalid::LinkInvalid))?;
    if let Some(ip) = client_ip() {
        limit(&db, format!("sign-in-code:ip:{}", ip.0), PER_IP * 3, WINDOW).await?;
    }
    let [_, codes] = address_limits(email.as_str());
    limit(&db, codes, CODES_PER_ADDRESS_PER_DAY, DAY).await?;
    let session = service::sign_in_with_code(&db, &email, &code).await?;
    start_session(&db, &session).await?;
    crate::state::redirect("/account");
    Ok(())
}

/// Signs in with the token of the emailed link (a button on the link page, so that mail
/// scanners that open links do not use it up).
#[server(prefix = "/api/accounts", endpoint = "sign_in_with_link")]
pub async fn sign_in_with_link(token: String) -> Result<(), AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = db()?;
    let session = service::sign_in_with_link(&db, &token).await?;
    start_session(&db, &session).await?;
    crate::state::redirect("/account");
    Ok(())
}

/// Ends this browser's session.
#[server(prefix = "/api/accounts", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    if let Some(actor) = actor() {
        service::sign_out(&db()?, actor.session_id).await?;
    }
    set_cookie(SESSION_COOKIE, "", 0)?;
    crate::state::redirect("/");
    Ok(())
}

/// Ends every session of the signed-in person, on every device.
#[server(prefix = "/api/accounts", endpoint = "sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let actor = require_actor()?;
    service::sign_out_everywhere(&db()?, actor.user_id).await?;
    set_cookie(SESSION_COOKIE, "", 0)?;
    crate::state::redirect("/");
    Ok(())
}

/// Saves the signed-in person's name, language and email preference.
#[server(prefix = "/api/accounts", endpoint = "update_profile")]
pub async fn update_profile(display_name: String, lang: String, notify: Option<String>) -> Result<(), AppError> {
    let actor = require_actor()?;
    let change = ProfileChange::parse(&display_name, &lang, notify.is_some())?;
    profile::update_profile(&db()?, &actor, change).await?;
    // The interface follows the chosen language from now on.
    set_cookie(crate::i18n::LANG_COOKIE, &lang, 365 * 24 * 3600)?;
    crate::state::redirect("/account?saved=1");
    Ok(())
}

/// Everything tied to the account, as a JSON download.
#[server(prefix = "/api/accounts", endpoint = "export", input = server_fn::codec::GetUrl)]
pub async fn export_my_data() -> Result<serde_json::Value, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let actor = require_actor()?;
    let data = profile::export(&db()?, &actor).await?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CONTENT_DISPOSITION,
            http::HeaderValue::from_static("attachment; filename=\"ponte-my-data.json\""),
        );
    }
    Ok(data)
}

/// Deletes the signed-in person's account, once they tick the confirmation box.
#[server(prefix = "/api/accounts", endpoint = "delete_account")]
pub async fn delete_account(confirm: Option<String>) -> Result<(), AppError> {
    let actor = require_actor()?;
    if confirm.as_deref() != Some("yes") {
        return Err(AppError::BadRequest);
    }
    profile::delete_account(&db()?, &actor).await?;
    set_cookie(SESSION_COOKIE, "", 0)?;
    crate::state::redirect("/?account-deleted=1");
    Ok(())
}

/// The people page (admins and facilitators).
#[server(prefix = "/api/accounts", endpoint = "people")]
pub async fn list_people(lang: String) -> Result<PeopleView, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let actor = require_actor()?;
    people::people(&db()?, &actor, Locale::from_tag(&lang).unwrap_or_default()).await
}

/// Gives `role` to `email`; `scope` is a plan slug, or `plan/entity` for an association representative.
#[server(prefix = "/api/accounts", endpoint = "grant_role")]
pub async fn grant_role(email: String, role: String, scope: Option<String>) -> Result<(), AppError> {
    let actor = require_actor()?;
    let email = EmailAddress::parse(&email).map_err(AppError::Invalid)?;
    let role = Role::from_key(&role).ok_or(AppError::BadRequest)?;
    let scope = scope.filter(|s| !s.trim().is_empty());
    let (plan_slug, entity_slug) = match scope.as_deref().map(|s| s.split_once('/')) {
        Some(Some((plan, entity))) => (Some(plan.to_owned()), Some(entity.to_owned())),
        Some(None) => (scope.clone(), None),
        None => (None, None),
    };
    people::grant_role(&db()?, Some(&actor), GrantRequest { email, role, plan_slug, entity_slug }).await?;
    crate::state::redirect("/admin/people");
    Ok(())
}

/// Takes a role away.
#[server(prefix = "/api/accounts", endpoint = "revoke_role")]
pub async fn revoke_role(grant: i32) -> Result<(), AppError> {
    let actor = require_actor()?;
    people::revoke_role(&db()?, &actor, grant).await?;
    crate::state::redirect("/admin/people");
    Ok(())
}

/// Stops the email notifications of the account an email's unsubscribe link names (no sign-in
/// needed); back to the page, which says it is done.
#[server(prefix = "/api/accounts", endpoint = "unsubscribe")]
pub async fn stop_emails(token: String) -> Result<(), AppError> {
    let db = db()?;
    crate::accounts::unsubscribe::stop_emails(&db, &token).await?;
    crate::state::redirect(&format!("/unsubscribe/{token}?done=1"));
    Ok(())
}
