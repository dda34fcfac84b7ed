//! Facilitators review a survey's responses: the list and one response in words, a paper
//! response corrected through the answer form (tallies, free texts and exports follow, the change
//! audited), a stale correction or withdrawal refused, any response withdrawn (its counts and
//! texts gone, the audit row without its answers), and nobody else allowed near them.

use ponte_app::{
    accounts::roles::Role,
    entity::{audit_log, survey_drafts, survey_responses, survey_texts},
    surveys::{model::Access, results, service},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::{
    accounts::{form_post, location, outcome, signed_in},
    surveys::{PLAN, SHORT, make, page, path, send, survey},
    text, texts,
};

const SLUG: &str = "review";

async fn stored(app: &TestApp, survey_id: i32) -> Vec<survey_responses::Model> {
    survey_responses::Entity::find().filter(survey_responses::Column::SurveyId.eq(survey_id)).all(&app.db).await.expect("q")
}

async fn free_texts(app: &TestApp, survey_id: i32) -> Vec<String> {
    let mut all: Vec<String> = survey_texts::Entity::find()
        .filter(survey_texts::Column::SurveyId.eq(survey_id))
        .all(&app.db)
        .await
        .expect("q")
        .into_iter()
        .map(|t| t.body)
        .collect();
    all.sort();
    all
}

async fn count(app: &TestApp, survey_id: i32, question: &str, key: &str) -> u64 {
    service::tallies(&app.db, survey_id).await.expect("tallies").get(&(question.to_owned(), key.to_owned())).copied().unwrap_or(0)
}

fn response_path(id: i64) -> String {
    path(SLUG, &format!("/responses/{id}"))
}

/// Starts correcting response `id` as `client`; returns where the form led.
async fn start_correction(app: &TestApp, client: &reqwest::Client, id: i64, reason: &str) -> String {
    let form = [("plan", PLAN), ("survey", SLUG), ("id", &id.to_string()), ("reason", reason), ("lang", "en")];
    outcome(form_post(app, client, "/api/surveys/correct_response", &response_path(id), &form).await).await
}

/// Responses counted by month (every month together).
async fn by_month(app: &TestApp, survey_id: i32) -> u64 {
    service::tallies(&app.db, survey_id).await.expect("tallies").iter().filter(|((q, _), _)| q == results::MONTHS).map(|(_, n)| n).sum()
}

async fn withdraw(app: &TestApp, client: &reqwest::Client, id: i64, seen: &str, reason: &str) -> String {
    let form = [("plan", PLAN), ("survey", SLUG), ("id", &id.to_string()), ("seen", seen), ("reason", reason)];
    outcome(form_post(app, client, "/api/surveys/withdraw_response", &response_path(id), &form).await).await
}

async fn facilitators_review_correct_and_withdraw_responses(app: &TestApp) {
    let survey_id = survey(app, SLUG, Access::Open, SHORT, |_| {}).await;
    make(app, "f@example.org", Role::Facilitator).await;
    make(app, "g@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let colleague = signed_in(app, "g@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;

    // One paper response typed in by the facilitator, one given online by a resident.
    let form = [("plan", PLAN), ("survey", SLUG), ("channel", "paper"), ("interview_lang", ""), ("lang", "en")];
    form_post(app, &facilitator, "/api/surveys/start_assisted", &path(SLUG, ""), &form).await;
    assert_eq!(send(app, &facilitator, SLUG, 0, "next", "ok why", &[("q.ok", "yes"), ("q.why", "Longe")]).await, path(SLUG, "?entered=1"));
    assert_eq!(send(app, &app.client(), SLUG, 0, "next", "ok why", &[("q.ok", "no"), ("q.why", "Perto")]).await, path(SLUG, "/thanks"));
    let rows = stored(app, survey_id).await;
    let paper = rows.iter().find(|r| r.channel == "paper").expect("paper response").id;
    let online = rows.iter().find(|r| r.channel == "online").expect("online response").id;

    // The list, for facilitators only.
    let (status, html) = page(app, &facilitator, &path(SLUG, "/responses")).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "main p.lead"), "2 responses stored.");
    let listed = texts(&html, "main table tbody th a");
    assert_eq!(listed.len(), 2);
    assert!(listed.contains(&paper.to_string()) && listed.contains(&online.to_string()), "{listed:?}");
    let (_, only_paper) = page(app, &facilitator, &path(SLUG, "/responses?channel=paper")).await;
    assert_eq!(texts(&only_paper, "main table tbody th a"), vec![paper.to_string()], "the filter by channel");
    let (_, start) = page(app, &facilitator, &path(SLUG, "")).await;
    assert!(texts(&start, "section.manage a").contains(&"Responses".to_owned()), "linked from the survey's tools");
    for (who, client) in [("a resident", &resident), ("a visitor", &app.client())] {
        let (status, html) = page(app, client, &path(SLUG, "/responses")).await;
        assert!(status == 403 || status == 401, "{who}: {status}");
        assert!(!html.contains(&paper.to_string()), "{who} sees no response");
        let (status, _) = page(app, client, &response_path(paper)).await;
        assert!(status == 403 || status == 401, "{who}: {status}");
    }
    let (status, _) = page(app, &facilitator, &path(SLUG, "/responses/not-a-number")).await;
    assert_eq!(status, 404);
    let (status, _) = page(app, &facilitator, &path(SLUG, "/responses/12345")).await;
    assert_eq!(status, 404, "no such response");

    // One response in words.
    let (_, html) = page(app, &facilitator, &response_path(paper)).await;
    assert_eq!(text(&html, "h1"), format!("Response {paper}"));
    assert_eq!(texts(&html, "dl.answers dd"), vec!["Yes", "Longe"]);
    assert!(html.contains("Correct the answers"));
    let seen_paper = crate::attr(&html, "input[name=seen]", "value").expect("the page carries what it showed");
    let (_, online_html) = page(app, &facilitator, &response_path(online)).await;
    assert!(online_html.contains("given online by the person themself"), "an online response is not corrected");
    let seen_online = crate::attr(&online_html, "input[name=seen]", "value").expect("seen");

    // Correcting asks for a reason; an online response cannot be corrected; nor by a resident.
    assert_eq!(start_correction(app, &facilitator, paper, "   ").await, "refused: Give the reason for this change.");
    assert_eq!(start_correction(app, &facilitator, paper, &"x".repeat(501)).await, "refused: This text is too long.");
    let refused = start_correction(app, &facilitator, online, "typo").await;
    assert!(refused.contains("Only responses typed in from paper"), "{refused}");
    let form = [("plan", PLAN), ("survey", SLUG), ("id", &paper.to_string()), ("reason", "typo"), ("lang", "en")];
    let res = form_post(app, &resident, "/api/surveys/correct_response", &response_path(paper), &form).await;
    assert_ne!(location(&res), path(SLUG, "/answer"), "a resident cannot correct a response");
    assert_eq!(survey_drafts::Entity::find().filter(survey_drafts::Column::Amends.is_not_null()).all(&app.db).await.expect("q").len(), 0);

    // The correction: the answer form opens with the stored answers and ends in the response.
    assert_eq!(start_correction(app, &facilitator, paper, "Typed yes for no <b>from</b> the paper form").await, path(SLUG, "/answer"));
    let (_, form) = page(app, &facilitator, &path(SLUG, "/answer")).await;
    assert!(text(&form, "main p.notice").contains(&format!("correcting response {paper}")), "the form says what it does");
    assert_eq!(crate::attr(&form, "input[name='q.why']", "value").as_deref(), Some("Longe"), "the stored answers filled in");
    let to = send(app, &facilitator, SLUG, 0, "next", "ok why", &[("q.ok", "no"), ("q.why", "Muito longe")]).await;
    assert_eq!(to, format!("{}?corrected=1#notice", response_path(paper)));
    let rows = stored(app, survey_id).await;
    assert_eq!(rows.len(), 2, "corrected, not added");
    let row = rows.iter().find(|r| r.id == paper).expect("still there");
    assert_eq!(row.channel, "paper", "how it came in is kept");
    assert!(row.answers.contains("Muito longe") && row.answers.contains("false"), "{}", row.answers);
    assert_eq!((count(app, survey_id, "ok", "yes").await, count(app, survey_id, "ok", "no").await), (0, 2), "the tallies follow");
    assert_eq!(count(app, survey_id, results::RESPONSES, results::ALL_KEY).await, 2, "still two responses");
    assert_eq!(by_month(app, survey_id).await, 2, "in the month they came in, as the participation report counts them");
    assert_eq!(free_texts(app, survey_id).await, vec!["Muito longe", "Perto"]);
    let (_, html) = page(app, &facilitator, &format!("{}?corrected=1", response_path(paper))).await;
    assert_eq!(text(&html, "#notice"), "Response corrected. The results count its new answers.");
    assert_eq!(texts(&html, "dl.answers dd"), vec!["No", "Muito longe"]);
    let history = texts(&html, "#history li ul li");
    assert!(history.contains(&"Is the office easy to reach? : Yes → No".to_owned()), "{history:?}");
    assert!(history.contains(&"Why? : Longe → Muito longe".to_owned()), "{history:?}");
    assert!(html.contains("Typed yes for no &lt;b&gt;from&lt;/b&gt; the paper form"), "the reason shown as text");
    let audit = audit_log::Entity::find().filter(audit_log::Column::Action.eq("survey.response_corrected")).all(&app.db).await.expect("q");
    assert_eq!(audit.len(), 1);
    assert!(audit[0].actor_user_id.is_some() && audit[0].details.contains("Typed yes for no"), "{}", audit[0].details);
    let (_, csv) = page(app, &facilitator, &path(SLUG, "/export.csv")).await;
    assert!(csv.contains("Muito longe") && !csv.contains(",Longe"), "the export has the corrected answers");

    // Sending the same answers back changes and records nothing.
    start_correction(app, &facilitator, paper, "Checked again").await;
    let to = send(app, &facilitator, SLUG, 0, "next", "ok why", &[("q.ok", "no"), ("q.why", "Muito longe")]).await;
    assert_eq!(to, format!("{}?unchanged=1#notice", response_path(paper)));
    let audited = audit_log::Entity::find().filter(audit_log::Column::Action.eq("survey.response_corrected")).all(&app.db).await.expect("q");
    assert_eq!(audited.len(), 1);

    // Two facilitators correcting the same response: the one who finishes second is told, and
    // the first one's correction stands.
    start_correction(app, &facilitator, paper, "First").await;
    start_correction(app, &colleague, paper, "Second").await;
    send(app, &colleague, SLUG, 0, "next", "ok why", &[("q.ok", "yes"), ("q.why", "Do colega")]).await;
    let late = send(app, &facilitator, SLUG, 0, "next", "ok why", &[("q.ok", "no"), ("q.why", "Tarde")]).await;
    assert_eq!(late, path(SLUG, "?error=invalid-response-changed"));
    let (_, start) = page(app, &facilitator, &late).await;
    assert!(text(&start, "#notice").starts_with("Someone changed or withdrew this response"));
    let row = survey_responses::Entity::find_by_id(paper).one(&app.db).await.expect("q").expect("row");
    assert!(row.answers.contains("Do colega") && !row.answers.contains("Tarde"));
    assert_eq!(free_texts(app, survey_id).await, vec!["Do colega", "Perto"]);
    assert_eq!((count(app, survey_id, "ok", "yes").await, count(app, survey_id, "ok", "no").await), (1, 1));

    // Withdrawing: a page opened before the change is refused; a resident is refused.
    assert!(withdraw(app, &facilitator, paper, &seen_paper, "Duplicate").await.starts_with("refused: Someone changed"));
    let form = [("plan", PLAN), ("survey", SLUG), ("id", &online.to_string()), ("seen", &seen_online), ("reason", "Mine")];
    let res = form_post(app, &resident, "/api/surveys/withdraw_response", &response_path(online), &form).await;
    assert!(!location(&res).contains("withdrawn=1"), "a resident cannot withdraw a response");
    assert_eq!(withdraw(app, &facilitator, online, &seen_online, "").await, "refused: Give the reason for this change.");
    assert_eq!(stored(app, survey_id).await.len(), 2, "nothing withdrawn yet");

    let to = withdraw(app, &facilitator, online, &seen_online, "The person asked for it by phone").await;
    assert_eq!(to, path(SLUG, "/responses?withdrawn=1#notice"));
    assert_eq!(withdraw(app, &facilitator, online, &seen_online, "The person asked for it by phone").await, to, "a second click does nothing more");
    assert_eq!(stored(app, survey_id).await.len(), 1);
    assert_eq!(count(app, survey_id, results::RESPONSES, results::ALL_KEY).await, 1);
    assert_eq!(by_month(app, survey_id).await, 1, "and its month's count");
    assert_eq!((count(app, survey_id, "ok", "yes").await, count(app, survey_id, "ok", "no").await), (1, 0), "its counts are gone");
    assert_eq!(free_texts(app, survey_id).await, vec!["Do colega"], "its text is gone");
    let audit = audit_log::Entity::find().filter(audit_log::Column::Action.eq("survey.response_withdrawn")).all(&app.db).await.expect("q");
    assert_eq!(audit.len(), 1, "withdrawn once");
    assert!(!audit[0].details.contains("Perto"), "the audit keeps no withdrawn answers: {}", audit[0].details);
    let (_, html) = page(app, &facilitator, &path(SLUG, "/responses?withdrawn=1")).await;
    assert_eq!(text(&html, "#notice"), "Response withdrawn. Its answers no longer count in the results or the exports.");
    assert_eq!(text(&html, "main p.lead"), "One response stored.");
    let history = texts(&html, "#history > ul > li > p:first-child");
    assert_eq!(history.len(), 3, "{history:?}");
    assert!(history[0].contains("withdrew it") && history[0].contains(&online.to_string()), "{history:?}");
    let (status, _) = page(app, &facilitator, &response_path(online)).await;
    assert_eq!(status, 404, "a withdrawn response has no page");
    let (_, results) = page(app, &facilitator, &path(SLUG, "/results")).await;
    assert_eq!(text(&results, "main p strong"), "1 response");
}

backends!(facilitators_review_correct_and_withdraw_responses);
