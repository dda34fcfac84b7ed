//! Roles, the people page, the audit log, and a person's own account (profile, export, deletion).

use ponte_app::{
    accounts::{domain::EmailAddress, people, roles::Role},
    entity::{audit_log, outbox, role_grants, sessions, sign_in_tokens, users},
};
use ponte_tests::{Backend, TestApp, backends};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Statement};

use crate::accounts::{call, form_post, location, set_cookies, signed_in};

const PLAN: &str = "vale-do-lirio-2026";

/// The audit log's account and role actions (the demo data's own rows left out).
/// The account actions of the audit log, oldest first (by id: a table scan's order is the
/// database's business, and PostgreSQL's changes once the table has had deletions).
async fn account_actions(app: &TestApp) -> Vec<String> {
    audit_log::Entity::find()
        .order_by_asc(audit_log::Column::Id)
        .all(&app.db)
        .await
        .expect("q")
        .into_iter()
        .map(|a| a.action)
        .filter(|a| a.starts_with("role.") || a.starts_with("account."))
        .collect()
}

async fn make(app: &TestApp, email: &str, role: Role, plan: Option<&str>) {
    let request = people::GrantRequest {
        email: EmailAddress::parse(email).expect("email"),
        role,
        plan_slug: plan.map(str::to_owned),
        entity_slug: None,
    };
    people::grant_role(&app.db, None, request).await.expect("grant");
}

async fn admin_gives_and_takes_roles_and_each_change_is_audited(app: &TestApp) {
    make(app, "admin@example.org", Role::Admin, None).await;
    let admin = signed_in(app, "admin@example.org").await;
    let res = form_post(app, &admin, "/api/accounts/grant_role", "/admin/people", &[("email", "Fatima@Example.org"), ("role", "facilitator"), ("scope", PLAN)]).await;
    assert_eq!(location(&res), "/admin/people");
    let fatima = users::Entity::find().filter(users::Column::Email.eq("fatima@example.org")).one(&app.db).await.expect("q").expect("created");
    let grants = role_grants::Entity::find().filter(role_grants::Column::UserId.eq(fatima.id)).all(&app.db).await.expect("q");
    assert_eq!(grants.len(), 1);
    assert_eq!(grants[0].role, "facilitator");
    assert!(grants[0].plan_id.is_some());
    let page = admin.get(app.url("/admin/people?lang=en")).send().await.expect("get");
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    assert!(html.contains("fatima@example.org") && html.contains("Facilitator"), "{html}");
    // Granting again changes nothing; revoking keeps the row, marked.
    form_post(app, &admin, "/api/accounts/grant_role", "/admin/people", &[("email", "fatima@example.org"), ("role", "facilitator"), ("scope", PLAN)]).await;
    assert_eq!(role_grants::Entity::find().filter(role_grants::Column::UserId.eq(fatima.id)).count(&app.db).await.expect("c"), 1);
    let id = grants[0].id.to_string();
    form_post(app, &admin, "/api/accounts/revoke_role", "/admin/people", &[("grant", &id)]).await;
    let revoked = role_grants::Entity::find_by_id(grants[0].id).one(&app.db).await.expect("q").expect("kept");
    assert!(revoked.revoked_at.is_some() && revoked.revoked_by.is_some());
    let actions = account_actions(app).await;
    assert_eq!(actions, vec!["role.granted", "role.granted", "role.revoked"], "the CLI-made admin, then the grant and the revocation");
}

async fn facilitator_approves_association_representatives_only_in_their_plan(app: &TestApp) {
    make(app, "fac@example.org", Role::Facilitator, Some(PLAN)).await;
    let facilitator = signed_in(app, "fac@example.org").await;
    let entity = ponte_app::entity::plan_entities::Entity::find().one(&app.db).await.expect("q").expect("an entity");
    let scope = format!("{PLAN}/{}", entity.slug);
    let res = call(app, &facilitator, "/api/accounts/grant_role", &[("email", "rep@example.org"), ("role", "association_rep"), ("scope", &scope)]).await;
    assert!(res.status().is_success() || res.status().is_redirection(), "{}", res.status());
    let rep = users::Entity::find().filter(users::Column::Email.eq("rep@example.org")).one(&app.db).await.expect("q").expect("rep");
    let grant = role_grants::Entity::find().filter(role_grants::Column::UserId.eq(rep.id)).one(&app.db).await.expect("q").expect("grant");
    assert_eq!(grant.entity_id, Some(entity.id));
    // But not a moderator, not another facilitator, and an association rep needs an association.
    for (role, scope) in [("moderator", ""), ("facilitator", PLAN), ("association_rep", PLAN)] {
        let res = call(app, &facilitator, "/api/accounts/grant_role", &[("email", "x@example.org"), ("role", role), ("scope", scope)]).await;
        assert!(matches!(res.status().as_u16(), 400 | 403), "{role}: {}", res.status());
    }
}

