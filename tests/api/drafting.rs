//! Drafting the plan (issue 11, 5–6): facilitators write measures (every field, texts per
//! language with what each lacks), publish numbered versions, and everyone reads earlier versions
//! and a measure's word-by-word changes. Unpublished work stays out of public pages; bad input is
//! refused with its message and changes nothing; residents and other plans' facilitators change
//! nothing; every change is audited.

use ponte_app::{
    accounts::roles::Role,
    entity::{audit_log, measure_drafts, measures, plan_versions, plans},
    plans::drafting::doc::MeasureDoc,
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, outcome, signed_in},
    attr, form_fields,
    surveys::{PLAN, make, once, page},
    text, texts,
};

async fn draft(app: &TestApp, code: &str) -> Option<(i32, MeasureDoc)> {
    let row = measure_drafts::Entity::find().filter(measure_drafts::Column::Code.eq(code)).one(&app.db).await.expect("q")?;
    Some((row.id, serde_json::from_str(&row.document).expect("a measure document")))
}

/// The demo plan's id (the demo's other plans have drafts and versions too).
async fn plan_id(app: &TestApp) -> i32 {
    plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(&app.db).await.expect("q").expect("plan").id
}

/// How many of the demo plan's audit entries record `action`.
async fn audited(app: &TestApp, action: &str) -> u64 {
    let plan = plan_id(app).await;
    audit_log::Entity::find().filter(audit_log::Column::Action.eq(action)).filter(audit_log::Column::PlanId.eq(plan)).count(&app.db).await.expect("count")
}

/// How many drafts the demo plan has.
async fn drafts_of_plan(app: &TestApp) -> u64 {
    let plan = plan_id(app).await;
    measure_drafts::Entity::find().filter(measure_drafts::Column::PlanId.eq(plan)).count(&app.db).await.expect("count")
}

/// Sends the edit form of draft `id` in `lang` as the page shows it, with `changes` replacing
/// (or, for names not on the page, adding) fields; where the server sent the browser.
async fn save(app: &TestApp, client: &reqwest::Client, id: i32, lang: &str, changes: &[(&str, &str)]) -> String {
    let path = format!("/plans/{PLAN}/draft/{id}?in={lang}");
    let (status, html) = page(app, client, &path).await;
    assert_eq!(status, 200, "{path}");
    let mut fields = form_fields(&html, "form.draft-form");
    for (name, value) in changes {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = (*value).to_owned(),
            None => fields.push(((*name).to_owned(), (*value).to_owned())),
        }
    }
    let form: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    outcome(form_post(app, client, "/api/plans/save_draft", &path, &form).await).await
}

