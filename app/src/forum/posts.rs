//! Forum posts, server side: a page of a thread's posts, replying (with a quote), an author
//! editing their post (the earlier text kept for moderators, "edited" shown) or deleting it,
//! the earlier texts for moderators, and the limits on what a new account may post.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, ExprTrait},
};

use super::{
    HistoryView, PostView,
    domain::{self, NEW_ACCOUNT_DAYS, NEW_LINKS_MAX, NEW_POSTS_PER_HOUR, POST_MAX},
    post_place,
    service::{byline, of_plan},
};
use crate::writes::BeginWrite;
use crate::{
    accounts::{
        model::Actor,
        roles::{Action, can},
    },
    core::{AppError, Invalid},
    entity::{forum_post_edits as edits, forum_posts as posts, forum_threads as threads, plans, users},
    moderation::ItemState,
    plans::{clock::day_at, service::plan_ref},
};

/// A post with its author's name and municipality, as the thread page reads it.
#[derive(FromQueryResult)]
pub(super) struct PostRow {
    id: i32,
    number: i32,
    author_id: Option<i32>,
    shown_as: String,
    pub(super) body: String,
    body_html: String,
    lang: String,
    quote_of: Option<i32>,
    state: String,
    created_at: chrono::DateTime<Utc>,
    edited_at: Option<chrono::DateTime<Utc>>,
    author_name: Option<String>,
    municipality_name: Option<String>,
}

impl PostRow {
    /// The post as `reader` sees it: its text only while it is visible.
    pub(super) fn view(&self, reader: Option<i32>, zone: &str) -> PostView {
        let state = ItemState::parse(&self.state).unwrap_or(ItemState::Hidden);
        PostView {
            id: self.id,
            number: self.number,
            author: byline(state, &self.shown_as, self.author_name.clone(), self.municipality_name.clone()),
            on: day_at(zone, self.created_at),
            lang: self.lang.clone(),
            body_html: if state == ItemState::Visible { self.body_html.clone() } else { String::new() },
            state,
            edited: self.edited_at.is_some() && state == ItemState::Visible,
            own: reader.is_some() && self.author_id == reader,
            quotes: self.quote_of,
        }
    }
}

/// Posts of thread `thread` on `page` (of a thread of `count` posts), in one statement.
pub(super) async fn on_page(db: &impl ConnectionTrait, thread: i32, page: i32, count: i32) -> Result<Vec<PostRow>, AppError> {
    let (first, last) = domain::numbers_on(page, count);
    let rows = posts::Entity::find()
        .select_only()
        .columns([
            posts::Column::Id,
            posts::Column::Number,
            posts::Column::AuthorId,
            posts::Column::ShownAs,
            posts::Column::Body,
            posts::Column::BodyHtml,
            posts::Column::Lang,
            posts::Column::QuoteOf,
            posts::Column::State,
            posts::Column::CreatedAt,
            posts::Column::EditedAt,
        ]);
    Ok(super::service::with_byline(rows, posts::Column::AuthorId, posts::Column::MunicipalityId)
        .filter(posts::Column::ThreadId.eq(thread))
        .filter(posts::Column::Number.between(first, last))
        .order_by_asc(posts::Column::Number)
        .into_model()
        .all(db)
        .await?)
}

/// Whether `actor`'s account is new (made less than [`NEW_ACCOUNT_DAYS`] ago) and so limited;
/// facilitators and moderators are trusted from their first day.
async fn is_new(db: &impl ConnectionTrait, actor: &Actor) -> Result<bool, AppError> {
    if actor.grants.iter().any(|g| !matches!(g.role, crate::accounts::roles::Role::AssociationRep)) {
        return Ok(false);
    }
    let joined: Option<chrono::DateTime<Utc>> = users::Entity::find_by_id(actor.user_id).select_only().column(users::Column::CreatedAt).into_tuple().one(db).await?;
    Ok(joined.is_none_or(|at| Utc::now() - at < Duration::days(NEW_ACCOUNT_DAYS)))
}

