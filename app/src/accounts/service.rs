//! Accounts, server side: sign-in tokens (link + code) by email, users, sessions.
//!
//! Secrets (link tokens, codes, session tokens) are random, sent or set once, and stored only as
//! keyed hashes ([`crate::secrets`]). A sign-in request answers the same whether or not the address has an account:
//! signing in with an unknown address creates the account.

use std::time::Duration;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::Utc;
use rand::{Rng, RngCore};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    JoinType, QueryFilter, QueryOrder, QuerySelect, QueryTrait, RelationTrait,
    sea_query::{Expr, ExprTrait},
};

use super::{
    domain::{EmailAddress, SignInCode},
    model::Actor,
    roles::{Grant, Role},
};
use crate::writes::BeginWrite;
use crate::{
    core::{AppError, Invalid},
    entity::{role_grants, sessions, sign_in_tokens, users},
    i18n::Locale,
    mail,
};

/// How long a sign-in link and code stay valid.
pub const SIGN_IN_TTL: Duration = Duration::from_secs(15 * 60);
/// How long a session lasts without signing in again.
pub const SESSION_TTL: Duration = Duration::from_secs(30 * 24 * 60 * 60);
/// Wrong codes allowed per sign-in email before it stops working.
pub const MAX_CODE_ATTEMPTS: i32 = 5;

pub use crate::secrets::hash;

fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn random_code() -> String {
    format!("{:06}", rand::rng().random_range(0..1_000_000u32))
}

fn code_hash(link_hash: &str, code: &str) -> String {
    hash(&format!("{link_hash}:{code}"))
}

fn later(d: Duration) -> chrono::DateTime<Utc> {
    Utc::now() + chrono::Duration::from_std(d).unwrap_or(chrono::Duration::minutes(15))
}

/// The link and code of one sign-in email (returned for tests and the email only).
#[derive(Debug)]
pub struct SignInSecrets {
    pub link_token: String,
    pub code: String,
}

