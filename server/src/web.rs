//! The HTTP surface: the Leptos pages and server functions, static files, `/healthz`, and the
//! layers every response passes through (language negotiation, compression, security headers).

use axum::{
    Router,
    extract::{ConnectInfo, FromRef, Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use std::net::SocketAddr;

use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use ponte_app::{
    App, accounts,
    accounts::model::SESSION_COOKIE,
    content_security_policy,
    core::AppError,
    state::{ClientIp, ServerSettings, cookie_in},
    i18n::{LANG_COOKIE, Locale},
    shell,
    site::SiteInfo,
};
use sea_orm::DatabaseConnection;
use tower_http::{
    CompressionLevel,
    compression::CompressionLayer,
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
        }
    };
    let routes = generate_route_list(App);
    let pkg = ServeDir::new(std::path::Path::new(&*state.leptos.site_root).join(&*state.leptos.site_pkg_dir))
        .precompressed_br()
        .precompressed_gzip();
    Router::new()
        .route("/healthz", get(health))
        .merge(ponte_app::surveys::http::routes())
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = state.leptos.clone();
            move || shell(options.clone())
        })
        .nest_service(
            "/pkg",
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=3600"),
                ))
                .service(pkg),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(axum::Extension(state.db.clone()))
        .layer(axum::Extension(state.settings.clone()))
        .layer(middleware::from_fn_with_state(state.clone(), resolve_session))
        .layer(middleware::from_fn(server_fn_status))
        .layer(middleware::from_fn_with_state(state.clone(), check_origin))
        .layer(middleware::from_fn(client_ip))
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        .layer(middleware::from_fn_with_state(state.settings.page_cache.clone(), ponte_app::page_cache::layer))
        // Outside the page cache: it keys pages by the language chosen here, and the language
        // cookie this sets on `?lang=` is never part of a stored page.
        .layer(middleware::from_fn(negotiate_language))
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

/// Puts the peer's IP address in the request (for rate limits).
async fn client_ip(mut req: Request, next: Next) -> Response {
    if let Some(ConnectInfo(addr)) = req.extensions().get::<ConnectInfo<SocketAddr>>().copied() {
        req.extensions_mut().insert(ClientIp(addr.ip()));
    }
    next.run(req).await
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
    let locale = req.extensions().get::<Locale>().copied().unwrap_or_default();
    tracing::warn!(method = %req.method(), path = %req.uri().path(), "cross-site request refused");
    let error = AppError::CrossSite;
    let body = if req.uri().path().starts_with("/api/") {
        serde_json::to_string(&error).unwrap_or_default()
    } else {
        locale.t(error.message_id())
    };
    let content_type = if req.uri().path().starts_with("/api/") { "application/json" } else { "text/plain; charset=utf-8" };
    (StatusCode::FORBIDDEN, [(header::CONTENT_TYPE, content_type)], body).into_response()
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
async fn negotiate_language(mut req: Request, next: Next) -> Response {
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
    if let Some(chosen) = query_lang.filter(|l| Some(*l) != cookie_lang) {
        let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly", chosen.tag());
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    res
}
