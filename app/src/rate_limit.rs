//! Rate limits shared by every app server: fixed-window counters in the `rate_limits` table,
//! updated with one atomic upsert.
//!
//! What the table keeps reveals as little as a counter can: the key (`survey:3:ip:203.0.113.7`,
//! `sign-in:email:ana@example.pt`) is stored as an HMAC under the server's secret
//! ([`crate::secrets`]) and the day's random salt, and the window start is the window's aligned
//! boundary (the hour, the quarter hour, the day), never the moment of a request. Salts are kept
//! for a day after their own (`rate_limit_salts`), then deleted by the housekeeping with the
//! counters, so a counter can never again be tied to an address. Windows are aligned to the UTC
//! day, so every counter starts afresh at midnight UTC, when the salt changes.

use std::time::Duration;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, NaiveDate, Utc};
use rand::RngCore;
use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, Value};

/// The start of the `window`-long window (aligned to the UTC day) that `now` falls in.
pub fn window_start(now: DateTime<Utc>, window: Duration) -> DateTime<Utc> {
    let window = window.as_secs().clamp(1, 86_400) as i64;
    let seconds = now.timestamp();
    let start = seconds - seconds.rem_euclid(86_400) + (seconds.rem_euclid(86_400) / window) * window;
    DateTime::from_timestamp(start, 0).unwrap_or(now)
}

/// The salt for `day`: created by whichever server needs it first, then read by all. One read
/// (a primary-key lookup) per counted request; not cached in memory, as one process may serve
/// several databases (the API tests) and the read costs microseconds.
async fn salt(db: &impl ConnectionTrait, day: NaiveDate) -> Result<String, DbErr> {
    let backend = db.get_database_backend();
    let day_key = day.format("%Y-%m-%d").to_string();
    let (insert, select) = match backend {
        DbBackend::Postgres => (
            "INSERT INTO rate_limit_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING",
            "SELECT salt FROM rate_limit_salts WHERE day = $1",
        ),
        _ => (
            "INSERT INTO rate_limit_salts (day, salt) VALUES (?1, ?2) ON CONFLICT (day) DO NOTHING",
            "SELECT salt FROM rate_limit_salts WHERE day = ?1",
        ),
    };
    let read = || Statement::from_sql_and_values(backend, select, [day_key.clone().into()]);
    if let Some(row) = db.query_one_raw(read()).await? {
        return row.try_get("", "salt");
    }
    let mut fresh = [0u8; 32];
    rand::rng().fill_bytes(&mut fresh);
    db.execute_raw(Statement::from_sql_and_values(backend, insert, [day_key.clone().into(), URL_SAFE_NO_PAD.encode(fresh).into()]))
        .await?;
    // Another server may have written the day's salt first: everyone uses the stored one.
    let row = db.query_one_raw(read()).await?.ok_or_else(|| DbErr::Custom("the day's rate-limit salt is missing".into()))?;
    row.try_get("", "salt")
}

/// What the table keeps for `key` on `day`.
async fn stored_key(db: &impl ConnectionTrait, key: &str, day: NaiveDate) -> Result<String, DbErr> {
    Ok(keyed(&salt(db, day).await?, key))
}

fn keyed(salt: &str, key: &str) -> String {
    crate::secrets::hash_parts(&[b"rate-limit", salt.as_bytes(), key.as_bytes()])
}

/// Counts one more event for `key`; `Ok(true)` while the count in the current window of length
/// `window` (at most a day) is at most `limit`.
pub async fn hit(db: &impl ConnectionTrait, key: &str, limit: i32, window: Duration) -> Result<bool, DbErr> {
    let now = Utc::now();
    let start = window_start(now, window);
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_limits.window_start < excluded.window_start THEN 1 ELSE rate_limits.count + 1 END, \
               window_start = excluded.window_start \
             RETURNING count"
        }
        _ => {
            "INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_limits.window_start < excluded.window_start THEN 1 ELSE rate_limits.count + 1 END, \
               window_start = excluded.window_start \
             RETURNING count"
        }
    };
    let values: Vec<Value> = vec![stored_key(db, key, now.date_naive()).await?.into(), start.into()];
    let row = db
        .query_one_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?
        .ok_or_else(|| DbErr::Custom("rate limit upsert returned no row".into()))?;
    let count: i32 = row.try_get("", "count")?;
    Ok(count <= limit)
}

/// Forgets the counters of `key` under every salt still kept, as when an account is deleted.
pub async fn forget(db: &impl ConnectionTrait, key: &str) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let salts = db.query_all_raw(Statement::from_string(backend, "SELECT salt FROM rate_limit_salts")).await?;
    let sql = match backend {
        DbBackend::Postgres => "DELETE FROM rate_limits WHERE key = $1",
        _ => "DELETE FROM rate_limits WHERE key = ?1",
    };
    for row in salts {
        let salt: String = row.try_get("", "salt")?;
        let stored = keyed(&salt, key);
        db.execute_raw(Statement::from_sql_and_values(backend, sql, [stored.into()])).await?;
    }
    Ok(())
}

/// Deletes the salts of days before yesterday (the housekeeping calls it with the counters).
pub async fn forget_old_salts(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let Some(yesterday) = now.date_naive().pred_opt() else { return Ok(0) };
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => "DELETE FROM rate_limit_salts WHERE day < $1",
        _ => "DELETE FROM rate_limit_salts WHERE day < ?1",
    };
    let day: Value = yesterday.format("%Y-%m-%d").to_string().into();
    Ok(db.execute_raw(Statement::from_sql_and_values(backend, sql, [day])).await?.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).map(|d| d.with_timezone(&Utc)).unwrap_or_default()
    }

    #[test]
    fn windows_start_on_their_aligned_boundary_not_at_the_request() {
        let now = at("2026-12-03T10:47:13.123456789Z");
        assert_eq!(window_start(now, Duration::from_secs(3600)), at("2026-12-03T10:00:00Z"));
        assert_eq!(window_start(now, Duration::from_secs(15 * 60)), at("2026-12-03T10:45:00Z"));
        assert_eq!(window_start(now, Duration::from_secs(86_400)), at("2026-12-03T00:00:00Z"));
        // Longer than a day is a day: the salt changes at midnight anyway.
        assert_eq!(window_start(now, Duration::from_secs(7 * 86_400)), at("2026-12-03T00:00:00Z"));
    }
}
