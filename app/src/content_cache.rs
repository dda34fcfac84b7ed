//! A plan's content kept in memory between requests, for everyone who reads it — signed-in
//! people too, whom the page cache ([`crate::page_cache`]) never serves.
//!
//! A measure page shows the measure's indicators, entities, evidence, audio, the plan's latest
//! version, the consultation on it and the associations' positions: things facilitators change
//! a few times a day and thousands of people read. Each is read through [`of_plan`], under the
//! plan's **content revision** (`plans.content_rev`), which database triggers raise on every
//! write to those tables (migration `m20261205_000023_plans_content_revision` lists them). The
//! revision comes with the plan row a page reads anyway, so a hit costs no statement, and a
//! write by any app server (or by hand in `psql`) makes every server read afresh. What people
//! write all day (comments, reactions, responses) is never read through here.
//!
//! A value read under revision R is never older than R (it is read after the revision was), so
//! a write racing with a read can only make an entry newer than its key, never stale.
//!
//! What depends on every plan hosted here (the home page's directory) is read through [`of_host`]
//! under the **host revision**: how many plans there are, the newest plan's id and the sum of
//! their revisions, read in one small statement. A plan created, removed or changed moves it.

use std::{any::Any, future::Future, sync::Arc};

use leptos::prelude::use_context;

use sea_orm::{ConnectionTrait, Statement};

use crate::{core::AppError, entity::plans, state::ServerSettings};

/// Values kept at most (each a small list of rows).
const CAPACITY: usize = 20_000;

type Key = (i32, i64, String);
type Value = Arc<dyn Any + Send + Sync>;

/// The cache of one server (one database): in [`ServerSettings`].
#[derive(Clone)]
pub struct ContentCache(Arc<quick_cache::sync::Cache<Key, Value>>);

impl std::fmt::Debug for ContentCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContentCache").field("entries", &self.0.len()).finish()
    }
}

impl Default for ContentCache {
    fn default() -> Self {
        ContentCache(Arc::new(quick_cache::sync::Cache::new(CAPACITY)))
    }
}

/// The value of `load` for `what` of `plan` at the plan's current content revision: from memory
/// when this server read it since the last write, otherwise read (concurrent readers of the same
/// value wait for the first). Outside a server (a test of a service, a worker) it simply loads.
/// `what` names the value and everything it depends on besides the plan (`indicators 12`).
pub async fn of_plan<T, F>(plan: &plans::Model, what: &str, load: F) -> Result<T, AppError>
where
    T: Clone + Send + Sync + 'static,
    F: Future<Output = Result<T, AppError>>,
{
    at_revision(plan.id, plan.content_rev, what, load).await
}

/// [`of_plan`] for a caller that kept only the plan's id and content revision.
pub async fn at_revision<T, F>(plan_id: i32, content_rev: i64, what: &str, load: F) -> Result<T, AppError>
where
    T: Clone + Send + Sync + 'static,
    F: Future<Output = Result<T, AppError>>,
{
    let Some(settings) = use_context::<ServerSettings>() else { return load.await };
    // The type is part of the key: one key never holds two kinds of value.
    let key = (plan_id, content_rev, format!("{}:{what}", std::any::type_name::<T>()));
    let value = settings.content_cache.0.get_or_insert_async(&key, async { load.await.map(|v| Arc::new(v) as Value) }).await?;
    value.downcast_ref::<T>().cloned().ok_or_else(|| {
        tracing::error!("content cache: a value of another type under one key");
        AppError::Internal
    })
}

/// The value of `load` for `what`, which depends on every plan hosted here, at the host's current
/// revision (one statement; see the module's documentation).
pub async fn of_host<T, F>(db: &impl ConnectionTrait, what: &str, load: F) -> Result<T, AppError>
where
    T: Clone + Send + Sync + 'static,
    F: Future<Output = Result<T, AppError>>,
{
    if use_context::<ServerSettings>().is_none() {
        return load.await;
    }
    let sql = "SELECT COUNT(*) AS plans, CAST(COALESCE(MAX(id), 0) AS BIGINT) AS newest, \
               CAST(COALESCE(SUM(content_rev), 0) AS BIGINT) AS revisions FROM plans";
    let row = db.query_one_raw(Statement::from_string(db.get_database_backend(), sql)).await?.ok_or(AppError::Internal)?;
    let (count, newest, revisions): (i64, i64, i64) = (row.try_get("", "plans")?, row.try_get("", "newest")?, row.try_get("", "revisions")?);
    // Plan ids start at 1: id 0 holds the host's values.
    at_revision(0, revisions, &format!("{what} of {count} plans up to {newest}"), load).await
}
