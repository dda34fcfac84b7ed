//! The HTTP surface: the Leptos pages and server functions, static files, `/healthz`, and the
//! layers every response passes through (language negotiation, compression, security headers).

use axum::{
    Router,
    extract::{FromRef, Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};

use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use ponte_app::{
    App, accounts,
    accounts::model::SESSION_COOKIE,
    content_security_policy,
    core::{AppError, ErrorPage},
    state::{FormEcho, ServerSettings, ShowPage, cookie_header, cookie_in, error_response},
    i18n::{LANG_COOKIE, Locale},
    shell,
    site::SiteInfo,
};
use sea_orm::DatabaseConnection;
use tower_http::{
    CompressionLevel,
    compression::{
        CompressionLayer,
        predicate::{DefaultPredicate, NotForContentType, Predicate},
    },
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    trace::TraceLayer,
};

/// What every handler can reach. Cloning is cheap (the database handle is a pool).
#[derive(Clone)]
pub struct AppState {
    pub leptos: LeptosOptions,
    pub db: DatabaseConnection,
    pub site: SiteInfo,
    pub settings: ServerSettings,
    /// The bundle's version in its URLs (`/pkg/<version>/ponte.js`; see [`crate::asset_version`]).
    pub asset_version: String,
    /// Reverse proxies whose `X-Forwarded-For` names the client (`PONTE_TRUSTED_PROXIES`).
    pub proxies: crate::client_ip::TrustedProxies,
    /// Timeouts and the cap on open connections (see [`crate::connections`]).
    pub connections: crate::connections::ConnectionLimits,
}

impl AppState {
    /// Replaces the server settings (public URL, cookie security).
    pub fn with_settings(mut self, settings: ServerSettings) -> Self {
        self.settings = settings;
        self
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

/// The whole application as one axum router.
pub fn router(state: AppState) -> Router {
    let context = {
        let state = state.clone();
        move || {
            provide_context(state.db.clone());
            provide_context(state.site.clone());
            provide_context(state.settings.clone());
            provide_context(ponte_app::request_memo::RequestMemo::default());
        }
    };
    let routes = route_list();
    let error_pages = ErrorPages::new(&state, context.clone());
    let pkg = ServeDir::new(std::path::Path::new(&*state.leptos.site_root).join("pkg"))
        .precompressed_br()
        .precompressed_gzip();
    Router::new()
        .route("/healthz", get(health))
        .merge(ponte_app::surveys::http::routes())
        .merge(ponte_app::surveys::builder::http::routes())
        .merge(ponte_app::media::http::routes())
        .merge(ponte_app::plans::diagnosis::http::routes())
        .merge(ponte_app::accounts::unsubscribe::routes())
        .merge(ponte_app::consultations::export::routes())
        .merge(ponte_app::opendata::http::routes())
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = state.leptos.clone();
            move || shell(options.clone())
        })
        .nest_service(
            "/pkg",
            tower::ServiceBuilder::new()
                .layer(middleware::from_fn_with_state(std::sync::Arc::<str>::from(state.asset_version.as_str()), versioned_assets))
                .service(pkg),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell))
        // Innermost, so the page it shows again is rendered for the person the outer layers found.
        .layer(middleware::from_fn(crate::refused_forms::layer))
        .layer(axum::Extension(state.db.clone()))
        .layer(axum::Extension(state.settings.clone()))
        .layer(middleware::from_fn_with_state(state.clone(), resolve_session))
        .layer(middleware::from_fn(server_fn_status))
        .layer(middleware::from_fn_with_state(state.settings.render_timeout, bound_render))
        .layer(middleware::from_fn_with_state(state.clone(), check_origin))
        // Outside everything that can fail a request: an error marked for a page becomes one.
        .layer(middleware::from_fn_with_state(error_pages, render_error_pages))
        .layer(middleware::from_fn(crate::html::tidy))
        .layer(middleware::from_fn(crate::html::enhanced_redirects))
        .layer(middleware::from_fn_with_state(state.proxies.clone(), crate::client_ip::layer))
        // A request body that stops arriving ends the request (see `connections`).
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(state.connections.stall))
        // Recordings are compressed already, and a range must count the recording's own bytes.
        .layer(
            CompressionLayer::new()
                .quality(CompressionLevel::Precise(4))
                .compress_when(DefaultPredicate::new().and(NotForContentType::const_new("audio/"))),
        )
        .layer(middleware::from_fn_with_state(state.settings.page_cache.clone(), ponte_app::page_cache::layer))
        // Outside the page cache: it keys pages by the language chosen here, and the language
        // cookie this sets on `?lang=` is never part of a stored page.
        .layer(middleware::from_fn_with_state(state.settings.cookie_secure, negotiate_language))
        .layer(middleware::from_fn_with_state(state.settings.public_url.starts_with("https://"), private_pages))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&content_security_policy(None)).unwrap_or(HeaderValue::from_static("default-src 'self'")),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// The Leptos routes of the app, generated once per process.
