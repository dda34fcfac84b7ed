//! Creating a plan, server side: every check, then the plan, its municipalities and its 16 areas
//! in one transaction, audited.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::{model::NewPlanView, standard_areas};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Translated},
    entity::{plan_areas, plan_municipalities, plans},
    i18n::Locale,
    plans::{model::PLAN_KINDS, municipalities},
};

/// What the form gives.
pub struct NewPlan {
    pub slug: String,
    pub kind: String,
    pub title: String,
    pub lang: String,
    pub period_start: chrono::NaiveDate,
    pub period_end: chrono::NaiveDate,
    /// Official codes (DICO).
    pub municipalities: Vec<String>,
}

pub fn form() -> NewPlanView {
    let mut districts: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for m in municipalities::all() {
        match districts.last_mut() {
            Some((d, list)) if *d == m.district => list.push((m.dico.clone(), m.name.clone())),
            _ => districts.push((m.district.clone(), vec![(m.dico.clone(), m.name.clone())])),
        }
    }
    NewPlanView { languages: Locale::all().map(|l| l.tag().to_owned()).collect(), districts }
}

/// A plan's address: 3 to 60 lowercase letters a–z, digits and hyphens.
pub fn valid_slug(slug: &str) -> bool {
    (3..=60).contains(&slug.len()) && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A municipality's address within its plan, from its name: `Vila Real de Santo António` →
/// `vila-real-de-santo-antonio`.
fn slug_of(name: &str) -> String {
    municipalities::folded(name).chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect::<String>().split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-")
}

fn check(new: &NewPlan) -> Result<Vec<&'static municipalities::Municipality>, Invalid> {
    if !valid_slug(new.slug.trim()) {
        return Err(Invalid::SlugInvalid);
    }
    if new.title.trim().is_empty() {
        return Err(Invalid::TitleMissing);
    }
    if new.title.chars().count() > 300 {
        return Err(Invalid::TooLong);
    }
    if !PLAN_KINDS.contains(&new.kind.as_str()) || Locale::from_tag(&new.lang).is_none() {
        return Err(Invalid::FormInvalid);
    }
    if new.period_end < new.period_start {
        return Err(Invalid::DatesReversed);
    }
    let mut picked: Vec<&'static municipalities::Municipality> = Vec::new();
    for code in &new.municipalities {
        let m = municipalities::by_dico(code.trim()).ok_or(Invalid::MunicipalityUnknown)?;
        if !picked.contains(&m) {
            picked.push(m);
        }
    }
    match (new.kind.as_str(), picked.len()) {
        (_, 0) => Err(Invalid::MunicipalitiesMissing),
        ("municipal", n) if n > 1 => Err(Invalid::MunicipalitiesMissing),
        ("intermunicipal", 1) => Err(Invalid::MunicipalitiesMissing),
        _ => Ok(picked),
    }
}

/// Creates the plan; answers its address.
pub async fn create(db: &DatabaseConnection, new: NewPlan, actor: i32) -> Result<String, AppError> {
    let picked = check(&new)?;
    let slug = new.slug.trim().to_owned();
    let txn = db.begin_write().await?;
    if plans::Entity::find().filter(plans::Column::Slug.eq(slug.as_str())).one(&txn).await?.is_some() {
        return Err(AppError::Invalid(Invalid::SlugTaken));
    }
    let own = |text: &str| Translated([(new.lang.clone(), text.trim().to_owned())].into()).to_json();
    let plan = plans::ActiveModel {
        slug: Set(slug.clone()),
        kind: Set(new.kind.clone()),
        title_i18n: Set(own(&new.title)),
        summary_i18n: Set(Translated::default().to_json()),
        promoter_i18n: Set(Translated::default().to_json()),
        period_start: Set(new.period_start),
        period_end: Set(new.period_end),
        status: Set("diagnosis".to_owned()),
        languages: Set(serde_json::to_string(&[new.lang.as_str()]).map_err(|_| AppError::Internal)?),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for (i, m) in picked.iter().enumerate() {
        plan_municipalities::ActiveModel {
            plan_id: Set(plan.id),
            slug: Set(slug_of(&m.name)),
            name: Set(m.name.clone()),
            residents: Set(None),
            foreign_residents: Set(None),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            dico: Set(Some(m.dico.clone())),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    for (i, area) in standard_areas().iter().enumerate() {
        plan_areas::ActiveModel {
            plan_id: Set(plan.id),
            code: Set(area.code.clone()),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            name_i18n: Set(area.name.to_json()),
            description_i18n: Set(area.description.to_json()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    let entry = audit::Entry {
        actor: Some(actor),
        action: "plan.created",
        target_type: "plan",
        target_id: plan.id.to_string(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "slug": slug, "kind": new.kind, "municipalities": picked.iter().map(|m| &m.dico).collect::<Vec<_>>() }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(slug)
}
