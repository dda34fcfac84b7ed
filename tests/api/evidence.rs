//! Evidence from every outcome (issue 15, item 1): one registry resolves a survey question's
//! results, a focus group's finding, a forum thread's outcome, a consultation comment and an
//! entity's position; facilitators link any of them to a measure of the same plan, saying
//! whether it supports, challenges or informs it; the measure page groups its evidence by kind,
//! each outcome lists the measures it is evidence for, and the facilitators' checklist names the
//! measures with none. Links across plans and bad forms store nothing.

use ponte_app::{
    accounts::roles::Role,
    entity::{audit_log, consultation_comments as comments, consultation_positions as positions, evidence_links, measures, plans},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::{
    accounts::{form_post, location, outcome, signed_in},
    attr,
    permissions::{OTHER, grant, second_plan},
    surveys::{PLAN, make, page},
    text, texts,
};

async fn links(app: &TestApp) -> u64 {
    evidence_links::Entity::find().count(&app.db).await.expect("count")
}

async fn measure_id(app: &TestApp, code: &str) -> i32 {
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(&app.db).await.expect("q").expect("plan");
    measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).filter(measures::Column::Code.eq(code)).one(&app.db).await.expect("q").expect("measure").id
}

/// A visible comment of the demo consultation on measure `code` that is not linked yet.
async fn comment_on(app: &TestApp, code: &str) -> comments::Model {
    comments::Entity::find()
        .filter(comments::Column::MeasureId.eq(measure_id(app, code).await))
        .filter(comments::Column::ParentId.is_null())
        .filter(comments::Column::State.eq("visible"))
        .order_by_asc(comments::Column::Id)
        .one(&app.db)
        .await
        .expect("q")
        .expect("the demo has comments on the measure")
}

fn link_form<'a>(plan: &'a str, outcome: &'a str, measure: &'a str, stance: &'a str, rationale: &'a str) -> [(&'a str, &'a str); 6] {
    [("plan", plan), ("outcome", outcome), ("measure", measure), ("stance", stance), ("rationale", rationale), ("lang", "en")]
}

