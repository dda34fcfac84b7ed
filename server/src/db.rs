//! Database connection and migrations: SQLite (WAL, synchronous FULL, secure delete, foreign
//! keys, busy timeout) by default,
//! PostgreSQL when `DATABASE_URL` says so, with no other change.

use std::time::Duration;

use ponte_migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DbErr,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};

/// Opens a pool on `url`. For a SQLite file, creates its folder if needed.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    if let Some(path) = crate::config::sqlite_path(url)
        && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", dir.display())))?;
    }
    let mut options = ConnectOptions::new(url);
    options
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5))
        // A pooled connection is checked with a ping only after it has been idle for a while
        // (the server, a proxy or a firewall may have dropped it). Pinging on every checkout
        // costs a round trip per statement, which on a busy page is most of its database time.
        .test_before_acquire_if_idle_for(Duration::from_secs(30))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                // A response, a comment or a sign-in acknowledged to someone must survive a power
                // cut: FULL syncs the WAL at every commit (NORMAL could lose the last ones). Most
                // writes are responses, which are committed in groups (surveys::store), so the cost
                // is one fsync per group, not per person.
                .synchronous(SqliteSynchronous::Full)
                // Deleted rows (an erased account, a discarded draft) are overwritten with zeros,
                // not left readable in free pages of the file.
                .pragma("secure_delete", "ON")
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
                .create_if_missing(true)
        });
    if url.starts_with("sqlite") {
        options.max_connections(8).min_connections(1);
    } else {
        options.max_connections(20).min_connections(1);
    }
    Database::connect(options).await
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}


