//! Password-less sign-in, sessions, sign-out, CSRF and rate limits, as a browser without
//! JavaScript (plain form posts) and as the hydrated app (server-function calls) meet them.

use ponte_app::{
    entity::{outbox, sessions, sign_in_tokens, users},
    writes::BeginWrite,
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

/// A plain HTML form post from a page of the site, as a browser without JavaScript sends it.
pub async fn form_post(app: &TestApp, client: &reqwest::Client, path: &str, from: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client
        .post(app.url(path))
        .header("accept", "text/html")
        .header("accept-language", "en")
        .header("origin", &app.base)
        .header("referer", app.url(from))
        .form(form)
        .send()
        .await
        .expect("post")
}

/// A server-function call as the hydrated app makes it.
pub async fn call(app: &TestApp, client: &reqwest::Client, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(app.url(path)).header("origin", &app.base).form(form).send().await.expect("post")
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

/// Where a form post led: the redirect's address, or, for a refused form shown again at once
/// with what was typed (status 422), `refused: ` and the page's error messages.
pub async fn outcome(res: reqwest::Response) -> String {
    if res.status().is_redirection() {
        return location(&res);
    }
    assert_eq!(res.status(), 422, "a form post is either redirected or refused");
    let html = res.text().await.expect("body");
    format!("refused: {}", crate::texts(&html, ".field-error, #problems").join(" | "))
}

pub fn set_cookies(res: &reqwest::Response) -> Vec<String> {
    res.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).map(str::to_owned).collect()
}

/// The newest email queued for `to`.
async fn last_email(app: &TestApp, to: &str) -> outbox::Model {
    outbox::Entity::find()
        .filter(outbox::Column::ToAddress.eq(to))
        .order_by_desc(outbox::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("an email was queued")
}

/// The sign-in link's token and the code, read from the email text.
fn link_and_code(email: &outbox::Model) -> (String, String) {
    let token = email
        .text_body
        .split_whitespace()
        .find_map(|w| w.split("/sign-in/link/").nth(1))
        .expect("a sign-in link in the email")
        .to_owned();
    // The code is written "123 456" in every language.
    let chars: Vec<char> = email.text_body.chars().collect();
    let code: String = chars
        .windows(7)
        .find(|w| w[3] == ' ' && w.iter().enumerate().all(|(i, c)| i == 3 || c.is_ascii_digit()))
        .map(|w| w.iter().filter(|c| c.is_ascii_digit()).collect())
        .expect("a code in the email");
    assert_eq!(code.len(), 6, "{}", email.text_body);
    (token, code)
}

async fn request(app: &TestApp, client: &reqwest::Client, email: &str, lang: &str) -> reqwest::Response {
    form_post(app, client, "/api/accounts/request_sign_in", "/sign-in", &[("email", email), ("lang", lang)]).await
}

async fn resident_signs_in_with_the_emailed_link(app: &TestApp) {
    let client = app.client();
    let res = request(app, &client, "  Ana.Silva@Example.PT ", "pt-PT").await;
    assert_eq!(res.status(), 302);
    assert_eq!(location(&res), "/sign-in/code");
    let email = last_email(app, "ana.silva@example.pt").await;
    assert_eq!(email.lang, "pt-PT");
    assert_eq!(email.subject, "A sua ligação para entrar na Ponte");
    assert!(email.html_body.contains("<html lang=\"pt-PT\" dir=\"ltr\">"));
    assert!(email.text_body.contains(&format!("{}/sign-in/link/", app.base)));
    let (token, _) = link_and_code(&email);
    // Opening the link only shows a button: a mail scanner fetching it uses nothing up.
    let (status, html) = app.get(&format!("/sign-in/link/{token}")).await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!("value=\"{token}\"")));
    let res = form_post(app, &client, "/api/accounts/sign_in_with_link", &format!("/sign-in/link/{token}"), &[("token", &token)]).await;
    assert_eq!(res.status(), 302);
    assert_eq!(location(&res), "/account");
    let cookie = set_cookies(&res).into_iter().find(|c| c.starts_with("ponte_session=")).expect("session cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"), "{cookie}");
    let res = client.get(app.url("/account")).send().await.expect("get");
    assert_eq!(res.status(), 200);
    assert!(res.text().await.expect("body").contains("ana.silva@example.pt"));
    // The account was created with the language of the request.
    let user = users::Entity::find().filter(users::Column::Email.eq("ana.silva@example.pt")).one(&app.db).await.expect("q");
    assert_eq!(user.map(|u| u.preferred_lang).as_deref(), Some("pt-PT"));
    // The same link a second time: refused, with the reason on the page it came from.
    let other = app.client();
    let res = form_post(app, &other, "/api/accounts/sign_in_with_link", &format!("/sign-in/link/{token}?lang=en"), &[("token", &token)]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("body");
    assert!(html.contains("has expired or was already used"), "{html}");
}

