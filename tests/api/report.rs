//! Closing the loop (issue 15). "How input was used" across channels (item 4): one public page
//! per plan that joins, measure by measure, the outcomes linked as evidence (surveys, focus
//! groups, forum, consultation comments and positions) with the consultations' answers to the
//! inputs on it and the versions that carry the changes; its counts agree with the consultation's
//! own page. The participation report (item 2): inputs by channel, language and month, with no
//! published count below 5, and every count exact for the plan's facilitators.

use ponte_app::{
    accounts::roles::Role,
    entity::{consultation_dispositions as dispositions, forum_posts, measures, plans},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::signed_in,
    attr,
    surveys::{PLAN, make, page},
    text, texts,
};

fn used() -> String {
    format!("/plans/{PLAN}/input-used")
}

/// The counts by decision a page lists under `selector`, without the zeros.
fn counts(html: &str, selector: &str) -> Vec<String> {
    let mut listed: Vec<String> = texts(html, selector).into_iter().filter(|c| !c.ends_with(": 0")).collect();
    listed.sort();
    listed
}

async fn each_measure_shows_its_evidence_and_the_answers_to_its_inputs(app: &TestApp) {
    let (status, html) = page(app, &app.client(), &used()).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "h1"), "How input was used");
    // VL-LIN-03: evidence of every kind, under headings of its own.
    let lin = "section[aria-labelledby=used-VL-LIN-03]";
    assert_eq!(text(&html, "#used-VL-LIN-03-evidence-consultation_comment"), "Consultation comments (1)");
    assert_eq!(text(&html, "#used-VL-LIN-03-evidence-association_position"), "Positions of associations and services (1)");
    assert_eq!(text(&html, "#used-VL-LIN-03-evidence-forum_outcome"), "Forum (1)");
    assert!(text(&html, lin).contains("Challenges"), "{}", text(&html, lin));
    assert_eq!(attr(&html, &format!("{lin} .answers p a"), "href").as_deref(), Some(format!("/plans/{PLAN}/consultations/c1/inputs?measure=VL-LIN-03").as_str()));
    // Every measure's answers agree with what the consultation's page counts for it.
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(&app.db).await.expect("q").expect("plan");
    let all = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).all(&app.db).await.expect("q");
    let mut answered = 0;
    for m in &all {
        let (_, inputs) = page(app, &app.client(), &format!("/plans/{PLAN}/consultations/c1/inputs?measure={}", m.code)).await;
        let theirs = counts(&inputs, "ul[aria-labelledby=inputs-counts] li");
        let ours = counts(&html, &format!("section[aria-labelledby=used-{}] .answers .inline-list li", m.code));
        assert_eq!(ours, theirs, "{}", m.code);
        answered += usize::from(!ours.is_empty());
    }
    assert!(answered >= 3, "the demo consultation has inputs on several measures");
    // The measures nothing reached are listed apart, and counted.
    let untouched = texts(&html, "ul[aria-labelledby=used-untouched] li");
    assert_eq!(text(&html, "#used-untouched"), format!("Measures that nothing from participation has reached yet: {}", untouched.len()));
    assert_eq!(texts(&html, "section.used").len() + untouched.len(), all.len(), "every measure once");
    // The plan page leads here.
    let (_, plan_page) = page(app, &app.client(), &format!("/plans/{PLAN}")).await;
    assert!(plan_page.contains(&format!("href=\"{}\"", used())), "linked from the plan page");
}

async fn an_answer_that_changed_the_measure_links_to_the_change(app: &TestApp) {
    let answer = dispositions::Entity::find().filter(dispositions::Column::InputKind.eq("position")).one(&app.db).await.expect("q").expect("the demo answers positions");
    let mut changed: dispositions::ActiveModel = answer.into();
    changed.changed_in = Set(Some(3));
    changed.update(&app.db).await.expect("update");
    let (_, html) = page(app, &app.client(), &used()).await;
    let links: Vec<String> = texts(&html, ".answers ul.plain a");
    assert_eq!(links, ["See the change in version 3"]);
    let href = attr(&html, ".answers ul.plain a", "href").expect("href");
    assert!(href.ends_with("/changes?from=2&to=3"), "{href}");
}

/// The rows of the participation table `id`: (label, count as shown).
fn rows(html: &str, id: &str) -> Vec<(String, String)> {
    let labels = texts(html, &format!("table[aria-labelledby={id}] tbody th"));
    let counts = texts(html, &format!("table[aria-labelledby={id}] tbody td.num:nth-of-type(1)"));
    labels.into_iter().zip(counts).collect()
}

