//! Rate limits shared by every app server: fixed-window counters in the `rate_limits` table,
//! updated with one atomic upsert. Keys are hashed, so no address or IP is stored in clear.

use std::time::Duration;

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, Value};

use crate::accounts::service::hash;

/// Counts one more event for `key`; `Ok(true)` while the count in the current window of length
/// `window` is at most `limit`.
pub async fn hit(db: &impl ConnectionTrait, key: &str, limit: i32, window: Duration) -> Result<bool, DbErr> {
    let now = chrono::Utc::now();
    let window_start_cutoff = now - chrono::Duration::from_std(window).unwrap_or(chrono::Duration::minutes(15));
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_limits.window_start < $3 THEN 1 ELSE rate_limits.count + 1 END, \
               window_start = CASE WHEN rate_limits.window_start < $3 THEN excluded.window_start ELSE rate_limits.window_start END \
             RETURNING count"
        }
        _ => {
            "INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_limits.window_start < ?3 THEN 1 ELSE rate_limits.count + 1 END, \
               window_start = CASE WHEN rate_limits.window_start < ?3 THEN excluded.window_start ELSE rate_limits.window_start END \
             RETURNING count"
        }
    };
    let values: Vec<Value> = vec![hash(key).into(), now.into(), window_start_cutoff.into()];
    let row = db
        .query_one_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?
        .ok_or_else(|| DbErr::Custom("rate limit upsert returned no row".into()))?;
    let count: i32 = row.try_get("", "count")?;
    Ok(count <= limit)
}