///
/// Generating them renders the app once with every resource load suppressed through a
/// process-wide flag (leptos_router's `RouteList::generate`), so a resource first polled by any
/// request meanwhile waits forever (leptos-rs/leptos#4773). The API tests start many servers in
/// one process, and each used to generate its own list while others were serving.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// A page that has not rendered within `limit` (a resource that never resolves: a database lock,
/// a stalled connection) is answered with the translated "try again later" page, and the log
/// names the loads it was still waiting for. Only reads are bounded: a form post that is slow is
/// still stored, and its answer must not claim otherwise.
async fn bound_render(State(limit): State<std::time::Duration>, mut req: Request, next: Next) -> Response {
    use axum::http::Method;
    if !matches!(*req.method(), Method::GET | Method::HEAD) || limit.is_zero() {
        return next.run(req).await;
    }
    let pending = ponte_app::pending::Pending::default();
    req.extensions_mut().insert(pending.clone());
    let path = req.uri().path().to_owned();
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::error!(%path, waiting_for = ?pending.outstanding(), limit_ms = limit.as_millis() as u64, "page not rendered in time");
            error_response(AppError::Unavailable, Locale::default())
        }
    }
}

type RenderPage = std::sync::Arc<
    dyn Fn(Request) -> std::pin::Pin<Box<dyn std::future::Future<Output = Response> + Send>> + Send + Sync,
>;

/// Renders the site's error page (`/_error/<key>`, in the layout, translated) for a request.
#[derive(Clone)]
struct ErrorPages(RenderPage);

impl ErrorPages {
    fn new(state: &AppState, context: impl Fn() + Clone + Send + Sync + 'static) -> ErrorPages {
        let options = state.leptos.clone();
        let render = leptos_axum::render_app_async_with_context(context, move || shell(options.clone()));
        ErrorPages(std::sync::Arc::new(move |req| render(req)))
    }
}

/// Replaces a response marked with [`ErrorPage`] (by any handler or layer) with the error page in
/// the request's language, keeping its status and headers; one also marked with [`ShowPage`]
/// gets that page instead, rendered for the same person with the refused form's fields.
async fn render_error_pages(State(pages): State<ErrorPages>, req: Request, next: Next) -> Response {
    let locale = req.extensions().get::<Locale>().copied().unwrap_or_default();
    let head = req.method() == axum::http::Method::HEAD;
    let response = next.run(req).await;
    let Some(ErrorPage(error)) = response.extensions().get::<ErrorPage>().cloned() else {
        return response;
    };
    let show = response.extensions().get::<ShowPage>().cloned();
    let (parts, plain) = response.into_parts();
    let path = show.as_ref().map_or_else(|| format!("/_error/{}", error.key()), |s| s.path.clone());
    let Ok(mut page_request) = Request::builder().uri(path).body(axum::body::Body::empty()) else {
        return Response::from_parts(parts, plain);
    };
    match show {
        Some(show) => {
            *page_request.extensions_mut() = show.extensions;
            // The page's own `?lang=` (the builder's language being edited) wins over the
            // language the form's post was negotiated in, as when the page was first shown.
            if let Some(lang) = page_request.uri().query().and_then(|q| q.split('&').find_map(|p| p.strip_prefix("lang=")).and_then(Locale::from_tag)) {
                page_request.extensions_mut().insert(lang);
            }
            page_request.extensions_mut().insert(show.echo);
            page_request.extensions_mut().insert(ErrorPage(error));
        }
        None => {
            page_request.extensions_mut().insert(locale);
        }
    }
    let shown = page_request.extensions().get::<FormEcho>().is_some();
    let page = (pages.0)(page_request).await;
    if !shown && !page.status().is_client_error() && !page.status().is_server_error() {
        return Response::from_parts(parts, plain);
    }
    let (page_parts, body) = page.into_parts();
    let mut response = Response::from_parts(parts, if head { axum::body::Body::empty() } else { body });
    for name in [header::CONTENT_TYPE, header::CONTENT_SECURITY_POLICY] {
        if let Some(value) = page_parts.headers.get(&name) {
            response.headers_mut().insert(name, value.clone());
        }
    }
    response.headers_mut().remove(header::CONTENT_LENGTH);
    response
}

/// `GET /healthz`: 200 when the database answers, 503 otherwise.
async fn health(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], r#"{"status":"ok","database":"ok"}"#)
            .into_response(),
        Err(err) => {
            tracing::warn!(error = %err, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CONTENT_TYPE, "application/json")],
                r#"{"status":"unavailable","database":"unreachable"}"#,
            )
                .into_response()
        }
    }
}

/// Refuses any request that could change something (anything but GET, HEAD, OPTIONS) unless it
/// comes from a page of this site: its `Origin` (or, without one, its `Referer`) must be the
/// configured public URL. Leptos server functions have no CSRF protection of their own.
async fn check_origin(State(state): State<AppState>, req: Request, next: Next) -> Response {
    use axum::http::Method;
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    if same_site(req.headers(), &state.settings.public_url) {
        return next.run(req).await;
    }
    // RFC 8058's one-click unsubscribe comes from a mail client, not a page of this site; its
    // signed token is its own protection, and all it can do is stop emails.
    if *req.method() == Method::POST && req.uri().path().starts_with("/unsubscribe/") {
        return next.run(req).await;
    }
    let locale = req.extensions().get::<Locale>().copied().unwrap_or_default();
    tracing::warn!(method = %req.method(), path = %req.uri().path(), "cross-site request refused");
    let error = AppError::CrossSite;
    if req.uri().path().starts_with("/api/") {
        let body = serde_json::to_string(&error).unwrap_or_default();
        return (StatusCode::FORBIDDEN, [(header::CONTENT_TYPE, "application/json")], body).into_response();
    }
    error_response(error, locale)
}

