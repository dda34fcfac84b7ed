//! A plan's areas, server side: the edit view, renaming (per language) and hiding, adding,
//! moving up or down. Each change is audited in the same transaction.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::{AreaEditRow, AreasEditView, area_code};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Translated},
    entity::{plan_areas, plans},
    i18n::Locale,
    plans::{
        drafting,
        editing::{FieldText, LangMissing},
        model::PlanRef,
        service::{default_lang, languages},
    },
};

/// Longest area name, in characters.
const NAME_MAX: usize = 200;
/// Longest area description, in characters.
const DESCRIPTION_MAX: usize = 2000;

async fn rows(db: &impl sea_orm::ConnectionTrait, plan_id: i32) -> Result<Vec<plan_areas::Model>, AppError> {
    Ok(plan_areas::Entity::find()
        .filter(plan_areas::Column::PlanId.eq(plan_id))
        .order_by_asc(plan_areas::Column::Position)
        .order_by_asc(plan_areas::Column::Id)
        .all(db)
        .await?)
}

/// How many draft measures each area holds (by code).
async fn measures_in(db: &DatabaseConnection, plan: &plans::Model) -> Result<Vec<String>, AppError> {
    Ok(drafting::service::documents(db, plan).await?.into_iter().map(|(_, d)| d.area).collect())
}

pub async fn view(db: &DatabaseConnection, plan: plans::Model, lang: &str, locale: Locale) -> Result<AreasEditView, AppError> {
    let used = measures_in(db, &plan).await?;
    let own = default_lang(&plan.languages);
    let areas = rows(db, plan.id).await?;
    let texts: Vec<(Translated, Translated)> = areas.iter().map(|a| (Translated::from_json(&a.name_i18n), Translated::from_json(&a.description_i18n))).collect();
    let field = |t: &Translated| FieldText {
        value: t.0.get(lang).cloned().unwrap_or_default(),
        own: if lang == own { String::new() } else { t.0.get(&own).cloned().unwrap_or_default() },
    };
    let has = |t: &Translated, l: &str| t.0.get(l).is_some_and(|v| !v.trim().is_empty());
    let missing = |l: &str| texts.iter().flat_map(|(n, d)| [n, d]).filter(|t| has(t, &own) && !has(t, l)).count();
    Ok(AreasEditView {
        plan: PlanRef { slug: plan.slug.clone(), title: Translated::from_json(&plan.title_i18n).resolve(locale, &own) },
        lang: lang.to_owned(),
        languages: languages(&plan.languages).into_iter().map(|tag| LangMissing { missing: missing(&tag), tag }).collect(),
        areas: areas
            .iter()
            .zip(&texts)
            .map(|(a, (name, description))| AreaEditRow {
                code: a.code.clone(),
                name: field(name),
                description: field(description),
                hidden: a.hidden,
                measures: used.iter().filter(|c| **c == a.code).count(),
            })
            .collect(),
    })
}

fn entry<'a>(actor: i32, action: &'a str, plan: &plans::Model, code: &str, details: serde_json::Value) -> audit::Entry<'a> {
    audit::Entry { actor: Some(actor), action, target_type: "area", target_id: code.to_owned(), plan_id: Some(plan.id), details }
}


/// What an area's form sends: its texts in `lang`, and whether it is hidden.
pub struct AreaSave {
    pub code: String,
    pub lang: String,
    pub name: String,
    pub description: String,
    pub hidden: bool,
}

/// Renames an area in a language (its own-language name cannot be emptied) and shows or hides it.
pub async fn save(db: &DatabaseConnection, plan: plans::Model, actor: i32, form: AreaSave) -> Result<(), AppError> {
    let AreaSave { code, lang, name, description, hidden } = form;
    let (code, lang, name, description) = (code.as_str(), lang.as_str(), name.as_str(), description.as_str());
    if name.trim().chars().count() > NAME_MAX || description.trim().chars().count() > DESCRIPTION_MAX {
        return Err(Invalid::TooLong.into());
    }
    if lang == default_lang(&plan.languages) && name.trim().is_empty() {
        return Err(Invalid::TitleMissing.into());
    }
    if hidden && measures_in(db, &plan).await?.iter().any(|c| c == code) {
        return Err(Invalid::AreaInUse.into());
    }
    let txn = db.begin_write().await?;
    let area = rows(&txn, plan.id).await?.into_iter().find(|a| a.code == code).ok_or(AppError::NotFound)?;
    let mut row: plan_areas::ActiveModel = area.clone().into();
    row.name_i18n = Set(Translated::with(&area.name_i18n, lang, name).to_json());
    row.description_i18n = Set(Translated::with(&area.description_i18n, lang, description).to_json());
    row.hidden = Set(hidden);
    row.update(&txn).await?;
    audit::record(&txn, entry(actor, "plan.area_changed", &plan, code, serde_json::json!({ "lang": lang, "hidden": hidden }))).await?;
    txn.commit().await?;
    Ok(())
}

/// A new area at the end, named in the plan's own language.
pub async fn add(db: &DatabaseConnection, plan: plans::Model, actor: i32, code: &str, name: &str) -> Result<String, AppError> {
    let code = area_code(code).ok_or(Invalid::AreaCodeInvalid)?;
    if name.trim().is_empty() {
        return Err(Invalid::TitleMissing.into());
    }
    if name.trim().chars().count() > NAME_MAX {
        return Err(Invalid::TooLong.into());
    }
    let txn = db.begin_write().await?;
    let areas = rows(&txn, plan.id).await?;
    if areas.iter().any(|a| a.code == code) {
        return Err(Invalid::AreaCodeTaken.into());
    }
    let position = areas.iter().map(|a| a.position).max().unwrap_or(0) + 1;
    plan_areas::ActiveModel {
        plan_id: Set(plan.id),
        code: Set(code.clone()),
        position: Set(position),
        name_i18n: Set(Translated::with("{}", &default_lang(&plan.languages), name).to_json()),
        description_i18n: Set("{}".to_owned()),
        hidden: Set(false),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(&txn, entry(actor, "plan.area_added", &plan, &code, serde_json::json!({ "name": name.trim() }))).await?;
    txn.commit().await?;
    Ok(code)
}

/// Moves area `code` one place up (or down), swapping it with its neighbour.
pub async fn shift(db: &DatabaseConnection, plan: plans::Model, actor: i32, code: &str, up: bool) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let mut areas = rows(&txn, plan.id).await?;
    let at = areas.iter().position(|a| a.code == code).ok_or(AppError::NotFound)?;
    let other = if up { at.checked_sub(1) } else { Some(at + 1).filter(|i| *i < areas.len()) };
    let Some(other) = other else { return Ok(()) };
    areas.swap(at, other);
    // Positions are rewritten 1, 2, 3… (older plans may share positions).
    for (i, area) in areas.into_iter().enumerate() {
        let position = i32::try_from(i + 1).unwrap_or(i32::MAX);
        if area.position != position {
            let mut row: plan_areas::ActiveModel = area.into();
            row.position = Set(position);
            row.update(&txn).await?;
        }
    }
    audit::record(&txn, entry(actor, "plan.area_moved", &plan, code, serde_json::json!({ "up": up }))).await?;
    txn.commit().await?;
    Ok(())
}
