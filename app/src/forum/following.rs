//! Following threads, server side: follow (an email per new post, or a daily digest) or stop;
//! the emails to instant followers when someone replies (in the reply's transaction); and the
//! daily digests, which every app server looks for (`server/src/reminders.rs`) and each claims
//! follow by follow, so a digest goes once however many servers look. Emails are in the
//! reader's language, go through the outbox, and carry the one-click unsubscribe of
//! `crate::accounts::unsubscribe`; people who turned notifications off get none.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, JoinType, QueryFilter, QuerySelect,
    RelationDef,
    sea_query::{Expr, ExprTrait},
};

use super::{domain::FOLLOW_MODES, post_place};
use crate::writes::BeginWrite;
use crate::{
    accounts::model::Actor,
    core::{AppError, Invalid},
    entity::{forum_follows as follows, forum_threads as threads, plans, users},
    i18n::Locale,
    mail,
    moderation::ItemState,
};

/// A digest goes at most once in this long.
pub const DIGEST_EVERY: Duration = Duration::hours(24);

/// `actor` follows thread `thread` of `plan` in `mode` (`instant` or `daily`), or stops
/// following it (`stop`).
pub async fn follow(db: &DatabaseConnection, plan: &plans::Model, thread: i32, actor: &Actor, mode: &str) -> Result<(), AppError> {
    let row = super::service::of_plan(db, plan, thread).await?;
    if row.state != ItemState::Visible.key() {
        return Err(AppError::NotFound);
    }
    let existing = follows::Entity::find().filter(follows::Column::ThreadId.eq(thread)).filter(follows::Column::UserId.eq(actor.user_id)).one(db).await?;
    match (mode, existing) {
        ("stop", Some(found)) => {
            follows::Entity::delete_by_id(found.id).exec(db).await?;
        }
        ("stop", None) => {}
        (mode, Some(found)) if FOLLOW_MODES.contains(&mode) => {
            let mut found: follows::ActiveModel = found.into();
            found.mode = Set(mode.to_owned());
            found.update(db).await?;
        }
        (mode, None) if FOLLOW_MODES.contains(&mode) => start(db, thread, actor.user_id, mode, row.posts).await?,
        _ => return Err(Invalid::FormInvalid.into()),
    }
    Ok(())
}