fn same_site(headers: &axum::http::HeaderMap, public: &str) -> bool {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    match (header(header::ORIGIN), header(header::REFERER)) {
        (Some(origin), _) => origin == public,
        (None, Some(referer)) => referer == public || referer.starts_with(&format!("{public}/")),
        (None, None) => false,
    }
}

/// Resolves the session cookie to the signed-in person (one query, only when the cookie is sent).
async fn resolve_session(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let token = cookie_in(req.headers(), SESSION_COOKIE);
    if let Some(token) = token.filter(|t| !t.is_empty()) {
        match accounts::service::actor(&state.db, &token).await {
            Ok(Some(actor)) => {
                req.extensions_mut().insert(actor);
            }
            Ok(None) => {}
            Err(err) => tracing::warn!(error = %err, "could not resolve the session"),
        }
    }
    next.run(req).await
}

/// Gives a failed server function the HTTP status of its `AppError` (404, 400, 503…): the
/// server-function layer answers every error with 500.
async fn server_fn_status(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR || !res.headers().contains_key(SERVER_FN_ERROR_HEADER) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024).await.unwrap_or_default();
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// Picks the request's language (`?lang=`, cookie, `Accept-Language`, default) and puts it in the
/// request for the pages. An explicit `?lang=` is remembered in a cookie.
async fn negotiate_language(State(secure): State<bool>, mut req: Request, next: Next) -> Response {
    let query_lang = req.uri().query().and_then(|q| {
        q.split('&')
            .filter_map(|pair| pair.strip_prefix("lang="))
            .find_map(Locale::from_tag)
    });
    let cookie_lang = cookie_in(req.headers(), LANG_COOKIE).and_then(|tag| Locale::from_tag(&tag));
    let accept = req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let locale = query_lang
        .or(cookie_lang)
        .unwrap_or_else(|| Locale::negotiate(None, None, accept));
    req.extensions_mut().insert(locale);
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    if let Ok(value) = HeaderValue::from_str(locale.tag()) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    headers.append(header::VARY, HeaderValue::from_static("accept-language, cookie"));
    if let Some(chosen) = query_lang.filter(|l| Some(*l) != cookie_lang)
        && let Ok(value) = HeaderValue::from_str(&cookie_header(LANG_COOKIE, chosen.tag(), 31_536_000, secure))
    {
        headers.append(header::SET_COOKIE, value);
    }
    res
}

/// Pages about one person or holding secrets, whoever asks: the account, administration,
/// sign-in, a survey's builder, paper codes, exports and resume codes, and server-function answers.
fn personal_path(path: &str) -> bool {
    ["/account", "/admin", "/sign-in", "/api/"].iter().any(|start| path.starts_with(start))
        || ["/export.csv", "/export.json", "/codes", "/saved", "/edit", "/surveys/new"].iter().any(|end| path.ends_with(end))
}

/// Personal answers (a personal path, or a request with a session or answers in progress) carry
/// `Cache-Control: no-store`, so no browser history, shared computer or proxy keeps them. Behind
/// TLS every answer also carries HSTS (`hsts`), so the browser never tries plain HTTP again.
async fn private_pages(State(hsts): State<bool>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    // The bundle is the same for everyone (and cached an hour), whoever fetches it.
    let personal = !path.starts_with("/pkg/") && (personal_path(path) || !ponte_app::page_cache::anonymous(req.headers()));
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    if personal {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if hsts {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    res
}

/// The bundle under `/pkg/<version>/…` (what pages link) is the same file as `/pkg/…`, kept by
/// browsers for a year without asking again (`immutable`): a new build has a new version, so new
/// URLs. An unversioned or older-versioned URL (a page cached before a deploy) still gets the
/// file, to keep for an hour.
async fn versioned_assets(State(version): State<std::sync::Arc<str>>, mut req: Request, next: Next) -> Response {
    // The bundle's folder is flat: `/<version>/<file>` or `/<file>`.
    let versioned = req.uri().path().strip_prefix('/').and_then(|p| p.split_once('/')).map(|(v, file)| (v == &*version, format!("/{file}")));
    let current = versioned.as_ref().is_some_and(|(current, _)| *current);
    if let Some((_, file)) = versioned
        && let Ok(uri) = file.parse::<axum::http::Uri>()
    {
        *req.uri_mut() = uri;
    }
    let mut res = next.run(req).await;
    if res.status().is_success() {
        let cache = if current { "public, max-age=31536000, immutable" } else { "public, max-age=3600" };
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    }
    res
}