async fn residents_cannot_see_or_change_roles(app: &TestApp) {
    let resident = signed_in(app, "res@example.org").await;
    let res = resident.get(app.url("/admin/people")).send().await.expect("get");
    assert_eq!(res.status(), 403);
    let res = call(app, &resident, "/api/accounts/grant_role", &[("email", "res@example.org"), ("role", "admin"), ("scope", "")]).await;
    assert_eq!(res.status(), 403);
    assert!(res.text().await.expect("body").contains("Forbidden"));
    let anonymous = app.client();
    let res = call(app, &anonymous, "/api/accounts/grant_role", &[("email", "a@example.org"), ("role", "admin"), ("scope", "")]).await;
    assert_eq!(res.status(), 401);
    assert_eq!(role_grants::Entity::find().count(&app.db).await.expect("c"), 0);
    assert_eq!(account_actions(app).await, Vec::<String>::new());
}

async fn resident_updates_name_language_and_notifications(app: &TestApp) {
    let client = signed_in(app, "maria@example.org").await;
    let res = form_post(app, &client, "/api/accounts/update_profile", "/account", &[("display_name", "  Maria José "), ("lang", "uk")]).await;
    assert_eq!(location(&res), "/account?saved=1");
    assert!(set_cookies(&res).iter().any(|c| c.starts_with("ponte_lang=uk;")));
    let user = users::Entity::find().filter(users::Column::Email.eq("maria@example.org")).one(&app.db).await.expect("q").expect("u");
    assert_eq!((user.display_name.as_deref(), user.preferred_lang.as_str(), user.notify_email), (Some("Maria José"), "uk", false));
    let html = client.get(app.url("/account?saved=1")).send().await.expect("get").text().await.expect("body");
    assert!(html.contains("lang=\"uk\""), "the page follows the new language");
    assert!(html.contains("value=\"Maria José\""));
    // Bad input changes nothing.
    let long = "n".repeat(81);
    let res = call(app, &client, "/api/accounts/update_profile", &[("display_name", &long), ("lang", "en"), ("notify", "on")]).await;
    assert_eq!(res.status(), 422);
    let res = call(app, &client, "/api/accounts/update_profile", &[("display_name", "M"), ("lang", "xx"), ("notify", "on")]).await;
    assert_eq!(res.status(), 400);
    let same = users::Entity::find_by_id(user.id).one(&app.db).await.expect("q").expect("u");
    assert_eq!(same, user);
}

async fn resident_downloads_everything_tied_to_the_account(app: &TestApp) {
    let client = signed_in(app, "data@example.org").await;
    let res = client.get(app.url("/api/accounts/export")).send().await.expect("get");
    assert_eq!(res.status(), 200);
    let disposition = res.headers().get("content-disposition").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    let data: serde_json::Value = serde_json::from_str(&res.text().await.expect("body")).expect("json");
    assert_eq!(data["account"]["email"], "data@example.org");
    assert_eq!(data["sessions"].as_array().map(Vec::len), Some(1));
    assert_eq!(data["sign_in_requests"].as_array().map(Vec::len), Some(1));
    assert_eq!(data["emails"][0]["kind"], "sign-in");
    assert!(!data.to_string().contains("token"), "no secrets or their hashes");
    let res = app.client().get(app.url("/api/accounts/export")).send().await.expect("get");
    assert_eq!(res.status(), 401);
}

/// Text columns of every table, for searching the whole database.
async fn text_columns(app: &TestApp) -> Vec<(String, String)> {
    let db = &app.db;
    let backend = db.get_database_backend();
    let sql = match app.backend {
        Backend::Sqlite => "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                            WHERE m.type = 'table' AND (p.type LIKE '%CHAR%' OR p.type LIKE '%TEXT%' OR p.type = '')",
        Backend::Postgres => "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns \
                              WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')",
    };
    db.query_all_raw(Statement::from_string(backend, sql))
        .await
        .expect("columns")
        .into_iter()
        .map(|r| (r.try_get::<String>("", "t").expect("t"), r.try_get::<String>("", "c").expect("c")))
        .collect()
}

