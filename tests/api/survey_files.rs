//! A survey as a file and as a copy (issue 10, extras): the survey file downloaded (compressed,
//! as a browser fetches it) holds the questions and texts but no responses; a copy and an import
//! are new drafts, each made once for a double click; bad files and taken names are refused with
//! their message and what was typed kept; only the plan's facilitators get any of it.

use ponte_app::{
    accounts::roles::Role,
    entity::{survey_responses, surveys},
    surveys::{builder::transfer::SurveyFile, definition::SurveyDefinition, model::Access},
};
use ponte_tests::{Coding, TestApp, backends, download};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, location, outcome, signed_in},
    attr,
    surveys::{PLAN, SHORT, make, once, path, send, survey},
    text,
};

async fn find(app: &TestApp, slug: &str) -> Option<surveys::Model> {
    surveys::Entity::find().filter(surveys::Column::Slug.eq(slug)).one(&app.db).await.expect("q")
}

async fn import(app: &TestApp, client: &reqwest::Client, file: Vec<u8>, slug: &str, title: &str, token: &str) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(file).file_name("survey.json").mime_str("application/json").expect("mime");
    let form = reqwest::multipart::Form::new()
        .text("once", token.to_owned())
        .text("title", title.to_owned())
        .text("slug", slug.to_owned())
        .part("file", part);
    client
        .post(app.url(&format!("/plans/{PLAN}/surveys/import")))
        .header("origin", &app.base)
        .header("accept-language", "en")
        .multipart(form)
        .send()
        .await
        .expect("import")
}