async fn facilitators_draft_measures_and_publish_versions_that_everyone_can_compare(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let drafts = format!("/plans/{PLAN}/draft");

    // The demo plan arrives with two versions; every draft reads as the second.
    let (status, html) = page(app, &facilitator, &drafts).await;
    assert_eq!(status, 200);
    assert_eq!(texts(&html, "table tbody tr").len(), 10);
    assert!(texts(&html, "table tbody td:nth-child(5)").iter().all(|s| s == "As published"));
    assert!(html.contains("Version 2 of"), "the latest version is named");
    assert_eq!(text(&html, "#new-draft-code-hint"), "Leave it empty to get the next code, such as VL-CA-11.");

    // A new measure: its code suggested from the area; a double click makes one.
    let token = once();
    let new = |client: reqwest::Client, area: &'static str, code: &'static str, title: &'static str, token: String| async move {
        let form = [("plan", PLAN), ("area", area), ("code", code), ("title", title), ("once", token.as_str())];
        outcome(form_post(app, &client, "/api/plans/new_draft", &format!("/plans/{PLAN}/draft"), &form).await).await
    };
    let to = new(facilitator.clone(), "LIN", "", "Português para mães e pais", token.clone()).await;
    assert_eq!(new(facilitator.clone(), "LIN", "", "Português para mães e pais", token).await, to, "a double click adds one");
    let (id, doc) = draft(app, "VL-LIN-11").await.expect("the suggested code");
    assert_eq!(to, format!("/plans/{PLAN}/draft/{id}?in=pt-PT"));
    assert_eq!(doc.title.0["pt-PT"], "Português para mães e pais");
    assert_eq!(drafts_of_plan(app).await, 11);
    for (area, code, title, message) in [
        ("LIN", "VL-CA-01", "Outra", "Another measure of this plan already has this code."),
        ("LIN", "VL 12", "Outra", "A measure code has 1 to 40 letters"),
        ("XYZ", "", "Outra", "Choose one of the plan's areas."),
        ("LIN", "", "  ", "title"),
    ] {
        let refused = new(facilitator.clone(), area, code, title, once()).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{area} {code} {title}: {refused}");
    }
    assert_eq!(drafts_of_plan(app).await, 11, "nothing refused was stored");

    // Unpublished work is not public.
    let measure = format!("/plans/{PLAN}/measures/VL-LIN-11");
    assert_eq!(page(app, &app.client(), &measure).await.0, 404);
    let (_, area) = page(app, &app.client(), &format!("/plans/{PLAN}/areas/LIN")).await;
    assert!(!area.contains("VL-LIN-11"));

    // Writing it in Portuguese: every field; then in English, with what English still lacks.
    let hostile = "Horário </textarea><script>alert(1)</script> & \"aspas\"";
    let saved = |lang: &str| format!("/plans/{PLAN}/draft/{id}?in={lang}&saved=1");
    let res = save(app, &facilitator, id, "pt-PT", &[
        ("summary", "Aulas de português ao sábado, com creche."),
        ("description", hostile),
        ("objective_new", "Abrir 10 turmas de português para mães e pais."),
        ("indicator_name_new", "Turmas abertas"),
        ("indicator_target_new", "10 por ano"),
        ("level", "2"),
        ("starts_on", "2027-01-01"),
        ("ends_on", "2028-06-30"),
        ("responsible", "agrupamento-escolas-vale-do-lirio"),
        ("partners[]", "claim-vale-do-lirio"),
    ]).await;
    assert_eq!(res, saved("pt-PT"));
    let (_, doc) = draft(app, "VL-LIN-11").await.expect("draft");
    assert_eq!(doc.description.0["pt-PT"], hostile.trim());
    assert_eq!(doc.objectives.len(), 1);
    assert_eq!(doc.indicators[0].target.0["pt-PT"], "10 por ano");
    assert_eq!((doc.responsible.as_deref(), doc.partners.as_slice()), (Some("agrupamento-escolas-vale-do-lirio"), &["claim-vale-do-lirio".to_owned()][..]));
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/draft/{id}?in=pt-PT")).await;
    assert_eq!(text(&html, "#draft-description"), hostile, "hostile text reads back as typed, inside its text area");
    assert!(!html.contains("<script>alert(1)"));
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/draft/{id}?in=en")).await;
    assert!(texts(&html, "nav ul li").iter().any(|l| l.starts_with("English") && l.contains("6 texts still to translate")), "{:?}", texts(&html, "nav ul li"));
    assert!(text(&html, "form.draft-form").contains("In Português: Abrir 10 turmas"), "the text to translate is shown beside its field");
    let res = save(app, &facilitator, id, "en", &[("title", "Portuguese for mothers and fathers"), ("objectives[]", "Open 10 Portuguese classes for mothers and fathers.")]).await;
    assert_eq!(res, saved("en"));
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/draft/{id}?in=en")).await;
    assert!(texts(&html, "nav ul li").iter().any(|l| l.starts_with("English") && l.contains("4 texts")), "{:?}", texts(&html, "nav ul li"));

    // Bad input: refused with its message next to the form, nothing changed.
    let before = draft(app, "VL-LIN-11").await;
    for (changes, message) in [
        (vec![("code", "VL-CA-01")], "Another measure of this plan already has this code."),
        (vec![("code", "VL/11")], "A measure code has 1 to 40 letters"),
        (vec![("responsible", "nobody")], "Choose entities from the plan's local diagnosis."),
        (vec![("partners[]", "ghost")], "Choose entities from the plan's local diagnosis."),
        (vec![("area", "XYZ")], "Choose one of the plan's areas."),
        (vec![("starts_on", "2028-01-01"), ("ends_on", "2027-01-01")], "The closing date must be after the opening date."),
        (vec![("starts_on", "2027-02-30")], "This date is not valid."),
        (vec![("title", "")], "title"),
        (vec![("summary", &"x".repeat(9000))], "too long"),
        (vec![("seen", "0000000000000000")], "Someone else changed this measure"),
    ] {
        let res = save(app, &facilitator, id, "pt-PT", &changes).await;
        assert!(res.starts_with("refused") && res.to_lowercase().contains(&message.to_lowercase()), "{changes:?}: {res}");
    }
    assert_eq!(draft(app, "VL-LIN-11").await, before, "nothing refused was stored");
    let res = form_post(app, &resident, "/api/plans/save_draft", &drafts, &[("plan", PLAN), ("id", &id.to_string())]).await;
    assert!(!res.status().is_redirection() || outcome(res).await != saved("pt-PT"));
    assert_eq!(draft(app, "VL-LIN-11").await, before, "a resident changes nothing");

    // Publishing version 3: the new measure goes public; a second publish has nothing to add.
    let publish = |token: String, note: &'static str| {
        let client = facilitator.clone();
        let from = drafts.clone();
        async move {
            let form = [("plan", PLAN), ("lang", "en"), ("note", note), ("once", token.as_str())];
            outcome(form_post(app, &client, "/api/plans/publish_version", &from, &form).await).await
        }
    };
    let (_, html) = page(app, &facilitator, &drafts).await;
    assert_eq!(text(&html, "#publish-heading"), "Publish version 3");
    assert!(html.contains("1 measure is new or changed since the last version."));
    let token = once();
    assert_eq!(publish(token.clone(), "A measure for parents.").await, format!("/plans/{PLAN}/draft?published=3"));
    assert_eq!(publish(token, "A measure for parents.").await, format!("/plans/{PLAN}/draft?published=3"), "a double click publishes once");
    assert!(publish(once(), "Again").await.contains("Nothing has changed since the last published version."));
    let plan = plan_id(app).await;
    assert_eq!(plan_versions::Entity::find().filter(plan_versions::Column::PlanId.eq(plan)).count(&app.db).await.expect("count"), 3);
    let (status, html) = page(app, &app.client(), &measure).await;
    assert_eq!(status, 200, "published: public now");
    assert!(text(&html, ".version-note").contains("Version 3 of the draft"), "{}", text(&html, ".version-note"));
    assert!(!html.contains(&format!("href=\"{measure}/changes\"")), "a new measure has no changes to show");
    assert_eq!(text(&html, "h1"), "Portuguese for mothers and fathers");

    // Version 4: a reworded objective and a level; the changes page shows the words.
    let res = save(app, &facilitator, id, "en", &[("objectives[]", "Open 12 Portuguese classes for mothers and fathers on Saturdays."), ("level", "1")]).await;
    assert_eq!(res, saved("en"));
    assert_eq!(publish(once(), "Twelve classes, and level 1.").await, format!("/plans/{PLAN}/draft?published=4"));
    let stored = measures::Entity::find().filter(measures::Column::Code.eq("VL-LIN-11")).one(&app.db).await.expect("q").expect("measure");
    assert_eq!((stored.level, stored.status.as_str()), (1, "revised"));
    let (_, html) = page(app, &app.client(), &measure).await;
    assert!(html.contains(&format!("href=\"{measure}/changes\"")), "a changed measure links to its changes");
    let (status, html) = page(app, &app.client(), &format!("{measure}/changes")).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "#diff-summary"), "From version 3 to version 4. Words removed are struck through; words added are underlined.");
    let changed: Vec<String> = texts(&html, ".diff-field h2");
    assert_eq!(changed, ["Level", "Objectives"]);
    // Words are what spaces separate: "fathers." became "fathers on Saturdays.".
    assert_eq!(texts(&html, ".diff-field:nth-of-type(2) del"), ["removed: 10", "removed: fathers."]);
    assert!(texts(&html, ".diff-field ins").iter().any(|s| s.contains("12")), "{:?}", texts(&html, ".diff-field ins"));
    assert!(texts(&html, ".diff-field ins").iter().any(|s| s.contains("on Saturdays.")), "{:?}", texts(&html, ".diff-field ins"));
    assert!(text(&html, "main").contains("Unchanged: Code, Area, Title"));
    // Comparing versions the reader chooses; a version the measure was not in is not found.
    let (_, html) = page(app, &app.client(), &format!("{measure}/changes?from=3&to=3")).await;
    assert!(html.contains("Nothing changed between these versions."));
    assert_eq!(page(app, &app.client(), &format!("{measure}/changes?from=1&to=4")).await.0, 404);
    // The earlier version reads as it was.
    let (status, html) = page(app, &app.client(), &format!("/plans/{PLAN}/versions/3/VL-LIN-11")).await;
    assert_eq!(status, 200);
    assert!(text(&html, "article ul").contains("Open 10 Portuguese classes"), "{}", text(&html, "article ul"));
    assert!(text(&html, ".version-note").contains("Read the current version"));
    // The versions page lists the four, newest first, with what each changed.
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/versions")).await;
    let headings = texts(&html, "ol.versions > li > h2");
    assert_eq!(headings.len(), 4);
    assert!(headings[0].starts_with("Version 4"));
    assert!(text(&html, "ol.versions > li").contains("Twelve classes, and level 1."));

    // The demo's second version moved housing mediation to level 1 and reworded an objective.
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/VL-UH-05/changes")).await;
    assert_eq!(texts(&html, ".diff-field h2"), ["Level"]);
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/VL-LIN-03/changes?lang=ar")).await;
    assert_eq!(attr(&html, ".diff", "dir").as_deref(), Some("auto"));
    assert_eq!(attr(&html, ".diff", "lang").as_deref(), Some("en"), "an untranslated text keeps its language");

    // A draft never published may be deleted; a published one may not.
    new(facilitator.clone(), "SAU", "VL-SAU-99", "Rascunho a apagar", once()).await;
    let (gone, _) = draft(app, "VL-SAU-99").await.expect("draft");
    let res = form_post(app, &facilitator, "/api/plans/delete_draft", &drafts, &[("plan", PLAN), ("id", &gone.to_string())]).await;
    assert_eq!(outcome(res).await, format!("/plans/{PLAN}/draft?deleted=1"));
    assert!(draft(app, "VL-SAU-99").await.is_none());
    let res = form_post(app, &facilitator, "/api/plans/delete_draft", &drafts, &[("plan", PLAN), ("id", &id.to_string())]).await;
    assert!(outcome(res).await.starts_with("refused"));
    assert!(draft(app, "VL-LIN-11").await.is_some());

    // Audited: who drafted, changed, deleted and published.
    assert_eq!(audited(app, "plan.measure_drafted").await, 2);
    assert_eq!(audited(app, "plan.measure_changed").await, 3);
    assert_eq!(audited(app, "plan.measure_draft_deleted").await, 1);
    assert_eq!(audited(app, "plan.version_published").await, 4, "the demo's two and these two");
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/activity")).await;
    assert!(html.contains("Published a version of the draft"));
}

