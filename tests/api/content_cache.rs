//! The plan's content kept in memory between requests (`ponte_app::content_cache`), which lets
//! a signed-in reader's measure page take a handful of statements: whoever writes to the
//! content — Ponte itself, another app server, someone by hand in the database — the next page
//! shows it, on both databases (the triggers raise the plan's content revision).

use ponte_app::entity::{measure_indicators, measures, plan_entities, plans};
use ponte_tests::{TestApp, backends};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, ModelTrait, QueryFilter};

use crate::{
    accounts::signed_in,
    surveys::{PLAN, page},
    texts,
};

const CODE: &str = "VL-LIN-03";

async fn measure_row(app: &TestApp) -> measures::Model {
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(&app.db).await.expect("q").expect("plan");
    measures::Entity::find()
        .filter(measures::Column::PlanId.eq(plan.id))
        .filter(measures::Column::Code.eq(CODE))
        .one(&app.db)
        .await
        .expect("q")
        .expect("measure")
}

async fn a_write_to_the_plan_s_content_shows_on_the_next_signed_in_page(app: &TestApp) {
    let reader = signed_in(app, "someone@example.org").await;
    let path = format!("/plans/{PLAN}/measures/{CODE}");
    let (status, html) = page(app, &reader, &path).await;
    assert_eq!(status, 200);
    let before = texts(&html, "tbody tr[id^='indicator-']");
    assert!(!before.is_empty(), "the demo measure has indicators");
    // Read twice, so the content is in memory.
    page(app, &reader, &path).await;

    // A new indicator, written straight into the database (as another server would).
    let measure = measure_row(app).await;
    let added = measure_indicators::ActiveModel {
        measure_id: Set(measure.id),
        position: Set(99),
        name_i18n: Set(r#"{"pt-PT":"Inscrições nas turmas da noite","en":"Enrolments in evening classes"}"#.into()),
        target_i18n: Set(r#"{"pt-PT":"120 por ano","en":"120 a year"}"#.into()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("indicator");
    let (_, html) = page(app, &reader, &path).await;
    let after = texts(&html, "tbody tr[id^='indicator-']");
    assert_eq!(after.len(), before.len() + 1, "{after:#?}");
    let cells = texts(&html, &format!("#indicator-{} td", after.len()));
    assert!(cells[0].starts_with("Enrolments in evening classes") && cells[1].starts_with("120 a year"), "{cells:?}");

    // The responsible entity renamed.
    let responsible = plan_entities::Entity::find_by_id(measure.responsible_entity_id.expect("the demo measure has a responsible entity"))
        .one(&app.db)
        .await
        .expect("q")
        .expect("entity");
    let mut renamed: plan_entities::ActiveModel = responsible.into();
    renamed.name_i18n = Set(r#"{"pt-PT":"Divisão de Educação e Línguas","en":"Education and Languages Division"}"#.into());
    renamed.update(&app.db).await.expect("rename");
    let (_, html) = page(app, &reader, &path).await;
    assert!(html.contains("Education and Languages Division"), "the new name shows");

    // The indicator removed again.
    added.delete(&app.db).await.expect("delete");
    let (_, html) = page(app, &reader, &path).await;
    assert_eq!(texts(&html, "tbody tr[id^='indicator-']"), before);
}

backends!(a_write_to_the_plan_s_content_shows_on_the_next_signed_in_page);
