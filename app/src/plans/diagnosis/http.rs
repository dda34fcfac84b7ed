//! The spreadsheet upload of the local diagnosis: a plain multipart form that works without
//! JavaScript. State, parse, permit, one service call, then the preview (a redirect); a refused
//! file comes back on the diagnosis page with its error.

use axum::{
    Extension, Router,
    extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::post,
};
use sea_orm::DatabaseConnection;

use super::import::MAX_FILE;
use crate::{
    accounts::{
        model::Actor,
        roles::{Action, can},
    },
    core::{AppError, Invalid},
    i18n::Locale,
};

/// Largest request read to its end: a bigger file is refused as too large once this much has
/// arrived; up to it, the rest of a too-large file is read and dropped, so the browser gets the
/// answer instead of a closed connection.
const DRAINED: usize = 64 * 1024 * 1024;

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new().route("/plans/{plan}/diagnosis/import", post(upload).layer(DefaultBodyLimit::max(DRAINED)))
}

/// What the form sent.
#[derive(Default)]
struct UploadForm {
    file: Vec<u8>,
    file_name: String,
    once: String,
    too_large: bool,
}

fn unreadable(e: &axum::extract::multipart::MultipartError) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE { Invalid::ImportTooLarge.into() } else { Invalid::ImportNotCsv.into() }
}

async fn read_form(req: Request) -> Result<UploadForm, AppError> {
    let mut form = UploadForm::default();
    let mut multipart = Multipart::from_request(req, &()).await.map_err(|_| AppError::BadRequest)?;
    while let Some(mut field) = multipart.next_field().await.map_err(|e| unreadable(&e))? {
        match field.name().unwrap_or_default() {
            "file" => {
                form.file_name = field.file_name().unwrap_or_default().to_owned();
                while let Some(chunk) = field.chunk().await.map_err(|e| unreadable(&e))? {
                    if form.file.len() + chunk.len() > MAX_FILE {
                        form.too_large = true;
                        form.file.clear();
                    } else if !form.too_large {
                        form.file.extend_from_slice(&chunk);
                    }
                }
            }
            "once" => form.once = field.text().await.map_err(|e| unreadable(&e))?.chars().take(100).collect(),
            _ => {}
        }
    }
    Ok(form)
}

/// `POST /plans/{plan}/diagnosis/import`: keeps the file and shows what it would import.
async fn upload(Extension(db): Extension<DatabaseConnection>, Path(plan): Path<String>, req: Request) -> Response {
    let locale = req.extensions().get::<Locale>().copied().unwrap_or_default();
    let extensions = req.extensions().clone();
    let Some(actor) = req.extensions().get::<Actor>().cloned() else {
        return crate::state::error_response(AppError::Unauthenticated, locale);
    };
    let plan_row = match super::super::drafting::service::plan_by_slug(&db, &plan).await {
        Ok(row) => row,
        Err(e) => return crate::state::error_response(e, locale),
    };
    if !can(Some(&actor.grants), Action::EditPlanContent { plan_id: plan_row.id }) {
        return crate::state::error_response(AppError::Forbidden, locale);
    }
    let refused = |error: AppError| {
        let echo = vec![("form".to_owned(), "import".to_owned())];
        crate::state::form_again(error, format!("/plans/{plan}/diagnosis"), echo, extensions.clone())
    };
    let outcome = match read_form(req).await {
        Ok(form) if form.too_large => Err(Invalid::ImportTooLarge.into()),
        Ok(form) => {
            crate::once::run(&db, &form.once, actor.user_id, || async {
                let id = super::service::stage(&db, plan_row, actor.user_id, &form.file_name, &form.file).await?;
                Ok(format!("/plans/{plan}/diagnosis/import/{id}"))
            })
            .await
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok(to) => (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response(),
        Err(e @ AppError::Invalid(_)) => refused(e),
        Err(e) => crate::state::error_response(e, locale),
    }
}