async fn surveys_travel_as_files_and_copies(app: &TestApp) {
    let id = survey(app, "origem", Access::Codes, SHORT, |_| {}).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let form = [("plan", PLAN), ("survey", "origem"), ("channel", "paper"), ("interview_lang", ""), ("lang", "en")];
    form_post(app, &facilitator, "/api/surveys/start_assisted", &path("origem", ""), &form).await;
    send(app, &facilitator, "origem", 0, "next", "ok why", &[("q.ok", "yes"), ("q.why", "Resposta privada")]).await;
    assert_eq!(survey_responses::Entity::find().filter(survey_responses::Column::SurveyId.eq(id)).count(&app.db).await.expect("c"), 1);

    // The file, as a browser downloads it (brotli).
    let (status, headers, body) = download(&facilitator, &app.url(&path("origem", "/survey.json")), Coding::Brotli).await;
    assert_eq!(status, 200);
    assert!(headers.get("content-disposition").and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("origem.survey.json")));
    let file: SurveyFile = serde_json::from_slice(&body).expect("a survey file");
    assert_eq!(file.languages, ["pt-PT", "en", "ur"]);
    assert_eq!(file.access, "codes");
    assert_eq!(file.definition, SurveyDefinition::parse(SHORT).expect("definition"));
    assert!(!String::from_utf8_lossy(&body).contains("Resposta privada"), "no response travels");
    for client in [&resident, &app.client()] {
        let (status, _, _) = download(client, &app.url(&path("origem", "/survey.json")), Coding::Identity).await;
        assert!(status == 401 || status == 403, "{status}");
    }

    // A copy: a new draft with the same questions and languages, its own title, no responses.
    let copy = |slug: &'static str, title: &'static str, token: String| {
        let facilitator = facilitator.clone();
        async move {
            let form = [("plan", PLAN), ("survey", "origem"), ("copy_slug", slug), ("copy_title", title), ("once", token.as_str())];
            outcome(form_post(app, &facilitator, "/api/surveys/copy", &path("origem", "/edit"), &form).await).await
        }
    };
    let token = once();
    assert_eq!(copy("copia", "Cópia", token.clone()).await, path("copia", "/edit?lang=pt-PT&saved=1#settings"));
    assert_eq!(copy("copia", "Cópia", token).await, path("copia", "/edit?lang=pt-PT&saved=1#settings"), "a second click is sent to the same copy");
    let copied = find(app, "copia").await.expect("the copy");
    assert_eq!(copied.status, "draft");
    assert_eq!(copied.access, "codes");
    assert!(copied.title_i18n.contains("Cópia") && copied.title_i18n.contains("Test survey"), "its own title, the others kept: {}", copied.title_i18n);
    assert_eq!(SurveyDefinition::parse(&copied.definition).expect("d"), file.definition);
    assert_eq!(survey_responses::Entity::find().filter(survey_responses::Column::SurveyId.eq(copied.id)).count(&app.db).await.expect("c"), 0);
    assert_eq!(surveys::Entity::find().filter(surveys::Column::Slug.starts_with("copia")).count(&app.db).await.expect("c"), 1);
    let taken = copy("copia", "Outra", once()).await;
    assert!(taken.contains("Another survey of this plan already has this short name"), "{taken}");
    let res = form_post(app, &resident, "/api/surveys/copy", &path("origem", "/edit"), &[("plan", PLAN), ("survey", "origem"), ("copy_slug", "minha"), ("copy_title", "Minha"), ("once", &once())]).await;
    assert_ne!(location(&res), path("minha", "/edit?lang=pt-PT&saved=1#settings"));
    assert!(find(app, "minha").await.is_none(), "residents copy nothing");

    // An import: the file becomes a new draft; a double click makes one.
    let token = once();
    let res = import(app, &facilitator, body.clone(), "importado", "", &token).await;
    assert_eq!((res.status().as_u16(), location(&res)), (303, path("importado", "/edit?lang=pt-PT&saved=1#settings")));
    let res = import(app, &facilitator, body.clone(), "importado", "", &token).await;
    assert_eq!(location(&res), path("importado", "/edit?lang=pt-PT&saved=1#settings"));
    let imported = find(app, "importado").await.expect("imported");
    assert_eq!((imported.status.as_str(), imported.title_i18n.contains("Test survey (pt)")), ("draft", true), "the file's title");
    assert_eq!(SurveyDefinition::parse(&imported.definition).expect("d"), file.definition);

    // Bad files are refused on the new-survey page, with what was typed.
    let mut duplicated: serde_json::Value = serde_json::from_slice(&body).expect("json");
    duplicated["sections"][0]["questions"][1]["id"] = serde_json::json!("ok");
    let mut foreign: serde_json::Value = serde_json::from_slice(&body).expect("json");
    foreign["languages"] = serde_json::json!(["de"]);
    let cases: [(Vec<u8>, &str); 5] = [
        (b"not json at all".to_vec(), "This file is not a survey file Ponte can read"),
        (b"{\"sections\":[]}".to_vec(), "This file is not a survey file Ponte can read"),
        (serde_json::to_vec(&duplicated).expect("json"), "This file is not a survey file Ponte can read"),
        (serde_json::to_vec(&foreign).expect("json"), "not one of the plan's languages"),
        (vec![b' '; 600 * 1024], "This file is not a survey file Ponte can read"),
    ];
    for (bytes, message) in cases {
        let res = import(app, &facilitator, bytes, "outro-nome", "O <b>título</b>", &once()).await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.expect("body");
        assert!(text(&html, "#import-error").contains(message), "{}", text(&html, "#import-error"));
        assert_eq!(attr(&html, "details.import", "open").as_deref(), Some(""), "the import form is open");
        assert_eq!(attr(&html, "#import-slug", "value").as_deref(), Some("outro-nome"));
        assert_eq!(attr(&html, "#import-title", "value").as_deref(), Some("O <b>título</b>"), "typed text kept, as text");
        assert!(attr(&html, "#new-slug", "value").is_none_or(|v| v.is_empty()), "the other form is not filled in");
    }
    let res = import(app, &facilitator, body.clone(), "importado", "", &once()).await;
    assert!(res.text().await.expect("body").contains("Another survey of this plan already has this short name"));
    let res = import(app, &resident, body.clone(), "do-residente", "", &once()).await;
    assert_eq!(res.status(), 403);
    assert!(find(app, "outro-nome").await.is_none() && find(app, "do-residente").await.is_none(), "nothing refused was created");
}

backends!(surveys_travel_as_files_and_copies);
