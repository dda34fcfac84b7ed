//! Forms that create something are acted on once. Such a form carries [`OnceField`], a random
//! token made when the page is rendered (these are signed-in pages, never cached). The server
//! function runs its work through [`run`]: the first post with a token does the work and records
//! where it led; any later post with the same token — a double click without JavaScript, the
//! browser re-sending a form after a lost answer — is sent to the same place and creates nothing.
//! A failed attempt forgets its token, so the corrected form can be sent again. Tokens live a day
//! (the hourly housekeeping deletes older ones).

use leptos::prelude::*;

/// The form field that carries the token.
pub const FIELD: &str = "once";

/// The hidden field with a new token.
#[component]
pub fn OnceField() -> impl IntoView {
    view! { <input type="hidden" name=FIELD value=token()/> }
}

#[cfg(feature = "ssr")]
fn token() -> String {
    crate::secrets::random_token()
}

#[cfg(not(feature = "ssr"))]
fn token() -> String {
    String::new()
}

#[cfg(feature = "ssr")]
pub use ssr::{purge, run};

#[cfg(feature = "ssr")]
mod ssr {
    use std::future::Future;

    use sea_orm::{
        ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
        sea_query::OnConflict,
    };

    use crate::{
        core::{AppError, Invalid},
        entity::form_once,
    };

    /// How long a second post waits for the first one to say where it led.
    const WAIT: std::time::Duration = std::time::Duration::from_millis(100);
    const WAITS: u32 = 50;

    /// Does `work` (which answers where its result is) once for `token` sent by `user`; a repeat
    /// answers the first one's place. A token that is not one of ours is refused before any work.
    pub async fn run<F, Fut>(
        db: &DatabaseConnection,
        token: &str,
        user: i32,
        work: F,
    ) -> Result<String, AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<String, AppError>>,
    {
        if token.len() != 43
            || !token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(AppError::Invalid(Invalid::FormInvalid));
        }
        let row = form_once::ActiveModel {
            token: Set(token.to_owned()),
            user_id: Set(user),
            location: Set(None),
            created_at: Set(chrono::Utc::now()),
        };
        let inserted = form_once::Entity::insert(row)
            .on_conflict(
                OnConflict::column(form_once::Column::Token)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
        if inserted == 0 {
            return earlier(db, token, user).await;
        }
        match work().await {
            Ok(location) => {
                form_once::Entity::update_many()
                    .col_expr(
                        form_once::Column::Location,
                        sea_orm::sea_query::Expr::value(location.clone()),
                    )
                    .filter(form_once::Column::Token.eq(token))
                    .exec(db)
                    .await?;
                Ok(location)
            }
            Err(error) => {
                form_once::Entity::delete_by_id(token.to_owned())
                    .exec(db)
                    .await?;
                Err(error)
            }
        }
    }

    /// Where the first post with `token` led, once it has finished. If it failed meanwhile (its
    /// token is gone) or takes too long, the repeat is refused: it did nothing.
    async fn earlier(db: &DatabaseConnection, token: &str, user: i32) -> Result<String, AppError> {
        for _ in 0..WAITS {
            match form_once::Entity::find_by_id(token.to_owned())
                .one(db)
                .await?
            {
                Some(row) if row.user_id != user => {
                    return Err(AppError::Invalid(Invalid::FormInvalid));
                }
                Some(form_once::Model {
                    location: Some(location),
                    ..
                }) => return Ok(location),
                Some(_) => tokio::time::sleep(WAIT).await,
                None => break,
            }
        }
        Err(AppError::Invalid(Invalid::FormSentTwice))
    }

    /// Forgets tokens older than a day.
    pub async fn purge(
        db: &DatabaseConnection,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<u64, sea_orm::DbErr> {
        Ok(form_once::Entity::delete_many()
            .filter(form_once::Column::CreatedAt.lt(now - chrono::Duration::days(1)))
            .exec(db)
            .await?
            .rows_affected)
    }
}