async fn resident_signs_in_with_the_code_typed_in_arabic_digits(app: &TestApp) {
    let client = app.client();
    request(app, &client, "karim@example.org", "ar").await;
    let email = last_email(app, "karim@example.org").await;
    assert!(email.html_body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let (_, code) = link_and_code(&email);
    let arabic: String = code.chars().map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap_or(0)).unwrap_or(c)).collect();
    let res = form_post(app, &client, "/api/accounts/sign_in_with_code", "/sign-in/code", &[("code", &arabic)]).await;
    assert_eq!(res.status(), 302, "{:?}", location(&res));
    assert_eq!(location(&res), "/account");
    assert!(set_cookies(&res).iter().any(|c| c.starts_with("ponte_session=")));
}

async fn wrong_codes_are_counted_and_the_fifth_ends_the_sign_in(app: &TestApp) {
    let client = app.client();
    request(app, &client, "bina@example.org", "ne").await;
    let (_, code) = link_and_code(&last_email(app, "bina@example.org").await);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for attempt in 1..=5 {
        let res = call(app, &client, "/api/accounts/sign_in_with_code", &[("code", wrong)]).await;
        assert_eq!(res.status(), 422);
        let body = res.text().await.expect("body");
        let expected = if attempt < 5 { "CodeWrong" } else { "TooManyAttempts" };
        assert!(body.contains(expected), "attempt {attempt}: {body}");
    }
    let res = call(app, &client, "/api/accounts/sign_in_with_code", &[("code", &code)]).await;
    assert_eq!(res.status(), 422, "the right code no longer works");
    let res = call(app, &client, "/api/accounts/sign_in_with_code", &[("code", "12")]).await;
    assert!(res.text().await.expect("body").contains("CodeMalformed"));
}

/// A guesser who asks for new sign-in emails again and again still gets ten codes a day for one
/// account; the person's own emailed link keeps working.
async fn codes_tried_for_one_account_are_limited_per_day_but_the_link_still_signs_in(app: &TestApp) {
    let guesser = app.client();
    let mut statuses = Vec::new();
    let mut latest = (String::new(), String::new());
    for _ in 0..3 {
        request(app, &guesser, "target@example.org", "en").await;
        latest = link_and_code(&last_email(app, "target@example.org").await);
        let wrong = if latest.1 == "000000" { "111111" } else { "000000" };
        // Four per email: under the five that end one email's code.
        for _ in 0..4 {
            statuses.push(call(app, &guesser, "/api/accounts/sign_in_with_code", &[("code", wrong)]).await.status().as_u16());
        }
    }
    assert_eq!(statuses[..10], [422; 10], "{statuses:?}");
    assert_eq!(statuses[10..], [429, 429], "{statuses:?}");
    let (token, code) = latest;
    let res = call(app, &guesser, "/api/accounts/sign_in_with_code", &[("code", &code)]).await;
    assert_eq!(res.status(), 429, "the code form stays closed for this account today");
    let owner = app.client();
    let res = form_post(app, &owner, "/api/accounts/sign_in_with_link", "/", &[("token", &token)]).await;
    assert_eq!(location(&res), "/account", "the emailed link is never locked");
}

