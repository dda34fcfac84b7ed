//! A form a server function refuses is shown again with what was typed. Without this layer a
//! refused server-function form (a plain post, or the enhancement module's) is redirected back to
//! the page it came from with the error in the address (`__err`), and every field is empty again.
//! Here such a refusal of something a person can correct (`AppError::Invalid`) or wait out
//! (`AppError::RateLimited`) is answered instead with that page rendered at once
//! (`state::form_again`), for the same person, with the error and the sent fields (`FormEcho`),
//! which the page's forms put back. Other errors keep the redirect.

use axum::{
    body::Body,
    extract::Request,
    http::{HeaderMap, Method, header},
    middleware::Next,
    response::Response,
};
use leptos::server_fn::error::ServerFnUrlError;
use ponte_app::core::AppError;

/// The largest form kept to be shown again (a builder form with long texts is a few KB).
const LIMIT: usize = 256 * 1024;

pub async fn layer(req: Request, next: Next) -> Response {
    if !is_form_post(&req) {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, LIMIT).await else {
        return ponte_app::state::error_response(AppError::BadRequest, locale(&parts.extensions));
    };
    let extensions = parts.extensions.clone();
    let response = next
        .run(Request::from_parts(parts, Body::from(bytes.clone())))
        .await;
    if !response.status().is_redirection() {
        return response;
    }
    let Some((page, error)) = refused(response.headers()) else {
        return response;
    };
    let echo = form_urlencoded::parse(&bytes)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    ponte_app::state::form_again(error, page, echo, extensions)
}

fn locale(extensions: &http::Extensions) -> ponte_app::i18n::Locale {
    extensions
        .get::<ponte_app::i18n::Locale>()
        .copied()
        .unwrap_or_default()
}

/// A form post a browser sent (a server function's address, a urlencoded body of known size).
fn is_form_post(req: &Request) -> bool {
    let headers = req.headers();
    let text = |name| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    };
    req.method() == Method::POST
        && req.uri().path().starts_with("/api/")
        && text(header::CONTENT_TYPE).starts_with("application/x-www-form-urlencoded")
        && text(header::ACCEPT).contains("text/html")
        && text(header::CONTENT_LENGTH)
            .parse::<usize>()
            .is_ok_and(|n| n <= LIMIT)
}

/// The page (path and query) a server function sent a refused form back to, and why, when the
/// reason is one the person can correct or wait out.
fn refused(headers: &HeaderMap) -> Option<(String, AppError)> {
    let location = headers.get(header::LOCATION)?.to_str().ok()?;
    let url = url::Url::parse(location)
        .or_else(|_| url::Url::parse("http://x").and_then(|base| base.join(location)))
        .ok()?;
    let err = url
        .query_pairs()
        .find(|(k, _)| k == "__err")?
        .1
        .into_owned();
    let error = ServerFnUrlError::<AppError>::decode_err(&err);
    if !matches!(error, AppError::Invalid(_) | AppError::RateLimited) {
        return None;
    }
    let page = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_owned(),
    };
    Some((page, error))
}
