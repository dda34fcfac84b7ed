//! Surveys feature, plain HTTP endpoints beside the server functions: the answer form (its field
//! names depend on the survey, so it arrives as raw pairs, and it must work without JavaScript)
//! and the streamed exports. Each: state, parse, permit, one service call, then a redirect.

use axum::{
    Extension, Router,
    body::Body,
    extract::{Form, FromRequest, Path, Request},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{
    export,
    model::Access,
    service::{self, Outcome, Respondent, SectionPost, Step},
};
use crate::{
    accounts::model::Actor,
    core::AppError,
    entity::survey_responses,
    i18n::Locale,
    page_cache::{self, Changed},
    rate_limit,
    state::{ClientIp, ServerSettings, cookie_header, cookie_in},
};

/// Cookie holding the token of this browser's answers in progress for survey `id`.
pub fn draft_cookie(survey_id: i32) -> String {
    format!("ponte_draft_{survey_id}")
}

/// Cookie saying this browser has answered survey `id` (open surveys: one response per browser).
pub fn answered_cookie(survey_id: i32) -> String {
    format!("ponte_answered_{survey_id}")
}

/// Cookie carrying a fresh resume code to the page that shows it (10 minutes).
pub const RESUME_COOKIE: &str = "ponte_resume";
const YEAR: u64 = 365 * 24 * 3600;
/// Most fields one section may send.
const MAX_FIELDS: usize = 2_000;
/// Writes of answers in progress an address may make per response it may send (per hour).
const DRAFT_WRITES_PER_RESPONSE: u32 = 10;
/// Responses exported per database round trip.
const BATCH: u64 = 1_000;

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/plans/{plan}/surveys/{survey}/respond", post(respond))
        .route("/plans/{plan}/surveys/{survey}/resume", post(resume))
        .route("/plans/{plan}/surveys/{survey}/export.csv", get(export_csv))
        .route("/plans/{plan}/surveys/{survey}/export.json", get(export_json))
        .route("/s/{survey}", get(short_link))
}

/// `GET /s/12?code=…`: a slip's short address, sent on to the survey (with the code, if any).
async fn short_link(Extension(db): Extension<DatabaseConnection>, Path(survey): Path<String>, req: Request) -> Response {
    let locale = who(&req).locale;
    let Ok(id) = survey.parse::<i32>() else {
        return error_response(&AppError::NotFound, locale);
    };
    match service::short_link_target(&db, id).await {
        Ok(Some(to)) => {
            // A code is letters, digits and dashes: anything else in the address is dropped.
            let code: Option<String> = req
                .uri()
                .query()
                .and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("code=")))
                .map(|c| c.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(40).collect())
                .filter(|c: &String| !c.is_empty());
            let to = match code {
                Some(code) => format!("{to}?code={code}"),
                None => to,
            };
            see_other(&to, vec![])
        }
        Ok(None) => error_response(&AppError::NotFound, locale),
        Err(e) => error_response(&e, locale),
    }
}

fn survey_path(plan: &str, survey: &str) -> String {
    format!("/plans/{plan}/surveys/{survey}")
}

