//! The reference population, server side: the facilitators' view, a group added, changed (its
//! name per language) or removed, each change audited in its transaction; and the groups as the
//! participation report reads them.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::{GroupRow, MAX_GROUPS, PopulationEditView};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Translated},
    entity::{plan_population_groups as groups, plans},
    i18n::Locale,
    plans::{
        editing::{FieldText, LangMissing},
        service::{default_lang, languages, plan_ref},
    },
};

/// Longest group name, in characters.
const NAME_MAX: usize = 200;
/// Longest source, in characters.
const SOURCE_MAX: usize = 300;
/// Most residents a group may have (more than Portugal's whole population is a typing mistake).
const POPULATION_MAX: i64 = 20_000_000;
/// Earliest year of figures.
const YEAR_MIN: i32 = 1990;

/// A group as a facilitator's form gives it: its name in `lang` and the rest.
pub struct GroupForm {
    pub lang: String,
    pub name: String,
    pub population: i64,
    pub languages: Vec<String>,
    pub source: String,
    pub year: i32,
}

/// The plan's groups in order.
pub async fn rows(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<groups::Model>, AppError> {
    Ok(groups::Entity::find()
        .filter(groups::Column::PlanId.eq(plan_id))
        .order_by_asc(groups::Column::Position)
        .order_by_asc(groups::Column::Id)
        .all(db)
        .await?)
}

/// The tags of a stored language list.
pub fn tags(raw: &str) -> Vec<String> {
    raw.split_whitespace().map(str::to_owned).collect()
}

/// The languages a group may count: the plan's, then the interface's others.
fn choices(plan: &plans::Model) -> Vec<String> {
    let mut all = languages(&plan.languages);
    for locale in Locale::all() {
        if !all.iter().any(|t| t == locale.tag()) {
            all.push(locale.tag().to_owned());
        }
    }
    all
}

pub async fn view(db: &DatabaseConnection, plan: plans::Model, lang: &str, locale: Locale) -> Result<PopulationEditView, AppError> {
    let own = default_lang(&plan.languages);
    let stored = rows(db, plan.id).await?;
    let names: Vec<Translated> = stored.iter().map(|g| Translated::from_json(&g.name_i18n)).collect();
    let has = |t: &Translated, l: &str| t.0.get(l).is_some_and(|v| !v.trim().is_empty());
    Ok(PopulationEditView {
        plan: plan_ref(&plan, locale),
        lang: lang.to_owned(),
        languages: languages(&plan.languages).into_iter().map(|tag| LangMissing { missing: names.iter().filter(|n| has(n, &own) && !has(n, &tag)).count(), tag }).collect(),
        choices: choices(&plan),
        groups: stored
            .iter()
            .zip(&names)
            .map(|(g, name)| GroupRow {
                id: g.id,
                name: FieldText {
                    value: name.0.get(lang).cloned().unwrap_or_default(),
                    own: if lang == own { String::new() } else { name.0.get(&own).cloned().unwrap_or_default() },
                },
                population: g.population,
                languages: tags(&g.languages),
                source: g.source.clone(),
                year: g.year,
            })
            .collect(),
    })
}

/// What is wrong with a form's figures, languages and source, if anything (the name is checked
/// apart: it may be emptied in a language other than the plan's own).
fn check(plan: &plans::Model, form: &GroupForm, others: &[groups::Model]) -> Result<(), Invalid> {
    if form.name.trim().chars().count() > NAME_MAX || form.source.trim().chars().count() > SOURCE_MAX {
        return Err(Invalid::TooLong);
    }
    if !(1..=POPULATION_MAX).contains(&form.population) {
        return Err(Invalid::PopulationInvalid);
    }
    let this_year = chrono::Utc::now().date_naive().format("%Y").to_string().parse().unwrap_or(YEAR_MIN);
    if !(YEAR_MIN..=this_year).contains(&form.year) {
        return Err(Invalid::YearInvalid);
    }
    if form.source.trim().is_empty() {
        return Err(Invalid::SourceMissing);
    }
    if form.languages.is_empty() {
        return Err(Invalid::LanguagesMissing);
    }
    let allowed = choices(plan);
    if form.languages.iter().any(|l| !allowed.contains(l)) {
        return Err(Invalid::LanguageUnknown);
    }
    if others.iter().any(|g| tags(&g.languages).iter().any(|l| form.languages.contains(l))) {
        return Err(Invalid::LanguageInOtherGroup);
    }
    Ok(())
}


fn entry<'a>(actor: i32, action: &'a str, plan: &plans::Model, group: i32, details: serde_json::Value) -> audit::Entry<'a> {
    audit::Entry { actor: Some(actor), action, target_type: "population_group", target_id: group.to_string(), plan_id: Some(plan.id), details }
}