/// A post's text (trimmed, within the limit) and its language, checked against what a new
/// account may post (links per post, posts per hour; the hour's count goes up here, so call
/// this last before writing).
pub(super) async fn written(db: &impl ConnectionTrait, actor: &Actor, body: &str, lang: &str) -> Result<(String, String), AppError> {
    let body = domain::post_text(body).ok_or(AppError::Invalid(Invalid::PostEmpty))?;
    if body.chars().count() > POST_MAX {
        return Err(Invalid::TooLong.into());
    }
    let lang = crate::i18n::content_tag(lang).ok_or(AppError::Invalid(Invalid::LanguageUnknown))?;
    if is_new(db, actor).await? {
        if domain::links_in(body) > NEW_LINKS_MAX {
            return Err(Invalid::NewAccountLinks.into());
        }
        let key = format!("forum:new-account:{}", actor.user_id);
        if !crate::rate_limit::hit(db, &key, NEW_POSTS_PER_HOUR, std::time::Duration::from_secs(3600)).await? {
            return Err(Invalid::NewAccountPosts.into());
        }
    }
    Ok((body.to_owned(), lang))
}

/// What the reply form sends.
pub struct NewPost {
    pub body: String,
    pub lang: String,
    pub shown_as: String,
    pub municipality: String,
    /// The number of the post it quotes.
    pub quote: Option<i32>,
}

/// A reply to thread `thread` of `plan` by a signed-in person, numbered after the last post
/// (the thread's count moves first, in the same transaction, so two replies never share a
/// number); its instant followers are emailed (links to `public_url`). Where it is shown.
pub async fn reply(db: &DatabaseConnection, plan: &plans::Model, thread: i32, actor: &Actor, new: NewPost, public_url: &str) -> Result<String, AppError> {
    let row = of_plan(db, plan, thread).await?;
    if row.state != ItemState::Visible.key() {
        return Err(AppError::NotFound);
    }
    if row.locked {
        return Err(Invalid::ThreadLocked.into());
    }
    if new.quote.is_some_and(|q| q < 1 || q > row.posts) {
        return Err(Invalid::FormInvalid.into());
    }
    let municipality = crate::accounts::byline::signed(db, plan, actor, &new.shown_as, &new.municipality).await?;
    let (body, lang) = written(db, actor, &new.body, &new.lang).await?;
    let now = Utc::now();
    let txn = db.begin_write().await?;
    let moved = threads::Entity::update_many()
        .col_expr(threads::Column::Posts, Expr::col(threads::Column::Posts).add(1))
        .col_expr(threads::Column::LastPostAt, now.into())
        .filter(threads::Column::Id.eq(thread))
        .filter(threads::Column::Locked.eq(false))
        .filter(threads::Column::State.eq(ItemState::Visible.key()))
        .exec(&txn)
        .await?;
    if moved.rows_affected != 1 {
        return Err(Invalid::ThreadLocked.into());
    }
    let number: i32 = threads::Entity::find_by_id(thread).select_only().column(threads::Column::Posts).into_tuple().one(&txn).await?.ok_or(AppError::NotFound)?;
    posts::ActiveModel {
        thread_id: Set(thread),
        plan_id: Set(plan.id),
        number: Set(number),
        author_id: Set(Some(actor.user_id)),
        shown_as: Set(new.shown_as),
        municipality_id: Set(municipality),
        body_html: Set(crate::markdown::to_html(&body)),
        body: Set(body),
        lang: Set(lang),
        quote_of: Set(new.quote),
        state: Set(ItemState::Visible.key().to_owned()),
        created_at: Set(now),
        edited_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    super::following::tell_followers(&txn, thread, number, actor.user_id, public_url).await?;
    txn.commit().await?;
    Ok(post_place(&plan.slug, thread, number))
}

/// The post `id` of `plan`, written by `actor` and not deleted or removed.
async fn own_post(db: &impl ConnectionTrait, plan: &plans::Model, id: i32, actor: &Actor) -> Result<posts::Model, AppError> {
    let post = posts::Entity::find_by_id(id)
        .filter(posts::Column::PlanId.eq(plan.id))
        .filter(posts::Column::State.is_in([ItemState::Visible.key(), ItemState::Hidden.key()]))
        .one(db)
        .await?
        .ok_or(AppError::Invalid(Invalid::ItemUnknown))?;
    if post.author_id != Some(actor.user_id) {
        return Err(Invalid::NotYours.into());
    }
    Ok(post)
}

/// The author edits their post: the earlier text is kept for moderators and the post says
/// "edited". Not in a locked thread. Where it is shown.
pub async fn edit(db: &DatabaseConnection, plan: &plans::Model, id: i32, actor: &Actor, body: &str) -> Result<String, AppError> {
    let post = own_post(db, plan, id, actor).await?;
    let thread = of_plan(db, plan, post.thread_id).await?;
    if thread.locked {
        return Err(Invalid::ThreadLocked.into());
    }
    let body = domain::post_text(body).ok_or(AppError::Invalid(Invalid::PostEmpty))?;
    if body.chars().count() > POST_MAX {
        return Err(Invalid::TooLong.into());
    }
    let place = post_place(&plan.slug, post.thread_id, post.number);
    if body == post.body {
        return Ok(place);
    }
    if domain::links_in(body) > NEW_LINKS_MAX && is_new(db, actor).await? {
        return Err(Invalid::NewAccountLinks.into());
    }
    let now = Utc::now();
    let txn = db.begin_write().await?;
    let done = posts::Entity::update_many()
        .col_expr(posts::Column::Body, body.into())
        .col_expr(posts::Column::BodyHtml, crate::markdown::to_html(body).into())
        .col_expr(posts::Column::EditedAt, Some(now).into())
        .filter(posts::Column::Id.eq(id))
        .filter(posts::Column::Body.eq(post.body.as_str()))
        .filter(posts::Column::State.is_in([ItemState::Visible.key(), ItemState::Hidden.key()]))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(Invalid::ItemUnknown.into());
    }
    edits::ActiveModel { post_id: Set(id), body: Set(post.body), edited_at: Set(now), edited_by: Set(Some(actor.user_id)), ..Default::default() }.insert(&txn).await?;
    txn.commit().await?;
    Ok(place)
}

