//! The plan's content kept in memory between requests (`ponte_app::content_cache`), which lets
//! a signed-in reader's measure page take a handful of statements: whoever writes to the
//! content — Ponte itself, another app server, someone by hand in the database — the next page
//! shows it, on both databases (the triggers raise the plan's content revision).

use ponte_app::entity::{measure_indicators, measures, plan_areas, plan_entities, plan_municipalities, plans, surveys};
use ponte_tests::{TestApp, backends};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, ModelTrait, QueryFilter, sea_query::Expr};

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

async fn plan_row(app: &TestApp) -> plans::Model {
    plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(&app.db).await.expect("q").expect("plan")
}

/// The home page keeps the directory of plans in memory, and the plan page what it counts: a
/// write to a plan's own row, its areas, its surveys' dates or the list of plans, made straight
/// in the database as another server would, shows on the next page of a signed-in reader.
async fn the_home_and_plan_pages_follow_writes_to_plans_areas_and_survey_dates(app: &TestApp) {
    let reader = signed_in(app, "someone@example.org").await;
    let plan_path = format!("/plans/{PLAN}");
    let open_link = format!("a[href='/plans/{PLAN}/surveys']");
    let measures_line = ".next-steps li:first-child .muted";
    // Read twice, so both are in memory.
    for _ in 0..2 {
        page(app, &reader, "/").await;
        page(app, &reader, &plan_path).await;
    }
    let (_, home) = page(app, &reader, "/").await;
    assert_eq!(texts(&home, &open_link).len(), 1, "the demo plan has a survey open now");
    let (_, plan_page) = page(app, &reader, &plan_path).await;
    let line_before = texts(&plan_page, measures_line);

    // The plan renamed.
    let plan = plan_row(app).await;
    let mut renamed: plans::ActiveModel = plan.clone().into();
    renamed.title_i18n = Set(r#"{"pt-PT":"Plano renomeado","en":"The renamed plan"}"#.into());
    renamed.update(&app.db).await.expect("rename");
    let (_, home) = page(app, &reader, "/").await;
    assert!(texts(&home, ".cards h2").contains(&"The renamed plan".to_owned()), "{:?}", texts(&home, ".cards h2"));
    let (_, plan_page) = page(app, &reader, &plan_path).await;
    assert_eq!(texts(&plan_page, "h1"), ["The renamed plan"]);

    // Its surveys closed an hour ago.
    let an_hour_ago = chrono::Utc::now() - chrono::Duration::hours(1);
    surveys::Entity::update_many()
        .col_expr(surveys::Column::ClosesAt, Expr::value(an_hour_ago))
        .filter(surveys::Column::PlanId.eq(plan.id))
        .exec(&app.db)
        .await
        .expect("close");
    let (_, home) = page(app, &reader, "/").await;
    assert!(texts(&home, &open_link).is_empty(), "no survey is open now");

    // An area with measures hidden: the plan page counts one area fewer.
    let measure = measure_row(app).await;
    plan_areas::Entity::update_many()
        .col_expr(plan_areas::Column::Hidden, Expr::value(true))
        .filter(plan_areas::Column::Id.eq(measure.area_id))
        .exec(&app.db)
        .await
        .expect("hide");
    let (_, plan_page) = page(app, &reader, &plan_path).await;
    let line_after = texts(&plan_page, measures_line);
    assert_ne!(line_after, line_before, "the count of areas changed");

    // A plan added by another server: the search finds it.
    let added = plans::ActiveModel {
        slug: Set("pmim-foz-coa".into()),
        kind: Set("municipal".into()),
        title_i18n: Set(r#"{"pt-PT":"PMIM de Vila Nova de Foz Côa","en":"Vila Nova de Foz Côa's plan"}"#.into()),
        summary_i18n: Set("{}".into()),
        promoter_i18n: Set("{}".into()),
        period_start: Set(chrono::NaiveDate::from_ymd_opt(2030, 1, 1).expect("date")),
        period_end: Set(chrono::NaiveDate::from_ymd_opt(2032, 12, 31).expect("date")),
        status: Set("diagnosis".into()),
        languages: Set(r#"["pt-PT"]"#.into()),
        created_at: Set(chrono::Utc::now()),
        time_zone: Set("Europe/Lisbon".into()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("plan");
    plan_municipalities::ActiveModel {
        plan_id: Set(added.id),
        slug: Set("vila-nova-de-foz-coa".into()),
        name: Set("Vila Nova de Foz Côa".into()),
        dico: Set(Some("0914".into())),
        position: Set(0),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("municipality");
    let (_, found) = page(app, &reader, "/?q=foz+coa&district=Guarda").await;
    assert_eq!(texts(&found, ".cards h2"), ["Vila Nova de Foz Côa's plan"]);
}

backends!(a_write_to_the_plan_s_content_shows_on_the_next_signed_in_page, the_home_and_plan_pages_follow_writes_to_plans_areas_and_survey_dates);