/// A new follow of `thread` by `user`, told of posts after number `seen`; a follow that is
/// already there stays as it is.
pub(super) async fn start(db: &impl ConnectionTrait, thread: i32, user: i32, mode: &str, seen: i32) -> Result<(), AppError> {
    let new = follows::ActiveModel {
        thread_id: Set(thread),
        user_id: Set(user),
        mode: Set(mode.to_owned()),
        seen_number: Set(seen),
        digest_at: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    follows::Entity::insert(new)
        .on_conflict_do_nothing_on([follows::Column::ThreadId, follows::Column::UserId])
        .exec(db)
        .await?;
    Ok(())
}

/// How `user` follows thread `thread` (`instant`, `daily`), if they do.
pub async fn mode_of(db: &impl ConnectionTrait, thread: i32, user: i32) -> Result<Option<String>, AppError> {
    Ok(follows::Entity::find()
        .select_only()
        .column(follows::Column::Mode)
        .filter(follows::Column::ThreadId.eq(thread))
        .filter(follows::Column::UserId.eq(user))
        .into_tuple()
        .one(db)
        .await?)
}

/// A follower to email, with what the email needs of them.
#[derive(FromQueryResult)]
struct Follower {
    id: i32,
    user_id: i32,
    thread_id: i32,
    seen_number: i32,
    email: Option<String>,
    preferred_lang: String,
    title: String,
    posts: i32,
    plan_slug: String,
}

fn followers() -> sea_orm::Select<follows::Entity> {
    let user: RelationDef = follows::Entity::belongs_to(users::Entity).from(follows::Column::UserId).to(users::Column::Id).into();
    let thread: RelationDef = follows::Entity::belongs_to(threads::Entity).from(follows::Column::ThreadId).to(threads::Column::Id).into();
    let plan: RelationDef = threads::Entity::belongs_to(plans::Entity).from(threads::Column::PlanId).to(plans::Column::Id).into();
    follows::Entity::find()
        .select_only()
        .columns([follows::Column::Id, follows::Column::UserId, follows::Column::ThreadId, follows::Column::SeenNumber])
        .column_as(users::Column::Email, "email")
        .column_as(users::Column::PreferredLang, "preferred_lang")
        .column_as(threads::Column::Title, "title")
        .column_as(threads::Column::Posts, "posts")
        .column_as(plans::Column::Slug, "plan_slug")
        .join(JoinType::InnerJoin, user)
        .join(JoinType::InnerJoin, thread)
        .join(JoinType::InnerJoin, plan)
        .filter(users::Column::NotifyEmail.eq(true))
        .filter(users::Column::Email.is_not_null())
        .filter(threads::Column::State.eq(ItemState::Visible.key()))
}

fn link(public_url: &str, path: &str) -> String {
    format!("{}{path}", public_url.trim_end_matches('/'))
}

fn footer(locale: Locale, public_url: &str, user: i32) -> (String, String) {
    let unsubscribe = crate::accounts::unsubscribe::url(public_url, user);
    (locale.t_args("forum-email-footer", &[("url", unsubscribe.clone().into())]), unsubscribe)
}

/// Emails the instant followers of `thread` (but `author`) that post `number` is there, and
/// marks them told; in the reply's transaction.
pub(super) async fn tell_followers(db: &impl ConnectionTrait, thread: i32, number: i32, author: i32, public_url: &str) -> Result<(), AppError> {
    let found = followers()
        .filter(follows::Column::ThreadId.eq(thread))
        .filter(follows::Column::Mode.eq("instant"))
        .filter(follows::Column::UserId.ne(author))
        .into_model::<Follower>()
        .all(db)
        .await?;
    for f in &found {
        let Some(address) = f.email.as_deref() else { continue };
        let locale = Locale::from_tag(&f.preferred_lang).unwrap_or_default();
        let (footer, unsubscribe) = footer(locale, public_url, f.user_id);
        let content = mail::Content {
            subject: locale.t_args("forum-email-reply-subject", &[("title", f.title.clone().into())]),
            paragraphs: vec![locale.t_args("forum-email-reply-intro", &[("title", f.title.clone().into()), ("number", number.into())])],
            action: Some((locale.t("forum-email-reply-action"), link(public_url, &post_place(&f.plan_slug, f.thread_id, number)))),
            footer,
        };
        let email = mail::Email { unsubscribe: Some(unsubscribe), ..mail::render(address, locale, "forum_reply", content) };
        mail::enqueue(db, email).await?;
    }
    if !found.is_empty() {
        follows::Entity::update_many()
            .col_expr(follows::Column::SeenNumber, Expr::value(number))
            .filter(follows::Column::Id.is_in(found.iter().map(|f| f.id)))
            .filter(follows::Column::SeenNumber.lt(number))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Queues the daily digests that are due at `now`: for each person, one email naming the
/// threads they follow daily with posts they have not been told of. Each follow is claimed by
/// moving its `seen_number` from the value read, so a digest goes once however many servers
/// look. How many emails were queued.
pub async fn send_digests(db: &DatabaseConnection, now: DateTime<Utc>, public_url: &str) -> Result<u64, AppError> {
    let due = followers()
        .filter(follows::Column::Mode.eq("daily"))
        .filter(Expr::col((threads::Entity, threads::Column::Posts)).gt(Expr::col((follows::Entity, follows::Column::SeenNumber))))
        .filter(follows::Column::DigestAt.is_null().or(follows::Column::DigestAt.lte(now - DIGEST_EVERY)))
        .into_model::<Follower>()
        .all(db)
        .await?;
    let mut by_person: BTreeMap<i32, Vec<Follower>> = BTreeMap::new();
    for f in due {
        by_person.entry(f.user_id).or_default().push(f);
    }
    let mut sent = 0;
    for (user, found) in by_person {
        let txn = db.begin_write().await?;
        let mut claimed = Vec::new();
        for f in found {
            let done = follows::Entity::update_many()
                .col_expr(follows::Column::SeenNumber, Expr::value(f.posts))
                .col_expr(follows::Column::DigestAt, Expr::value(Some(now)))
                .filter(follows::Column::Id.eq(f.id))
                .filter(follows::Column::SeenNumber.eq(f.seen_number))
                .exec(&txn)
                .await?;
            if done.rows_affected == 1 {
                claimed.push(f);
            }
        }
        let Some(address) = claimed.first().and_then(|f| f.email.clone()) else {
            txn.commit().await?;
            continue;
        };
        let locale = Locale::from_tag(&claimed[0].preferred_lang).unwrap_or_default();
        let (footer, unsubscribe) = footer(locale, public_url, user);
        let mut paragraphs = vec![locale.t("forum-email-digest-intro")];
        for f in &claimed {
            let first_new = f.seen_number + 1;
            let count = f.posts - f.seen_number;
            let place = link(public_url, &post_place(&f.plan_slug, f.thread_id, first_new));
            paragraphs.push(locale.t_args("forum-email-digest-thread", &[("title", f.title.clone().into()), ("count", count.into()), ("url", place.into())]));
        }
        let content = mail::Content { subject: locale.t_args("forum-email-digest-subject", &[("count", claimed.len().into())]), paragraphs, action: None, footer };
        let email = mail::Email { unsubscribe: Some(unsubscribe), ..mail::render(&address, locale, "forum_digest", content) };
        mail::enqueue(&txn, email).await?;
        txn.commit().await?;
        sent += 1;
    }
    Ok(sent)
}
