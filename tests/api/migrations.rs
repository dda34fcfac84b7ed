//! Every migration applies, rolls back and applies again on an empty database.

use ponte_migrations::{Migrator, MigratorTrait};
use ponte_tests::{Backend, TestDb};
use sea_orm::ConnectionTrait;

async fn up_down_up(backend: Backend) {
    let Some(test_db) = TestDb::new(backend).await else { return };
    let db = ponte_server::db::connect(&test_db.url).await.expect("connect");
    Migrator::up(&db, None).await.expect("up");
    assert!(Migrator::get_pending_migrations(&db).await.expect("pending").is_empty());
    ponte_server::seed::seed_demo(&db).await.expect("seed after up");
    Migrator::down(&db, None).await.expect("down");
    let tables = match backend {
        Backend::Sqlite => "SELECT name FROM sqlite_master WHERE type='table' AND name='measures'",
        Backend::Postgres => "SELECT tablename FROM pg_tables WHERE schemaname='public' AND tablename='measures'",
    };
    let found = db.query_all_raw(sea_orm::Statement::from_string(db.get_database_backend(), tables)).await.expect("query");
    assert!(found.is_empty(), "down left the measures table behind");
    Migrator::up(&db, None).await.expect("up again");
    ponte_server::seed::seed_demo(&db).await.expect("seed after up again");
    db.close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrations_go_up_down_and_up_on_sqlite() {
    up_down_up(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrations_go_up_down_and_up_on_postgres() {
    up_down_up(Backend::Postgres).await;
}
