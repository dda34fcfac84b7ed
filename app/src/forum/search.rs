//! Searching a plan's forum, server side: one function ([`search`]) over both databases — the
//! FTS5 trigram index on SQLite, trigram indexes on the stored folded text on PostgreSQL (see
//! migrations `m20261206_000028_forum_search` and `m20261207_000036_forum_search_folded`) —
//! finding any part of a word in any script, case and Latin accents folded. Only visible posts
//! of visible threads are found.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryFilter, Statement, TransactionTrait, Value};

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
/// SQLite: candidates read from the index at most (newest first), before hidden posts and
/// short words are filtered out.
const CANDIDATES_MAX: i64 = 500;
/// Characters of a post shown under a hit.
const EXCERPT_MAX: usize = 240;

/// A post or a thread title that holds the words, with what its hit shows.
struct Candidate {
    thread: i32,
    title: String,
    title_lang: String,
    /// The post's number (`None`: the thread's title).
    number: Option<i32>,
    /// The post's text (at least its first [`EXCERPT_MAX`] + 1 characters), or the title.
    text: String,
    lang: String,
    at: chrono::DateTime<chrono::Utc>,
}

/// `word` for a `LIKE` pattern: `%`, `_` and `\` taken literally.
fn like_escaped(word: &str) -> String {
    word.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// SQLite: ids of posts (and of threads whose titles match) from the trigram index for the
/// words it holds (three characters or more), else from a scan; then their rows, visible ones
/// of visible threads only.
async fn sqlite_candidates(db: &DatabaseConnection, plan: i32, words: &[String]) -> Result<Vec<Candidate>, AppError> {
    let indexed: Vec<&String> = words.iter().filter(|w| w.chars().count() >= INDEXED_MIN).collect();
    let (mut post_ids, mut thread_ids) = (Vec::new(), Vec::new());
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
            post_ids.push(row.try_get::<i32>("", "id")?);
        }
    } else {
        let expression = indexed.iter().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect::<Vec<_>>().join(" AND ");
        let sql = "SELECT rowid AS id FROM forum_search WHERE forum_search MATCH ? AND plan_id = ? ORDER BY rowid DESC LIMIT ?";
        let values: Vec<Value> = vec![expression.into(), plan.into(), CANDIDATES_MAX.into()];
        for row in db.query_all_raw(Statement::from_sql_and_values(DatabaseBackend::Sqlite, sql, values)).await? {
            let id: i64 = row.try_get("", "id")?;
            let id = i32::try_from(id).map_err(|_| AppError::Internal)?;
            if id > 0 { post_ids.push(id) } else { thread_ids.push(-id) }
        }
    }
    let found_posts = if post_ids.is_empty() {
        Vec::new()
    } else {
        posts::Entity::find().filter(posts::Column::Id.is_in(post_ids)).filter(posts::Column::State.eq(ItemState::Visible.key())).all(db).await?
    };
    let mut wanted: Vec<i32> = found_posts.iter().map(|p| p.thread_id).chain(thread_ids.iter().copied()).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let visible: HashMap<i32, threads::Model> = if wanted.is_empty() {
        HashMap::new()
    } else {
        threads::Entity::find()
            .filter(threads::Column::Id.is_in(wanted))
            .filter(threads::Column::PlanId.eq(plan))
            .filter(threads::Column::State.eq(ItemState::Visible.key()))
            .all(db)
            .await?
            .into_iter()
            .map(|t| (t.id, t))
            .collect()
    };
    let mut out = Vec::new();
    for p in found_posts {
        let Some(t) = visible.get(&p.thread_id) else { continue };
        out.push(Candidate { thread: t.id, title: t.title.clone(), title_lang: t.lang.clone(), number: Some(p.number), text: p.body, lang: p.lang, at: p.created_at });
    }
    for id in thread_ids {
        let Some(t) = visible.get(&id) else { continue };
        out.push(Candidate { thread: t.id, title: t.title.clone(), title_lang: t.lang.clone(), number: None, text: t.title.clone(), lang: t.lang.clone(), at: t.created_at });
    }
    Ok(out)
}

