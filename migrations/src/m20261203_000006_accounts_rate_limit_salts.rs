//! Rate limits: a random salt per day (`rate_limit_salts`), mixed into every rate-limit key with
//! the server's secret. A day's salt is deleted the day after, and with it any way to tell which
//! address or email a counter of that day was about, even for someone holding the secret.
//! Existing counters were keyed without a salt: they are emptied (they last an hour at most).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RateLimitSalts {
    Table,
    Day,
    Salt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RateLimitSalts::Table)
                    // `YYYY-MM-DD`, UTC.
                    .col(ColumnDef::new(RateLimitSalts::Day).string_len(10).not_null().primary_key())
                    .col(ColumnDef::new(RateLimitSalts::Salt).string_len(64).not_null())
                    .to_owned(),
            )
            .await?;
        manager.get_connection().execute_unprepared("DELETE FROM rate_limits").await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(RateLimitSalts::Table).to_owned()).await
    }
}