fn details(form: &GroupForm) -> serde_json::Value {
    serde_json::json!({ "lang": form.lang, "population": form.population, "languages": form.languages, "source": form.source.trim(), "year": form.year })
}

/// A new group at the end, named in the form's language; returns its id.
pub async fn add(db: &DatabaseConnection, plan: &plans::Model, actor: i32, mut form: GroupForm) -> Result<i32, AppError> {
    form.languages.sort();
    form.languages.dedup();
    if form.name.trim().is_empty() {
        return Err(Invalid::NameMissing.into());
    }
    let txn = db.begin_write().await?;
    let others = rows(&txn, plan.id).await?;
    if others.len() as u64 >= MAX_GROUPS {
        return Err(Invalid::TooManyGroups.into());
    }
    check(plan, &form, &others)?;
    let now = chrono::Utc::now();
    let row = groups::ActiveModel {
        plan_id: Set(plan.id),
        position: Set(others.iter().map(|g| g.position).max().unwrap_or(0) + 1),
        name_i18n: Set(Translated::with("{}", &form.lang, &form.name).to_json()),
        languages: Set(form.languages.join(" ")),
        population: Set(form.population),
        source: Set(form.source.trim().to_owned()),
        year: Set(form.year),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(&txn, entry(actor, "plan.population_added", plan, row.id, details(&form))).await?;
    txn.commit().await?;
    Ok(row.id)
}

/// Changes a group of the plan: its name in the form's language (the plan's own-language name
/// cannot be emptied), figures, source and languages.
pub async fn save(db: &DatabaseConnection, plan: &plans::Model, actor: i32, id: i32, mut form: GroupForm) -> Result<(), AppError> {
    form.languages.sort();
    form.languages.dedup();
    if form.lang == default_lang(&plan.languages) && form.name.trim().is_empty() {
        return Err(Invalid::NameMissing.into());
    }
    let txn = db.begin_write().await?;
    let (mine, others): (Vec<groups::Model>, Vec<groups::Model>) = rows(&txn, plan.id).await?.into_iter().partition(|g| g.id == id);
    let group = mine.into_iter().next().ok_or(AppError::NotFound)?;
    check(plan, &form, &others)?;
    let mut row: groups::ActiveModel = group.clone().into();
    row.name_i18n = Set(Translated::with(&group.name_i18n, &form.lang, &form.name).to_json());
    row.languages = Set(form.languages.join(" "));
    row.population = Set(form.population);
    row.source = Set(form.source.trim().to_owned());
    row.year = Set(form.year);
    row.updated_at = Set(chrono::Utc::now());
    row.update(&txn).await?;
    audit::record(&txn, entry(actor, "plan.population_changed", plan, id, details(&form))).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes a group of the plan (none of another plan's); removing one already gone does nothing.
pub async fn remove(db: &DatabaseConnection, plan: &plans::Model, actor: i32, id: i32) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let gone = groups::Entity::delete_many().filter(groups::Column::Id.eq(id)).filter(groups::Column::PlanId.eq(plan.id)).exec(&txn).await?;
    if gone.rows_affected > 0 {
        audit::record(&txn, entry(actor, "plan.population_removed", plan, id, serde_json::json!({}))).await?;
    }
    txn.commit().await?;
    Ok(())
}