/// Withdraws or restores draft `id` as its page's form sends it; where the server sent the browser.
async fn withdraw(app: &TestApp, client: &reqwest::Client, id: i32, reason: &str) -> String {
    let form = [("plan", PLAN), ("id", &id.to_string()), ("lang", "en"), ("reason", reason)];
    outcome(form_post(app, client, "/api/plans/withdraw_draft", &format!("/plans/{PLAN}/draft/{id}?in=en"), &form).await).await
}

async fn a_published_measure_is_withdrawn_by_a_version_and_keeps_its_page_and_what_people_said(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let drafts = format!("/plans/{PLAN}/draft");
    let measure = format!("/plans/{PLAN}/measures/VL-LIN-03");
    let (id, _) = draft(app, "VL-LIN-03").await.expect("the demo's draft");
    let stored = || async { measures::Entity::find().filter(measures::Column::Code.eq("VL-LIN-03")).one(&app.db).await.expect("q").expect("measure") };
    let (_, before) = page(app, &app.client(), &measure).await;
    let said = texts(&before, "ol.comments > li").len();
    assert!(said > 0, "the demo has comments on the measure");

    // A published measure offers withdrawal, not deletion.
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/draft/{id}?in=en")).await;
    assert_eq!(text(&html, "details.confirm summary"), "Withdraw this measure");
    assert!(!html.contains("/api/plans/delete_draft"));

    // Bad input and other people change nothing.
    assert!(withdraw(app, &facilitator, id, &"x".repeat(9000)).await.to_lowercase().contains("too long"));
    let res = withdraw(app, &resident, id, "No.").await;
    assert!(!res.contains("withdrawn=1"), "{res}");
    let token = once();
    let form = [("plan", PLAN), ("area", "SAU"), ("code", "VL-SAU-98"), ("title", "Nunca publicada"), ("once", token.as_str())];
    outcome(form_post(app, &facilitator, "/api/plans/new_draft", &drafts, &form).await).await;
    let (never, _) = draft(app, "VL-SAU-98").await.expect("draft");
    assert!(withdraw(app, &facilitator, never, "").await.starts_with("refused"), "a draft never published is deleted, not withdrawn");
    assert!(measure_drafts::Entity::find_by_id(id).one(&app.db).await.expect("q").expect("draft").withdrawn_i18n.is_none());
    assert_eq!(audited(app, "plan.measure_withdrawn").await, 0);

    // Withdrawn from the next version, with a reason; a double click withdraws once.
    let back = format!("/plans/{PLAN}/draft/{id}?in=en&withdrawn=1");
    assert_eq!(withdraw(app, &facilitator, id, "Merged into <b>VL-LIN-02</b>.").await, back);
    assert_eq!(withdraw(app, &facilitator, id, "Merged into <b>VL-LIN-02</b>.").await, back);
    assert_eq!(audited(app, "plan.measure_withdrawn").await, 1);
    let (_, html) = page(app, &facilitator, &back).await;
    assert_eq!(text(&html, "#notice"), "The measure will be left out of the next version.");
    assert_eq!(text(&html, "#draft-restore-heading"), "Withdrawn measure");
    let (_, html) = page(app, &facilitator, &drafts).await;
    assert!(texts(&html, "table tbody tr").iter().any(|r| r.contains("VL-LIN-03") && r.contains("Withdrawn from the next version")));
    assert!(html.contains("2 measures are new or changed since the last version."), "{}", text(&html, "#publish-heading + p"));
    let (_, area) = page(app, &app.client(), &format!("/plans/{PLAN}/areas/LIN")).await;
    assert!(area.contains("VL-LIN-03"), "the public reads the published version until the next one");

    // Version 3 leaves it out: gone from lists and counts, its page stays with what people said.
    let form = [("plan", PLAN), ("lang", "en"), ("note", "VL-LIN-03 merged into VL-LIN-02."), ("once", &once())];
    assert_eq!(outcome(form_post(app, &facilitator, "/api/plans/publish_version", &drafts, &form).await).await, format!("{drafts}?published=3"));
    let m = stored().await;
    assert_eq!((m.status.as_str(), m.withdrawn_in), ("withdrawn", Some(3)));
    let (_, area) = page(app, &app.client(), &format!("/plans/{PLAN}/areas/LIN")).await;
    assert!(!area.contains("VL-LIN-03"), "an area lists the measures the plan holds");
    let (_, version) = page(app, &app.client(), &format!("/plans/{PLAN}/versions/3")).await;
    assert!(!version.contains("/versions/3/VL-LIN-03") && version.contains("/versions/3/VL-SAU-98"), "version 3 does not hold it");
    let (status, html) = page(app, &app.client(), &measure).await;
    assert_eq!(status, 200, "a withdrawn measure keeps its page");
    assert!(text(&html, "#withdrawn").starts_with("Version 3 of the draft withdrew this measure from the plan."), "{}", text(&html, "#withdrawn"));
    assert!(text(&html, "#withdrawn").contains("Why: Merged into <b>VL-LIN-02</b>."), "the reason reads as typed: {}", text(&html, "#withdrawn"));
    assert!(!html.contains("<b>VL-LIN-02</b>"), "and is not markup");
    assert_eq!(attr(&html, "#withdrawn a", "href"), Some(format!("/plans/{PLAN}/versions/2/VL-LIN-03")));
    assert_eq!(text(&html, ".badge-status"), "Withdrawn");
    assert_eq!(texts(&html, "ol.comments > li").len(), said, "what people said stays");
    assert!(!html.contains("comment-form") && !html.contains("class=\"comment-on\""), "and takes no more comments");
    assert_eq!(page(app, &app.client(), &format!("/plans/{PLAN}/versions/2/VL-LIN-03")).await.0, 200);
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/versions")).await;
    let newest = texts(&html, "ol.versions > li").into_iter().next().unwrap_or_default();
    assert!(newest.contains("Withdrawn in this version") && newest.contains("VL-LIN-03"), "{newest}");
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/versions?lang=pt-PT")).await;
    assert!(html.contains("Retiradas nesta versão"));
    let (_, html) = page(app, &app.client(), &format!("{measure}?lang=pt-PT")).await;
    assert!(text(&html, "#withdrawn").starts_with("A versão 3 da proposta retirou esta medida do plano."));

    // No more comments, reactions or evidence on it.
    let res = crate::consultations::comment(app, &resident, &[]).await;
    assert!(res.starts_with("refused") && res.contains("This measure was withdrawn from the plan"), "{res}");
    use ponte_app::entity::consultation_comments as comments;
    let uh = measures::Entity::find().filter(measures::Column::Code.eq("VL-UH-05")).one(&app.db).await.expect("q").expect("measure");
    let comment = comments::Entity::find().filter(comments::Column::MeasureId.eq(uh.id)).filter(comments::Column::ParentId.is_null()).one(&app.db).await.expect("q").expect("a demo comment");
    let link = [("plan", PLAN), ("outcome", &format!("consultation_comment:{}", comment.id)), ("measure", "VL-LIN-03"), ("stance", "informs"), ("rationale", "Still relevant."), ("lang", "en")];
    let inputs = format!("/plans/{PLAN}/consultations/c1/inputs?measure=VL-UH-05");
    let res = outcome(form_post(app, &facilitator, "/api/evidence/link", &inputs, &link).await).await;
    assert!(res.contains("This measure was withdrawn from the plan"), "{res}");
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/evidence")).await;
    assert!(!html.contains("VL-LIN-03"), "the evidence checklist lists the measures the plan holds");

    // Put back: version 4 holds it again, revised, and it takes comments again.
    let res = outcome(form_post(app, &facilitator, "/api/plans/restore_draft", &back, &[("plan", PLAN), ("id", &id.to_string())]).await).await;
    assert_eq!(res, format!("/plans/{PLAN}/draft/{id}?restored=1"));
    let form = [("plan", PLAN), ("lang", "en"), ("note", "VL-LIN-03 is back."), ("once", &once())];
    assert_eq!(outcome(form_post(app, &facilitator, "/api/plans/publish_version", &drafts, &form).await).await, format!("{drafts}?published=4"));
    let m = stored().await;
    assert_eq!((m.status.as_str(), m.withdrawn_in, m.withdrawn_i18n), ("revised", None, None));
    let (_, html) = page(app, &app.client(), &measure).await;
    assert!(texts(&html, "#withdrawn").is_empty());
    assert!(crate::consultations::comment(app, &resident, &[]).await.contains("VL-LIN-03"), "comments are taken again");
    let (_, area) = page(app, &app.client(), &format!("/plans/{PLAN}/areas/LIN")).await;
    assert!(area.contains("VL-LIN-03"));
    assert_eq!(audited(app, "plan.measure_restored").await, 1);
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/activity")).await;
    assert!(html.contains("Withdrew a measure from the next version") && html.contains("Put a withdrawn measure back in the plan"));
}

backends!(facilitators_draft_measures_and_publish_versions_that_everyone_can_compare, a_published_measure_is_withdrawn_by_a_version_and_keeps_its_page_and_what_people_said);
