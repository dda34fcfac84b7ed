//! Transactions that write. Every feature opens them with [`BeginWrite::begin_write`], never with
//! `begin()`.
//!
//! On SQLite one connection writes at a time, and the others wait their turn (the busy timeout,
//! `server/src/db.rs`). But a transaction begun the default way (`BEGIN DEFERRED`) takes its
//! turn only at its first write. If it read before that, SQLite does not let it wait: when
//! another connection is writing, or has written since the read, the write fails at once with
//! "database is busy". The outbox marking an email sent, or a worker storing a digest, was then
//! enough to fail a person's sign-in. A write transaction therefore begins `IMMEDIATE`: it waits
//! for its turn at `BEGIN`, before it reads anything. PostgreSQL ignores the mode.

use std::future::Future;

use sea_orm::{DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait};

/// Opens a transaction that will write (see the module's documentation).
pub trait BeginWrite: TransactionTrait {
    fn begin_write(&self) -> impl Future<Output = Result<Self::Transaction, DbErr>> + Send;
}

impl<C: TransactionTrait> BeginWrite for C {
    fn begin_write(&self) -> impl Future<Output = Result<Self::Transaction, DbErr>> + Send {
        self.begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        })
    }
}