async fn every_kind_of_outcome_is_evidence_on_the_measure_page(app: &TestApp) {
    // The demo links each kind to VL-LIN-03: the page groups them by kind, with counts.
    let (status, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/VL-LIN-03")).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "#evidence-survey_question"), "Surveys (1)");
    assert_eq!(text(&html, "#evidence-focus_group_finding"), "Focus groups (1)");
    assert_eq!(text(&html, "#evidence-forum_outcome"), "Forum (1)");
    assert_eq!(text(&html, "#evidence-consultation_comment"), "Consultation comments (1)");
    assert_eq!(text(&html, "#evidence-association_position"), "Positions of associations and services (1)");
    // Each says what it says of the measure, where it came from, and links to the outcome.
    let comment = text(&html, "ul[aria-labelledby=evidence-consultation_comment]");
    assert!(comment.contains("Challenges") && comment.contains("From the consultation") && comment.contains("faltam turmas ao fim da tarde"), "{comment}");
    let position = text(&html, "ul[aria-labelledby=evidence-association_position]");
    assert!(position.contains("Supports") && position.contains("Position of") && position.contains("Himal"), "{position}");
    // The outcome's page shows it, and the measures it is evidence for, to everyone.
    for kind in ["consultation_comment", "association_position"] {
        let href = attr(&html, &format!("ul[aria-labelledby=evidence-{kind}] a"), "href").expect("a link to the outcome");
        let (address, anchor) = href.split_once('#').expect("a fragment");
        assert!(address.starts_with(&format!("/plans/{PLAN}/consultations/c1/inputs?measure=VL-LIN-03")), "{href}");
        assert!(anchor.starts_with(&format!("input-{kind}-")), "{href}");
        let (status, inputs) = page(app, &app.client(), address).await;
        assert_eq!(status, 200);
        let used = text(&inputs, &format!("#{anchor} .linked-measures"));
        assert!(used.contains("VL-LIN-03"), "{kind}: {used}");
        assert!(texts(&inputs, ".link-evidence").is_empty(), "the public gets no link form");
    }
    // A measure nothing is linked to says so.
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/VL-CA-01")).await;
    assert!(text(&html, ".evidence").contains("No results of participation"), "{}", text(&html, ".evidence"));
}

async fn facilitators_link_outcomes_of_their_own_plan_only(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let c = comment_on(app, "VL-UH-05").await;
    let token = format!("consultation_comment:{}", c.id);
    let inputs = format!("/plans/{PLAN}/consultations/c1/inputs?measure=VL-UH-05");
    let (_, html) = page(app, &facilitator, &inputs).await;
    assert_eq!(texts(&html, &format!("#input-consultation_comment-{} .link-evidence summary", c.id)).len(), 1, "the facilitator can link the comment");
    // Linked, with a stance: back to the comment, shown on the measure page and audited.
    let before = links(app).await;
    let res = form_post(app, &facilitator, "/api/evidence/link", &inputs, &link_form(PLAN, &token, "VL-UH-05", "challenges", "Landlords still ask for six months up front.")).await;
    assert_eq!(location(&res), format!("/plans/{PLAN}/consultations/c1/inputs?measure=VL-UH-05#input-consultation_comment-{}", c.id));
    assert_eq!(links(app).await, before + 1);
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/VL-UH-05")).await;
    let listed = text(&html, "ul[aria-labelledby=evidence-consultation_comment]");
    assert!(listed.contains("Challenges") && listed.contains("Landlords still ask"), "{listed}");
    let audited = audit_log::Entity::find().filter(audit_log::Column::Action.eq("evidence.linked")).order_by_desc(audit_log::Column::Id).one(&app.db).await.expect("q").expect("audited");
    assert!(audited.details.contains("\"stance\":\"challenges\""), "{}", audited.details);
    // The same pair again with another stance: still one link, now informing.
    let res = form_post(app, &facilitator, "/api/evidence/link", &inputs, &link_form(PLAN, &token, "VL-UH-05", "informs", "Landlords still ask for six months up front.")).await;
    assert!(location(&res).ends_with(&format!("#input-consultation_comment-{}", c.id)));
    assert_eq!(links(app).await, before + 1, "a second click links nothing twice");
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/VL-UH-05")).await;
    assert!(text(&html, "ul[aria-labelledby=evidence-consultation_comment]").contains("Informs"));

    // Bad input: a clear message, nothing stored.
    let long = "x".repeat(2001);
    let hidden = comments::Entity::find().filter(comments::Column::State.ne("visible")).one(&app.db).await.expect("q").expect("the demo removed a comment");
    let hidden = format!("consultation_comment:{}", hidden.id);
    let refused: [([(&str, &str); 6], &str); 7] = [
        (link_form(PLAN, &token, "VL-UH-05", "", "Why."), "supports, challenges or only informs"),
        (link_form(PLAN, &token, "VL-UH-05", "maybe", "Why."), "supports, challenges or only informs"),
        (link_form(PLAN, &token, "VL-UH-05", "supports", "   "), "Say why it matters"),
        (link_form(PLAN, &token, "VL-UH-05", "supports", &long), ""),
        (link_form(PLAN, &token, "NOPE-01", "supports", "Why."), ""),
        (link_form(PLAN, &hidden, "VL-UH-05", "supports", "Why."), "not one of this plan's"),
        (link_form(PLAN, "association_position:1-2-999999", "VL-UH-05", "supports", "Why."), "not one of this plan's"),
    ];
    for (form, message) in &refused {
        let said = outcome(form_post(app, &facilitator, "/api/evidence/link", &inputs, form).await).await;
        assert!(said.starts_with("refused") && said.contains(message), "{form:?}: {said}");
    }
    assert_eq!(links(app).await, before + 1, "bad forms link nothing");

    // Another plan: its facilitator may not link this plan's outcomes, and an outcome of this
    // plan is no outcome of theirs.
    second_plan(app).await;
    grant(app, "other@example.org", Role::Facilitator, Some(OTHER)).await;
    let other = signed_in(app, "other@example.org").await;
    let res = other.post(app.url("/api/evidence/link")).header("origin", &app.base).form(&link_form(PLAN, &token, "VL-UH-05", "supports", "Why.")).send().await.expect("post");
    assert_eq!(res.status(), 403);
    let admin = signed_in(app, "admin@example.org").await;
    let said = outcome(form_post(app, &admin, "/api/evidence/link", &format!("/plans/{OTHER}"), &link_form(OTHER, &token, "VL-UH-05", "supports", "Why.")).await).await;
    assert!(said.starts_with("refused"), "{said}");
    let position = positions::Entity::find().one(&app.db).await.expect("q").expect("the demo has positions");
    let foreign = format!("association_position:{}-{}-{}", position.consultation_id, position.entity_id, position.measure_id);
    let said = outcome(form_post(app, &admin, "/api/evidence/link", &format!("/plans/{OTHER}"), &link_form(OTHER, &foreign, "VL-UH-05", "supports", "Why.")).await).await;
    assert!(said.starts_with("refused"), "{said}");
    assert_eq!(links(app).await, before + 1, "nothing linked across plans");

    // A comment hidden by a moderator leaves the measure's evidence at once, for signed-in
    // readers too (whom the content cache serves).
    let measure = format!("/plans/{PLAN}/measures/VL-UH-05");
    assert!(text(&page(app, &facilitator, &measure).await.1, ".evidence").contains("Landlords still ask"));
    let id = c.id.to_string();
    let hide = [("kind", "consultation_comment"), ("item", id.as_str()), ("decision", "hide"), ("reason", "spam"), ("back", "")];
    form_post(app, &facilitator, "/api/moderation/decide", &format!("/plans/{PLAN}/moderation"), &hide).await;
    assert_eq!(comments::Entity::find_by_id(c.id).one(&app.db).await.expect("q").expect("row").state, "hidden");
    let evidence = text(&page(app, &facilitator, &measure).await.1, ".evidence");
    assert!(!evidence.contains("Landlords still ask") && !evidence.contains(&c.body), "{evidence}");
}

async fn the_checklist_names_the_measures_without_evidence(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let checklist = format!("/plans/{PLAN}/evidence");
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(&app.db).await.expect("q").expect("plan");
    let all = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).all(&app.db).await.expect("q");
    let linked: Vec<i32> = evidence_links::Entity::find().all(&app.db).await.expect("q").into_iter().map(|l| l.measure_id).collect();
    let bare = all.iter().filter(|m| !linked.contains(&m.id)).count();
    assert!(bare > 0 && bare < all.len(), "the demo leaves some measures without evidence");
    let (status, html) = page(app, &facilitator, &checklist).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "#checklist-missing"), format!("Measures with no evidence yet: {bare}"));
    let missing = texts(&html, "ul[aria-labelledby=checklist-missing] li");
    assert_eq!(missing.len(), bare);
    assert!(missing.iter().any(|m| m.contains("VL-CA-01")), "{missing:?}");
    // VL-LIN-03's row counts its links by kind (surveys, focus groups, forum, comments,
    // positions) and by stance (supports, challenges, informs).
    assert_eq!(texts(&html, "#checklist-VL-LIN-03 td"), ["1", "1", "1", "1", "1", "4", "1", "0"]);
    // Linking a result to VL-CA-01 takes it off the list.
    let form = [("plan", PLAN), ("outcome", "survey_question:your-voice/priorities"), ("measure", "VL-CA-01"), ("stance", "informs"), ("rationale", "Participation came first."), ("lang", "en")];
    form_post(app, &facilitator, "/api/evidence/link", &checklist, &form).await;
    let (_, html) = page(app, &facilitator, &checklist).await;
    assert_eq!(text(&html, "#checklist-missing"), format!("Measures with no evidence yet: {}", bare - 1));
    assert!(!texts(&html, "ul[aria-labelledby=checklist-missing] li").iter().any(|m| m.contains("VL-CA-01")));
    // Only the plan's facilitators (and administrators) read it.
    let resident = signed_in(app, "resident@example.org").await;
    assert_eq!(page(app, &resident, &checklist).await.0, 403);
    assert_eq!(page(app, &app.client(), &checklist).await.0, 401);
}

backends!(every_kind_of_outcome_is_evidence_on_the_measure_page, facilitators_link_outcomes_of_their_own_plan_only, the_checklist_names_the_measures_without_evidence);
