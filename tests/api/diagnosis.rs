//! The local diagnosis (issue 11, 4): facilitators add, edit and remove entities, and import them
//! from a spreadsheet as Portuguese Excel writes it (`;` or `,`, UTF-8 with or without its mark,
//! or Windows-1252) after a preview that shows each row's problems; nothing is stored until they
//! confirm. Bad files and bad fields are refused with their message and change nothing; an
//! entity a draft measure names cannot be removed; residents change nothing.

use ponte_app::{
    accounts::roles::Role,
    entity::{audit_log, entity_imports, plan_entities},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, location, outcome, signed_in},
    form_fields,
    surveys::{PLAN, make, once, page},
    text, texts,
};

/// The demo plan's entities.
async fn entities(app: &TestApp) -> u64 {
    let plan = ponte_app::plans::drafting::service::plan_by_slug(&app.db, PLAN).await.expect("plan");
    plan_entities::Entity::find().filter(plan_entities::Column::PlanId.eq(plan.id)).count(&app.db).await.expect("count")
}

async fn entity(app: &TestApp, slug: &str) -> Option<plan_entities::Model> {
    plan_entities::Entity::find().filter(plan_entities::Column::Slug.eq(slug)).one(&app.db).await.expect("q")
}

/// Uploads `bytes` as the import form does; where the server sent the browser (or `refused: …`).
async fn upload(app: &TestApp, client: &reqwest::Client, bytes: Vec<u8>, token: &str) -> String {
    let part = reqwest::multipart::Part::bytes(bytes).file_name("entidades.csv").mime_str("text/csv").expect("mime");
    let form = reqwest::multipart::Form::new().text("once", token.to_owned()).part("file", part);
    let res = client
        .post(app.url(&format!("/plans/{PLAN}/diagnosis/import")))
        .header("origin", &app.base)
        .header("accept-language", "en")
        .header("referer", app.url(&format!("/plans/{PLAN}/diagnosis")))
        .multipart(form)
        .send()
        .await
        .expect("upload");
    outcome(res).await
}

const ROWS: &str = "Nome;Tipo;Concelho;Áreas;Serviços;Site;Email;Telefone;Morada\n\
Associação Sol Nascente;Associação;Ribeira do Lírio;Saúde|LIN;Apoio jurídico|Aulas de português;https://sol.example.pt;sol@example.pt;+351 265 000 001;Rua das Flores, 3\n\
Clube Desportivo;clube;Lisboa;Desporto;;www.clube;;12;\n\
;associação;;;;;;;\n\
Rádio Lírio FM;media;;;;;;;\n\
Centro Comunitário da Serra;ngo;Serra Clara;SAU;;;;;\n";

