//! Editing a plan, server side.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use super::{HolidayRow, PlanEditView};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Translated},
    entity::{plan_municipalities, plans},
    plans::{
        calendar::MunicipalHoliday,
        model::{PLAN_STATUSES, TIME_ZONES},
        service::languages,
    },
};

pub fn view(plan: &plans::Model, municipalities: Vec<plan_municipalities::Model>, lang: &str) -> PlanEditView {
    let text = |raw: &str| Translated::from_json(raw).0.get(lang).cloned().unwrap_or_default();
    PlanEditView {
        slug: plan.slug.clone(),
        lang: lang.to_owned(),
        languages: languages(&plan.languages),
        title: text(&plan.title_i18n),
        summary: text(&plan.summary_i18n),
        promoter: text(&plan.promoter_i18n),
        status: plan.status.clone(),
        period_start: plan.period_start,
        period_end: plan.period_end,
        time_zone: plan.time_zone.clone(),
        contact_email: plan.contact_email.clone().unwrap_or_default(),
        contact_phone: plan.contact_phone.clone().unwrap_or_default(),
        municipalities: municipalities.into_iter().map(holiday_row).collect(),
    }
}

/// The plan's municipalities, its seat first.
pub async fn municipalities(db: &impl ConnectionTrait, plan: &plans::Model) -> Result<Vec<plan_municipalities::Model>, AppError> {
    Ok(plan_municipalities::Entity::find()
        .filter(plan_municipalities::Column::PlanId.eq(plan.id))
        .order_by_asc(plan_municipalities::Column::Position)
        .all(db)
        .await?)
}

fn holiday_row(m: plan_municipalities::Model) -> HolidayRow {
    let (kind, date) = match m.holiday.as_deref().and_then(MunicipalHoliday::from_key) {
        None => ("none", String::new()),
        Some(MunicipalHoliday::Fixed { month, day }) => ("date", format!("{day:02}-{month:02}")),
        Some(MunicipalHoliday::AfterEaster { .. }) => ("ascension", String::new()),
    };
    HolidayRow { slug: m.slug, name: m.name, kind: kind.to_owned(), date }
}

/// One municipality's holiday as the form sends it: its slug, `none` / `date` / `ascension`, and
/// the day and month (`13-06`, `13/06` or `13.06`) for a date.
pub struct HolidayEdit {
    pub municipality: String,
    pub kind: String,
    pub date: String,
}

fn holiday(edit: &HolidayEdit) -> Result<Option<MunicipalHoliday>, AppError> {
    match edit.kind.as_str() {
        "none" => Ok(None),
        "ascension" => Ok(Some(MunicipalHoliday::ASCENSION)),
        "date" => {
            let parts: Vec<&str> = edit.date.trim().split(['-', '/', '.']).collect();
            let fixed = match parts.as_slice() {
                [day, month] => day.trim().parse().ok().zip(month.trim().parse().ok()).and_then(|(d, m)| MunicipalHoliday::fixed(m, d)),
                _ => None,
            };
            fixed.map(Some).ok_or(AppError::Invalid(Invalid::HolidayInvalid))
        }
        _ => Err(Invalid::FormInvalid.into()),
    }
}

/// Sets the holidays of the plan's municipalities (each named by its slug); all or nothing.
pub async fn save_holidays(db: &DatabaseConnection, plan: &plans::Model, actor: i32, edits: Vec<HolidayEdit>) -> Result<(), AppError> {
    let rows = municipalities(db, plan).await?;
    let mut changes = Vec::new();
    for edit in &edits {
        let row = rows.iter().find(|m| m.slug == edit.municipality).ok_or(AppError::Invalid(Invalid::MunicipalityNotInPlan))?;
        let key = holiday(edit)?.map(|h| h.key());
        if key != row.holiday {
            changes.push((row.clone(), key));
        }
    }
    if changes.is_empty() {
        return Ok(());
    }
    let txn = db.begin_write().await?;
    for (row, key) in &changes {
        let mut active: plan_municipalities::ActiveModel = row.clone().into();
        active.holiday = Set(key.clone());
        active.update(&txn).await?;
    }
    let details: Vec<serde_json::Value> = changes.iter().map(|(m, key)| serde_json::json!({ "municipality": m.slug, "holiday": key })).collect();
    let entry = audit::Entry {
        actor: Some(actor),
        action: "plan.holidays_changed",
        target_type: "plan",
        target_id: plan.id.to_string(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "holidays": details }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// What the form sends.
pub struct PlanEdit {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub promoter: String,
    pub status: String,
    pub period_start: chrono::NaiveDate,
    pub period_end: chrono::NaiveDate,
    pub time_zone: String,
    pub contact_email: String,
    pub contact_phone: String,
}

fn set(raw: &str, lang: &str, value: &str) -> String {
    let mut t = Translated::from_json(raw);
    if value.trim().is_empty() {
        t.0.remove(lang);
    } else {
        t.0.insert(lang.to_owned(), value.trim().to_owned());
    }
    t.to_json()
}

pub async fn save(db: &DatabaseConnection, plan: plans::Model, actor: i32, edit: PlanEdit) -> Result<(), AppError> {
    let mut offered = languages(&plan.languages);
    let own = offered.first().cloned().unwrap_or_default();
    if edit.title.chars().count() > 300 || edit.promoter.chars().count() > 300 || edit.summary.chars().count() > 4000 {
        return Err(Invalid::TooLong.into());
    }
    // The plan's own language always keeps its title; another language's may be emptied.
    if edit.lang == own && edit.title.trim().is_empty() {
        return Err(Invalid::TitleMissing.into());
    }
    if !PLAN_STATUSES.contains(&edit.status.as_str()) {
        return Err(Invalid::FormInvalid.into());
    }
    if edit.period_end < edit.period_start {
        return Err(Invalid::DatesReversed.into());
    }
    if !TIME_ZONES.iter().any(|(name, _)| *name == edit.time_zone) {
        return Err(Invalid::FormInvalid.into());
    }
    let contact_email = crate::plans::diagnosis::domain::email(&edit.contact_email)?;
    let contact_phone = crate::plans::diagnosis::domain::phone(&edit.contact_phone)?;
    if !edit.title.trim().is_empty() && !offered.contains(&edit.lang) {
        offered.push(edit.lang.clone());
    }
    let id = plan.id;
    let mut row: plans::ActiveModel = plan.clone().into();
    row.title_i18n = Set(set(&plan.title_i18n, &edit.lang, &edit.title));
    row.summary_i18n = Set(set(&plan.summary_i18n, &edit.lang, &edit.summary));
    row.promoter_i18n = Set(set(&plan.promoter_i18n, &edit.lang, &edit.promoter));
    row.status = Set(edit.status.clone());
    row.period_start = Set(edit.period_start);
    row.period_end = Set(edit.period_end);
    row.time_zone = Set(edit.time_zone.clone());
    row.contact_email = Set(contact_email);
    row.contact_phone = Set(contact_phone);
    row.languages = Set(serde_json::to_string(&offered).map_err(|_| AppError::Internal)?);
    let txn = db.begin_write().await?;
    row.update(&txn).await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "plan.changed",
        target_type: "plan",
        target_id: id.to_string(),
        plan_id: Some(id),
        details: serde_json::json!({ "lang": edit.lang, "status": edit.status }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}
