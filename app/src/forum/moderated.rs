//! Forum threads and posts as moderation sees them (`crate::moderation::service::Moderated`):
//! where each is (its plan and its place in the forum), who wrote it, and its state, which only
//! moves from the state moderation read. Hiding a thread hides its title and every post under
//! it; hiding a post hides that post only.

use std::collections::HashMap;

use futures::future::BoxFuture;
use sea_orm::{ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, FromQueryResult, JoinType, QueryFilter, QuerySelect, RelationDef};

use super::{post_place, thread_place as place};
use crate::{
    core::AppError,
    entity::{forum_posts as posts, forum_threads as threads, plans},
    moderation::{
        ItemKind, ItemState,
        service::{Excerpt, Located, Moderated},
    },
};

/// The handler for [`ItemKind::ForumThread`].
pub struct Threads;

/// The handler for [`ItemKind::ForumPost`].
pub struct Posts;

#[derive(FromQueryResult)]
struct Row {
    id: i32,
    author_id: Option<i32>,
    state: String,
    /// A thread's title, a post's body.
    text: String,
    plan_id: i32,
    plan_slug: String,
    /// A post's thread (a thread's own id for threads).
    thread_id: i32,
    /// A post's number (0 for threads).
    number: i32,
}

impl Row {
    fn state(&self) -> ItemState {
        ItemState::parse(&self.state).unwrap_or(ItemState::Hidden)
    }

    fn place(&self) -> String {
        if self.number == 0 { place(&self.plan_slug, self.thread_id) } else { post_place(&self.plan_slug, self.thread_id, self.number) }
    }

    fn located(self) -> Located {
        Located { plan_id: self.plan_id, author_id: self.author_id, state: self.state(), place: self.place() }
    }

    fn excerpt(self) -> (i32, Excerpt) {
        (self.id, Excerpt::of(&self.text, self.state(), self.place()))
    }
}

/// Threads with their plan's slug, in one statement.
fn thread_rows() -> sea_orm::Select<threads::Entity> {
    let plan: RelationDef = threads::Entity::belongs_to(plans::Entity).from(threads::Column::PlanId).to(plans::Column::Id).into();
    threads::Entity::find()
        .select_only()
        .columns([threads::Column::Id, threads::Column::AuthorId, threads::Column::State, threads::Column::PlanId])
        .column_as(threads::Column::Title, "text")
        .column_as(threads::Column::Id, "thread_id")
        .column_as(sea_orm::sea_query::Expr::val(0), "number")
        .column_as(plans::Column::Slug, "plan_slug")
        .join(JoinType::InnerJoin, plan)
}

/// Posts with their plan's slug, in one statement.
fn post_rows() -> sea_orm::Select<posts::Entity> {
    let plan: RelationDef = posts::Entity::belongs_to(plans::Entity).from(posts::Column::PlanId).to(plans::Column::Id).into();
    posts::Entity::find()
        .select_only()
        .columns([posts::Column::Id, posts::Column::AuthorId, posts::Column::State, posts::Column::PlanId, posts::Column::ThreadId, posts::Column::Number])
        .column_as(posts::Column::Body, "text")
        .column_as(plans::Column::Slug, "plan_slug")
        .join(JoinType::InnerJoin, plan)
}

impl Moderated for Threads {
    fn kind(&self) -> ItemKind {
        ItemKind::ForumThread
    }

    fn locate<'a>(&'a self, db: &'a DatabaseConnection, id: i32) -> BoxFuture<'a, Result<Option<Located>, AppError>> {
        Box::pin(async move { Ok(thread_rows().filter(threads::Column::Id.eq(id)).into_model::<Row>().one(db).await?.map(Row::located)) })
    }

    fn shift<'a>(&'a self, db: &'a DatabaseTransaction, id: i32, from: ItemState, to: ItemState) -> BoxFuture<'a, Result<bool, AppError>> {
        Box::pin(async move {
            let done = threads::Entity::update_many()
                .col_expr(threads::Column::State, to.key().into())
                .filter(threads::Column::Id.eq(id))
                .filter(threads::Column::State.eq(from.key()))
                .exec(db)
                .await?;
            Ok(done.rows_affected == 1)
        })
    }

    fn excerpts<'a>(&'a self, db: &'a DatabaseConnection, ids: Vec<i32>) -> BoxFuture<'a, Result<HashMap<i32, Excerpt>, AppError>> {
        Box::pin(async move { Ok(thread_rows().filter(threads::Column::Id.is_in(ids)).into_model::<Row>().all(db).await?.into_iter().map(Row::excerpt).collect()) })
    }
}

impl Moderated for Posts {
    fn kind(&self) -> ItemKind {
        ItemKind::ForumPost
    }

    fn locate<'a>(&'a self, db: &'a DatabaseConnection, id: i32) -> BoxFuture<'a, Result<Option<Located>, AppError>> {
        Box::pin(async move { Ok(post_rows().filter(posts::Column::Id.eq(id)).into_model::<Row>().one(db).await?.map(Row::located)) })
    }

    fn shift<'a>(&'a self, db: &'a DatabaseTransaction, id: i32, from: ItemState, to: ItemState) -> BoxFuture<'a, Result<bool, AppError>> {
        Box::pin(async move {
            let done = posts::Entity::update_many()
                .col_expr(posts::Column::State, to.key().into())
                .filter(posts::Column::Id.eq(id))
                .filter(posts::Column::State.eq(from.key()))
                .exec(db)
                .await?;
            Ok(done.rows_affected == 1)
        })
    }

    fn excerpts<'a>(&'a self, db: &'a DatabaseConnection, ids: Vec<i32>) -> BoxFuture<'a, Result<HashMap<i32, Excerpt>, AppError>> {
        Box::pin(async move { Ok(post_rows().filter(posts::Column::Id.is_in(ids)).into_model::<Row>().all(db).await?.into_iter().map(Row::excerpt).collect()) })
    }
}
