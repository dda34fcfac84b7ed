//! Who may do what (issue 11, 7): every guarded page and action, tried by every kind of person —
//! a visitor, a signed-in resident, a facilitator of this plan, a facilitator of another plan, a
//! moderator and an administrator — and each either allowed or refused, never half-done.

use ponte_app::{
    accounts::{domain::EmailAddress, people, roles::Role},
    entity::{plan_phases, survey_texts, surveys},
    plans::create::service::{NewPlan, create},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, location, signed_in},
    surveys::{PLAN, once},
};

pub(crate) const OTHER: &str = "outro-2027";
const SURVEY: &str = "your-voice";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Who {
    Visitor,
    Resident,
    OwnFacilitator,
    OtherFacilitator,
    Moderator,
    Admin,
}

use Who::*;

pub(crate) async fn grant(app: &TestApp, email: &str, role: Role, plan: Option<&str>) {
    let request = people::GrantRequest { email: EmailAddress::parse(email).expect("email"), role, plan_slug: plan.map(str::to_owned), entity_slug: None };
    people::grant_role(&app.db, None, request).await.expect("grant");
}

async fn phases(app: &TestApp) -> u64 {
    plan_phases::Entity::find().count(&app.db).await.expect("count")
}

/// A second plan, `OTHER`, created by an administrator (`admin@example.org`, made one here).
pub(crate) async fn second_plan(app: &TestApp) {
    let new = NewPlan {
        slug: OTHER.into(),
        kind: "municipal".into(),
        title: "Outro plano".into(),
        lang: "pt-PT".into(),
        period_start: chrono::NaiveDate::from_ymd_opt(2027, 1, 1).expect("date"),
        period_end: chrono::NaiveDate::from_ymd_opt(2029, 12, 31).expect("date"),
        municipalities: vec!["0101".into()],
    };
    grant(app, "admin@example.org", Role::Admin, None).await;
    use ponte_app::entity::users;
    let admin_id = users::Entity::find().filter(users::Column::Email.eq("admin@example.org")).one(&app.db).await.expect("q").expect("admin").id;
    create(&app.db, new, admin_id).await.expect("a second plan");
}