async fn occurrences(app: &TestApp, needle: &str) -> Vec<String> {
    let backend = app.db.get_database_backend();
    let mut found = Vec::new();
    for (table, column) in text_columns(app).await {
        let sql = format!("SELECT COUNT(*) AS n FROM {table} WHERE CAST({column} AS TEXT) LIKE '%{needle}%'");
        let row = app.db.query_one_raw(Statement::from_string(backend, sql)).await.expect("count").expect("row");
        let n: i64 = row.try_get("", "n").expect("n");
        if n > 0 {
            found.push(format!("{table}.{column}"));
        }
    }
    found
}

async fn deleting_the_account_removes_email_name_and_sessions(app: &TestApp) {
    let client = signed_in(app, "leave@example.org").await;
    let _other_device = signed_in(app, "leave@example.org").await;
    form_post(app, &client, "/api/accounts/update_profile", "/account", &[("display_name", "Zanele Quist"), ("lang", "en")]).await;
    // Without the confirmation box: nothing happens.
    let res = call(app, &client, "/api/accounts/delete_account", &[]).await;
    assert_eq!(res.status(), 400);
    assert!(!occurrences(app, "leave@example.org").await.is_empty());
    let counters = || async { ponte_app::entity::rate_limits::Entity::find().count(&app.db).await.expect("c") };
    assert_eq!(counters().await, 2, "sign-ins counted for the address and for the IP");
    let res = form_post(app, &client, "/api/accounts/delete_account", "/account", &[("confirm", "yes")]).await;
    assert_eq!(location(&res), "/?account-deleted=1");
    let html = client.get(app.url("/?account-deleted=1&lang=en")).send().await.expect("get").text().await.expect("body");
    assert!(crate::text(&html, "main .notice[role=status]").starts_with("Your account has been deleted"), "the landing page says it is done");
    assert_eq!(counters().await, 1, "the address's counter goes; the IP's names no one and ends within a day");
    assert_eq!(occurrences(app, "leave@example.org").await, Vec::<String>::new(), "the address is nowhere");
    assert_eq!(occurrences(app, "Zanele").await, Vec::<String>::new(), "the name is nowhere");
    assert_eq!(occurrences(app, "127.0.0.1").await, Vec::<String>::new(), "no IP address is stored");
    assert_eq!(sessions::Entity::find().count(&app.db).await.expect("c"), 0);
    assert_eq!(sign_in_tokens::Entity::find().count(&app.db).await.expect("c"), 0);
    assert_eq!(outbox::Entity::find().filter(outbox::Column::ToAddress.eq("leave@example.org")).count(&app.db).await.expect("c"), 0);
    let user = users::Entity::find().filter(users::Column::DeletedAt.is_not_null()).one(&app.db).await.expect("q").expect("the row stays for contributions");
    assert!(user.deleted_at.is_some() && user.email.is_none() && user.display_name.is_none());
    assert_eq!(client.get(app.url("/account")).send().await.expect("get").status(), 401);
    let actions = account_actions(app).await;
    assert_eq!(actions, vec!["account.deleted"]);
    // The address can sign up again, as a new account.
    signed_in(app, "leave@example.org").await;
    let again = users::Entity::find().filter(users::Column::Email.eq("leave@example.org")).all(&app.db).await.expect("q");
    assert_eq!(again.len(), 1);
    assert_ne!(again[0].id, user.id, "a new account, not the deleted one");
}

async fn a_facilitator_sees_only_the_people_of_their_own_plan(app: &TestApp) {
    make(app, "fac@example.org", Role::Facilitator, Some(PLAN)).await;
    make(app, "boss@example.org", Role::Admin, None).await;
    make(app, "mod@example.org", Role::Moderator, None).await;
    let entity = ponte_app::entity::plan_entities::Entity::find().one(&app.db).await.expect("q").expect("an entity");
    let request = people::GrantRequest {
        email: EmailAddress::parse("rep@example.org").expect("email"),
        role: Role::AssociationRep,
        plan_slug: Some(PLAN.to_owned()),
        entity_slug: Some(entity.slug.clone()),
    };
    people::grant_role(&app.db, None, request).await.expect("grant");
    let _resident = signed_in(app, "someone.else@example.org").await;
    let facilitator = signed_in(app, "fac@example.org").await;
    let html = facilitator.get(app.url("/admin/people?lang=en")).send().await.expect("get").text().await.expect("body");
    assert!(html.contains("rep@example.org") && html.contains("fac@example.org"), "the plan's people: {html}");
    for hidden in ["boss@example.org", "mod@example.org", "someone.else@example.org"] {
        assert!(!html.contains(hidden), "{hidden} has no role in the facilitator's plan");
    }
    let admin = signed_in(app, "boss@example.org").await;
    let html = admin.get(app.url("/admin/people?lang=en")).send().await.expect("get").text().await.expect("body");
    for shown in ["boss@example.org", "mod@example.org", "someone.else@example.org", "rep@example.org"] {
        assert!(html.contains(shown), "an administrator sees {shown}");
    }
}

