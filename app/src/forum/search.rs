//! Searching a plan's forum, server side: one function ([`search`]) over both databases — the
//! FTS5 trigram index on SQLite, trigram indexes on the stored folded text on PostgreSQL (see
//! migrations `m20261206_000028_forum_search` and `m20261207_000036_forum_search_folded`) —
//! finding any part of a word in any script, case and Latin accents folded. Only visible posts
//! of visible threads are found.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryFilter, Statement, Value};

use super::{
    SearchHit, SearchView,
    domain::{INDEXED_MIN, search_words},
};
use crate::{
    core::AppError,
    entity::{forum_posts as posts, forum_threads as threads, plans},
    i18n::Locale,
    moderation::ItemState,
    plans::{clock::day_at, service::plan_ref},
};

/// Hits shown at most.
pub const HITS_MAX: usize = 50;
/// Candidates read from the index at most (newest first).
const CANDIDATES_MAX: i64 = 500;
/// Characters of a post shown under a hit.
const EXCERPT_MAX: usize = 240;

/// What the index found: ids of posts and of threads whose titles match.
#[derive(Default)]
struct Found {
    posts: Vec<i32>,
    threads: Vec<i32>,
}

/// `word` for a `LIKE` pattern: `%`, `_` and `\` taken literally.
fn like_escaped(word: &str) -> String {
    word.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// SQLite: the trigram index for the words it holds (three characters or more), else a scan.
async fn sqlite_found(db: &DatabaseConnection, plan: i32, words: &[String]) -> Result<Found, AppError> {
    let indexed: Vec<&String> = words.iter().filter(|w| w.chars().count() >= INDEXED_MIN).collect();
    let mut found = Found::default();
    if indexed.is_empty() {
        // Only short words: looked for in every post of the plan.
        let mut sql = "SELECT id FROM forum_posts WHERE plan_id = ?".to_owned();
        let mut values: Vec<Value> = vec![plan.into()];
        for w in words {
            sql.push_str(" AND body LIKE ? ESCAPE '\\'");
            values.push(format!("%{}%", like_escaped(w)).into());
        }
        sql.push_str(" ORDER BY id DESC LIMIT ?");
        values.push(CANDIDATES_MAX.into());
        for row in db.query_all_raw(Statement::from_sql_and_values(DatabaseBackend::Sqlite, sql, values)).await? {
            found.posts.push(row.try_get("", "id")?);
        }
        return Ok(found);
    }
    let expression = indexed.iter().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect::<Vec<_>>().join(" AND ");
    let sql = "SELECT rowid AS id FROM forum_search WHERE forum_search MATCH ? AND plan_id = ? ORDER BY rowid DESC LIMIT ?";
    let values: Vec<Value> = vec![expression.into(), plan.into(), CANDIDATES_MAX.into()];
    for row in db.query_all_raw(Statement::from_sql_and_values(DatabaseBackend::Sqlite, sql, values)).await? {
        let id: i64 = row.try_get("", "id")?;
        let id = i32::try_from(id).map_err(|_| AppError::Internal)?;
        if id > 0 { found.posts.push(id) } else { found.threads.push(-id) }
    }
    Ok(found)
}

/// PostgreSQL: the stored folded text against folded words, through the trigram indexes.
async fn postgres_found(db: &DatabaseConnection, plan: i32, words: &[String]) -> Result<Found, AppError> {
    let mut found = Found::default();
    for (table, folded, into) in [("forum_posts", "body_folded", &mut found.posts), ("forum_threads", "title_folded", &mut found.threads)] {
        let mut sql = format!("SELECT id FROM {table} WHERE plan_id = $1");
        let mut values: Vec<Value> = vec![plan.into()];
        for w in words {
            values.push(like_escaped(w).into());
            sql.push_str(&format!(" AND {folded} LIKE '%' || ponte_fold(${}) || '%'", values.len()));
        }
        values.push(CANDIDATES_MAX.into());
        sql.push_str(&format!(" ORDER BY id DESC LIMIT ${}", values.len()));
        for row in db.query_all_raw(Statement::from_sql_and_values(DatabaseBackend::Postgres, sql, values)).await? {
            into.push(row.try_get("", "id")?);
        }
    }
    Ok(found)
}

/// Whether `text` holds every short word (the index could not check them), ignoring case.
fn holds_short_words(text: &str, words: &[String]) -> bool {
    let text = text.to_lowercase();
    words.iter().filter(|w| w.chars().count() < INDEXED_MIN).all(|w| text.contains(&w.to_lowercase()))
}

/// The posts and thread titles of `plan` that hold every word of `query`, newest first.
pub async fn search(db: &DatabaseConnection, plan: &plans::Model, query: &str, locale: Locale) -> Result<SearchView, AppError> {
    let words = search_words(query);
    let view = |hits: Vec<SearchHit>, more: bool| SearchView { plan: plan_ref(plan, locale), query: words.join(" "), hits, more };
    if words.is_empty() {
        return Ok(view(Vec::new(), false));
    }
    let found = match db.get_database_backend() {
        DatabaseBackend::Postgres => postgres_found(db, plan.id, &words).await?,
        _ => sqlite_found(db, plan.id, &words).await?,
    };
    let found_posts = if found.posts.is_empty() {
        Vec::new()
    } else {
        posts::Entity::find().filter(posts::Column::Id.is_in(found.posts)).filter(posts::Column::State.eq(ItemState::Visible.key())).all(db).await?
    };
    let mut thread_ids: Vec<i32> = found_posts.iter().map(|p| p.thread_id).chain(found.threads.iter().copied()).collect();
    thread_ids.sort_unstable();
    thread_ids.dedup();
    let visible: HashMap<i32, threads::Model> = if thread_ids.is_empty() {
        HashMap::new()
    } else {
        threads::Entity::find()
            .filter(threads::Column::Id.is_in(thread_ids))
            .filter(threads::Column::PlanId.eq(plan.id))
            .filter(threads::Column::State.eq(ItemState::Visible.key()))
            .all(db)
            .await?
            .into_iter()
            .map(|t| (t.id, t))
            .collect()
    };
    let zone = plan.time_zone.as_str();
    let mut hits: Vec<(chrono::DateTime<chrono::Utc>, SearchHit)> = Vec::new();
    for p in &found_posts {
        let Some(t) = visible.get(&p.thread_id) else { continue };
        if holds_short_words(&p.body, &words) {
            let hit = SearchHit { thread: t.id, title: t.title.clone(), title_lang: t.lang.clone(), number: Some(p.number), excerpt: crate::core::excerpt(&p.body, EXCERPT_MAX), lang: p.lang.clone(), on: day_at(zone, p.created_at) };
            hits.push((p.created_at, hit));
        }
    }
    for id in &found.threads {
        let Some(t) = visible.get(id) else { continue };
        if holds_short_words(&t.title, &words) {
            let hit = SearchHit { thread: t.id, title: t.title.clone(), title_lang: t.lang.clone(), number: None, excerpt: String::new(), lang: t.lang.clone(), on: day_at(zone, t.created_at) };
            hits.push((t.created_at, hit));
        }
    }
    hits.sort_by_key(|h| std::cmp::Reverse(h.0));
    let more = hits.len() > HITS_MAX;
    Ok(view(hits.into_iter().take(HITS_MAX).map(|(_, h)| h).collect(), more))
}
