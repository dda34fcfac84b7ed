//! The open data API's routes: JSON documents, their CSV downloads and the OpenAPI document,
//! every one a GET any site may make (CORS), answered `304 Not Modified` when the client's copy
//! is current (`If-None-Match` with the weak `ETag` of the body, else `If-Modified-Since`).
//! Errors are JSON: the error's code and its message in the negotiated language.

use axum::{
    Extension, Router,
    body::Body,
    extract::{Path, Query},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tower_http::cors::{Any, CorsLayer};

use super::{LICENCE, model::*, service};
use crate::{
    core::AppError,
    downloads::{BOM, neutralize, write_csv},
    i18n::Locale,
    state::ServerSettings,
};

/// The OpenAPI document, as served.
pub const OPENAPI: &str = include_str!("openapi.json");

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    let cors = CorsLayer::new().allow_origin(Any).allow_methods([Method::GET, Method::HEAD]).allow_headers(Any).expose_headers([header::ETAG, header::LAST_MODIFIED]);
    Router::new()
        .route("/api/v1", get(index))
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/catalog.jsonld", get(catalog))
        .route("/api/v1/plans", get(plans))
        .route("/api/v1/plans.csv", get(plans_csv))
        .route("/api/v1/plans/{plan}", get(plan))
        .route("/api/v1/plans/{plan}/measures", get(measures))
        .route("/api/v1/plans/{plan}/measures.csv", get(measures_csv))
        .route("/api/v1/plans/{plan}/evidence", get(evidence))
        .route("/api/v1/plans/{plan}/evidence.csv", get(evidence_csv))
        .layer(cors)
}

/// An error as JSON: its code (the message id) and message, with its status.
fn failed(error: AppError, locale: Locale) -> Response {
    #[derive(Serialize)]
    struct Failure<'a> {
        error: &'a str,
        message: String,
    }
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_string(&Failure { error: error.message_id(), message: locale.t(error.message_id()) }).unwrap_or_default();
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// `body` with its validators, or 304 when the client's copy is current.
fn answer(request: &HeaderMap, content_type: &'static str, body: Vec<u8>, modified: Option<DateTime<Utc>>) -> Response {
    let digest = Sha256::digest(&body);
    let tag = format!("W/\"{}\"", digest.iter().take(12).map(|b| format!("{b:02x}")).collect::<String>());
    // Whole seconds: what an HTTP date can say.
    let modified = modified.and_then(|at| DateTime::<Utc>::from_timestamp(at.timestamp(), 0));
    let header_str = |name| request.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    let current = match (header_str(header::IF_NONE_MATCH), header_str(header::IF_MODIFIED_SINCE)) {
        (Some(tags), _) => tags.split(',').any(|t| t.trim() == tag || t.trim() == "*" || t.trim().trim_start_matches("W/") == tag.trim_start_matches("W/")),
        (None, Some(since)) => match (httpdate::parse_http_date(since), modified) {
            (Ok(since), Some(at)) => std::time::SystemTime::from(at) <= since,
            _ => false,
        },
        (None, None) => false,
    };
    let mut response = if current { StatusCode::NOT_MODIFIED.into_response() } else { (StatusCode::OK, [(header::CONTENT_TYPE, content_type)], Body::from(body)).into_response() };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&tag) {
        headers.insert(header::ETAG, value);
    }
    if let Some(at) = modified
        && let Ok(value) = HeaderValue::from_str(&httpdate::fmt_http_date(at.into()))
    {
        headers.insert(header::LAST_MODIFIED, value);
    }
    // Kept by anyone, asked again each time (cheaply, with the validators).
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, no-cache"));
    if let Ok(value) = HeaderValue::from_str(&format!("<{}>; rel=\"license\"", LICENCE.url)) {
        headers.insert(header::LINK, value);
    }
    response
}

fn json<T: Serialize>(request: &HeaderMap, document: &T, modified: Option<DateTime<Utc>>) -> Response {
    answer(request, "application/json", serde_json::to_vec(document).unwrap_or_default(), modified)
}

/// A CSV download: byte order mark, header, rows (each text cell neutralised by the caller).
fn csv(request: &HeaderMap, header_row: &[&str], rows: Vec<Vec<String>>, modified: Option<DateTime<Utc>>) -> Response {
    let mut out = BOM.as_bytes().to_vec();
    write_csv(&mut out, &[header_row.iter().map(|h| (*h).to_owned()).collect()]);
    write_csv(&mut out, &rows);
    answer(request, "text/csv; charset=utf-8", out, modified)
}

fn locale_of(locale: Option<Extension<Locale>>) -> Locale {
    locale.map(|Extension(l)| l).unwrap_or_default()
}

async fn index(headers: HeaderMap) -> Response {
    json(&headers, &Index { licence: LICENCE, openapi: "/api/v1/openapi.json", plans: "/api/v1/plans" }, None)
}

async fn openapi(headers: HeaderMap) -> Response {
    answer(&headers, "application/json", OPENAPI.as_bytes().to_vec(), None)
}

async fn catalog(Extension(db): Extension<DatabaseConnection>, Extension(settings): Extension<ServerSettings>, locale: Option<Extension<Locale>>, headers: HeaderMap) -> Response {
    match super::catalog::document(&db, &settings.public_url).await {
        Ok((value, at)) => answer(&headers, "application/ld+json", serde_json::to_vec(&value).unwrap_or_default(), at),
        Err(e) => failed(e, locale_of(locale)),
    }
}

/// A document and the time of the last change behind it, or the error.
async fn read<T>(db: &DatabaseConnection, slug: Option<&str>, document: impl Future<Output = Result<T, AppError>>) -> Result<(T, Option<DateTime<Utc>>), AppError> {
    let document = document.await?;
    Ok((document, service::last_modified(db, slug).await?))
}