async fn the_participation_report_counts_every_channel_and_publishes_no_small_count(app: &TestApp) {
    let (status, html) = page(app, &app.client(), &format!("/plans/{PLAN}/participation")).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "h1"), "Participation report");
    let channels = rows(&html, "by-channel");
    let count_of = |label: &str| channels.iter().find(|(l, _)| l == label).map(|(_, n)| n.clone());
    // The demo forum's visible posts, counted exactly; each association's position on a measure once.
    let posts = forum_posts::Entity::find().filter(forum_posts::Column::State.eq("visible")).count(&app.db).await.expect("count");
    assert!(posts >= 5);
    assert_eq!(count_of("Forum post"), Some(posts.to_string()));
    assert_eq!(count_of("Position of an association or service"), Some("5".to_owned()), "six filings, one of them a change: five positions");
    assert!(count_of("Consultation comment on the web").is_some() && count_of("Survey answered online").is_some(), "{channels:?}");
    // No table publishes a count from 1 to 4, and no single hidden count sits beside shown ones.
    for id in ["by-channel", "by-language", "by-month", "by-municipality"] {
        let listed = rows(&html, id);
        assert!(!listed.is_empty(), "{id}");
        for (label, shown) in &listed {
            match shown.parse::<u64>() {
                Ok(n) => assert!(n >= 5, "{id}: {label} shows {n}"),
                Err(_) => assert_eq!(shown, "fewer than 5", "{id}: {label}"),
            }
        }
        assert_ne!(listed.iter().filter(|(_, n)| n == "fewer than 5").count(), 1, "{id}: {listed:?}");
    }
    // By municipality: the comments and posts of those who said where they live, by name.
    let towns = rows(&html, "by-municipality");
    let said: u64 = forum_posts::Entity::find().filter(forum_posts::Column::State.eq("visible")).filter(forum_posts::Column::MunicipalityId.is_not_null()).count(&app.db).await.expect("count");
    assert!(said > 0 && towns.iter().all(|(name, _)| !name.is_empty() && name.parse::<u64>().is_err()), "{towns:?}");
    // Languages by their own names, months as dates.
    assert!(rows(&html, "by-language").iter().any(|(l, _)| l == "Português"), "{:?}", rows(&html, "by-language"));
    assert!(rows(&html, "by-month").iter().all(|(m, _)| m.len() == 7 && m.as_bytes()[4] == b'-'));
    let (_, plan_page) = page(app, &app.client(), &format!("/plans/{PLAN}")).await;
    assert!(plan_page.contains(&format!("href=\"/plans/{PLAN}/participation\"")), "linked from the plan page");

    // The plan's facilitators see every count as it is, and are told so; the shown ones agree.
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let (_, exact) = page(app, &facilitator, &format!("/plans/{PLAN}/participation")).await;
    assert!(exact.contains("You see every count as it is, because you facilitate this plan."));
    let mut small = 0;
    for id in ["by-channel", "by-language", "by-month", "by-municipality"] {
        let theirs = rows(&exact, id);
        for ((label, public), (same, count)) in rows(&html, id).iter().zip(&theirs) {
            assert_eq!(label, same, "{id}: the same rows");
            let n: u64 = count.parse().unwrap_or_else(|_| panic!("{id}: {label} shows {count} to a facilitator"));
            if public == "fewer than 5" {
                small += usize::from((1..5).contains(&n));
            } else {
                assert_eq!(public, count, "{id}: {label}");
            }
        }
    }
    assert!(small > 0, "the demo has counts below 5, which only facilitators see");
}

async fn the_printable_report_holds_the_plan_its_participation_and_how_input_was_used(app: &TestApp) {
    let (status, html) = page(app, &app.client(), &format!("/plans/{PLAN}/report")).await;
    assert_eq!(status, 200);
    assert!(text(&html, "h1").starts_with("Report of the participation phase"), "{}", text(&html, "h1"));
    assert_eq!(texts(&html, "h2.part"), ["The plan", "Participation report", "How input was used"]);
    assert!(text(&html, "dl.facts").contains("Ribeira do Lírio, Serra Clara"));
    // The same numbers as the participation report, and the same measures as How input was used.
    let (_, participation) = page(app, &app.client(), &format!("/plans/{PLAN}/participation")).await;
    for id in ["by-channel", "by-language", "by-month", "by-municipality"] {
        assert_eq!(rows(&html, id), rows(&participation, id), "{id}");
    }
    assert_eq!(texts(&html, "table[aria-labelledby=representation-heading] tbody tr").len(), 8, "the demo's reference population");
    let (_, used_page) = page(app, &app.client(), &used()).await;
    assert_eq!(texts(&html, "section.used h2"), texts(&used_page, "section.used h2"));
    assert!(!texts(&html, "section.used h2").is_empty());
    // Linked from the plan page.
    let (_, plan_page) = page(app, &app.client(), &format!("/plans/{PLAN}")).await;
    assert!(plan_page.contains(&format!("href=\"/plans/{PLAN}/report\"")));
}

backends!(
    the_printable_report_holds_the_plan_its_participation_and_how_input_was_used,
    each_measure_shows_its_evidence_and_the_answers_to_its_inputs,
    an_answer_that_changed_the_measure_links_to_the_change,
    the_participation_report_counts_every_channel_and_publishes_no_small_count
);