async fn facilitators_keep_the_local_diagnosis(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let list = format!("/plans/{PLAN}/diagnosis");
    let start = entities(app).await;
    let (status, html) = page(app, &facilitator, &list).await;
    assert_eq!(status, 200);
    assert_eq!(texts(&html, "main table tbody tr").len() as u64, start, "every entity of the demo");
    assert_eq!(page(app, &resident, &list).await.0, 403);

    // Windows-1252 with semicolons, as Excel's "CSV (separado por vírgulas)" saves it.
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(ROWS);
    let token = once();
    let to = upload(app, &facilitator, bytes.to_vec(), &token).await;
    assert!(to.starts_with(&format!("/plans/{PLAN}/diagnosis/import/")), "{to}");
    assert_eq!(upload(app, &facilitator, bytes.to_vec(), &token).await, to, "a double click uploads once");
    assert_eq!(entities(app).await, start, "nothing stored before the confirmation");
    let (status, html) = page(app, &facilitator, &to).await;
    assert_eq!(status, 200);
    assert!(text(&html, "main").contains("read as Windows-1252, columns separated by \";\""), "{}", text(&html, "main p"));
    assert!(html.contains("2 rows are ready to import"), "{}", text(&html, "[role=status]"));
    let rows = texts(&html, "main table tbody tr");
    assert_eq!(rows.len(), 5);
    assert!(rows[0].starts_with("2 Associação Sol Nascente Association Ribeira do Lírio SAU, LIN Ready"), "accents survive: {}", rows[0]);
    for (row, problems) in [
        (1, &["This kind of entity is not on the list.", "This municipality is not one of the plan's.", "Choose one of the plan's areas.", "A web address starts with https://", "Write the phone number with digits only"][..]),
        (2, &["Write the entity's name."][..]),
        (3, &["An entity with this name is already in the diagnosis."][..]),
    ] {
        for problem in problems {
            assert!(rows[row].contains(problem), "line {}: {problem} in {}", row + 2, rows[row]);
        }
    }
    // A resident cannot see or confirm it.
    let id = to.rsplit('/').next().expect("id").to_owned();
    assert_ne!(page(app, &resident, &to).await.0, 200);
    let res = form_post(app, &resident, "/api/plans/confirm_import", &to, &[("plan", PLAN), ("id", &id), ("once", &once())]).await;
    assert!(!location(&res).contains("imported="));
    assert_eq!(entities(app).await, start);

    // Confirming adds the two good rows, once, with every field.
    let token = once();
    let confirm = |token: String| {
        let client = facilitator.clone();
        let (id, to) = (id.clone(), to.clone());
        async move { outcome(form_post(app, &client, "/api/plans/confirm_import", &to, &[("plan", PLAN), ("id", &id), ("once", &token)]).await).await }
    };
    let done = format!("/plans/{PLAN}/diagnosis?imported=2&skipped=3");
    assert_eq!(confirm(token.clone()).await, done);
    assert_eq!(confirm(token).await, done, "a double click imports once");
    assert_eq!(entities(app).await, start + 2);
    // Again: the preview is gone, and its page says so.
    let res = form_post(app, &facilitator, "/api/plans/confirm_import", &to, &[("plan", PLAN), ("id", &id), ("once", &once())]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.expect("body").contains("This import was already confirmed or discarded."));
    assert_eq!(entity_imports::Entity::find().count(&app.db).await.expect("count"), 0, "the file is not kept");
    let sol = entity(app, "associacao-sol-nascente").await.expect("imported");
    assert_eq!((sol.kind.as_str(), sol.email.as_deref(), sol.phone.as_deref()), ("association", Some("sol@example.pt"), Some("+351 265 000 001")));
    assert!(sol.name_i18n.contains("Associação Sol Nascente") && sol.services_i18n.contains("Aulas de português"));
    let (_, public) = page(app, &app.client(), &format!("/plans/{PLAN}/entities")).await;
    assert_eq!(text(&public, "#entity-associacao-sol-nascente dl.contacts a[href^=mailto]"), "sol@example.pt");
    assert_eq!(text(&public, "#entity-associacao-sol-nascente dl.contacts a[href^=tel]"), "+351 265 000 001");

    // UTF-8 with its mark and commas, as "CSV UTF-8" saves it; and without the mark.
    for (name, bytes) in [
        ("Mesquita do Vale", "\u{feff}Name,Type,Municipality\nMesquita do Vale,other,Serra Clara\n".as_bytes().to_vec()),
        ("Escola de Música Ñandú", "Nome;Tipo\nEscola de Música Ñandú;school\n".as_bytes().to_vec()),
    ] {
        let to = upload(app, &facilitator, bytes, &once()).await;
        let id = to.rsplit('/').next().expect("id").to_owned();
        let res = form_post(app, &facilitator, "/api/plans/confirm_import", &to, &[("plan", PLAN), ("id", &id), ("once", &once())]).await;
        assert!(outcome(res).await.contains("imported=1"), "{name}");
        let (_, html) = page(app, &facilitator, &list).await;
        assert!(texts(&html, "main table tbody td a").iter().any(|l| l.starts_with(name)), "{name} is listed: {:?}", texts(&html, "main table tbody td a"));
    }

    // Files that are not a table of entities: refused on the diagnosis page, nothing kept.
    for (bytes, message) in [
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00workbook".to_vec(), "This file is not a CSV file."),
        (b"Tipo;Concelho\nmedia;Serra Clara\n".to_vec(), "The first row of the file must name the columns"),
        (b"Nome;Tipo\n".to_vec(), "This file has no rows under its header."),
        (vec![b'a'; 50 * 1024 * 1024], "This file is too large"),
    ] {
        let refused = upload(app, &facilitator, bytes, &once()).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{message}: {refused}");
    }
    assert_eq!(entity_imports::Entity::find().count(&app.db).await.expect("count"), 0);
    assert_eq!(entities(app).await, start + 4);

    // Discarding a previewed file keeps nothing.
    let to = upload(app, &facilitator, b"Nome\nOutra\n".to_vec(), &once()).await;
    let id = to.rsplit('/').next().expect("id").to_owned();
    let res = form_post(app, &facilitator, "/api/plans/discard_import", &to, &[("plan", PLAN), ("id", &id)]).await;
    assert_eq!(location(&res), list);
    assert_eq!((entities(app).await, entity_imports::Entity::find().count(&app.db).await.expect("count")), (start + 4, 0));

    // One by one: add (a double click adds one), edit every field, translate, remove.
    let token = once();
    let add = |name: &'static str, token: String| {
        let client = facilitator.clone();
        let list = list.clone();
        async move { outcome(form_post(app, &client, "/api/plans/add_entity", &list, &[("plan", PLAN), ("name", name), ("kind", "association"), ("once", &token)]).await).await }
    };
    let to = add("Associação Ponte Aberta", token.clone()).await;
    assert_eq!(to, format!("/plans/{PLAN}/diagnosis/associacao-ponte-aberta?in=pt-PT"));
    assert_eq!(add("Associação Ponte Aberta", token).await, to);
    assert_eq!(entities(app).await, start + 5);
    assert!(add("associacao ponte aberta", once()).await.contains("An entity with this name is already in the diagnosis."));
    let save = |lang: &'static str, changes: Vec<(&'static str, String)>| {
        let client = facilitator.clone();
        async move {
            let path = format!("/plans/{PLAN}/diagnosis/associacao-ponte-aberta?in={lang}");
            let (_, html) = page(app, &client, &path).await;
            let mut fields = form_fields(&html, "form.draft-form");
            for (name, value) in changes {
                match fields.iter_mut().find(|(n, _)| n == name) {
                    Some(f) => f.1 = value,
                    None => fields.push((name.to_owned(), value)),
                }
            }
            let form: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
            outcome(form_post(app, &client, "/api/plans/save_entity", &path, &form).await).await
        }
    };
    let hostile = "Apoio </textarea><script>alert(1)</script>".to_owned();
    let saved = save("pt-PT", vec![
        ("municipality", "serra-clara".into()),
        ("areas[]", "LIN".into()),
        ("website", "https://ponte-aberta.example.pt".into()),
        ("email", "ola@ponte-aberta.example.pt".into()),
        ("phone", "265 000 002".into()),
        ("address", "Largo da Feira, 1".into()),
        ("description", hostile.clone()),
        ("services", "Aulas de português\nApoio jurídico".into()),
    ]).await;
    assert_eq!(saved, format!("/plans/{PLAN}/diagnosis/associacao-ponte-aberta?in=pt-PT&saved=1"));
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/diagnosis/associacao-ponte-aberta?in=pt-PT")).await;
    assert_eq!(text(&html, "#entity-description"), hostile, "hostile text reads back as typed");
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/diagnosis/associacao-ponte-aberta?in=en")).await;
    assert!(texts(&html, "nav ul li").iter().any(|l| l.starts_with("English") && l.contains("4 texts")), "{:?}", texts(&html, "nav ul li"));
    assert_eq!(save("en", vec![("name", "Open Bridge Association".into()), ("services", "Portuguese classes\nLegal help".into())]).await, format!("/plans/{PLAN}/diagnosis/associacao-ponte-aberta?in=en&saved=1"));
    let stored = entity(app, "associacao-ponte-aberta").await.expect("entity");
    assert!(stored.services_i18n.contains("Legal help") && stored.services_i18n.contains("Apoio jurídico"));
    assert!(stored.municipality_id.is_some(), "the municipality is kept");
    let before = entity(app, "associacao-ponte-aberta").await;
    for (changes, message) in [
        (vec![("website", "javascript:alert(1)".to_owned())], "A web address starts with https://"),
        (vec![("email", "ola@".to_owned())], "This does not look like an email address."),
        (vec![("phone", "=1+2".to_owned())], "Write the phone number with digits only"),
        (vec![("kind", "club".to_owned())], "This kind of entity is not on the list."),
        (vec![("municipality", "lisboa".to_owned())], "This municipality is not one of the plan's."),
        (vec![("areas[]", "XYZ".to_owned())], "Choose one of the plan's areas."),
        (vec![("name", String::new())], "Write the entity's name."),
        (vec![("name", "Rádio Lírio FM".to_owned())], "An entity with this name is already in the diagnosis."),
    ] {
        let res = save("pt-PT", changes.clone()).await;
        assert!(res.starts_with("refused") && res.contains(message), "{changes:?}: {res}");
    }
    assert_eq!(entity(app, "associacao-ponte-aberta").await, before, "nothing refused was stored");
    let res = form_post(app, &resident, "/api/plans/remove_entity", &list, &[("plan", PLAN), ("slug", "associacao-ponte-aberta")]).await;
    assert_ne!(location(&res), format!("{list}?removed=1"));
    // An entity a draft measure names stays; others go.
    let claim = format!("{list}/claim-vale-do-lirio");
    let (_, html) = page(app, &facilitator, &claim).await;
    assert!(text(&html, "main").contains("This entity cannot be removed: draft measures name it (VL-"), "no remove button, and why");
    let res = form_post(app, &facilitator, "/api/plans/remove_entity", &claim, &[("plan", PLAN), ("slug", "claim-vale-do-lirio")]).await;
    assert_eq!(res.status(), 422, "refused");
    assert!(entity(app, "claim-vale-do-lirio").await.is_some());
    let res = form_post(app, &facilitator, "/api/plans/remove_entity", &list, &[("plan", PLAN), ("slug", "associacao-ponte-aberta")]).await;
    assert_eq!(location(&res), format!("{list}?removed=1"));
    assert!(entity(app, "associacao-ponte-aberta").await.is_none());

    let audited = |action: &'static str| {
        let db = app.db.clone();
        async move { audit_log::Entity::find().filter(audit_log::Column::Action.eq(action)).count(&db).await.expect("count") }
    };
    assert_eq!(
        (audited("plan.entities_imported").await, audited("plan.entity_added").await, audited("plan.entity_changed").await, audited("plan.entity_removed").await),
        (3, 1, 2, 1)
    );
}

backends!(facilitators_keep_the_local_diagnosis);