async fn plans(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap) -> Response {
    match read(&db, None, service::plans(&db)).await {
        Ok((list, at)) => json(&headers, &list, at),
        Err(e) => failed(e, locale_of(locale)),
    }
}

async fn plans_csv(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap) -> Response {
    match read(&db, None, service::plans(&db)).await {
        Ok((list, at)) => {
            let rows = list
                .plans
                .iter()
                .flat_map(|p| {
                    let municipalities = p.municipalities.iter().map(|m| m.name.clone()).collect::<Vec<_>>().join("; ");
                    let dicos = p.municipalities.iter().filter_map(|m| m.dico.clone()).collect::<Vec<_>>().join("; ");
                    per_language(&p.title, move |lang, title| {
                        vec![neutralize(&p.slug), p.kind.clone(), p.status.clone(), neutralize(lang), neutralize(title), p.period.start.to_string(), p.period.end.to_string(), neutralize(&municipalities), neutralize(&dicos)]
                    })
                })
                .collect();
            csv(&headers, &["plan", "kind", "status", "language", "title", "period_start", "period_end", "municipalities", "dico"], rows, at)
        }
        Err(e) => failed(e, locale_of(locale)),
    }
}

/// One row per language a text is in (one row with empty language and text when it is in none).
fn per_language<'a>(texts: &'a Texts, row: impl Fn(&str, &str) -> Vec<String> + 'a) -> Vec<Vec<String>> {
    if texts.is_empty() {
        return vec![row("", "")];
    }
    texts.iter().map(|(lang, text)| row(lang, text)).collect()
}

async fn plan(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap, Path(slug): Path<String>) -> Response {
    match read(&db, Some(&slug), service::plan(&db, &slug)).await {
        Ok((plan, at)) => json(&headers, &plan, at),
        Err(e) => failed(e, locale_of(locale)),
    }
}

#[derive(Deserialize)]
struct VersionQuery {
    version: Option<String>,
}

impl VersionQuery {
    fn number(&self) -> Result<Option<i32>, AppError> {
        match self.version.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(n) => n.parse().map(Some).map_err(|_| AppError::Invalid(crate::core::Invalid::VersionUnknown)),
        }
    }
}

async fn measures_of(db: &DatabaseConnection, slug: &str, query: &VersionQuery) -> Result<(Measures, Option<DateTime<Utc>>), AppError> {
    let number = query.number()?;
    read(db, Some(slug), service::measures(db, slug, number)).await
}

async fn measures(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap, Path(slug): Path<String>, Query(query): Query<VersionQuery>) -> Response {
    match measures_of(&db, &slug, &query).await {
        Ok((list, at)) => json(&headers, &list, at),
        Err(e) => failed(e, locale_of(locale)),
    }
}

/// Items of a list joined for one CSV cell.
fn joined(items: &[Texts], lang: &str) -> String {
    items.iter().filter_map(|t| t.get(lang)).cloned().collect::<Vec<_>>().join(" | ")
}

async fn measures_csv(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap, Path(slug): Path<String>, Query(query): Query<VersionQuery>) -> Response {
    match measures_of(&db, &slug, &query).await {
        Ok((list, at)) => {
            let version = list.version.map(|v| v.to_string()).unwrap_or_default();
            let rows = list
                .measures
                .iter()
                .flat_map(|m| {
                    let version = version.clone();
                    per_language(&m.title, move |lang, title| {
                        let text = |t: &Texts| neutralize(t.get(lang).map_or("", String::as_str));
                        let indicators: Vec<Texts> = m.indicators.iter().map(|i| i.name.clone()).collect();
                        vec![
                            version.clone(),
                            neutralize(&m.code),
                            neutralize(&m.area),
                            m.level.to_string(),
                            neutralize(lang),
                            neutralize(title),
                            text(&m.summary),
                            text(&m.description),
                            neutralize(&joined(&m.objectives, lang)),
                            neutralize(&joined(&indicators, lang)),
                            text(&m.timeline),
                            m.starts_on.map(|d| d.to_string()).unwrap_or_default(),
                            m.ends_on.map(|d| d.to_string()).unwrap_or_default(),
                            neutralize(m.responsible.as_deref().unwrap_or_default()),
                            neutralize(&m.partners.join("; ")),
                        ]
                    })
                })
                .collect();
            let header_row = [
                "version", "code", "area", "level", "language", "title", "summary", "description", "objectives", "indicators", "timeline", "starts_on", "ends_on", "responsible", "partners",
            ];
            csv(&headers, &header_row, rows, at)
        }
        Err(e) => failed(e, locale_of(locale)),
    }
}

async fn evidence(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap, Path(slug): Path<String>) -> Response {
    match read(&db, Some(&slug), service::evidence(&db, &slug)).await {
        Ok((list, at)) => json(&headers, &list, at),
        Err(e) => failed(e, locale_of(locale)),
    }
}

async fn evidence_csv(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap, Path(slug): Path<String>) -> Response {
    match read(&db, Some(&slug), service::evidence(&db, &slug)).await {
        Ok((list, at)) => {
            let rows = list
                .links
                .iter()
                .flat_map(|l| {
                    per_language(&l.rationale, move |lang, rationale| {
                        vec![neutralize(&l.measure), l.kind.clone(), neutralize(&l.outcome), l.stance.clone(), neutralize(lang), neutralize(rationale), l.linked_at.to_rfc3339()]
                    })
                })
                .collect();
            csv(&headers, &["measure", "kind", "outcome", "stance", "language", "rationale", "linked_at"], rows, at)
        }
        Err(e) => failed(e, locale_of(locale)),
    }
}
