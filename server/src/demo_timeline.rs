//! The demo plan's process timeline: phases around today (the demo survey's weeks among them), so
//! the plan page shows a process under way, with a public consultation of 30 working days.

use chrono::Duration;
use ponte_app::{
    entity::{plan_phases, plans},
    plans::{calendar::Calendar, timeline::model::PhaseKind},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter};

/// Adds the demo timeline to plan `plan_slug` unless it has one.
pub async fn seed_demo_timeline(db: &DatabaseConnection, plan_slug: &str) -> Result<(), DbErr> {
    let Some(plan) = plans::Entity::find().filter(plans::Column::Slug.eq(plan_slug)).one(db).await? else {
        return Ok(());
    };
    if plan_phases::Entity::find().filter(plan_phases::Column::PlanId.eq(plan.id)).count(db).await? > 0 {
        return Ok(());
    }
    let today = chrono::Utc::now().date_naive();
    let calendar = Calendar::default();
    let consultation_start = calendar.next_working_day(today + Duration::days(130));
    let consultation_end = calendar.working_days_after(consultation_start - Duration::days(1), 30);
    let approval_end = consultation_end + Duration::days(60);
    let phases = [
        (PhaseKind::Diagnosis, today - Duration::days(330), today - Duration::days(150)),
        (PhaseKind::Surveys, today - Duration::days(30), today + Duration::days(120)),
        (PhaseKind::FocusGroups, today + Duration::days(14), today + Duration::days(60)),
        (PhaseKind::InformationSessions, today + Duration::days(21), today + Duration::days(21)),
        (PhaseKind::Consultation, consultation_start, consultation_end),
        (PhaseKind::Approval, consultation_end + Duration::days(14), approval_end),
        (PhaseKind::Monitoring, approval_end + Duration::days(1), plan.period_end.max(approval_end + Duration::days(1))),
    ];
    for (kind, starts_on, ends_on) in phases {
        plan_phases::ActiveModel {
            plan_id: Set(plan.id),
            kind: Set(kind.key().to_owned()),
            starts_on: Set(starts_on),
            ends_on: Set(ends_on),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
