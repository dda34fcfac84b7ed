//! The day of the session, server side: the attendance sheet of a focus group (its confirmed
//! participants, with their language and short codes for their needs) and checking people in
//! as they arrive, for the plan's facilitators; and how many took part, for everyone.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use super::{
    AttendanceRow, AttendanceView, Seat,
    service::{card, group},
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid},
    entity::{focus_group_registrations as registrations, plans},
    i18n::Locale,
    plans::service::plan_ref,
};

/// The short codes of a participant's needs on the attendance sheet: `I:<language>` an
/// interpreter, `C<n>` children in the childcare corner, `A` access needs, `D` food.
pub fn codes(row: &registrations::Model) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(lang) = &row.interpret_into {
        out.push(format!("I:{lang}"));
    }
    if row.children > 0 {
        out.push(format!("C{}", row.children));
    }
    if row.access.is_some() {
        out.push("A".to_owned());
    }
    if row.diet.is_some() {
        out.push("D".to_owned());
    }
    out
}

/// How many people took part in a focus group.
pub async fn came(db: &impl sea_orm::ConnectionTrait, group_id: i32) -> Result<i32, AppError> {
    let n = registrations::Entity::find()
        .filter(registrations::Column::FocusGroupId.eq(group_id))
        .filter(registrations::Column::Attended.eq(true))
        .count(db)
        .await?;
    Ok(i32::try_from(n).unwrap_or(i32::MAX))
}

/// The attendance sheet of focus group `slug`.
pub async fn sheet(db: &DatabaseConnection, plan: plans::Model, slug: &str, locale: Locale) -> Result<AttendanceView, AppError> {
    let row = group(db, &plan, slug).await?;
    let people = registrations::Entity::find()
        .filter(registrations::Column::FocusGroupId.eq(row.id))
        .filter(registrations::Column::Status.eq(Seat::Confirmed.key()))
        .order_by_asc(registrations::Column::Name)
        .order_by_asc(registrations::Column::Id)
        .all(db)
        .await?;
    let confirmed = i32::try_from(people.len()).unwrap_or(i32::MAX);
    let came = i32::try_from(people.iter().filter(|p| p.attended).count()).unwrap_or(i32::MAX);
    let people = people
        .iter()
        .map(|p| AttendanceRow { id: p.id, name: p.name.clone(), lang: p.lang.clone(), codes: codes(p), attended: p.attended })
        .collect();
    Ok(AttendanceView { plan: plan_ref(&plan, locale), card: card(&plan, &row, confirmed, locale), people, came })
}

/// Checks registration `id` of focus group `slug` in (`attended`) or out again.
pub async fn check_in(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str, id: i32, attended: bool) -> Result<(), AppError> {
    let row = group(db, plan, slug).await?;
    let txn = db.begin_write().await?;
    let person = registrations::Entity::find_by_id(id)
        .filter(registrations::Column::FocusGroupId.eq(row.id))
        .filter(registrations::Column::Status.eq(Seat::Confirmed.key()))
        .one(&txn)
        .await?
        .ok_or(AppError::Invalid(Invalid::ItemUnknown))?;
    if person.attended == attended {
        return Ok(());
    }
    let mut active: registrations::ActiveModel = person.into();
    active.attended = Set(attended);
    active.update(&txn).await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: if attended { "focus_group.checked_in" } else { "focus_group.check_in_undone" },
        target_type: "focus_group",
        target_id: row.slug.clone(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "registration": id }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}
