//! Language choice: `?lang=` (remembered in a cookie), then the cookie, then Accept-Language,
//! then Portuguese; `<html lang dir>` follows on every page.

use ponte_tests::{TestApp, backends};

use crate::{attr, text};

async fn lang_link_switches_language_and_is_remembered(app: &TestApp) {
    let client = app.client();
    let res = client.get(app.url("/accessibility?lang=ar")).send().await.expect("get");
    assert_eq!(res.status(), 200);
    let cookie = res.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert!(cookie.starts_with("ponte_lang=ar;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"), "{cookie}");
    assert_eq!(res.headers().get("content-language").and_then(|v| v.to_str().ok()), Some("ar"));
    let html = res.text().await.expect("body");
    assert_eq!(attr(&html, "html", "dir").as_deref(), Some("rtl"));
    assert_eq!(text(&html, "h1"), "بيان إمكانية الوصول");
    // Later pages, with no ?lang=, stay in Arabic even if the browser prefers English.
    let res = client.get(app.url("/")).header("accept-language", "en").send().await.expect("get");
    let html = res.text().await.expect("body");
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("ar"));
}

async fn browser_language_is_used_without_a_choice(app: &TestApp) {
    let (_, html) = app.get_with("/", &[("accept-language", "de-DE,ne;q=0.8,en;q=0.5")]).await;
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("ne"));
    let (_, html) = app.get_with("/", &[("accept-language", "zh-CN,zh;q=0.9,en;q=0.5")]).await;
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("zh-Hans"));
    let (_, html) = app.get_with("/", &[("accept-language", "pa-IN")]).await;
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("pa-Guru"));
    let (_, html) = app.get_with("/", &[("accept-language", "pt-BR")]).await;
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("pt-PT"));
    let (_, html) = app.get_with("/", &[("accept-language", "de")]).await;
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("pt-PT"));
    assert_eq!(attr(&html, "html", "dir").as_deref(), Some("ltr"));
}

async fn unknown_lang_parameter_is_ignored_not_an_error(app: &TestApp) {
    let res = reqwest::Client::new()
        .get(app.url("/?lang=xx-invalid"))
        .header("accept-language", "bn")
        .send()
        .await
        .expect("get");
    assert_eq!(res.status(), 200);
    assert!(res.headers().get("set-cookie").is_none());
    let html = res.text().await.expect("body");
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("bn"));
}

async fn language_picker_keeps_the_page_and_its_filter(app: &TestApp) {
    let (_, html) = app.get("/plans/vale-do-lirio-2026/entities?area=LIN&lang=en").await;
    assert_eq!(
        attr(&html, ".language-picker a[hreflang=\"ur\"]", "href").as_deref(),
        Some("/plans/vale-do-lirio-2026/entities?area=LIN&lang=ur")
    );
    assert_eq!(attr(&html, ".language-picker a[aria-current=\"true\"]", "hreflang").as_deref(), Some("en"));
}

backends!(
    lang_link_switches_language_and_is_remembered,
    browser_language_is_used_without_a_choice,
    unknown_lang_parameter_is_ignored_not_an_error,
    language_picker_keeps_the_page_and_its_filter,
);
