//! Focus groups after the session (issue 13, item 7): facilitators write minutes and findings,
//! translate them, tag them with areas and measures and link them as evidence; a text naming a
//! registered participant or holding their phone number is refused unless they say it names
//! nobody; published, the summary is public and the findings show on the plan's page and the
//! tagged measures' pages; nobody else can write, and bad input changes nothing.

use chrono::{Duration, Utc};
use ponte_app::{
    accounts::roles::Role,
    entity::{audit_log, evidence_links, focus_group_findings as findings, focus_groups},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, outcome, signed_in},
    focus_groups::{group, register, without_the_demo_focus_groups},
    surveys::{PLAN, make, once, page},
    text, texts,
};

async fn the_demo_findings_are_public_on_the_plan_and_its_measures_and_are_evidence(app: &TestApp) {
    let anonymous = app.client();
    let summary = format!("/plans/{PLAN}/focus-groups/g1/findings");
    let (status, html) = page(app, &anonymous, &summary).await;
    assert_eq!(status, 200);
    assert!(text(&html, ".minutes").contains("Saturday morning"), "the minutes in English");
    assert_eq!(texts(&html, "ol.findings > li").len(), 4);
    assert!(texts(&html, "ol.findings > li")[0].contains("Evening Portuguese classes"));
    assert!(texts(&html, "form").is_empty(), "the public gets no forms");
    let (_, html) = page(app, &anonymous, &format!("{summary}?lang=pt-PT")).await;
    assert!(text(&html, "ol.findings").contains("As aulas de português à noite"), "the summary in Portuguese");
    assert!(text(&html, ".minutes").contains("sábado de manhã"));
    // The plan's page and the tagged measures' pages.
    let (_, html) = page(app, &anonymous, &format!("/plans/{PLAN}")).await;
    let listed = text(&html, ".published-findings");
    assert!(listed.contains("Evening Portuguese classes") && listed.contains("messaging groups"), "{listed}");
    let (_, html) = page(app, &anonymous, &format!("/plans/{PLAN}/measures/VL-SAU-04")).await;
    let about = text(&html, ".published-findings");
    assert!(about.contains("health-centre appointment") && !about.contains("contract"), "only the findings tagged with it: {about}");
    // Linked as evidence: the measure page groups it under focus groups, with a link to it.
    let (_, html) = page(app, &anonymous, &format!("/plans/{PLAN}/measures/VL-LIN-03")).await;
    assert_eq!(text(&html, "#evidence-focus_group_finding"), "Focus groups (1)");
    assert_eq!(text(&html, "#evidence-survey_question"), "Surveys (1)");
    let href = crate::attr(&html, "ul[aria-labelledby=evidence-focus_group_finding] a", "href").expect("a link to the finding");
    assert!(href.starts_with(&format!("{summary}#finding-")), "{href}");
    // Sessions whose findings are not published have no public summary.
    let (status, _) = page(app, &anonymous, &format!("/plans/{PLAN}/focus-groups/g3/findings")).await;
    assert_eq!(status, 404);
}