/// PostgreSQL: the newest visible posts of visible threads, and the newest visible threads,
/// whose stored folded text holds every folded word, with what their hits show, in one
/// statement: `HITS_MAX + 1` of each at most, through the trigram indexes or newest first,
/// whichever the planner finds cheaper for these words. It can only tell with the words in hand,
/// so the statement is planned for them each time (a plan prepared for any word would read
/// every match of a common word, or every post for a rare one).
async fn postgres_candidates(db: &DatabaseConnection, plan: i32, words: &[String]) -> Result<Vec<Candidate>, AppError> {
    let visible = ItemState::Visible.key();
    let mut values: Vec<Value> = vec![plan.into(), visible.into(), (HITS_MAX as i64 + 1).into()];
    let (mut in_posts, mut in_titles) = (String::new(), String::new());
    for w in words {
        values.push(like_escaped(w).into());
        let n = values.len();
        in_posts.push_str(&format!(" AND p.body_folded LIKE '%' || ponte_fold(${n}) || '%'"));
        in_titles.push_str(&format!(" AND t.title_folded LIKE '%' || ponte_fold(${n}) || '%'"));
    }
    let sql = format!(
        "(SELECT p.thread_id AS thread, t.title, t.lang AS title_lang, p.number, left(p.body, {text}) AS text, p.lang, p.created_at AS at \
           FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id \
          WHERE p.plan_id = $1 AND p.state = $2 AND t.state = $2{in_posts} ORDER BY p.id DESC LIMIT $3) \
         UNION ALL \
         (SELECT t.id, t.title, t.lang, NULL::integer, t.title, t.lang, t.created_at \
           FROM forum_threads t WHERE t.plan_id = $1 AND t.state = $2{in_titles} ORDER BY t.id DESC LIMIT $3)",
        text = EXCERPT_MAX + 1
    );
    // Only reads, on PostgreSQL only: the transaction scopes the `SET LOCAL`.
    #[allow(clippy::disallowed_methods)]
    let txn = db.begin().await?;
    txn.execute_unprepared("SET LOCAL plan_cache_mode = force_custom_plan").await?;
    let rows = txn.query_all_raw(Statement::from_sql_and_values(DatabaseBackend::Postgres, sql, values)).await?;
    txn.commit().await?;
    rows.iter()
        .map(|row| {
            Ok(Candidate {
                thread: row.try_get("", "thread")?,
                title: row.try_get("", "title")?,
                title_lang: row.try_get("", "title_lang")?,
                number: row.try_get("", "number")?,
                text: row.try_get("", "text")?,
                lang: row.try_get("", "lang")?,
                at: row.try_get("", "at")?,
            })
        })
        .collect()
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
    let candidates = match db.get_database_backend() {
        DatabaseBackend::Postgres => postgres_candidates(db, plan.id, &words).await?,
        _ => sqlite_candidates(db, plan.id, &words).await?,
    };
    let zone = plan.time_zone.as_str();
    let mut hits: Vec<(chrono::DateTime<chrono::Utc>, SearchHit)> = candidates
        .into_iter()
        .filter(|c| holds_short_words(&c.text, &words))
        .map(|c| {
            let excerpt = if c.number.is_some() { crate::core::excerpt(&c.text, EXCERPT_MAX) } else { String::new() };
            (c.at, SearchHit { thread: c.thread, title: c.title, title_lang: c.title_lang, number: c.number, excerpt, lang: c.lang, on: day_at(zone, c.at) })
        })
        .collect();
    hits.sort_by_key(|h| std::cmp::Reverse(h.0));
    let more = hits.len() > HITS_MAX;
    Ok(view(hits.into_iter().take(HITS_MAX).map(|(_, h)| h).collect(), more))
}
