//! Stopping notification emails without signing in: every notification carries a link (and a
//! `List-Unsubscribe` header, RFC 8058) with a token that names the account and is signed with
//! the server's key, so it cannot be forged or pointed at someone else. Opening it shows a page
//! with one button; a mail client's one-click POST to the same address needs no page. Either turns
//! the account's email notifications off; nothing else can be done with the token.

use axum::{
    Extension, Router,
    extract::Path,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::post,
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};

use crate::{
    core::{AppError, Invalid},
    entity::users,
    secrets::hash_parts,
};

fn signature(user_id: i32) -> String {
    hash_parts(&[b"unsubscribe", user_id.to_string().as_bytes()])
}

/// The token for account `user_id`: its id and the server's signature of it.
pub fn token(user_id: i32) -> String {
    format!("{user_id}.{}", signature(user_id))
}

/// The account a token names, if the signature is the server's.
pub fn verify(token: &str) -> Option<i32> {
    let (id, mac) = token.split_once('.')?;
    let id: i32 = id.parse().ok()?;
    let expected = signature(id);
    // Compared in constant time: the signature is the secret part.
    (expected.len() == mac.len() && expected.bytes().zip(mac.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0).then_some(id)
}

/// The address that stops notifications for account `user_id`.
pub fn url(public_url: &str, user_id: i32) -> String {
    format!("{}/unsubscribe/{}", public_url.trim_end_matches('/'), token(user_id))
}

/// Turns off the email notifications of the account `token` names.
pub async fn stop_emails(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    let user = verify(token).ok_or(AppError::Invalid(Invalid::LinkInvalid))?;
    users::Entity::update_many().col_expr(users::Column::NotifyEmail, Expr::value(false)).filter(users::Column::Id.eq(user)).exec(db).await?;
    Ok(())
}

/// The one-click POST of RFC 8058 (what mail clients send; any body).
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new().route("/unsubscribe/{token}", post(one_click))
}

async fn one_click(Extension(db): Extension<DatabaseConnection>, Path(token): Path<String>) -> Response {
    match stop_emails(&db, &token).await {
        Ok(()) => (StatusCode::OK, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "unsubscribed\n").into_response(),
        Err(AppError::Invalid(_)) => StatusCode::BAD_REQUEST.into_response(),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}
