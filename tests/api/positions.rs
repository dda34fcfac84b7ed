//! Association positions in a consultation (issue 12, item 4): a representative of an entity
//! files the entity's formal position on a measure (stance, statement, wording proposed for one
//! part), changes it until closing with its history kept — two edits sent at once both stay —
//! and never files for an entity they do not represent; positions show apart from comments, with
//! the entity's name, and in the consultation's matrix entity × measure.

use chrono::Duration;
use ponte_app::{
    accounts::{domain::EmailAddress, people, roles::Role},
    entity::{consultation_positions, consultations},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, PaginatorTrait};

use crate::{
    accounts::{form_post, outcome, signed_in},
    consultations::{MEASURE, open, without_the_demo_consultation},
    surveys::{PLAN, make, once, page},
    text, texts,
};

const ENTITY: &str = "associacao-himal";
const OTHER_ENTITY: &str = "associacao-raizes";

async fn represent(app: &TestApp, email: &str, entity: &str) {
    let request = people::GrantRequest { email: EmailAddress::parse(email).expect("email"), role: Role::AssociationRep, plan_slug: Some(PLAN.into()), entity_slug: Some(entity.into()) };
    people::grant_role(&app.db, None, request).await.expect("grant");
}

async fn filed(app: &TestApp) -> u64 {
    consultation_positions::Entity::find().count(&app.db).await.expect("count")
}

/// A position as the form sends it, with `changes`.
async fn file(app: &TestApp, client: &reqwest::Client, changes: &[(&str, &str)]) -> String {
    let mut form: Vec<(&str, String)> = vec![
        ("plan", PLAN.into()),
        ("code", MEASURE.into()),
        ("consultation", "c1".into()),
        ("entity", ENTITY.into()),
        ("stance", "supports_with_changes".into()),
        ("statement", "A Associação Himal apoia as aulas, **desde que** haja turmas depois das 20h.".into()),
        ("lang", "pt-PT".into()),
        ("proposed_part", "objective-1".into()),
        ("proposed_text", "Abrir turmas às 20h30 em todas as sedes de concelho.".into()),
        ("once", once()),
    ];
    for (name, value) in changes {
        form.retain(|(n, _)| n != name);
        form.push((name, (*value).to_owned()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (*n, v.as_str())).collect();
    outcome(form_post(app, client, "/api/consultations/position", &format!("/plans/{PLAN}/measures/{MEASURE}"), &form).await).await
}

async fn representatives_file_and_change_their_entity_s_position(app: &TestApp) {
    without_the_demo_consultation(app).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    assert!(open(app, &facilitator, &once(), &[]).await.ends_with("/c1"));
    represent(app, "rep@example.org", ENTITY).await;
    let rep = signed_in(app, "rep@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let measure = format!("/plans/{PLAN}/measures/{MEASURE}");

    // The form is for representatives, for their own entity.
    let (_, html) = page(app, &resident, &measure).await;
    assert!(texts(&html, "#position-form").is_empty());
    assert_eq!(text(&html, "#positions p.muted"), "No entity has filed a position on this measure yet.");
    let (_, html) = page(app, &rep, &measure).await;
    assert_eq!(texts(&html, "#position-entity option"), ["Himal Association – Nepali and South Asian Community of Vale do Lírio"]);

    // Filed: shown apart from comments, with the entity's name, stance and proposed wording.
    let sent = file(app, &rep, &[]).await;
    assert_eq!(sent, format!("{measure}#position-{ENTITY}"));
    let (_, html) = page(app, &app.client(), &measure).await;
    let shown = format!("#position-{ENTITY}");
    assert!(text(&html, &format!("{shown} h4")).starts_with("Himal Association"));
    assert_eq!(text(&html, &format!("{shown} .badge")), "Supports with changes");
    assert_eq!(text(&html, &format!("{shown} .comment-body strong")), "desde que");
    assert_eq!(text(&html, &format!("{shown} p.muted")), "Wording proposed for objective 1:");
    assert_eq!(text(&html, &format!("{shown} blockquote")), "Abrir turmas às 20h30 em todas as sedes de concelho.");
    assert!(texts(&html, "#consultation .comments > li").is_empty(), "a position is not a comment");

    // Changed: the new one is current, the earlier one in its history; the form starts from it.
    assert_eq!(file(app, &rep, &[("stance", "opposes"), ("proposed_part", ""), ("proposed_text", "")]).await, sent);
    let (_, html) = page(app, &rep, &measure).await;
    assert_eq!(text(&html, &format!("{shown} > .comment-meta .badge")), "Opposes");
    assert_eq!(text(&html, &format!("{shown} .position-history summary")), "Earlier versions of this position (1)");
    assert_eq!(text(&html, "#position-form-heading"), "Change your entity's position (the earlier one stays in its history)");
    assert_eq!(crate::attr(&html, "#position-stance-opposes", "checked").as_deref(), Some(""));

    // Two edits sent at once: both kept in the history, one of them current.
    let (a, b) = tokio::join!(file(app, &rep, &[("stance", "supports")]), file(app, &rep, &[("stance", "no_position")]));
    assert_eq!((a.as_str(), b.as_str()), (sent.as_str(), sent.as_str()));
    assert_eq!(filed(app).await, 4);
    let (_, html) = page(app, &app.client(), &measure).await;
    assert_eq!(text(&html, &format!("{shown} .position-history summary")), "Earlier versions of this position (3)");

    // The consultation's matrix: the entity's current stance on this measure, nothing elsewhere.
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/consultations/c1")).await;
    let row = text(&html, "table[aria-labelledby=matrix-heading] tbody tr");
    assert!(row.starts_with("Himal Association"), "{row}");
    assert!(row.contains("Supports") || row.contains("Takes no position"), "{row}");
    assert!(row.contains("Not filed"), "other measures: {row}");

    // Refused: another entity, someone who represents none, bad forms; nothing stored.
    let before = filed(app).await;
    let not_theirs = file(app, &rep, &[("entity", OTHER_ENTITY)]).await;
    assert!(not_theirs.contains("You do not represent this entity"), "{not_theirs}");
    assert!(file(app, &resident, &[]).await.contains("You do not represent this entity"));
    for (changes, message) in [
        (vec![("statement", "  ")], "Write the statement of the position"),
        (vec![("stance", "maybe")], "Something in this form is not allowed."),
        (vec![("proposed_text", "")], "To propose wording"),
        (vec![("proposed_part", "")], "To propose wording"),
        (vec![("proposed_part", "objective-99")], "This part of the measure does not exist"),
        (vec![("lang", "x-klingon-1-2-3")], "language"),
    ] {
        let refused = file(app, &rep, &changes).await;
        assert!(refused.starts_with("refused") && refused.to_lowercase().contains(&message.to_lowercase()), "{changes:?}: {refused}");
    }
    assert_eq!(filed(app).await, before);

    // Closed: no more positions.
    let row = consultations::Entity::find().one(&app.db).await.expect("q").expect("consultation");
    let mut closed: consultations::ActiveModel = row.into();
    closed.closes_on = Set(ponte_tests::plan_today() - Duration::days(1));
    closed.update(&app.db).await.expect("close");
    assert!(file(app, &rep, &[]).await.contains("This consultation is not open"));
    assert_eq!(filed(app).await, before);
    let (_, html) = page(app, &rep, &measure).await;
    assert!(texts(&html, "#position-form").is_empty());
}

backends!(representatives_file_and_change_their_entity_s_position);