backends!(
    a_facilitator_sees_only_the_people_of_their_own_plan,
    admin_gives_and_takes_roles_and_each_change_is_audited,
    facilitator_approves_association_representatives_only_in_their_plan,
    residents_cannot_see_or_change_roles,
    resident_updates_name_language_and_notifications,
    resident_downloads_everything_tied_to_the_account,
    deleting_the_account_removes_email_name_and_sessions,
);

/// Everything under `dir` whose bytes contain `needle`.
fn files_containing(dir: &std::path::Path, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let bytes = std::fs::read(entry.path()).unwrap_or_default();
        if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
            found.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    found
}

/// Waits (up to 15 s) for `done`, checking every 50 ms; false if it never held.
async fn eventually(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..300 {
        if done() {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    done()
}

/// What a deleted account leaves is nothing anyone can read back: not the raw SQLite file and its
/// write-ahead log (someone with a copy of the disk), not the `.eml` files of the file transport;
/// and sent emails keep no sign-in link or code in the outbox.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erased_address_is_in_no_file_and_sent_mail_keeps_no_secret() {
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    let client = signed_in(&app, "erase.me@example.org").await;
    signed_in(&app, "keep.me@example.org").await;
    // The worker starts after the sign-ins read their links from the outbox, as a late worker would.
    let mail_dir = tempfile::tempdir().expect("dir");
    let dir = mail_dir.path().to_string_lossy().into_owned();
    let settings = ponte_server::mail::MailSettings::from_lookup(&|k: &str| match k {
        "PONTE_MAIL_DIR" => Some(dir.clone()),
        "PONTE_OUTBOX_POLL_MS" => Some("50".into()),
        _ => None,
    })
    .expect("settings");
    let mailer = ponte_server::mail::Mailer::new(&settings).expect("mailer");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let worker = ponte_server::mail::spawn_worker(app.db.clone(), mailer, "erase-test".into(), settings.poll_interval, async {
        let _ = stopped.await;
    });
    let delivered = eventually(|| {
        !files_containing(mail_dir.path(), "erase.me@example.org").is_empty()
            && !files_containing(mail_dir.path(), "keep.me@example.org").is_empty()
    })
    .await;
    assert!(delivered, "both sign-in emails are written as .eml files");
    // Sent: only the envelope stays, without the link and code it carried.
    let rows = outbox::Entity::find().all(&app.db).await.expect("q");
    assert!(!rows.is_empty());
    for row in rows {
        assert_eq!(row.status, "sent", "{row:?}");
        assert!(row.text_body.is_empty() && row.html_body.is_empty(), "a sent email's body is emptied: {row:?}");
    }
    assert!(occurrences(&app, "/sign-in/link/").await.is_empty(), "no sign-in link anywhere in the database");

    let res = form_post(&app, &client, "/api/accounts/delete_account", "/account", &[("confirm", "yes")]).await;
    assert_eq!(location(&res), "/?account-deleted=1");
    let erased = eventually(|| files_containing(mail_dir.path(), "erase.me@example.org").is_empty()).await;
    assert!(erased, "the deleted account's emails leave the mail folder");
    assert_eq!(files_containing(mail_dir.path(), "keep.me@example.org").len(), 1, "other people's stay");
    // The worker removes the files, then marks its job done: the second step may come a moment
    // after the first is seen.
    let mut pending = 1;
    for _ in 0..100 {
        pending = outbox::Entity::find().filter(outbox::Column::Kind.eq("erase")).count(&app.db).await.expect("c");
        if pending == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(pending, 0, "the erasure is done");
    // The raw database file and its log, read as bytes.
    let db_file = ponte_server::config::sqlite_path(&app.test_db.url).expect("sqlite file");
    let db_dir = db_file.parent().expect("dir");
    assert_eq!(files_containing(db_dir, "erase.me@example.org"), Vec::<String>::new(), "in no database file");
    assert!(!files_containing(db_dir, "keep.me@example.org").is_empty(), "the check reads what is there");
    let _ = stop.send(());
    let _ = worker.await;
    app.stop().await;
}
