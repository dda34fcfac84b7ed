//! What every answer carries at the edge: HSTS and `Secure` cookies behind TLS, `no-store` on
//! personal pages, and the client's address seen through a trusted reverse proxy only.

use ponte_app::site::SiteInfo;
use ponte_server::client_ip::TrustedProxies;
use ponte_tests::{Backend, TestApp};

use crate::accounts::{call, signed_in};

fn header(res: &reqwest::Response, name: &str) -> String {
    res.headers().get_all(name).iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(" | ")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personal_pages_are_never_stored_and_public_pages_may_be() {
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    let anonymous = reqwest::Client::new();
    let public = anonymous.get(app.url("/plans/vale-do-lirio-2026")).send().await.expect("get");
    assert_eq!(public.status(), 200);
    assert!(!header(&public, "cache-control").contains("no-store"), "a public page may be kept");
    assert!(header(&public, "strict-transport-security").is_empty(), "no HSTS over plain HTTP");
    for path in ["/sign-in", "/account", "/admin/people", "/plans/vale-do-lirio-2026/surveys/your-voice/codes"] {
        let res = anonymous.get(app.url(path)).send().await.expect("get");
        assert_eq!(header(&res, "cache-control"), "no-store", "{path}");
    }
    // Signed in, every page is about someone: even the public ones are not stored.
    let person = signed_in(&app, "ines@example.org").await;
    for path in ["/account", "/plans/vale-do-lirio-2026"] {
        let res = person.get(app.url(path)).send().await.expect("get");
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(header(&res, "cache-control"), "no-store", "{path}");
    }
    // The bundle is the same for everyone and stays cacheable: under the version the pages link
    // (a hash of the build) for a year, unchanging; under any other URL for an hour.
    let html = person.get(app.url("/")).send().await.expect("get").text().await.expect("body");
    let css = crate::attr(&html, "link[rel=stylesheet]", "href").expect("a stylesheet");
    let version = css.strip_prefix("/pkg/").and_then(|rest| rest.strip_suffix("/ponte.css")).expect("/pkg/<version>/ponte.css");
    assert!(version.len() == 12 && version.chars().all(|c| c.is_ascii_hexdigit()), "{css}");
    assert!(html.contains(&format!("/pkg/{version}/ponte.js")) && html.contains(&format!("/pkg/{version}/ponte_bg.wasm")), "{html}");
    let bundle = person.get(app.url(&css)).send().await.expect("get");
    assert_eq!(bundle.status(), 200);
    assert_eq!(header(&bundle, "cache-control"), "public, max-age=31536000, immutable");
    for older in ["/pkg/ponte.css", "/pkg/0123456789ab/ponte.css"] {
        let bundle = person.get(app.url(older)).send().await.expect("get");
        assert_eq!(bundle.status(), 200, "{older}");
        assert_eq!(header(&bundle, "cache-control"), "public, max-age=3600", "{older}");
    }
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_https_answers_carry_hsts_and_cookies_are_secure() {
    let app = TestApp::spawn_tuned(Backend::Sqlite, true, SiteInfo::default(), |s| {
        s.public_url = "https://ponte.example.pt".into();
        s.cookie_secure = true;
    })
    .await
    .expect("app");
    let res = reqwest::Client::new().get(app.url("/?lang=en")).send().await.expect("get");
    assert_eq!(header(&res, "strict-transport-security"), "max-age=31536000");
    let cookies = header(&res, "set-cookie");
    assert!(cookies.contains("ponte_lang=en") && cookies.contains("; Secure"), "{cookies}");
    app.stop().await;
}

/// Eleven sign-in requests (each for another address), all claiming other addresses in
/// `X-Forwarded-For`; the status of each.
async fn sign_ins_through(app: &TestApp, forwarded_for: impl Fn(usize) -> String) -> Vec<u16> {
    let client = reqwest::Client::new();
    let mut statuses = Vec::new();
    for i in 0..11 {
        let email = format!("visitor{i}@example.org");
        let res = client
            .post(app.url("/api/accounts/request_sign_in"))
            .header("origin", &app.base)
            .header("x-forwarded-for", forwarded_for(i))
            .form(&[("email", email.as_str()), ("lang", "en")])
            .send()
            .await
            .expect("post");
        statuses.push(res.status().as_u16());
    }
    statuses
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwarded_addresses_count_only_from_a_trusted_proxy() {
    // No proxy configured: the header is anyone's to write, so it changes nothing.
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    let statuses = sign_ins_through(&app, |i| format!("198.51.100.{i}")).await;
    assert_eq!(statuses.last(), Some(&429), "one connection's address, however it names itself: {statuses:?}");
    app.stop().await;

    // Behind a trusted proxy (this machine), each forwarded client has its own limit...
    let proxies = TrustedProxies::parse("127.0.0.1, ::1").expect("list");
    let app = TestApp::spawn_with_state(Backend::Sqlite, true, SiteInfo::default(), |s| s.proxies = proxies.clone())
        .await
        .expect("app");
    let statuses = sign_ins_through(&app, |i| format!("198.51.100.{i}")).await;
    assert!(statuses.iter().all(|s| *s != 429), "{statuses:?}");
    // ...and one client stays one client, whatever it writes before the proxy's entry.
    let statuses = sign_ins_through(&app, |i| format!("10.9.9.{i}, 203.0.113.5")).await;
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
    // The proxy's own requests (no header at all) count as the proxy.
    let admin = signed_in(&app, "ana@example.org").await;
    assert_eq!(call(&app, &admin, "/api/accounts/current_person", &[]).await.status(), 200);
    app.stop().await;
}