fn see_other(location: &str, cookies: Vec<String>) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, location.to_owned())]).into_response();
    for c in cookies {
        if let Ok(value) = HeaderValue::from_str(&c) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Tells the page cache what this post changed (see `crate::page_cache`).
fn declare(mut response: Response, changed: Changed) -> Response {
    let (name, value) = page_cache::changed_header(changed);
    response.headers_mut().insert(name, value);
    response
}

fn unchanged(response: Response) -> Response {
    declare(response, Changed::Nothing)
}

/// An error as the site's translated error page (for what a redirect cannot explain).
fn error_response(error: &AppError, locale: Locale) -> Response {
    crate::state::error_response(error.clone(), locale)
}

struct Who {
    locale: Locale,
    actor: Option<Actor>,
    ip: Option<ClientIp>,
}

fn who(req: &Request) -> Who {
    Who {
        locale: req.extensions().get::<Locale>().copied().unwrap_or_default(),
        actor: req.extensions().get::<Actor>().cloned(),
        ip: req.extensions().get::<ClientIp>().copied(),
    }
}

/// `POST …/respond`: one section of answers, and which button was pressed.
async fn respond(
    Extension(db): Extension<DatabaseConnection>,
    Extension(settings): Extension<ServerSettings>,
    Path((plan, slug)): Path<(String, String)>,
    headers: HeaderMap,
    req: Request,
) -> Response {
    let Who { locale, actor, ip } = who(&req);
    let Form(pairs): Form<Vec<(String, String)>> = match Form::from_request(req, &()).await {
        Ok(form) => form,
        Err(_) => return error_response(&AppError::BadRequest, locale),
    };
    let base = survey_path(&plan, &slug);
    let survey = match service::load(&db, &plan, &slug).await {
        Ok(s) => s,
        Err(e) => return error_response(&e, locale),
    };
    let grants = actor.as_ref().map(|a| a.grants.as_slice());
    if let Err(e) = service::visible_to(&survey, grants) {
        return error_response(&e, locale);
    }
    if pairs.len() > MAX_FIELDS {
        return error_response(&AppError::BadRequest, locale);
    }
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    // A form sent without naming its button (Enter in some browsers, assistive tools) did what
    // the default button, "Next", does.
    let Some(step) = field("_action").map_or(Some(Step::Next), Step::parse) else {
        return error_response(&AppError::BadRequest, locale);
    };
    let post = SectionPost {
        section: field("_section").and_then(|s| s.parse().ok()).unwrap_or(0),
        step,
        shown: field("_shown").unwrap_or_default().split_whitespace().map(str::to_owned).collect(),
        values: pairs.iter().filter(|(k, _)| k.starts_with("q.")).cloned().collect(),
    };
    let draft_name = draft_cookie(survey.row.id);
    let draft = match cookie_in(&headers, &draft_name) {
        Some(token) => match service::find_draft(&db, survey.row.id, &token).await {
            Ok(d) => d,
            Err(e) => return error_response(&e, locale),
        },
        None => None,
    };
    let respondent = Respondent {
        user_id: actor.as_ref().map(|a| a.user_id),
        grants: actor.as_ref().map(|a| a.grants.clone()),
        browser_answered: cookie_in(&headers, &answered_cookie(survey.row.id)).is_some(),
    };
    // Open surveys: a limit per address, counted when a response is about to be stored.
    let assisted = draft.as_ref().is_some_and(|d| d.row.assisted_by.is_some());
    let last = post.step == Step::Next && post.section + 1 >= survey.definition.sections.len();
    let limited = survey.access == Access::Open && !assisted && last && settings.survey_responses_per_hour > 0;
    if let Some(ip) = ip.filter(|_| limited) {
        let key = format!("survey:{}:ip:{}", survey.row.id, ip.0);
        let limit = i32::try_from(settings.survey_responses_per_hour).unwrap_or(i32::MAX);
        match rate_limit::hit(&db, &key, limit, std::time::Duration::from_secs(3600)).await {
            Ok(true) => {}
            Ok(false) => return unchanged(see_other(&format!("{base}?error={}", AppError::RateLimited.key()), vec![])),
            Err(e) => return error_response(&e.into(), locale),
        }
    }
    // Every other step writes answers in progress: a limit per address keeps anyone from
    // filling the disk with them (ten times the responses an address may send).
    if let Some(ip) = ip.filter(|_| !last && !assisted && settings.survey_responses_per_hour > 0) {
        let key = format!("survey:{}:drafts:ip:{}", survey.row.id, ip.0);
        let limit = i32::try_from(settings.survey_responses_per_hour.saturating_mul(DRAFT_WRITES_PER_RESPONSE)).unwrap_or(i32::MAX);
        match rate_limit::hit(&db, &key, limit, std::time::Duration::from_secs(3600)).await {
            Ok(true) => {}
            Ok(false) => return unchanged(see_other(&format!("{base}?error={}", AppError::RateLimited.key()), vec![])),
            Err(e) => return error_response(&e.into(), locale),
        }
    }
    let secure = settings.cookie_secure;
    let keep_draft = |token: Option<String>| token.map(|t| cookie_header(&draft_name, &t, service::DRAFT_TTL_DAYS as u64 * 24 * 3600, secure));
    let outcome = service::answer(&db, &survey, draft, post, &respondent, locale).await;
    // Only a stored response changes a public page (the results); drafts are private.
    let changed = if matches!(outcome, Ok(Outcome::Submitted { .. } | Outcome::Corrected { changed: true, .. })) { Changed::Answers } else { Changed::Nothing };
    let response = match outcome {
        Ok(Outcome::Section { section, token, lang }) => {
            let lang = lang.map(|l| format!("&lang={}", l.tag())).unwrap_or_default();
            see_other(&format!("{base}/answer?section={section}{lang}"), keep_draft(token).into_iter().collect())
        }
        Ok(Outcome::Saved { resume_code, token }) => {
            let mut cookies: Vec<String> = keep_draft(token).into_iter().collect();
            cookies.push(cookie_header(RESUME_COOKIE, &resume_code, 600, secure));
            see_other(&format!("{base}/saved"), cookies)
        }
        Ok(Outcome::Submitted { assisted }) => {
            let mut cookies = vec![cookie_header(&draft_name, "", 0, secure)];
            if assisted {
                return see_other(&format!("{base}?entered=1"), cookies);
            }
            if survey.access == Access::Open {
                cookies.push(cookie_header(&answered_cookie(survey.row.id), "1", YEAR, secure));
            }
            see_other(&format!("{base}/thanks"), cookies)
        }
        Ok(Outcome::Corrected { response, changed }) => {
            let said = if changed { "corrected" } else { "unchanged" };
            see_other(&format!("{base}/responses/{response}?{said}=1#notice"), vec![cookie_header(&draft_name, "", 0, secure)])
        }
        Err(AppError::NotFound) => error_response(&AppError::NotFound, locale),
        Err(e @ (AppError::Invalid(_) | AppError::Unauthenticated | AppError::Forbidden | AppError::RateLimited)) => {
            see_other(&format!("{base}?error={}", e.key()), vec![])
        }
        Err(e) => error_response(&e, locale),
    };
    declare(response, changed)
}

#[derive(serde::Deserialize)]
struct ResumeForm {
    code: String,
}

/// `POST …/resume`: continues answers saved with a resume code (on this or another device).
/// A wrong code is answered with the survey's page again: its error, and the code as typed.
async fn resume(
    Extension(db): Extension<DatabaseConnection>,
    Extension(settings): Extension<ServerSettings>,
    Path((plan, slug)): Path<(String, String)>,
    req: Request,
) -> Response {
    let Who { locale, actor, ip } = who(&req);
    let extensions = req.extensions().clone();
    let Ok(Form(form)) = Form::<ResumeForm>::from_request(req, &()).await else {
        return error_response(&AppError::BadRequest, locale);
    };
    let base = survey_path(&plan, &slug);
    let survey = match service::load(&db, &plan, &slug).await {
        Ok(s) => s,
        Err(e) => return error_response(&e, locale),
    };
    if let Err(e) = service::visible_to(&survey, actor.as_ref().map(|a| a.grants.as_slice())) {
        return error_response(&e, locale);
    }
    let found = match service::limit_code_tries(&db, "resume", ip).await {
        Ok(()) => service::resume(&db, &survey, &form.code).await,
        Err(e) => Err(e),
    };
    let response = match found {
        Ok(token) => {
            let cookie = cookie_header(&draft_cookie(survey.row.id), &token, service::DRAFT_TTL_DAYS as u64 * 24 * 3600, settings.cookie_secure);
            see_other(&format!("{base}/answer"), vec![cookie])
        }
        Err(e @ (AppError::Invalid(_) | AppError::RateLimited)) => {
            crate::state::form_again(e, base, vec![("form".to_owned(), "resume".to_owned()), ("code".to_owned(), form.code)], extensions)
        }
        Err(e) => error_response(&e, locale),
    };
    unchanged(response)
}

/// Loads the survey and checks the reader may export it.
pub(super) async fn exportable(db: &DatabaseConnection, plan: &str, slug: &str, actor: Option<&Actor>) -> Result<service::Survey, AppError> {
    let survey = service::load(db, plan, slug).await?;
    let actor = actor.ok_or(AppError::Unauthenticated)?;
    if !survey.can_manage(Some(&actor.grants)) {
        return Err(AppError::Forbidden);
    }
    Ok(survey)
}

async fn fetch(db: &DatabaseConnection, survey_id: i32, after: i64) -> Result<Vec<export::Row>, std::io::Error> {
    let rows = survey_responses::Entity::find()
        .filter(survey_responses::Column::SurveyId.eq(survey_id))
        .filter(survey_responses::Column::Id.gt(after))
        .order_by_asc(survey_responses::Column::Id)
        .limit(BATCH)
        .all(db)
        .await
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(rows
        .into_iter()
        .map(|r| export::Row {
            id: r.id,
            submitted_on: r.submitted_on,
            lang: r.lang,
            channel: r.channel,
            interview_lang: r.interview_lang,
            answers: r.answers,
        })
        .collect())
}

/// A stream of the survey's responses, a batch at a time, each batch turned into bytes by
/// `render` (told whether it is the first batch). Memory stays at one batch.
fn batches(
    db: DatabaseConnection,
    survey_id: i32,
    render: impl Fn(&[export::Row], bool) -> Vec<u8> + Send + Sync + 'static,
) -> impl futures::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static {
    let render = std::sync::Arc::new(render);
    crate::downloads::batched(move |after, first| {
        let (db, render) = (db.clone(), render.clone());
        async move {
            let rows = fetch(&db, survey_id, after).await?;
            let last = ((rows.len() as u64) >= BATCH).then(|| rows.last().map_or(after, |r| r.id));
            Ok((render(&rows, first), last))
        }
    })
}

/// `GET …/export.csv`: every response, one row each, streamed.
async fn export_csv(Extension(db): Extension<DatabaseConnection>, Path((plan, slug)): Path<(String, String)>, req: Request) -> Response {
    let Who { locale, actor, .. } = who(&req);
    let survey = match exportable(&db, &plan, &slug, actor.as_ref()).await {
        Ok(s) => s,
        Err(e) => return error_response(&e, locale),
    };
    let default_lang = survey.default_lang().to_owned();
    let definition = survey.definition.clone();
    let header_row = export::csv_header(&definition, locale, &default_lang);
    let stream = batches(db, survey.row.id, move |rows, first| {
        let mut out = Vec::new();
        if first {
            out.extend_from_slice(export::BOM.as_bytes());
            export::write_csv(&mut out, std::slice::from_ref(&header_row));
        }
        let cells: Vec<Vec<String>> = rows.iter().map(|r| export::csv_cells(&definition, r, locale, &default_lang)).collect();
        export::write_csv(&mut out, &cells);
        out
    });
    crate::downloads::attachment("text/csv; charset=utf-8", format!("{slug}.csv"), Body::from_stream(stream))
}

/// `GET …/export.json`: the survey's definition and every response, streamed.
async fn export_json(Extension(db): Extension<DatabaseConnection>, Path((plan, slug)): Path<(String, String)>, req: Request) -> Response {
    let Who { locale, actor, .. } = who(&req);
    let survey = match exportable(&db, &plan, &slug, actor.as_ref()).await {
        Ok(s) => s,
        Err(e) => return error_response(&e, locale),
    };
    let head = format!(
        "{{\"plan\":{},\"survey\":{},\"definition\":{},\"responses\":[",
        serde_json::Value::from(plan.as_str()),
        serde_json::Value::from(slug.as_str()),
        survey.row.definition
    );
    let rows = batches(db, survey.row.id, move |rows, first| {
        let mut out = String::new();
        if first {
            out.push_str(&head);
        }
        for (i, row) in rows.iter().enumerate() {
            if !(first && i == 0) {
                out.push(',');
            }
            out.push_str(&export::json_row(row));
        }
        out.into_bytes()
    });
    let tail = futures::stream::once(async { Ok::<_, std::io::Error>(b"]}".to_vec()) });
    use futures::StreamExt;
    crate::downloads::attachment("application/json", format!("{slug}.json"), Body::from_stream(rows.chain(tail)))
}
