//! Server-side access to what the server provides to every render and server function: the
//! database, settings, the client's address, the signed-in person, and cookies.

use leptos::prelude::{use_context, with_context};
use sea_orm::DatabaseConnection;

use crate::{
    accounts::model::Actor,
    core::{AppError, ErrorPage},
};

/// Server settings pages and server functions need (never sent to the browser).
#[derive(Clone, Debug)]
pub struct ServerSettings {
    /// The origin people use, without a trailing slash (`https://ponte.example.pt`).
    pub public_url: String,
    /// Mark cookies `Secure` (served over TLS).
    pub cookie_secure: bool,
    /// Responses to one open survey accepted per IP address per hour (0: no limit).
    pub survey_responses_per_hour: u32,
    /// Rendered public pages (see [`crate::page_cache`]).
    pub page_cache: crate::page_cache::PageCache,
    /// Plans' content read between requests (see [`crate::content_cache`]).
    pub content_cache: crate::content_cache::ContentCache,
    /// Longest a page may take to render before the visitor gets "try again later" (0: no limit).
    pub render_timeout: std::time::Duration,
    /// A deployment for one plan: `/` sends visitors straight to this plan's page.
    pub home_plan: Option<String>,
}

/// How long a page may take to render by default (`PONTE_RENDER_TIMEOUT_SECONDS`).
pub const DEFAULT_RENDER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

impl ServerSettings {
    /// Settings for a server at `public_url` with every default.
    pub fn new(public_url: String) -> ServerSettings {
        ServerSettings {
            public_url,
            cookie_secure: false,
            survey_responses_per_hour: 200,
            page_cache: crate::page_cache::PageCache::new(crate::page_cache::DEFAULT_TTL),
            content_cache: crate::content_cache::ContentCache::default(),
            render_timeout: DEFAULT_RENDER_TIMEOUT,
            home_plan: None,
        }
    }
}

/// Sends the browser to `path` after a server function (a plain form post gets a redirect).
/// A path that cannot be a header (a line break from a form field) is logged and the browser
/// stays where it is, instead of failing after the work is done.
pub fn redirect(path: &str) {
    if http::HeaderValue::from_str(path).is_ok() {
        leptos_axum::redirect(path);
    } else {
        tracing::error!(path = path.escape_debug().to_string(), "redirect to a path that cannot be a header");
    }
}

/// Sends the browser from the page being rendered to `path` (`303 See Other`), whatever it
/// accepts: for a page that must not be shown (a form already answered).
pub fn redirect_page(path: &str) {
    match (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(path)) {
        (Some(response), Ok(location)) => {
            response.set_status(http::StatusCode::SEE_OTHER);
            response.insert_header(http::header::LOCATION, location);
        }
        _ => tracing::error!(path = path.escape_debug().to_string(), "page redirect without a response or to a bad path"),
    }
}

/// A plain response for `error` in `locale`, marked with [`ErrorPage`] so that the server
/// replaces it with the site's error page (in the layout, with the same status). Handlers outside
/// the Leptos pages (form endpoints, exports, layers) answer errors with this.
pub fn error_response(error: AppError, locale: crate::i18n::Locale) -> axum::response::Response {
    use axum::response::IntoResponse;
    let status = http::StatusCode::from_u16(error.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    let mut response =
        (status, [(http::header::CONTENT_TYPE, "text/plain; charset=utf-8")], locale.t(error.message_id())).into_response();
    response.extensions_mut().insert(ErrorPage(error));
    response
}

pub use crate::core::FormEcho;

/// Marks a response whose body should be the page at `path` rendered for the same person, with
/// the form's fields (`FormEcho`) and the error (`ErrorPage`) in its request.
#[derive(Clone, Debug)]
pub struct ShowPage {
    pub path: String,
    pub echo: FormEcho,
    /// The refused request's extensions (who sent it: session, language, address).
    pub extensions: http::Extensions,
}

/// A form refused with `error`, answered with the page it came from (`path`) showing the error
/// and what was typed (`echo`), with the error's status: for forms a redirect would empty, such
/// as a file upload with its transcript. `extensions`: the refused request's, so the page is
/// rendered for the same person.
pub fn form_again(error: AppError, path: String, echo: Vec<(String, String)>, extensions: http::Extensions) -> axum::response::Response {
    let locale = extensions.get::<crate::i18n::Locale>().copied().unwrap_or_default();
    let mut response = error_response(error, locale);
    response.extensions_mut().insert(ShowPage { path, echo: FormEcho(echo), extensions });
    response
}

/// The fields of a refused form, on the page rendered to show it again.
pub fn form_echo() -> Option<(FormEcho, AppError)> {
    with_parts(|parts| Some((parts.extensions.get::<FormEcho>()?.clone(), parts.extensions.get::<ErrorPage>()?.0.clone())))
}

/// The client's IP address, as the server saw it (for rate limits; never stored in clear).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientIp(pub std::net::IpAddr);

/// The database connection (pool) the server put in context.
pub fn db() -> Result<DatabaseConnection, AppError> {
    use_context::<DatabaseConnection>().ok_or_else(|| {
        tracing::error!("no database connection in context");
        AppError::Internal
    })
}

pub fn settings() -> Result<ServerSettings, AppError> {
    use_context::<ServerSettings>().ok_or_else(|| {
        tracing::error!("no server settings in context");
        AppError::Internal
    })
}

/// `read` of this request's head, if there is one. A page asks this for every form it shows,
/// so it borrows the head rather than copying it (headers, extensions) each time.
pub fn with_parts<R>(read: impl FnOnce(&http::request::Parts) -> Option<R>) -> Option<R> {
    with_context::<http::request::Parts, _>(read).flatten()
}

/// The signed-in person making this request, if any.
pub fn actor() -> Option<Actor> {
    with_parts(|p| p.extensions.get::<Actor>().cloned())
}

/// The signed-in person, or `Unauthenticated`.
pub fn require_actor() -> Result<Actor, AppError> {
    actor().ok_or(AppError::Unauthenticated)
}

pub fn client_ip() -> Option<ClientIp> {
    with_parts(|p| p.extensions.get::<ClientIp>().copied())
}

/// The value of cookie `name` on this request.
pub fn cookie(name: &str) -> Option<String> {
    with_parts(|p| cookie_in(&p.headers, name))
}

/// Sets (or, with `max_age_secs` 0, clears) an HttpOnly, SameSite=Lax cookie on the response.
pub fn set_cookie(name: &str, value: &str, max_age_secs: u64) -> Result<(), AppError> {
    let header = cookie_header(name, value, max_age_secs, settings()?.cookie_secure);
    let value = http::HeaderValue::from_str(&header).map_err(|_| AppError::Internal)?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.append_header(http::header::SET_COOKIE, value);
    }
    Ok(())
}

/// The `Set-Cookie` value for an HttpOnly, SameSite=Lax cookie (`max_age_secs` 0 clears it).
pub fn cookie_header(name: &str, value: &str, max_age_secs: u64, secure: bool) -> String {
    format!(
        "{name}={value}; Path=/; Max-Age={max_age_secs}; HttpOnly; SameSite=Lax{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The value of cookie `name` in `headers`.
pub fn cookie_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('=').map(str::to_owned))
}