async fn secrets_are_stored_only_as_hashes(app: &TestApp) {
    let client = app.client();
    request(app, &client, "hash@example.org", "en").await;
    let (token, code) = link_and_code(&last_email(app, "hash@example.org").await);
    let row = sign_in_tokens::Entity::find()
        .filter(sign_in_tokens::Column::Email.eq("hash@example.org"))
        .one(&app.db)
        .await
        .expect("q")
        .expect("row");
    assert_ne!(row.link_hash, token);
    assert!(!row.code_hash.contains(&code) && !row.link_hash.contains(&code));
    // Whoever reads the table cannot try the million codes offline: the hash is keyed with the
    // server secret, which is not in the database (a plain SHA-256 would fall in a second).
    let plain = |text: String| {
        use base64::Engine;
        use sha2::Digest;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(text.as_bytes()))
    };
    assert_ne!(row.code_hash, plain(format!("{}:{code}", row.link_hash)));
    assert_ne!(row.link_hash, plain(token.clone()));
    let res = form_post(app, &client, "/api/accounts/sign_in_with_link", "/", &[("token", &token)]).await;
    let cookie = set_cookies(&res).into_iter().find(|c| c.starts_with("ponte_session=")).expect("cookie");
    let value = cookie.trim_start_matches("ponte_session=").split(';').next().unwrap_or_default().to_owned();
    let stored: Vec<String> = sessions::Entity::find().all(&app.db).await.expect("q").into_iter().map(|s| s.token_hash).collect();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], value);
}

async fn answer_does_not_reveal_whether_an_address_has_an_account(app: &TestApp) {
    // Make an account for known@…
    let client = app.client();
    request(app, &client, "known@example.org", "en").await;
    let (token, _) = link_and_code(&last_email(app, "known@example.org").await);
    form_post(app, &client, "/api/accounts/sign_in_with_link", "/", &[("token", &token)]).await;
    let mut answers = Vec::new();
    for address in ["known@example.org", "stranger@example.org"] {
        let res = request(app, &app.client(), address, "en").await;
        let cookie_names: Vec<String> =
            set_cookies(&res).iter().map(|c| c.split('=').next().unwrap_or_default().to_owned()).collect();
        answers.push((res.status(), location(&res), cookie_names, res.text().await.expect("body")));
    }
    assert_eq!(answers[0], answers[1]);
    let stranger = users::Entity::find().filter(users::Column::Email.eq("stranger@example.org")).count(&app.db).await.expect("count");
    assert_eq!(stranger, 0, "no account before the link is used");
}

async fn expired_link_is_refused(app: &TestApp) {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let client = app.client();
    request(app, &client, "late@example.org", "en").await;
    let (token, _) = link_and_code(&last_email(app, "late@example.org").await);
    let row = sign_in_tokens::Entity::find().one(&app.db).await.expect("q").expect("row");
    let mut active: sign_in_tokens::ActiveModel = row.into();
    active.expires_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
    active.update(&app.db).await.expect("update");
    let res = call(app, &client, "/api/accounts/sign_in_with_link", &[("token", &token)]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.expect("body").contains("LinkInvalid"));
}

