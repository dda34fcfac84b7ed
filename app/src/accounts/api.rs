//! Accounts feature, server functions. Each: state, parse, permit, one service call.

use leptos::prelude::*;

use super::model::Me;
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
        rate_limit,
        state::{actor, client_ip, cookie, db, require_actor, set_cookie, settings},
    };

    /// Sign-in emails per IP address and per email address, per window.
    pub const PER_IP: i32 = 10;
    pub const PER_ADDRESS: i32 = 3;
    pub const WINDOW: Duration = Duration::from_secs(15 * 60);

    /// Counts one anonymous attempt against `key`; `RateLimited` once over `limit`.
    pub async fn limit(db: &sea_orm::DatabaseConnection, key: String, limit: i32) -> Result<(), AppError> {
        if rate_limit::hit(db, &key, limit, WINDOW).await? { Ok(()) } else { Err(AppError::RateLimited) }
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

/// Who is signed in on this browser (no database query: the server resolved it already).
#[server(prefix = "/api/accounts", endpoint = "current_person")]
pub async fn current_person() -> Result<Option<Me>, AppError> {
    Ok(actor().map(|a| Me { email: a.email, display_name: a.display_name }))
}

/// Emails a sign-in link and code to `email`, in `lang`; then shows the code form. Answers the
/// same whether or not the address has an account.
#[server(prefix = "/api/accounts", endpoint = "request_sign_in")]
pub async fn request_sign_in(email: String, lang: String) -> Result<(), AppError> {
    let db = db()?;
    let email = EmailAddress::parse(&email).map_err(AppError::Invalid)?;
    if let Some(ip) = client_ip() {
        limit(&db, format!("sign-in:ip:{}", ip.0), PER_IP).await?;
    }
    limit(&db, format!("sign-in:email:{}", email.as_str()), PER_ADDRESS).await?;
    let locale = Locale::from_tag(&lang).unwrap_or_default();
    service::request_sign_in(&db, &email, locale, &settings()?.public_url).await?;
    set_cookie(PENDING_COOKIE, email.as_str(), SIGN_IN_TTL.as_secs())?;
    leptos_axum::redirect("/sign-in/code");
    Ok(())
}

/// Signs in with the code from the email, for the address the sign-in was requested for.
#[server(prefix = "/api/accounts", endpoint = "sign_in_with_code")]
pub async fn sign_in_with_code(code: String) -> Result<(), AppError> {
    let db = db()?;
    let code = SignInCode::parse(&code).map_err(AppError::Invalid)?;
    let email = cookie(PENDING_COOKIE)
        .and_then(|e| EmailAddress::parse(&e).ok())
        .ok_or(AppError::Invalid(crate::core::Invalid::LinkInvalid))?;
    if let Some(ip) = client_ip() {
        limit(&db, format!("sign-in-code:ip:{}", ip.0), PER_IP * 3).await?;
    }
    let session = service::sign_in_with_code(&db, &email, &code).await?;
    start_session(&db, &session).await?;
    leptos_axum::redirect("/account");
    Ok(())
}

/// Signs in with the token of the emailed link (a button on the link page, so that mail
/// scanners that open links do not use it up).
#[server(prefix = "/api/accounts", endpoint = "sign_in_with_link")]
pub async fn sign_in_with_link(token: String) -> Result<(), AppError> {
    let db = db()?;
    let session = service::sign_in_with_link(&db, &token).await?;
    start_session(&db, &session).await?;
    leptos_axum::redirect("/account");
    Ok(())
}

/// Ends this browser's session.
#[server(prefix = "/api/accounts", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    if let Some(actor) = actor() {
        service::sign_out(&db()?, actor.session_id).await?;
    }
    set_cookie(SESSION_COOKIE, "", 0)?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Ends every session of the signed-in person, on every device.
#[server(prefix = "/api/accounts", endpoint = "sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    let actor = require_actor()?;
    service::sign_out_everywhere(&db()?, actor.user_id).await?;
    set_cookie(SESSION_COOKIE, "", 0)?;
    leptos_axum::redirect("/");
    Ok(())
}
