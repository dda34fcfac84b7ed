//! Media, plain HTTP endpoints: the upload (a multipart form that works without JavaScript),
//! the removal, and the recordings themselves with range requests (players seek by asking for
//! parts). Each: state, parse, permit, one service call, then a redirect back to the text's page.

use axum::{
    Extension, Router,
    body::Body,
    extract::{DefaultBodyLimit, Form, FromRequest, Multipart, Path, Query, Request},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use sea_orm::DatabaseConnection;

use super::{
    audio::{self, RangeAnswer},
    model::Target,
    service::{self, Place, Upload},
};
use crate::{accounts::model::Actor, core::AppError, i18n::Locale};

/// The most a request to the upload may carry before it is refused unread: a recording at the
/// limit, its form fields, and room for the multipart framing.
const MAX_REQUEST: u64 = audio::MAX_BYTES as u64 + 1024 * 1024;
/// A request declaring more than this is refused unread (and its connection closed); anything
/// up to it is read to the end, so a browser sending a file far over the limit gets the answer.
const MAX_DRAINED: u64 = 512 * 1024 * 1024;
/// The longest text field read from the upload form (a transcript is checked again after).
const MAX_FIELD: usize = 256 * 1024;

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        // The upload counts its own bytes (and reads on past the limit to answer clearly).
        .route("/media/audio", post(upload).layer(DefaultBodyLimit::disable()))
        .route("/media/audio/remove", post(remove))
        .route("/media/audio/{id}", get(serve))
}

#[derive(serde::Deserialize)]
struct TargetQuery {
    target: String,
}

fn error_page(error: AppError, locale: Locale) -> Response {
    crate::state::error_response(error, locale)
}

fn see_other(location: String) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

/// The text's page after a change: what happened (at `#audio`), or the error, which the page
/// focuses itself (`autofocus`; a fragment would stop browsers from honouring it).
fn back(place: &Place, outcome: Result<&str, AppError>) -> Response {
    let which = place.which.as_ref().map(|q| format!("&audio_for={q}")).unwrap_or_default();
    see_other(match outcome {
        Ok(done) => format!("{}?audio={done}{which}#{}", place.page, place.anchor),
        Err(error) => format!("{}?audio_error={}{which}", place.page, error.key()),
    })
}

/// The target named in the query, if the signed-in person may change its recordings.
async fn permitted(db: &DatabaseConnection, raw: &str, actor: Option<&Actor>) -> Result<Place, AppError> {
    let target = Target::parse(raw).ok_or(AppError::BadRequest)?;
    let place = service::place(db, target).await?;
    match actor {
        None => Err(AppError::Unauthenticated),
        Some(_) if !service::may_edit(&place, actor) => Err(AppError::Forbidden),
        Some(_) => Ok(place),
    }
}

/// `POST /media/audio?target=…`: a recording (`file`), its language (`lang`) and its transcript.
async fn upload(Extension(db): Extension<DatabaseConnection>, Query(query): Query<TargetQuery>, req: Request) -> Response {
    let locale = req.extensions().get::<Locale>().copied().unwrap_or_default();
    // Who sent it, for the page that shows a refusal.
    let extensions = req.extensions().clone();
    let actor = req.extensions().get::<Actor>().cloned();
    let place = match permitted(&db, &query.target, actor.as_ref()).await {
        Ok(place) => place,
        Err(error) => return error_page(error, locale),
    };
    let Some(actor) = actor else { return error_page(AppError::Unauthenticated, locale) };
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_DRAINED) {
        // Refused before a byte of it is read; the connection closes after the answer.
        let error = AppError::Invalid(crate::core::Invalid::AudioTooLarge);
        return crate::state::form_again(error, place.page.clone(), vec![("target".to_owned(), query.target)], extensions);
    }
    let (upload, problem) = read_upload(req).await;
    let outcome = match problem {
        Some(error) => Err(error),
        None => {
            tracing::info!(target = %place.target.key(), lang = %upload.lang, bytes = upload.bytes.len(), "audio upload");
            service::attach(&db, &place, &actor, Upload { bytes: upload.bytes, lang: upload.lang.clone(), transcript: upload.transcript.clone() }).await
        }
    };
    match outcome {
        Ok(()) => back(&place, Ok("saved")),
        // The page again, with the error and what was typed (the file has to be chosen again).
        Err(error) => crate::state::form_again(
            error,
            place.page.clone(),
            vec![("target".to_owned(), query.target), ("lang".to_owned(), upload.lang), ("transcript".to_owned(), upload.transcript)],
            extensions,
        ),
    }
}