async fn every_guarded_action_is_allowed_to_exactly_its_roles(app: &TestApp) {
    second_plan(app).await;
    grant(app, "own@example.org", Role::Facilitator, Some(PLAN)).await;
    grant(app, "other@example.org", Role::Facilitator, Some(OTHER)).await;
    grant(app, "moderator@example.org", Role::Moderator, None).await;
    let clients = [
        (Visitor, app.client()),
        (Resident, signed_in(app, "resident@example.org").await),
        (OwnFacilitator, signed_in(app, "own@example.org").await),
        (OtherFacilitator, signed_in(app, "other@example.org").await),
        (Moderator, signed_in(app, "moderator@example.org").await),
        (Admin, signed_in(app, "admin@example.org").await),
    ];
    let survey = |rest: &str| format!("/plans/{PLAN}/surveys/{SURVEY}{rest}");
    let demo = ponte_app::plans::drafting::service::plan_by_slug(&app.db, PLAN).await.expect("demo plan");
    let first_draft = ponte_app::plans::drafting::service::documents(&app.db, &demo).await.expect("drafts")[0].0;

    // Pages and downloads: 200 for those allowed, 401 or 403 for everyone else.
    let pages: Vec<(String, &[Who])> = vec![
        ("/admin/plans/new".into(), &[Admin]),
        ("/admin/people".into(), &[OwnFacilitator, OtherFacilitator, Admin]),
        (format!("/plans/{PLAN}/activity"), &[OwnFacilitator, Admin]),
        (format!("/plans/{PLAN}/evidence"), &[OwnFacilitator, Admin]),
        (format!("/plans/{OTHER}/evidence"), &[OtherFacilitator, Admin]),
        (format!("/plans/{OTHER}/activity"), &[OtherFacilitator, Admin]),
        (survey("/edit"), &[OwnFacilitator, Admin]),
        (survey("/codes"), &[OwnFacilitator, Admin]),
        (survey("/responses"), &[OwnFacilitator, Admin]),
        (survey("/export.csv"), &[OwnFacilitator, Admin]),
        (survey("/export.json"), &[OwnFacilitator, Admin]),
        (survey("/survey.json"), &[OwnFacilitator, Admin]),
        (format!("/plans/{PLAN}/surveys/new"), &[OwnFacilitator, Admin]),
        (format!("/plans/{PLAN}/draft"), &[OwnFacilitator, Admin]),
        (format!("/plans/{OTHER}/draft"), &[OtherFacilitator, Admin]),
        (format!("/plans/{PLAN}/draft/{first_draft}"), &[OwnFacilitator, Admin]),
        (format!("/plans/{PLAN}/diagnosis"), &[OwnFacilitator, Admin]),
        (format!("/plans/{PLAN}/edit/areas"), &[OwnFacilitator, Admin]),
        (format!("/plans/{OTHER}/edit/areas"), &[OtherFacilitator, Admin]),
        (format!("/plans/{PLAN}/edit/population"), &[OwnFacilitator, Admin]),
        (format!("/plans/{OTHER}/edit/population"), &[OtherFacilitator, Admin]),
        (format!("/plans/{OTHER}/diagnosis"), &[OtherFacilitator, Admin]),
        (format!("/plans/{PLAN}/diagnosis/claim-vale-do-lirio"), &[OwnFacilitator, Admin]),
    ];
    for (path, allowed) in &pages {
        for (who, client) in &clients {
            let status = client.get(app.url(&format!("{path}?lang=en"))).send().await.expect("get").status().as_u16();
            if allowed.contains(who) {
                assert_eq!(status, 200, "{who:?} may open {path}");
            } else {
                assert!(status == 401 || status == 403, "{who:?} may not open {path}: {status}");
            }
        }
    }

    // Actions: done by those allowed, refused (and nothing done) for everyone else.
    let saved = format!("/plans/{PLAN}?timeline=saved#timeline");
    for (who, client) in &clients {
        let before = phases(app).await;
        let form = [("plan", PLAN), ("kind", "forum"), ("starts_on", "2026-06-01"), ("ends_on", "2026-06-30"), ("working_days", ""), ("once", &once())];
        let res = form_post(app, client, "/api/plans/add_phase", &format!("/plans/{PLAN}"), &form).await;
        let allowed = matches!(who, OwnFacilitator | Admin);
        assert_eq!(location(&res) == saved, allowed, "{who:?}: add a phase to {PLAN}");
        assert_eq!(phases(app).await, before + u64::from(allowed), "{who:?}: phases stored");
    }
    let text = survey_texts::Entity::find().one(&app.db).await.expect("q").expect("the demo has free texts");
    for (who, client) in &clients {
        let form = [("plan", PLAN), ("survey", SURVEY), ("id", &text.id.to_string()), ("hidden", "true")];
        form_post(app, client, "/api/surveys/moderate", &survey("/results"), &form).await;
        let hidden = survey_texts::Entity::find_by_id(text.id).one(&app.db).await.expect("q").expect("row").hidden;
        let allowed = matches!(who, OwnFacilitator | Moderator | Admin);
        assert_eq!(hidden, allowed, "{who:?}: hide a written answer");
        if hidden {
            let form = [("plan", PLAN), ("survey", SURVEY), ("id", &text.id.to_string()), ("hidden", "false")];
            form_post(app, client, "/api/surveys/moderate", &survey("/results"), &form).await;
        }
    }
    use ponte_app::entity::consultation_comments as comments;
    let comment = comments::Entity::find().filter(comments::Column::State.eq("visible")).one(&app.db).await.expect("q").expect("the demo has comments").id;
    for (who, client) in &clients {
        let form = [("kind", "consultation_comment"), ("item", &comment.to_string()), ("decision", "hide"), ("reason", "spam"), ("back", "")];
        form_post(app, client, "/api/moderation/decide", &format!("/plans/{PLAN}/moderation"), &form).await;
        let hidden = comments::Entity::find_by_id(comment).one(&app.db).await.expect("q").expect("row").state == "hidden";
        assert_eq!(hidden, matches!(who, OwnFacilitator | Moderator | Admin), "{who:?}: hide a comment in {PLAN}");
        if hidden {
            let form = [("kind", "consultation_comment"), ("item", &comment.to_string()), ("decision", "restore"), ("reason", ""), ("back", "")];
            form_post(app, client, "/api/moderation/decide", &format!("/plans/{PLAN}/moderation"), &form).await;
        }
    }
    for (who, client) in &clients {
        let slug = format!("copia-{}", format!("{who:?}").to_lowercase());
        let form = [("plan", PLAN), ("survey", SURVEY), ("copy_slug", slug.as_str()), ("copy_title", "Cópia"), ("once", &once())];
        form_post(app, client, "/api/surveys/copy", &survey("/edit"), &form).await;
        let made = surveys::Entity::find().filter(surveys::Column::Slug.eq(slug.as_str())).one(&app.db).await.expect("q").is_some();
        assert_eq!(made, matches!(who, OwnFacilitator | Admin), "{who:?}: copy a survey of {PLAN}");
    }
    for (who, client) in &clients {
        let title = format!("Medida de {who:?}");
        let form = [("plan", PLAN), ("area", "LIN"), ("code", ""), ("title", title.as_str()), ("once", &once())];
        form_post(app, client, "/api/plans/new_draft", &format!("/plans/{PLAN}/draft"), &form).await;
        let drafts = ponte_app::plans::drafting::service::documents(&app.db, &demo).await.expect("drafts");
        let made = drafts.iter().any(|(_, d)| d.title.0.get("pt-PT") == Some(&title));
        assert_eq!(made, matches!(who, OwnFacilitator | Admin), "{who:?}: draft a measure of {PLAN}");
    }
    for (who, client) in &clients {
        use ponte_app::entity::plan_population_groups as groups;
        let name = format!("Grupo de {who:?}");
        // A language no group counts yet (the demo's groups hold the others).
        let tag = if *who == Admin { "pt-PT" } else { "ro" };
        let form = [("plan", PLAN), ("lang", "pt-PT"), ("name", name.as_str()), ("population", "100"), ("year", "2024"), ("source", "AIMA"), ("languages[]", tag), ("once", &once())];
        form_post(app, client, "/api/report/add_population_group", &format!("/plans/{PLAN}/edit/population"), &form).await;
        let made = groups::Entity::find().filter(groups::Column::NameI18n.contains(name.as_str())).one(&app.db).await.expect("q").is_some();
        assert_eq!(made, matches!(who, OwnFacilitator | Admin), "{who:?}: add a group to {PLAN}'s reference population");
    }
    for (who, client) in &clients {
        let name = format!("Entidade de {who:?}");
        let form = [("plan", PLAN), ("name", name.as_str()), ("kind", "ngo"), ("once", &once())];
        form_post(app, client, "/api/plans/add_entity", &format!("/plans/{PLAN}/diagnosis"), &form).await;
        let made = ponte_app::entity::plan_entities::Entity::find().filter(ponte_app::entity::plan_entities::Column::NameI18n.contains(name.as_str())).one(&app.db).await.expect("q").is_some();
        assert_eq!(made, matches!(who, OwnFacilitator | Admin), "{who:?}: add an entity to {PLAN}");
    }
    for (who, client) in &clients {
        let topic = format!("Grupo de {who:?}");
        let form = [("plan", PLAN), ("topic", topic.as_str()), ("audience", ""), ("languages[]", "pt-PT"), ("interpretation", ""), ("venue", ""), ("online_url", ""), ("capacity", "8"), ("consent", ""), ("hosts", ""), ("starts_on", ""), ("starts_at", ""), ("minutes", "90"), ("once", &once())];
        form_post(app, client, "/api/focus-groups/create", &format!("/plans/{PLAN}/focus-groups"), &form).await;
        use ponte_app::entity::focus_groups;
        let made = focus_groups::Entity::find().filter(focus_groups::Column::TopicI18n.contains(topic.as_str())).one(&app.db).await.expect("q");
        assert_eq!(made.is_some(), matches!(who, OwnFacilitator | Admin), "{who:?}: set up a focus group of {PLAN}");
        // Its roster (who registered, what they need) is for the same people only.
        if let Some(group) = made {
            for (reader, reading) in &clients {
                let html = reading.get(app.url(&format!("/plans/{PLAN}/focus-groups/{}", group.slug))).send().await.expect("get").text().await.expect("body");
                assert_eq!(html.contains("id=\"roster\""), matches!(reader, OwnFacilitator | Admin), "{reader:?}: the roster of {PLAN}'s focus group");
            }
        }
    }
    use ponte_app::plans::drafting::service as drafting;
    for (step, (who, client)) in clients.iter().enumerate() {
        // Something to publish: one draft's summary changes behind the page's back.
        let (id, mut doc) = drafting::documents(&app.db, &demo).await.expect("drafts").remove(0);
        doc.summary.0.insert("en".into(), format!("Summary {step}"));
        drafting::replace(&app.db, demo.id, id, &doc).await.expect("replace");
        let before = drafting::latest(&app.db, demo.id, "Europe/Lisbon").await.expect("q").map_or(0, |v| v.number);
        let form = [("plan", PLAN), ("lang", "en"), ("note", "next"), ("once", &once())];
        form_post(app, client, "/api/plans/publish_version", &format!("/plans/{PLAN}/draft"), &form).await;
        let after = drafting::latest(&app.db, demo.id, "Europe/Lisbon").await.expect("q").map_or(0, |v| v.number);
        let allowed = matches!(who, OwnFacilitator | Admin);
        assert_eq!(after, before + i32::from(allowed), "{who:?}: publish a version of {PLAN}");
    }
    for (who, client) in &clients {
        // Withdrawing a published measure, and putting it back, each undone between roles.
        let admin = ponte_app::entity::users::Entity::find().filter(ponte_app::entity::users::Column::Email.eq("admin@example.org")).one(&app.db).await.expect("q").expect("admin").id;
        let (id, _) = drafting::documents(&app.db, &demo).await.expect("drafts").remove(1);
        let withdrawn = || async { ponte_app::entity::measure_drafts::Entity::find_by_id(id).one(&app.db).await.expect("q").expect("draft").withdrawn_i18n.is_some() };
        let form = [("plan", PLAN), ("id", &id.to_string()), ("lang", "en"), ("reason", "")];
        form_post(app, client, "/api/plans/withdraw_draft", &format!("/plans/{PLAN}/draft/{id}"), &form).await;
        let allowed = matches!(who, OwnFacilitator | Admin);
        assert_eq!(withdrawn().await, allowed, "{who:?}: withdraw a measure of {PLAN}");
        if !allowed {
            drafting::withdraw(&app.db, &demo, admin, id, "en", "").await.expect("withdraw");
        }
        form_post(app, client, "/api/plans/restore_draft", &format!("/plans/{PLAN}/draft/{id}"), &[("plan", PLAN), ("id", &id.to_string())]).await;
        assert_eq!(withdrawn().await, !allowed, "{who:?}: put back a measure of {PLAN}");
        drafting::restore(&app.db, &demo, admin, id).await.expect("restore");
    }
    {
        // The forum's team actions on a thread of the plan: pinning (moderators too) and closing
        // with an outcome (the plan's own team); each undone between roles.
        use ponte_app::entity::forum_threads as threads;
        use sea_orm::{ActiveModelTrait, ActiveValue::Set};
        let thread = threads::Entity::find()
            .filter(threads::Column::PlanId.eq(demo.id))
            .filter(threads::Column::Pinned.eq(false))
            .filter(threads::Column::Locked.eq(false))
            .filter(threads::Column::OutcomeI18n.is_null())
            .filter(threads::Column::State.eq("visible"))
            .one(&app.db)
            .await
            .expect("q")
            .expect("an open demo thread");
        let place = format!("/plans/{PLAN}/forum/{}", thread.id);
        let read = || async { threads::Entity::find_by_id(thread.id).one(&app.db).await.expect("q").expect("thread") };
        for (who, client) in &clients {
            let form = [("plan", PLAN), ("thread", &thread.id.to_string()), ("keeping", "pin")];
            form_post(app, client, "/api/forum/keep", &place, &form).await;
            assert_eq!(read().await.pinned, matches!(who, OwnFacilitator | Moderator | Admin), "{who:?}: pin a thread of {PLAN}");
            let form = [("plan", PLAN), ("thread", &thread.id.to_string()), ("lang", "pt-PT"), ("outcome", "Feito.")];
            form_post(app, client, "/api/forum/close", &place, &form).await;
            assert_eq!(read().await.outcome_i18n.is_some(), matches!(who, OwnFacilitator | Admin), "{who:?}: close a thread of {PLAN}");
            let mut undo: threads::ActiveModel = read().await.into();
            undo.pinned = Set(false);
            undo.outcome_i18n = Set(None);
            undo.outcome_at = Set(None);
            undo.outcome_by = Set(None);
            undo.update(&app.db).await.expect("undo");
        }
    }
    {
        // Monitoring, once the plan is approved: progress reports and indicator figures on a
        // measure of the plan (its entities' representatives are tried in `monitoring`).
        use ponte_app::entity::{indicator_figures, plans, progress_reports};
        use sea_orm::{ActiveModelTrait, ActiveValue::Set};
        let mut approved: plans::ActiveModel = demo.clone().into();
        approved.status = Set("approved".into());
        approved.update(&app.db).await.expect("approve");
        let place = format!("/plans/{PLAN}/measures/VL-SAI-02/progress");
        let today = ponte_app::plans::clock::today("Europe/Lisbon").to_string();
        for (step, (who, client)) in clients.iter().enumerate() {
            let note = format!("Relatório de {who:?}");
            let form = [("plan", PLAN), ("code", "VL-SAI-02"), ("status", "in_progress"), ("reported_on", today.as_str()), ("indicator", ""), ("value", ""), ("note", note.as_str()), ("lang", "pt-PT"), ("evidence", ""), ("once", &once())];
            form_post(app, client, "/api/monitoring/report", &place, &form).await;
            let made = progress_reports::Entity::find().filter(progress_reports::Column::Note.eq(note.as_str())).count(&app.db).await.expect("count") == 1;
            assert_eq!(made, matches!(who, OwnFacilitator | Admin), "{who:?}: report progress on a measure of {PLAN}");
            let target = (1000 + step).to_string();
            let form = [("plan", PLAN), ("code", "VL-SAI-02"), ("position", "1"), ("unit", ""), ("baseline", "0"), ("target", target.as_str())];
            form_post(app, client, "/api/monitoring/figures", &place, &form).await;
            let made = indicator_figures::Entity::find().filter(indicator_figures::Column::Target.eq(1000.0 + step as f64)).count(&app.db).await.expect("count") == 1;
            assert_eq!(made, matches!(who, OwnFacilitator | Admin), "{who:?}: set an indicator's figures on {PLAN}");
        }
        let mut back: plans::ActiveModel = demo.clone().into();
        back.status = Set(demo.status.clone());
        back.update(&app.db).await.expect("status back");
    }
    for (who, client) in &clients {
        let slug = format!("plano-{}", format!("{who:?}").to_lowercase());
        let form = [("slug", slug.as_str()), ("kind", "municipal"), ("title", "Plano"), ("lang", "pt-PT"), ("period_start", "2027-01-01"), ("period_end", "2028-01-01"), ("municipalities[]", "0102"), ("once", &once())];
        let res = form_post(app, client, "/api/plans/create", "/admin/plans/new", &form).await;
        assert_eq!(location(&res).starts_with(&format!("/plans/{slug}")), *who == Admin, "{who:?}: create a plan");
    }
}

backends!(every_guarded_action_is_allowed_to_exactly_its_roles);