async fn facilitators_write_translate_link_and_publish_findings_that_name_nobody(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    let slug = group(app, 5, true).await;
    register(app, &app.client(), &slug, &[("name", "Bina Gurung"), ("phone", "+351 912 345 678")]).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let summary = format!("/plans/{PLAN}/focus-groups/{slug}/findings");
    let post = |client: &reqwest::Client, endpoint: &'static str, form: Vec<(&'static str, String)>| {
        let (client, summary) = (client.clone(), summary.clone());
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            outcome(form_post(app, &client, &format!("/api/focus-groups/{endpoint}"), &summary, &form).await).await
        }
    };
    let base = |more: &[(&'static str, &str)]| {
        let mut form: Vec<(&'static str, String)> = vec![("plan", PLAN.to_owned()), ("slug", slug.clone())];
        form.extend(more.iter().map(|(k, v)| (*k, (*v).to_owned())));
        form
    };

    // Before anything is published: only facilitators see the page.
    let (status, html) = page(app, &facilitator, &summary).await;
    assert_eq!(status, 200);
    assert!(html.contains("Not published yet"));
    assert_eq!(page(app, &app.client(), &summary).await.0, 404);
    assert_eq!(page(app, &resident, &summary).await.0, 404);

    // Minutes that name a participant, or ring them, are refused and nothing is stored.
    let refused = post(&facilitator, "minutes", base(&[("minutes", "Bina said the evening is too late."), ("lang", "en")])).await;
    assert!(refused.starts_with("refused") && refused.contains("name or phone number"), "{refused}");
    let refused = post(&facilitator, "minutes", base(&[("minutes", "Call 912-345-678 for the childcare."), ("lang", "en")])).await;
    assert!(refused.starts_with("refused"), "{refused}");
    let row = || async { focus_groups::Entity::find().filter(focus_groups::Column::Slug.eq(slug.as_str())).one(&app.db).await.expect("q").expect("group") };
    assert_eq!(row().await.minutes_i18n, "{}");
    // Told it names nobody, the facilitator may keep a word that is also someone's name.
    let saved = post(&facilitator, "minutes", base(&[("minutes", "Gurung households came together."), ("lang", "en"), ("names_nobody", "1")])).await;
    assert_eq!(saved, format!("{summary}#minutes"));
    // Markdown, sanitised.
    let minutes = "Evening classes **do not** work.\n\n<script>alert(1)</script>";
    assert_eq!(post(&facilitator, "minutes", base(&[("minutes", minutes), ("lang", "en")])).await, format!("{summary}#minutes"));
    let (_, html) = page(app, &facilitator, &summary).await;
    assert!(html.contains("<strong>do not</strong>") && !html.contains("<script>alert"), "sanitised Markdown");

    // A finding: tagged, added once however often the form is sent.
    let token = once();
    let new = base(&[("statement", "Childcare is needed in the mornings."), ("lang", "en"), ("areas[]", "LIN"), ("measures[]", "VL-LIN-03"), ("once", &token)]);
    let first = post(&facilitator, "add_finding", new.clone()).await;
    assert!(first.starts_with(&format!("{summary}#finding-")), "{first}");
    assert_eq!(post(&facilitator, "add_finding", new).await, first, "the same form twice adds once");
    let count = || async { findings::Entity::find().count(&app.db).await.expect("count") };
    assert_eq!(count().await, 1);
    let id = first.rsplit('-').next().expect("id").to_owned();
    // Bad input: nothing added.
    for bad in [
        base(&[("statement", "  "), ("lang", "en"), ("once", &once())]),
        base(&[("statement", "Fine."), ("lang", "en"), ("measures[]", "XX-99"), ("once", &once())]),
        base(&[("statement", "Fine."), ("lang", "tlh"), ("once", &once())]),
        base(&[("statement", &"x".repeat(601)), ("lang", "en"), ("once", &once())]),
        base(&[("statement", "Ask Bina Gurung."), ("lang", "en"), ("once", &once())]),
    ] {
        let said = post(&facilitator, "add_finding", bad.clone()).await;
        assert!(said.starts_with("refused"), "{bad:?}: {said}");
    }
    assert_eq!(count().await, 1);
    // Translated, and read in either language.
    let translated = post(&facilitator, "translate_finding", base(&[("id", &id), ("statement", "É precisa creche de manhã."), ("lang", "pt-PT")])).await;
    assert_eq!(translated, format!("{summary}#finding-{id}"));
    let (_, html) = page(app, &facilitator, &format!("{summary}?lang=pt-PT")).await;
    assert!(text(&html, &format!("#finding-{id}")).contains("É precisa creche de manhã."));
    page(app, &facilitator, &format!("{summary}?lang=en")).await;

    // Published only once the session has been held.
    let refused = post(&facilitator, "publish_findings", base(&[("public", "1")])).await;
    assert!(refused.starts_with("refused") && refused.contains("once the session has taken place"), "{refused}");
    let mut held: focus_groups::ActiveModel = row().await.into();
    held.starts_at = Set(Some(Utc::now() - Duration::hours(3)));
    held.ends_at = Set(Some(Utc::now() - Duration::hours(1)));
    held.update(&app.db).await.expect("move");
    assert_eq!(post(&facilitator, "publish_findings", base(&[("public", "1")])).await, format!("{summary}#publication"));
    assert!(post(&resident, "publish_findings", base(&[("public", "0")])).await.contains("__err"), "residents cannot withdraw them");
    let (status, html) = page(app, &app.client(), &summary).await;
    assert_eq!(status, 200);
    assert!(text(&html, "ol.findings").contains("Childcare is needed in the mornings."));
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/VL-LIN-03")).await;
    assert!(text(&html, ".published-findings").contains("Childcare is needed in the mornings."));

    // Linked as evidence from the summary; back to the finding.
    let outcome_ref = format!("focus_group_finding:{id}");
    let link = [("plan", PLAN), ("outcome", outcome_ref.as_str()), ("measure", "VL-CA-01"), ("stance", "supports"), ("rationale", "Mornings with childcare came up again and again."), ("lang", "en")];
    let res = form_post(app, &facilitator, "/api/evidence/link", &summary, &link).await;
    assert_eq!(outcome(res).await, format!("{summary}#finding-{id}"));
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/VL-CA-01")).await;
    assert!(text(&html, ".grounds").contains("Mornings with childcare came up again and again."));
    assert!(text(&html, ".grounds").contains("Childcare is needed in the mornings."));
    let (_, html) = page(app, &facilitator, &summary).await;
    assert!(text(&html, &format!("#finding-{id} .linked-measures")).contains("VL-CA-01"));
    // Residents cannot link; an outcome that does not exist cannot be linked.
    let res = resident.post(app.url("/api/evidence/link")).header("origin", &app.base).form(&link).send().await.expect("post");
    assert_eq!(res.status(), 403);
    let nowhere = [("plan", PLAN), ("outcome", "focus_group_finding:999999"), ("measure", "VL-CA-01"), ("stance", "supports"), ("rationale", "x"), ("lang", "en")];
    assert!(outcome(form_post(app, &facilitator, "/api/evidence/link", &summary, &nowhere).await).await.starts_with("refused"));
    let unknown_kind = [("plan", PLAN), ("outcome", "poll:1"), ("measure", "VL-CA-01"), ("stance", "supports"), ("rationale", "x"), ("lang", "en")];
    assert!(outcome(form_post(app, &facilitator, "/api/evidence/link", &summary, &unknown_kind).await).await.starts_with("refused"));
    let links = || async { evidence_links::Entity::find().filter(evidence_links::Column::SourceKind.eq("focus_group_finding")).filter(evidence_links::Column::SourceRef.eq(id.as_str())).count(&app.db).await.expect("count") };
    assert_eq!(links().await, 1);

    // Removed: the finding and its link as evidence go.
    assert_eq!(post(&facilitator, "remove_finding", base(&[("id", &id)])).await, format!("{summary}#findings"));
    assert_eq!(count().await, 0);
    assert_eq!(links().await, 0);
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/VL-CA-01")).await;
    assert!(!text(&html, ".evidence").contains("Childcare"), "{}", text(&html, ".evidence"));

    // Withdrawn: private again. Every step was recorded.
    assert_eq!(post(&facilitator, "publish_findings", base(&[("public", "0")])).await, format!("{summary}#publication"));
    assert_eq!(page(app, &app.client(), &summary).await.0, 404);
    for action in [
        "focus_group.minutes_saved",
        "focus_group.finding_added",
        "focus_group.finding_changed",
        "focus_group.finding_removed",
        "focus_group.findings_published",
        "focus_group.findings_withdrawn",
        "evidence.linked",
    ] {
        assert!(audit_log::Entity::find().filter(audit_log::Column::Action.eq(action)).one(&app.db).await.expect("q").is_some(), "{action}");
    }
}

backends!(
    the_demo_findings_are_public_on_the_plan_and_its_measures_and_are_evidence,
    facilitators_write_translate_link_and_publish_findings_that_name_nobody,
);