/// Reads the multipart form, counting bytes: past the limit the rest is read and dropped, so
/// the browser gets the answer rather than a broken connection. Returns what could be read
/// (the typed fields, for the page that shows the error) and the first problem.
async fn read_upload(req: Request) -> (Upload, Option<AppError>) {
    use crate::core::Invalid;
    let mut upload = Upload { lang: String::new(), transcript: String::new(), bytes: Vec::new() };
    let Ok(mut form) = Multipart::from_request(req, &()).await else { return (upload, Some(AppError::BadRequest)) };
    let mut total: u64 = 0;
    let mut problem = None;
    loop {
        let mut field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => return (upload, Some(AppError::BadRequest)),
        };
        let name = field.name().unwrap_or_default().to_owned();
        let mut text = Vec::new();
        loop {
            let chunk = match field.chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break,
                Err(_) => return (upload, Some(AppError::BadRequest)),
            };
            total += chunk.len() as u64;
            let over = match name.as_str() {
                _ if total > MAX_REQUEST => true,
                "file" if upload.bytes.len() + chunk.len() <= audio::MAX_BYTES => {
                    upload.bytes.extend_from_slice(&chunk);
                    false
                }
                "file" => true,
                "lang" | "transcript" if text.len() + chunk.len() <= MAX_FIELD => {
                    text.extend_from_slice(&chunk);
                    false
                }
                "lang" | "transcript" => {
                    problem.get_or_insert(AppError::Invalid(Invalid::TooLong));
                    false
                }
                _ => false,
            };
            if over {
                problem.get_or_insert(AppError::Invalid(Invalid::AudioTooLarge));
            }
        }
        let text = String::from_utf8_lossy(&text).into_owned();
        match name.as_str() {
            "lang" => upload.lang = text.trim().to_owned(),
            "transcript" => upload.transcript = text,
            _ => {}
        }
    }
    (upload, problem)
}

#[derive(serde::Deserialize)]
struct RemoveForm {
    lang: String,
}

/// `POST /media/audio/remove?target=…`: removes the recording in `lang`.
async fn remove(Extension(db): Extension<DatabaseConnection>, Query(query): Query<TargetQuery>, req: Request) -> Response {
    let locale = req.extensions().get::<Locale>().copied().unwrap_or_default();
    let actor = req.extensions().get::<Actor>().cloned();
    let place = match permitted(&db, &query.target, actor.as_ref()).await {
        Ok(place) => place,
        Err(error) => return error_page(error, locale),
    };
    let Ok(Form(form)) = Form::<RemoveForm>::from_request(req, &()).await else {
        return error_page(AppError::BadRequest, locale);
    };
    back(&place, service::remove(&db, &place, &form.lang).await.map(|()| "removed"))
}

/// `GET /media/audio/{id}`: the recording, whole or the one range asked for. A recording never
/// changes (a new one gets a new id), so browsers keep it for a year.
async fn serve(Extension(db): Extension<DatabaseConnection>, Path(id): Path<String>, headers: HeaderMap, req: Request) -> Response {
    let locale = req.extensions().get::<Locale>().copied().unwrap_or_default();
    let Ok(id) = id.parse::<i32>() else { return error_page(AppError::NotFound, locale) };
    let (mime, sha256, bytes) = match service::bytes(&db, id).await {
        Ok(found) => found,
        Err(error) => return error_page(error, locale),
    };
    let etag = format!("\"{sha256}\"");
    let mut response = if headers.get(header::IF_NONE_MATCH).is_some_and(|v| v.as_bytes() == etag.as_bytes()) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let len = bytes.len();
        match audio::byte_range(headers.get(header::RANGE).and_then(|v| v.to_str().ok()), len) {
            RangeAnswer::Whole => (StatusCode::OK, Body::from(bytes)).into_response(),
            RangeAnswer::Part(range) => {
                let content_range = format!("bytes {}-{}/{len}", range.start, range.end - 1);
                let part = bytes.get(range).map(<[u8]>::to_vec).unwrap_or_default();
                (StatusCode::PARTIAL_CONTENT, [(header::CONTENT_RANGE, content_range)], Body::from(part)).into_response()
            }
            RangeAnswer::Unsatisfiable => (StatusCode::RANGE_NOT_SATISFIABLE, [(header::CONTENT_RANGE, format!("bytes */{len}"))]).into_response(),
        }
    };
    let h = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, mime.as_str()),
        (header::ACCEPT_RANGES, "bytes"),
        (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        (header::CONTENT_DISPOSITION, "inline"),
        (header::ETAG, etag.as_str()),
    ] {
        if let Ok(value) = HeaderValue::from_str(value) {
            h.insert(name, value);
        }
    }
    response
}
