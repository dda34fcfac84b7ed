//! The open data API's routes: JSON documents, their CSV downloads and the OpenAPI document,
//! every one a GET any site may make (CORS), answered `304 Not Modified` when the client's copy
//! is current (`If-None-Match` with the weak `ETag` of the body, else `If-Modified-Since`).
//! Errors are JSON: the error's code and its message in the negotiated language. Answers are
//! public: the page cache keeps them for anonymous readers like any public page.

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

use super::{LICENCE, model::*, outcomes, service, tables::{self, Table}};
use crate::{
    core::AppError,
    downloads::{BOM, write_csv},
    i18n::Locale,
    page_cache::{Depends, public_header},
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
        .route("/api/v1/plans/{plan}/entities", get(entities))
        .route("/api/v1/plans/{plan}/entities.csv", get(entities_csv))
        .route("/api/v1/plans/{plan}/surveys", get(surveys))
        .route("/api/v1/plans/{plan}/surveys.csv", get(surveys_csv))
        .route("/api/v1/plans/{plan}/inputs", get(inputs))
        .route("/api/v1/plans/{plan}/inputs.csv", get(inputs_csv))
        .route("/api/v1/plans/{plan}/findings", get(findings))
        .route("/api/v1/plans/{plan}/findings.csv", get(findings_csv))
        .route("/api/v1/plans/{plan}/progress", get(progress))
        .route("/api/v1/plans/{plan}/progress.csv", get(progress_csv))
        .route("/api/{version}", get(elsewhere))
        .route("/api/{version}/{*rest}", get(elsewhere))
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
    // A 200 is public: anonymous readers get it from the page cache until something changes.
    let mut response =
        if current { StatusCode::NOT_MODIFIED.into_response() } else { (StatusCode::OK, [(header::CONTENT_TYPE, content_type)], [public_header(Depends::Answers)], Body::from(body)).into_response() };
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

/// A CSV download: byte order mark, header, rows (each text cell neutralised by `tables`).
fn csv(request: &HeaderMap, table: Table, modified: Option<DateTime<Utc>>) -> Response {
    let mut out = BOM.as_bytes().to_vec();
    write_csv(&mut out, &[table.header.iter().map(|h| (*h).to_owned()).collect()]);
    write_csv(&mut out, &table.rows);
    answer(request, "text/csv; charset=utf-8", out, modified)
}

fn locale_of(locale: Option<Extension<Locale>>) -> Locale {
    locale.map(|Extension(l)| l).unwrap_or_default()
}

async fn index(headers: HeaderMap) -> Response {
    json(&headers, &Index { licence: LICENCE, openapi: "/api/v1/openapi.json", plans: "/api/v1/plans" }, None)
}

/// A GET under `/api/` that no document answers: an API version that does not exist (a JSON
/// error that says which does), or a path of version 1 that does not.
async fn elsewhere(locale: Option<Extension<Locale>>, Path(path): Path<Vec<(String, String)>>) -> Response {
    let version = path.iter().find(|(k, _)| k == "version").map_or("", |(_, v)| v.as_str());
    let error = if version == "v1" { AppError::NotFound } else { AppError::Invalid(crate::core::Invalid::ApiVersionUnknown) };
    let mut response = failed(error, locale_of(locale));
    if version != "v1" {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    response
}

async fn openapi(headers: HeaderMap) -> Response {
    answer(&headers, "application/json", OPENAPI.as_bytes().to_vec(), None)
}

#[derive(Deserialize)]
struct PageQuery {
    page: Option<String>,
}

async fn catalog(
    Extension(db): Extension<DatabaseConnection>,
    Extension(settings): Extension<ServerSettings>,
    locale: Option<Extension<Locale>>,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> Response {
    // A page that is not a number is a page that does not exist.
    let page = query.page.as_deref().map_or(Some(1), |p| p.trim().parse::<usize>().ok()).unwrap_or(0);
    match super::catalog::document(&db, &settings.public_url, page).await {
        Ok((value, at)) => answer(&headers, "application/ld+json", serde_json::to_vec(&value).unwrap_or_default(), at),
        Err(e) => failed(e, locale_of(locale)),
    }
}

/// A document and the time of the last change behind it, or the error.
async fn read<T>(db: &DatabaseConnection, slug: Option<&str>, document: impl Future<Output = Result<T, AppError>>) -> Result<(T, Option<DateTime<Utc>>), AppError> {
    let document = document.await?;
    Ok((document, service::last_modified(db, slug).await?))
}

/// How a document goes out: as JSON, or as its CSV table.
#[derive(Clone, Copy)]
enum Format<T> {
    Json,
    Csv(fn(&T) -> Table),
}

/// Serves `document` (with the time of its last change when `dated`: the documents whose every
/// change is audited) in `format`, or its error in the reader's language.
async fn serve<T: Serialize>(
    db: &DatabaseConnection,
    request: &HeaderMap,
    locale: Option<Extension<Locale>>,
    slug: Option<&str>,
    dated: bool,
    document: impl Future<Output = Result<T, AppError>>,
    format: Format<T>,
) -> Response {
    let read = if dated { read(db, slug, document).await } else { document.await.map(|d| (d, None)) };
    match (read, format) {
        (Ok((doc, at)), Format::Json) => json(request, &doc, at),
        (Ok((doc, at)), Format::Csv(table)) => csv(request, table(&doc), at),
        (Err(e), _) => failed(e, locale_of(locale)),
    }
}

async fn plans(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap) -> Response {
    serve(&db, &headers, locale, None, true, service::plans(&db), Format::Json).await
}

async fn plans_csv(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap) -> Response {
    serve(&db, &headers, locale, None, true, service::plans(&db), Format::Csv(tables::plans)).await
}

async fn plan(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap, Path(slug): Path<String>) -> Response {
    serve(&db, &headers, locale, Some(&slug), true, service::plan(&db, &slug), Format::Json).await
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

async fn measures_in(db: &DatabaseConnection, headers: HeaderMap, locale: Option<Extension<Locale>>, slug: &str, query: &VersionQuery, format: Format<Measures>) -> Response {
    let number = match query.number() {
        Ok(n) => n,
        Err(e) => return failed(e, locale_of(locale)),
    };
    serve(db, &headers, locale, Some(slug), true, service::measures(db, slug, number), format).await
}

async fn measures(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap, Path(slug): Path<String>, Query(query): Query<VersionQuery>) -> Response {
    measures_in(&db, headers, locale, &slug, &query, Format::Json).await
}

async fn measures_csv(Extension(db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap, Path(slug): Path<String>, Query(query): Query<VersionQuery>) -> Response {
    measures_in(&db, headers, locale, &slug, &query, Format::Csv(tables::measures)).await
}

/// The handlers of a plan's document that takes no query: JSON and CSV, dated or not.
macro_rules! plan_document {
    ($json:ident, $csv:ident, $dated:expr, |$db:ident, $slug:ident, $locale:ident| $read:expr, $table:path) => {
        async fn $json(Extension($db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap, Path($slug): Path<String>) -> Response {
            let $locale = locale_of(locale.clone());
            serve(&$db, &headers, locale, Some(&$slug), $dated, $read, Format::Json).await
        }

        async fn $csv(Extension($db): Extension<DatabaseConnection>, locale: Option<Extension<Locale>>, headers: HeaderMap, Path($slug): Path<String>) -> Response {
            let $locale = locale_of(locale.clone());
            serve(&$db, &headers, locale, Some(&$slug), $dated, $read, Format::Csv($table)).await
        }
    };
}

plan_document!(evidence, evidence_csv, true, |db, slug, _locale| service::evidence(&db, &slug), tables::evidence);
plan_document!(entities, entities_csv, true, |db, slug, _locale| service::entities(&db, &slug), tables::entities);
plan_document!(findings, findings_csv, true, |db, slug, _locale| outcomes::findings(&db, &slug), tables::findings);
plan_document!(progress, progress_csv, true, |db, slug, _locale| outcomes::progress(&db, &slug), tables::progress);
// Responses and comments come in unaudited: these two carry only their ETag.
plan_document!(surveys, surveys_csv, false, |db, slug, locale| outcomes::surveys(&db, &slug, locale), tables::surveys);
plan_document!(inputs, inputs_csv, false, |db, slug, _locale| outcomes::inputs(&db, &slug), tables::inputs);