/// The author deletes their post: its text goes (the earlier texts too), a placeholder keeps
/// its place and number. Where it was.
pub async fn delete_own(db: &DatabaseConnection, plan: &plans::Model, id: i32, actor: &Actor) -> Result<String, AppError> {
    let post = own_post(db, plan, id, actor).await?;
    let txn = db.begin_write().await?;
    posts::Entity::update_many()
        .col_expr(posts::Column::State, ItemState::Deleted.key().into())
        .col_expr(posts::Column::Body, String::new().into())
        .col_expr(posts::Column::BodyHtml, String::new().into())
        .filter(posts::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    edits::Entity::delete_many().filter(edits::Column::PostId.eq(id)).exec(&txn).await?;
    txn.commit().await?;
    Ok(post_place(&plan.slug, post.thread_id, post.number))
}

/// A post's earlier texts, for the plan's moderators.
pub async fn history(db: &DatabaseConnection, plan: &plans::Model, id: i32, actor: &Actor, locale: crate::i18n::Locale) -> Result<HistoryView, AppError> {
    if !can(Some(&actor.grants), Action::Moderate { plan_id: plan.id }) {
        return Err(AppError::Forbidden);
    }
    let post = posts::Entity::find_by_id(id).filter(posts::Column::PlanId.eq(plan.id)).one(db).await?.ok_or(AppError::NotFound)?;
    let thread = of_plan(db, plan, post.thread_id).await?;
    let earlier = edits::Entity::find()
        .filter(edits::Column::PostId.eq(id))
        .order_by_desc(edits::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| (crate::plans::clock::local(&plan.time_zone, e.edited_at).format("%Y-%m-%d %H:%M").to_string(), e.body))
        .collect();
    Ok(HistoryView { plan: plan_ref(plan, locale), thread: thread.id, title: thread.title, number: post.number, current: post.body, earlier })
}
