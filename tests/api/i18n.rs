//! Language choice: `?lang=` (remembered in a cookie), then the cookie, then Accept-Language,
//! then Portuguese; `<html lang dir>` follows on every page.

use ponte_tests::{TestApp, backends};

use crate::{attr, text, texts};

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

async fn content_only_language_shows_the_plan_in_it_and_the_interface_in_portuguese(app: &TestApp) {
    let client = app.client();
    let res = client.get(app.url("/plans/vale-do-lirio-2026/measures/VL-LIN-03?lang=kea")).send().await.expect("get");
    assert_eq!(res.status(), 200);
    let cookie = res.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert!(cookie.starts_with("ponte_lang=kea;"), "the choice is remembered: {cookie}");
    let html = res.text().await.expect("body");
    // The interface is Portuguese (its language and direction), the plan's texts Kabuverdianu.
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("pt-PT"));
    assert_eq!(attr(&html, "html", "dir").as_deref(), Some("ltr"));
    assert_eq!(text(&html, ".skip-link"), "Saltar para o conteúdo principal");
    assert_eq!(attr(&html, "h1 span", "lang").as_deref(), Some("kea"));
    assert!(text(&html, "h1").starts_with("Aula di purtugês"), "{}", text(&html, "h1"));
    assert_eq!(attr(&html, ".summary p", "lang").as_deref(), Some("kea"));
    assert!(texts(&html, ".summary .fallback-note").is_empty(), "a text written in Kabuverdianu has no note");
    // The description has no Kabuverdianu: Portuguese, said so.
    assert!(texts(&html, ".fallback-note").contains(&"(Ainda sem tradução: apresentado em Português.)".to_owned()));
    // The page says which texts are in which language, in the interface's language.
    assert_eq!(
        text(&html, ".content-language-note"),
        "Escolheu Kabuverdianu: os textos do plano aparecem nesta língua onde já foram escritos; o resto da página está em Português."
    );
    // The picker names the choice and offers it among the content-only languages.
    assert_eq!(text(&html, ".language-picker summary span[lang]"), "Kabuverdianu");
    assert_eq!(attr(&html, ".language-picker a[aria-current=\"true\"]", "hreflang").as_deref(), Some("kea"));
    // Later pages stay in the choice: the plan's title in Kabuverdianu.
    let html = client.get(app.url("/plans/vale-do-lirio-2026")).send().await.expect("get").text().await.expect("body");
    assert!(text(&html, "h1").starts_with("Planu Intermunisipal"), "{}", text(&html, "h1"));
    // A UI-language reader gets no such note.
    let (_, html) = app.get("/plans/vale-do-lirio-2026?lang=en").await;
    assert!(texts(&html, ".content-language-note").is_empty());
}

async fn a_plan_file_with_an_unknown_language_is_refused_whole(app: &TestApp) {
    use sea_orm::{EntityTrait, PaginatorTrait};
    let before = ponte_app::entity::plans::Entity::find().count(&app.db).await.expect("count");
    for bad in ["tlh", "pt_PT", "kea\n", ""] {
        let mut file = ponte_server::seed::demo_plan().expect("demo plan");
        file.plan.slug = "outro-plano".to_owned();
        file.plan.languages = vec!["pt-PT".to_owned(), bad.to_owned()];
        let err = ponte_server::seed::load_plan(&app.db, &file).await.expect_err("refused");
        assert!(err.to_string().contains("unknown plan language"), "{bad:?}: {err}");
    }
    let after = ponte_app::entity::plans::Entity::find().count(&app.db).await.expect("count");
    assert_eq!(before, after, "nothing stored");
}

backends!(
    content_only_language_shows_the_plan_in_it_and_the_interface_in_portuguese,
    a_plan_file_with_an_unknown_language_is_refused_whole,
    lang_link_switches_language_and_is_remembered,
    browser_language_is_used_without_a_choice,
    unknown_lang_parameter_is_ignored_not_an_error,
    language_picker_keeps_the_page_and_its_filter,
);