async fn malformed_email_is_explained_and_nothing_is_stored(app: &TestApp) {
    let client = app.client();
    let res = call(app, &client, "/api/accounts/request_sign_in", &[("email", "ana@"), ("lang", "en")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.expect("body").contains("EmailMalformed"));
    let long = format!("{}@example.org", "x".repeat(400));
    let res = call(app, &client, "/api/accounts/request_sign_in", &[("email", &long), ("lang", "en")]).await;
    assert_eq!(res.status(), 422);
    // Without JavaScript: back to the form, which shows the translated reason next to the field.
    let res = request(app, &client, "not an address", "en").await;
    assert_eq!(res.status(), 422, "the form is shown again at once");
    let html = res.text().await.expect("body");
    assert!(html.contains("id=\"email-error\""), "{html}");
    assert!(html.contains("This does not look like an email address"), "{html}");
    assert!(html.contains("aria-invalid=\"true\""));
    assert_eq!(outbox::Entity::find().count(&app.db).await.expect("count"), 0);
    assert_eq!(sign_in_tokens::Entity::find().count(&app.db).await.expect("count"), 0);
}

async fn repeated_requests_for_one_address_are_limited(app: &TestApp) {
    let client = app.client();
    for _ in 0..3 {
        let res = call(app, &client, "/api/accounts/request_sign_in", &[("email", "spam@example.org"), ("lang", "en")]).await;
        assert!(res.status().is_success() || res.status().is_redirection(), "{}", res.status());
    }
    let res = call(app, &client, "/api/accounts/request_sign_in", &[("email", "spam@example.org"), ("lang", "en")]).await;
    assert_eq!(res.status(), 429);
    assert!(res.text().await.expect("body").contains("RateLimited"));
    let sent = outbox::Entity::find().filter(outbox::Column::ToAddress.eq("spam@example.org")).count(&app.db).await.expect("count");
    assert_eq!(sent, 3, "the limited request sends nothing");
    // Other addresses from the same IP still work, up to the per-IP limit of 10 attempts in 15
    // minutes (the limited one above counts as an attempt too).
    for i in 0..6 {
        let res = call(app, &client, "/api/accounts/request_sign_in", &[("email", &format!("p{i}@example.org")), ("lang", "en")]).await;
        assert_ne!(res.status(), 429, "request {i}");
    }
    let res = call(app, &client, "/api/accounts/request_sign_in", &[("email", "p99@example.org"), ("lang", "en")]).await;
    assert_eq!(res.status(), 429, "the 11th request from one IP is limited");
}

/// A browser signed in as `address` (by the emailed link).
pub async fn signed_in(app: &TestApp, address: &str) -> reqwest::Client {
    let client = app.client();
    request(app, &client, address, "en").await;
    let (token, _) = link_and_code(&last_email(app, address).await);
    let res = form_post(app, &client, "/api/accounts/sign_in_with_link", "/", &[("token", &token)]).await;
    assert_eq!(location(&res), "/account", "signed in as {address}");
    client
}

async fn signing_out_ends_the_session_and_everywhere_ends_them_all(app: &TestApp) {
    let laptop = signed_in(app, "rui@example.org").await;
    let phone = signed_in(app, "rui@example.org").await;
    assert_eq!(sessions::Entity::find().count(&app.db).await.expect("count"), 2);
    let res = form_post(app, &laptop, "/api/accounts/sign_out", "/account", &[]).await;
    assert_eq!(location(&res), "/");
    assert!(set_cookies(&res).iter().any(|c| c.starts_with("ponte_session=;") && c.contains("Max-Age=0")));
    assert_eq!(laptop.get(app.url("/account")).send().await.expect("get").status(), 401);
    assert_eq!(phone.get(app.url("/account")).send().await.expect("get").status(), 200);
    let laptop = signed_in(app, "rui@example.org").await;
    form_post(app, &phone, "/api/accounts/sign_out_everywhere", "/account", &[]).await;
    assert_eq!(sessions::Entity::find().count(&app.db).await.expect("count"), 0);
    assert_eq!(laptop.get(app.url("/account")).send().await.expect("get").status(), 401);
    assert_eq!(phone.get(app.url("/account")).send().await.expect("get").status(), 401);
}

async fn signing_in_again_replaces_the_session(app: &TestApp) {
    let client = app.client();
    for round in 0..2 {
        request(app, &client, "ines@example.org", "en").await;
        let (token, _) = link_and_code(&last_email(app, "ines@example.org").await);
        form_post(app, &client, "/api/accounts/sign_in_with_link", "/", &[("token", &token)]).await;
        assert_eq!(sessions::Entity::find().count(&app.db).await.expect("count"), 1, "round {round}");
    }
}

/// On SQLite one connection writes at a time. A sign-in arriving while another connection is
/// writing (the outbox marking an email sent, say) waits its turn instead of failing: it used to
/// read the link first and then find the database busy, which SQLite answers at once.
async fn a_sign_in_waits_for_another_write_instead_of_failing(app: &TestApp) {
    let client = app.client();
    request(app, &client, "rui@example.org", "en").await;
    let (token, _) = link_and_code(&last_email(app, "rui@example.org").await);
    let writer = app.db.begin_write().await.expect("begin");
    writer.execute_unprepared("UPDATE outbox SET attempts = attempts").await.expect("write");
    let sign_in = {
        let (app_url, base, token) = (app.url("/api/accounts/sign_in_with_link"), app.base.clone(), token.clone());
        let client = client.clone();
        tokio::spawn(async move {
            client
                .post(app_url)
                .header("accept", "text/html")
                .header("origin", &base)
                .header("referer", format!("{base}/sign-in/link/{token}"))
                .form(&[("token", token.as_str())])
                .send()
                .await
                .expect("post")
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    writer.commit().await.expect("commit");
    let res = sign_in.await.expect("the sign-in request");
    assert_eq!((res.status().as_u16(), location(&res)), (302, "/account".to_owned()));
    assert_eq!(sessions::Entity::find().count(&app.db).await.expect("count"), 1);
}

async fn every_server_function_refuses_cross_site_requests(app: &TestApp) {
    let client = reqwest::Client::new();
    let paths: Vec<&str> = leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path).collect();
    assert!(paths.len() >= 10, "{paths:?}");
    for path in &paths {
        for origin in [Some("https://evil.example"), Some("null"), None] {
            let mut req = client.post(app.url(path)).form(&[("lang", "en")]);
            if let Some(origin) = origin {
                req = req.header("origin", origin);
            }
            let res = req.send().await.expect("post");
            assert_eq!(res.status(), 403, "{path} from {origin:?}");
            assert!(res.text().await.expect("body").contains("CrossSite"), "{path}");
        }
        // A Referer from another site does not help either.
        let res = client.post(app.url(path)).header("referer", "https://evil.example/x").send().await.expect("post");
        assert_eq!(res.status(), 403, "{path} with a foreign referer");
    }
    // Same-site calls pass the check (and then succeed or fail on their own merits).
    let res = client.post(app.url("/api/plans/list")).header("origin", &app.base).form(&[("lang", "en")]).send().await.expect("post");
    assert_eq!(res.status(), 200);
    let res = client.post(app.url("/api/plans/list")).header("referer", app.url("/")).form(&[("lang", "en")]).send().await.expect("post");
    assert_eq!(res.status(), 200);
    assert_eq!(outbox::Entity::find().count(&app.db).await.expect("count"), 0);
}

backends!(
    resident_signs_in_with_the_emailed_link,
    resident_signs_in_with_the_code_typed_in_arabic_digits,
    wrong_codes_are_counted_and_the_fifth_ends_the_sign_in,
    codes_tried_for_one_account_are_limited_per_day_but_the_link_still_signs_in,
    secrets_are_stored_only_as_hashes,
    answer_does_not_reveal_whether_an_address_has_an_account,
    expired_link_is_refused,
    malformed_email_is_explained_and_nothing_is_stored,
    repeated_requests_for_one_address_are_limited,
    signing_out_ends_the_session_and_everywhere_ends_them_all,
    signing_in_again_replaces_the_session,
    a_sign_in_waits_for_another_write_instead_of_failing,
    every_server_function_refuses_cross_site_requests,
);
