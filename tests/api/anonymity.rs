//! Anonymity that survives someone who reads the database: for surveys answered by account or by
//! code, "who took part" (the marks) and "what was answered" (the responses) share no
//! transaction, no order and no time. Responses are held until at least five can be stored
//! together, in random order with random ids, in a transaction of their own.

use std::collections::BTreeSet;

use ponte_app::{
    accounts::{domain::EmailAddress, model::SESSION_COOKIE, service as accounts},
    entity::{survey_codes, survey_held, survey_participations, survey_responses, survey_texts},
    surveys::{model::Access, service, store},
};
use ponte_tests::{Backend, TestApp, backends};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Statement};

use crate::surveys::{PLAN, SHORT, path, survey};

/// A browser signed in as `email` (a session made the way the emailed link makes it).
async fn session(app: &TestApp, email: &str) -> String {
    let address = EmailAddress::parse(email).expect("email");
    let secrets = accounts::request_sign_in(&app.db, &address, Default::default(), &app.base).await.expect("sign-in email");
    accounts::sign_in_with_link(&app.db, &secrets.link_token).await.expect("session").token
}

async fn answer_as(app: &TestApp, session: &str, slug: &str, why: &str) -> String {
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(app.url(&path(slug, "/respond")))
        .header("origin", &app.base)
        .header("cookie", format!("{SESSION_COOKIE}={session}"))
        .form(&[("_section", "0"), ("_action", "next"), ("_shown", "ok why"), ("q.ok", "yes"), ("q.why", why)])
        .send()
        .await
        .expect("post");
    res.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

async fn count_responses(app: &TestApp, id: i32) -> u64 {
    survey_responses::Entity::find().filter(survey_responses::Column::SurveyId.eq(id)).count(&app.db).await.expect("count")
}

async fn strings(app: &TestApp, sql: &str) -> Vec<String> {
    let rows = app.db.query_all_raw(Statement::from_string(app.db.get_database_backend(), sql.to_owned())).await.expect(sql);
    rows.iter().map(|r| r.try_get::<String>("", "v").expect("v")).collect()
}

async fn who_took_part_cannot_be_matched_to_what_they_answered(app: &TestApp) {
    let id = survey(app, "members-only", Access::Account, SHORT, |_| {}).await;
    let mut sessions = Vec::new();
    for i in 0..7 {
        sessions.push(session(app, &format!("member{i}@example.org")).await);
    }
    // The first four are held: nothing in the responses, the tallies or the texts yet.
    for (i, s) in sessions.iter().take(4).enumerate() {
        assert_eq!(answer_as(app, s, "members-only", &format!("reason {i}")).await, path("members-only", "/thanks"));
        assert_eq!(count_responses(app, id).await, 0, "held, not stored, after {} responses", i + 1);
    }
    assert_eq!(store::held(&app.db, id).await.expect("held"), 4);
    assert!(service::tallies(&app.db, id).await.expect("tallies").is_empty(), "not counted yet");
    assert_eq!(survey_texts::Entity::find().filter(survey_texts::Column::SurveyId.eq(id)).count(&app.db).await.expect("c"), 0);
    // The fifth stores all five, together.
    assert_eq!(answer_as(app, &sessions[4], "members-only", "reason 4").await, path("members-only", "/thanks"));
    assert_eq!(count_responses(app, id).await, 5);
    assert_eq!(store::held(&app.db, id).await.expect("held"), 0);
    let tallies = service::tallies(&app.db, id).await.expect("tallies");
    assert_eq!(tallies.get(&("ok".to_owned(), "yes".to_owned())), Some(&5));
    // Ids are random (no order of arrival), far from one another.
    let responses = survey_responses::Entity::find().filter(survey_responses::Column::SurveyId.eq(id)).all(&app.db).await.expect("q");
    let mut ids: Vec<i64> = responses.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    assert!(ids.iter().all(|id| *id >= 1 << 32 && *id < 1 << 53), "{ids:?}");
    assert!(ids.windows(2).all(|w| w[1] - w[0] > 1), "no sequence: {ids:?}");
    match app.backend {
        Backend::Sqlite => {
            // "Who took part" has no insertion order of its own.
            let rowid = app.db.query_all_raw(Statement::from_string(app.db.get_database_backend(), "SELECT rowid FROM survey_participations".to_owned())).await;
            assert!(rowid.is_err(), "participations are a WITHOUT ROWID table");
        }
        Backend::Postgres => {
            // No response, tally or text was written in a transaction that set a mark.
            let marks: BTreeSet<String> = strings(app, &format!("SELECT xmin::text AS v FROM survey_participations WHERE survey_id = {id}")).await.into_iter().collect();
            assert_eq!(marks.len(), 5, "each person's mark in its own transaction");
            let stored: BTreeSet<String> = strings(app, &format!("SELECT xmin::text AS v FROM survey_responses WHERE survey_id = {id}")).await.into_iter().collect();
            assert_eq!(stored.len(), 1, "the five responses were stored together");
            let tallies: BTreeSet<String> = strings(app, &format!("SELECT xmin::text AS v FROM survey_tallies WHERE survey_id = {id}")).await.into_iter().collect();
            let texts: BTreeSet<String> = strings(app, &format!("SELECT xmin::text AS v FROM survey_texts WHERE survey_id = {id}")).await.into_iter().collect();
            assert!(marks.is_disjoint(&stored) && marks.is_disjoint(&tallies) && marks.is_disjoint(&texts), "{marks:?} {stored:?} {tallies:?} {texts:?}");
        }
    }
    // Two more, then the survey closes: the last ones are stored however few, by housekeeping
    // (and the results page) — and the facilitators are told meanwhile.
    for s in &sessions[5..] {
        answer_as(app, s, "members-only", "late").await;
    }
    assert_eq!(count_responses(app, id).await, 5);
    let closed = chrono::Utc::now() - chrono::Duration::minutes(1);
    ponte_app::entity::surveys::Entity::update_many()
        .col_expr(ponte_app::entity::surveys::Column::ClosesAt, sea_orm::sea_query::Expr::value(closed))
        .filter(ponte_app::entity::surveys::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .expect("close");
    let purged = ponte_tests::ponte_server::maintenance::purge(&app.db, chrono::Utc::now()).await.expect("housekeeping");
    assert_eq!(purged.held_released, 2);
    assert_eq!(count_responses(app, id).await, 7);
    assert_eq!(survey_held::Entity::find().count(&app.db).await.expect("c"), 0);
    assert_eq!(
        survey_participations::Entity::find().filter(survey_participations::Column::SurveyId.eq(id)).count(&app.db).await.expect("c"),
        7
    );
}

/// A code says only that it was used: not when, and nothing that points to a response.
async fn a_used_code_keeps_no_day(app: &TestApp) {
    let id = survey(app, "paper", Access::Codes, SHORT, |_| {}).await;
    let loaded = service::load(&app.db, PLAN, "paper").await.expect("survey");
    crate::surveys::make(app, "paper-codes@example.org", ponte_app::accounts::roles::Role::Facilitator).await;
    let facilitator = ponte_app::entity::users::Entity::find()
        .filter(ponte_app::entity::users::Column::Email.eq("paper-codes@example.org"))
        .one(&app.db)
        .await
        .expect("q")
        .expect("user")
        .id;
    service::generate_codes(&app.db, &loaded, 1, facilitator).await.expect("codes");
    let code = survey_codes::Entity::find().filter(survey_codes::Column::SurveyId.eq(id)).one(&app.db).await.expect("q").expect("code");
    let token = service::start_with_code(&app.db, &loaded, &code.code, Default::default()).await.expect("start");
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(app.url(&path("paper", "/respond")))
        .header("origin", &app.base)
        .header("cookie", format!("{}={token}", ponte_app::surveys::http::draft_cookie(id)))
        .form(&[("_section", "0"), ("_action", "next"), ("_shown", "ok why"), ("q.ok", "no")])
        .send()
        .await
        .expect("post");
    assert_eq!(res.headers()["location"], path("paper", "/thanks").as_str());
    let used = survey_codes::Entity::find_by_id(code.id).one(&app.db).await.expect("q").expect("code");
    assert!(used.used && used.used_on.is_none(), "{used:?}");
    assert_eq!(store::held(&app.db, id).await.expect("held"), 1, "held until four more come in");
}

/// A rate-limit counter says nothing anyone can use: its key is not the plain hash an attacker
/// would compute for an address (trying all of IPv4 takes minutes), and it starts at the window's
/// boundary, never at the moment of a request.
async fn rate_limit_counters_name_no_address_and_no_moment(app: &TestApp) {
    use base64::Engine;
    use sha2::Digest;
    let res = reqwest::Client::new()
        .post(app.url("/api/accounts/request_sign_in"))
        .header("origin", &app.base)
        .form(&[("email", "counted@example.org"), ("lang", "en")])
        .send()
        .await
        .expect("post");
    assert!(res.status().as_u16() < 400, "{}", res.status());
    let rows = ponte_app::entity::rate_limits::Entity::find().all(&app.db).await.expect("q");
    assert_eq!(rows.len(), 2, "one counter for the address, one for the email");
    let plain = |key: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(key.as_bytes()));
    for row in &rows {
        for guess in ["sign-in:ip:127.0.0.1", "sign-in:ip:::1", "sign-in:email:counted@example.org"] {
            assert_ne!(row.key, plain(guess), "{guess}");
        }
        assert!(!row.key.contains("127.0.0.1") && !row.key.contains("counted"));
        let start = row.window_start;
        assert_eq!(start.timestamp() % (15 * 60), 0, "the window's boundary, not the request's moment: {start}");
        assert_eq!(start.timestamp_subsec_nanos(), 0);
    }
    let salts = app.db.query_all_raw(Statement::from_string(app.db.get_database_backend(), "SELECT day FROM rate_limit_salts")).await.expect("q");
    assert_eq!(salts.len(), 1, "one salt: today's");
}

backends!(
    who_took_part_cannot_be_matched_to_what_they_answered,
    a_used_code_keeps_no_day,
    rate_limit_counters_name_no_address_and_no_moment,
);
