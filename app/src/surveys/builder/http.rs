//! The builder's plain HTTP endpoints: the survey file to download, and the import of one (a
//! multipart form with the file, which works without JavaScript). Each: state, parse, permit,
//! one service call, then the file or a redirect; a refused import comes back on the new-survey
//! page with its error and what was typed.

use axum::{
    Extension, Router,
    extract::{FromRequest, Multipart, Path, Request},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::transfer::{self, MAX_FILE};
use crate::{
    accounts::{
        model::Actor,
        roles::{Action, can},
    },
    core::{AppError, Invalid},
    entity::plans,
    i18n::Locale,
    downloads::attachment,
    surveys::http::exportable,
};

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/plans/{plan}/surveys/{survey}/survey.json", get(download))
        .route("/plans/{plan}/surveys/import", post(import))
}

fn locale_of(req: &Request) -> Locale {
    req.extensions().get::<Locale>().copied().unwrap_or_default()
}

/// `GET …/survey.json`: the survey's file, to import elsewhere or keep.
async fn download(Extension(db): Extension<DatabaseConnection>, Path((plan, slug)): Path<(String, String)>, req: Request) -> Response {
    let locale = locale_of(&req);
    let survey = match exportable(&db, &plan, &slug, req.extensions().get::<Actor>()).await {
        Ok(s) => s,
        Err(e) => return crate::state::error_response(e, locale),
    };
    match serde_json::to_vec_pretty(&transfer::file_of(&survey)) {
        Ok(bytes) => attachment("application/json", format!("{slug}.survey.json"), bytes.into()),
        Err(_) => crate::state::error_response(AppError::Internal, locale),
    }
}

/// What the import form sent.
#[derive(Default)]
struct ImportForm {
    file: Vec<u8>,
    slug: String,
    title: String,
    once: String,
}

/// Reads the import form; a file over [`MAX_FILE`] is refused as not a survey file.
async fn read_form(req: Request) -> Result<ImportForm, (ImportForm, AppError)> {
    let mut form = ImportForm::default();
    let Ok(mut multipart) = Multipart::from_request(req, &()).await else { return Err((form, AppError::BadRequest)) };
    let mut problem = None;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            // Past the request's size limit, among others: no form to read.
            Err(_) => return Err((form, AppError::Invalid(Invalid::SurveyFileInvalid))),
        };
        let name = field.name().unwrap_or_default().to_owned();
        let Ok(bytes) = field.bytes().await else { return Err((form, AppError::Invalid(Invalid::SurveyFileInvalid))) };
        let text = || String::from_utf8_lossy(&bytes).chars().take(200).collect::<String>();
        match name.as_str() {
            "file" if bytes.len() > MAX_FILE => problem = Some(AppError::Invalid(Invalid::SurveyFileInvalid)),
            "file" => form.file = bytes.to_vec(),
            "slug" => form.slug = text(),
            "title" => form.title = text(),
            "once" => form.once = text(),
            _ => {}
        }
    }
    match problem {
        Some(e) => Err((form, e)),
        None => Ok(form),
    }
}

/// `POST /plans/{plan}/surveys/import`: a new draft survey from a survey file, then its builder.
async fn import(Extension(db): Extension<DatabaseConnection>, Path(plan): Path<String>, req: Request) -> Response {
    let locale = locale_of(&req);
    let extensions = req.extensions().clone();
    let Some(actor) = req.extensions().get::<Actor>().cloned() else {
        return crate::state::error_response(AppError::Unauthenticated, locale);
    };
    let plan_row = match plans::Entity::find().filter(plans::Column::Slug.eq(plan.as_str())).one(&db).await {
        Ok(Some(row)) => row,
        Ok(None) => return crate::state::error_response(AppError::NotFound, locale),
        Err(e) => return crate::state::error_response(e.into(), locale),
    };
    if !can(Some(&actor.grants), Action::ManageSurveys { plan_id: plan_row.id }) {
        return crate::state::error_response(AppError::Forbidden, locale);
    }
    let page = format!("/plans/{plan}/surveys/new");
    let refused = |error: AppError, form: &ImportForm| {
        let echo = vec![("form".to_owned(), "import".to_owned()), ("slug".to_owned(), form.slug.clone()), ("title".to_owned(), form.title.clone())];
        crate::state::form_again(error, page.clone(), echo, extensions.clone())
    };
    let form = match read_form(req).await {
        Ok(form) => form,
        Err((form, e)) => return refused(e, &form),
    };
    let outcome = crate::once::run(&db, &form.once, actor.user_id, || async {
        let file = transfer::read_file(&form.file).map_err(AppError::Invalid)?;
        let own = file.languages.first().cloned().unwrap_or_default();
        transfer::create_from_file(&db, &plan_row, file, &form.slug, &form.title, actor.user_id).await?;
        Ok(format!("/plans/{plan}/surveys/{}/edit?lang={own}&saved=1#settings", form.slug.trim()))
    })
    .await;
    match outcome {
        Ok(to) => (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response(),
        Err(e @ AppError::Invalid(_)) => refused(e, &form),
        Err(e) => crate::state::error_response(e, locale),
    }
}
