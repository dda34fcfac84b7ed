//! The timeline, server side: the phases of a plan, a phase added (its end given as a date or
//! as a number of working days from its start) or removed, each change audited.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use super::model::*;
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid},
    entity::{plan_municipalities, plan_phases, plans},
    plans::calendar::{Calendar, MunicipalHoliday, Region},
};

/// The days the plan's offices close: national holidays, its region's (from its time zone), and
/// the holiday of its seat (its first municipality), if one is set.
pub async fn calendar_of(db: &impl ConnectionTrait, plan: &plans::Model) -> Result<Calendar, AppError> {
    let seat = plan_municipalities::Entity::find()
        .filter(plan_municipalities::Column::PlanId.eq(plan.id))
        .order_by_asc(plan_municipalities::Column::Position)
        .one(db)
        .await?;
    Ok(Calendar {
        region: Some(Region::of_time_zone(&plan.time_zone)),
        municipal: seat.and_then(|m| m.holiday).as_deref().and_then(MunicipalHoliday::from_key),
        carnival: false,
    })
}

/// Longest phase, in working days (about two years): more is a typing mistake.
pub const MAX_WORKING_DAYS: u32 = 500;
/// Most phases a plan's timeline holds.
pub const MAX_PHASES: u64 = 40;

/// A phase as the facilitator's form gives it.
pub struct NewPhase {
    pub kind: PhaseKind,
    pub starts_on: chrono::NaiveDate,
    pub end: PhaseEnd,
}

pub enum PhaseEnd {
    On(chrono::NaiveDate),
    /// This many working days, the first day counted if it is one.
    WorkingDays(u32),
}

fn state(phase: &plan_phases::Model, today: chrono::NaiveDate) -> PhaseState {
    if phase.ends_on < today {
        PhaseState::Done
    } else if phase.starts_on <= today {
        PhaseState::Now
    } else {
        PhaseState::Later
    }
}

pub async fn view(db: &impl ConnectionTrait, plan: &plans::Model, can_edit: bool, today: chrono::NaiveDate) -> Result<TimelineView, AppError> {
    let calendar = calendar_of(db, plan).await?;
    let rows = plan_phases::Entity::find()
        .filter(plan_phases::Column::PlanId.eq(plan.id))
        .order_by_asc(plan_phases::Column::StartsOn)
        .order_by_asc(plan_phases::Column::Id)
        .all(db)
        .await?;
    Ok(TimelineView {
        plan: plan.slug.clone(),
        phases: rows
            .iter()
            .filter_map(|row| {
                Some(PhaseView {
                    id: row.id,
                    kind: PhaseKind::from_key(&row.kind)?,
                    starts_on: row.starts_on,
                    ends_on: row.ends_on,
                    working_days: calendar.working_days_between(row.starts_on, row.ends_on),
                    state: state(row, today),
                })
            })
            .collect(),
        can_edit,
    })
}

/// The last day of a phase.
pub fn last_day(calendar: &Calendar, starts_on: chrono::NaiveDate, end: &PhaseEnd) -> Result<chrono::NaiveDate, Invalid> {
    match *end {
        PhaseEnd::On(day) if day < starts_on => Err(Invalid::DatesReversed),
        PhaseEnd::On(day) => Ok(day),
        PhaseEnd::WorkingDays(n) if n == 0 || n > MAX_WORKING_DAYS => Err(Invalid::NumberInvalid),
        // Counted from the day before, so that the first day counts when it is a working day.
        PhaseEnd::WorkingDays(n) => Ok(calendar.working_days_after(starts_on.pred_opt().unwrap_or(starts_on), n)),
    }
}

pub async fn add(db: &DatabaseConnection, plan: &plans::Model, actor: i32, new: NewPhase) -> Result<(), AppError> {
    let ends_on = last_day(&calendar_of(db, plan).await?, new.starts_on, &new.end).map_err(AppError::Invalid)?;
    let txn = db.begin_write().await?;
    let held = plan_phases::Entity::find().filter(plan_phases::Column::PlanId.eq(plan.id)).count(&txn).await?;
    if held >= MAX_PHASES {
        return Err(AppError::Invalid(Invalid::TooManyPhases));
    }
    let row = plan_phases::ActiveModel {
        plan_id: Set(plan.id),
        kind: Set(new.kind.key().to_owned()),
        starts_on: Set(new.starts_on),
        ends_on: Set(ends_on),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "plan.phase_added",
        target_type: "plan",
        target_id: plan.id.to_string(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "phase": row.id, "kind": row.kind, "starts_on": row.starts_on, "ends_on": row.ends_on }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes a phase of the plan (none of another plan's); removing one already gone does nothing.
pub async fn remove(db: &DatabaseConnection, plan: &plans::Model, actor: i32, id: i32) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let gone = plan_phases::Entity::delete_many()
        .filter(plan_phases::Column::Id.eq(id))
        .filter(plan_phases::Column::PlanId.eq(plan.id))
        .exec(&txn)
        .await?;
    if gone.rows_affected > 0 {
        let entry = audit::Entry {
            actor: Some(actor),
            action: "plan.phase_removed",
            target_type: "plan",
            target_id: plan.id.to_string(),
            plan_id: Some(plan.id),
            details: serde_json::json!({ "phase": id }),
        };
        audit::record(&txn, entry).await?;
    }
    txn.commit().await?;
    Ok(())
}
