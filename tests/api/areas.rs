//! A plan's areas (issue 11, 1): facilitators rename them per language, add their own, reorder
//! and hide them; the public pages follow. An area with draft measures cannot be hidden; bad
//! codes are refused with their message; residents change nothing; every change is audited.

use ponte_app::{accounts::roles::Role, entity::audit_log};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, outcome, signed_in},
    surveys::{PLAN, make, once, page},
    text, texts,
};

async fn facilitators_shape_the_plan_areas(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let editor = format!("/plans/{PLAN}/edit/areas");
    let (status, html) = page(app, &facilitator, &format!("{editor}?in=pt-PT")).await;
    assert_eq!(status, 200);
    assert_eq!(texts(&html, "ol.areas-editor > li").len(), 16);
    assert_eq!(page(app, &resident, &editor).await.0, 403);
    let public_names = || async {
        let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/areas?lang=en")).await;
        texts(&html, "main ul.cards > li.card h2 a")
    };
    let save = |lang: &'static str, code: &'static str, name: &'static str, hidden: bool| {
        let client = facilitator.clone();
        let from = format!("{editor}?in={lang}");
        async move {
            let mut form = vec![("plan", PLAN), ("code", code), ("lang", lang), ("name", name), ("description", "")];
            if hidden {
                form.push(("hidden", "1"));
            }
            outcome(form_post(app, &client, "/api/plans/save_area", &from, &form).await).await
        }
    };

    // Renamed in English (and in Portuguese): the public pages say so.
    assert_eq!(save("en", "CA", "Council commitment", false).await, format!("{editor}?in=en&saved=CA#area-CA"));
    assert_eq!(public_names().await[0], "Council commitment");
    assert!(save("pt-PT", "CA", " ", false).await.contains("Write a title."), "the plan's own language keeps a name");

    // A new area, at the end; moved up one place.
    let token = once();
    let add = |code: &'static str, name: &'static str, token: String| {
        let client = facilitator.clone();
        let from = editor.clone();
        async move { outcome(form_post(app, &client, "/api/plans/add_area", &from, &[("plan", PLAN), ("code", code), ("name", name), ("once", &token)]).await).await }
    };
    assert_eq!(add("hab", "Habitação digna", token.clone()).await, format!("{editor}?in=pt-PT&saved=HAB#area-HAB"));
    assert_eq!(add("hab", "Habitação digna", token).await, format!("{editor}?in=pt-PT&saved=HAB#area-HAB"), "a double click adds one");
    for (code, name, message) in [("H-1", "Outra", "An area code has 1 to 10 letters or digits"), ("CA", "Outra", "Another area of this plan already has this code."), ("NOVA", "", "Write a title.")] {
        let refused = add(code, name, once()).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{code}: {refused}");
    }
    let names = public_names().await;
    assert_eq!(names.len(), 17);
    assert!(names[16].starts_with("Habitação digna"), "last, in Portuguese with a note: {names:?}");
    let res = form_post(app, &facilitator, "/api/plans/move_area", &editor, &[("plan", PLAN), ("code", "HAB"), ("lang", "en"), ("direction", "up")]).await;
    assert_eq!(outcome(res).await, format!("{editor}?in=en#area-HAB"));
    let names = public_names().await;
    assert!(names[15].starts_with("Habitação digna"), "one place up: {names:?}");

    // Hidden: gone from the public list and its page; an area with measures stays.
    assert_eq!(save("pt-PT", "REL", "Religião", true).await, format!("{editor}?in=pt-PT&saved=REL#area-REL"));
    assert_eq!(public_names().await.len(), 16);
    assert_eq!(page(app, &app.client(), &format!("/plans/{PLAN}/areas/REL")).await.0, 404);
    let (_, plan) = page(app, &app.client(), &format!("/plans/{PLAN}")).await;
    assert!(text(&plan, ".next-steps").contains("in 16 areas"), "{}", text(&plan, ".next-steps"));
    let refused = save("pt-PT", "LIN", "Língua", true).await;
    assert!(refused.contains("Draft measures are in this area"), "{refused}");
    assert_eq!(public_names().await.len(), 16);

    // Residents change nothing.
    let res = form_post(app, &resident, "/api/plans/add_area", &editor, &[("plan", PLAN), ("code", "ZZ"), ("name", "Z"), ("once", &once())]).await;
    assert!(!outcome(res).await.contains("saved="));
    assert_eq!(public_names().await.len(), 16);
    let audited = |action: &'static str| {
        let db = app.db.clone();
        async move { audit_log::Entity::find().filter(audit_log::Column::Action.eq(action)).count(&db).await.expect("count") }
    };
    assert_eq!((audited("plan.area_changed").await, audited("plan.area_added").await, audited("plan.area_moved").await), (2, 1, 1));
}

backends!(facilitators_shape_the_plan_areas);