/// Creates a sign-in link and code for `email` and queues the email, in `locale`. Earlier unused
/// links for the same address stop working.
pub async fn request_sign_in(
    db: &DatabaseConnection,
    email: &EmailAddress,
    locale: Locale,
    public_url: &str,
) -> Result<SignInSecrets, AppError> {
    let secrets = SignInSecrets { link_token: random_token(), code: random_code() };
    let link_hash = hash(&secrets.link_token);
    let now = Utc::now();
    let tx = db.begin_write().await?;
    sign_in_tokens::Entity::update_many()
        .col_expr(sign_in_tokens::Column::UsedAt, Expr::value(now))
        .filter(sign_in_tokens::Column::Email.eq(email.as_str()))
        .filter(sign_in_tokens::Column::UsedAt.is_null())
        .exec(&tx)
        .await?;
    sign_in_tokens::ActiveModel {
        email: Set(email.as_str().to_owned()),
        code_hash: Set(code_hash(&link_hash, &secrets.code)),
        link_hash: Set(link_hash),
        lang: Set(locale.tag().to_owned()),
        attempts: Set(0),
        created_at: Set(now),
        expires_at: Set(later(SIGN_IN_TTL)),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    let link = format!("{public_url}/sign-in/link/{}", secrets.link_token);
    mail::enqueue(&tx, sign_in_email(email.as_str(), locale, &link, &secrets.code)).await?;
    tx.commit().await?;
    Ok(secrets)
}

fn sign_in_email(to: &str, locale: Locale, link: &str, code: &str) -> mail::Email {
    let spaced = format!("{} {}", &code[..3], &code[3..]);
    mail::render(
        to,
        locale,
        "sign-in",
        mail::Content {
            subject: locale.t("accounts-email-subject"),
            paragraphs: vec![
                locale.t("accounts-email-intro"),
                locale.t_args("accounts-email-code", &[("code", spaced.into())]),
                locale.t("accounts-email-expiry"),
                locale.t("accounts-email-not-you"),
            ],
            action: Some((locale.t("accounts-email-button"), link.to_owned())),
            footer: locale.t("accounts-email-footer"),
        },
    )
}

/// A new session: the cookie token (shown once) and whose it is.
#[derive(Debug)]
pub struct NewSession {
    pub token: String,
    pub user_id: i32,
}

/// Signs in with the token of an emailed link. Expired, used and unknown links all fail the same.
pub async fn sign_in_with_link(db: &DatabaseConnection, token: &str) -> Result<NewSession, AppError> {
    if token.len() > 100 {
        return Err(AppError::Invalid(Invalid::LinkInvalid));
    }
    let tx = db.begin_write().await?;
    let row = sign_in_tokens::Entity::find()
        .filter(sign_in_tokens::Column::LinkHash.eq(hash(token)))
        .filter(sign_in_tokens::Column::UsedAt.is_null())
        .filter(sign_in_tokens::Column::ExpiresAt.gt(Utc::now()))
        .one(&tx)
        .await?
        .ok_or(AppError::Invalid(Invalid::LinkInvalid))?;
    let session = consume_and_start_session(&tx, &row).await?;
    tx.commit().await?;
    Ok(session)
}

/// Signs in with the code from the email, for someone who reads their mail on another device.
/// Each wrong code counts; after [`MAX_CODE_ATTEMPTS`] the sign-in email no longer works.
pub async fn sign_in_with_code(
    db: &DatabaseConnection,
    email: &EmailAddress,
    code: &SignInCode,
) -> Result<NewSession, AppError> {
    let tx = db.begin_write().await?;
    let row = sign_in_tokens::Entity::find()
        .filter(sign_in_tokens::Column::Email.eq(email.as_str()))
        .filter(sign_in_tokens::Column::UsedAt.is_null())
        .filter(sign_in_tokens::Column::ExpiresAt.gt(Utc::now()))
        .order_by_desc(sign_in_tokens::Column::Id)
        .one(&tx)
        .await?
        .ok_or(AppError::Invalid(Invalid::LinkInvalid))?;
    if row.attempts >= MAX_CODE_ATTEMPTS {
        return Err(AppError::Invalid(Invalid::TooManyAttempts));
    }
    if code_hash(&row.link_hash, code.as_str()) != row.code_hash {
        sign_in_tokens::Entity::update_many()
            .col_expr(sign_in_tokens::Column::Attempts, Expr::col(sign_in_tokens::Column::Attempts).add(1))
            .filter(sign_in_tokens::Column::Id.eq(row.id))
            .exec(&tx)
            .await?;
        tx.commit().await?;
        return Err(AppError::Invalid(if row.attempts + 1 >= MAX_CODE_ATTEMPTS {
            Invalid::TooManyAttempts
        } else {
            Invalid::CodeWrong
        }));
    }
    let session = consume_and_start_session(&tx, &row).await?;
    tx.commit().await?;
    Ok(session)
}

/// Marks the sign-in token used (only if nobody else did first), finds or creates the person, and
/// opens a session.
async fn consume_and_start_session(
    tx: &impl ConnectionTrait,
    token: &sign_in_tokens::Model,
) -> Result<NewSession, AppError> {
    let now = Utc::now();
    let consumed = sign_in_tokens::Entity::update_many()
        .col_expr(sign_in_tokens::Column::UsedAt, Expr::value(now))
        .filter(sign_in_tokens::Column::Id.eq(token.id))
        .filter(sign_in_tokens::Column::UsedAt.is_null())
        .exec(tx)
        .await?;
    if consumed.rows_affected != 1 {
        return Err(AppError::Invalid(Invalid::LinkInvalid));
    }
    let user = match users::Entity::find()
        .filter(users::Column::Email.eq(token.email.as_str()))
        .filter(users::Column::DeletedAt.is_null())
        .one(tx)
        .await?
    {
        Some(user) => user,
        None => {
            users::ActiveModel {
                email: Set(Some(token.email.clone())),
                display_name: Set(None),
                preferred_lang: Set(token.lang.clone()),
                notify_email: Set(true),
                created_at: Set(now),
                deleted_at: Set(None),
                ..Default::default()
            }
            .insert(tx)
            .await?
        }
    };
    let session_token = random_token();
    sessions::ActiveModel {
        token_hash: Set(hash(&session_token)),
        user_id: Set(user.id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(later(SESSION_TTL)),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(NewSession { token: session_token, user_id: user.id })
}

/// The person behind a session cookie, if the session is live and the account not deleted, with
/// the roles they hold now: one statement (every signed-in page pays it).
pub async fn actor(db: &impl ConnectionTrait, session_token: &str) -> Result<Option<Actor>, AppError> {
    type Row = (i32, i32, Option<String>, Option<String>, String, bool, Option<String>, Option<i32>, Option<i32>);
    if session_token.is_empty() || session_token.len() > 100 {
        return Ok(None);
    }
    let mut query = sessions::Entity::find()
        .select_only()
        .column(sessions::Column::Id)
        .column(users::Column::Id)
        .column(users::Column::Email)
        .column(users::Column::DisplayName)
        .column(users::Column::PreferredLang)
        .column(users::Column::NotifyEmail)
        .column(role_grants::Column::Role)
        .column(role_grants::Column::PlanId)
        .column(role_grants::Column::EntityId)
        .join(JoinType::InnerJoin, sessions::Relation::User.def())
        .filter(sessions::Column::TokenHash.eq(hash(session_token)))
        .filter(sessions::Column::ExpiresAt.gt(Utc::now()))
        .filter(users::Column::DeletedAt.is_null());
    QueryTrait::query(&mut query).left_join(
        role_grants::Entity,
        Condition::all()
            .add(Expr::col((role_grants::Entity, role_grants::Column::UserId)).equals((users::Entity, users::Column::Id)))
            .add(Expr::col((role_grants::Entity, role_grants::Column::RevokedAt)).is_null()),
    );
    let rows: Vec<Row> = query.into_tuple().all(db).await?;
    let Some((session_id, user_id, email, display_name, preferred_lang, notify_email, ..)) = rows.first().cloned() else {
        return Ok(None);
    };
    let grants = rows
        .into_iter()
        .filter_map(|(.., role, plan_id, entity_id)| Some(Grant { role: Role::from_key(&role?)?, plan_id, entity_id }))
        .collect();
    Ok(Some(Actor {
        user_id,
        session_id,
        email: email.unwrap_or_default(),
        display_name,
        preferred_lang,
        notify_email,
        grants,
    }))
}

/// The roles a person holds now (not revoked).
pub async fn live_grants(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<Grant>, AppError> {
    Ok(role_grants::Entity::find()
        .filter(role_grants::Column::UserId.eq(user_id))
        .filter(role_grants::Column::RevokedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|g| {
            Some(Grant { role: Role::from_key(&g.role)?, plan_id: g.plan_id, entity_id: g.entity_id })
        })
        .collect())
}

/// Ends one session.
pub async fn sign_out(db: &impl ConnectionTrait, session_id: i32) -> Result<(), AppError> {
    sessions::Entity::delete_by_id(session_id).exec(db).await?;
    Ok(())
}

/// Ends every session of a person, on every device.
pub async fn sign_out_everywhere(db: &impl ConnectionTrait, user_id: i32) -> Result<u64, AppError> {
    let result = sessions::Entity::delete_many().filter(sessions::Column::UserId.eq(user_id)).exec(db).await?;
    Ok(result.rows_affected)
}
