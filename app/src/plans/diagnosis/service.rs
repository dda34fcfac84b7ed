//! The local diagnosis, server side: the facilitators' list, one entity's edit form and its save
//! and removal, and a spreadsheet's import in three steps (staged, previewed, confirmed).

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use super::{
    DiagnosisView, EntityEditView, EntityRow, ImportPreview, MunicipalityChoice, PreviewRow, domain,
    import::{self, ImportRow, Known},
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Translated},
    entity::{entity_imports, plan_areas, plan_entities, plan_entity_areas, plan_municipalities, plans},
    i18n::Locale,
    plans::{
        drafting,
        editing::{FieldText, LangMissing},
        model::{AreaRef, PlanRef},
        municipalities::folded,
        service::{default_lang, languages},
    },
};

/// A plan with what its entities are checked against.
struct Ctx {
    plan: plans::Model,
    own: String,
    areas: Vec<plan_areas::Model>,
    municipalities: Vec<plan_municipalities::Model>,
    entities: Vec<plan_entities::Model>,
}

impl Ctx {
    async fn load(db: &impl ConnectionTrait, plan: plans::Model) -> Result<Ctx, AppError> {
        let areas = plan_areas::Entity::find().filter(plan_areas::Column::PlanId.eq(plan.id)).order_by_asc(plan_areas::Column::Position).all(db).await?;
        let municipalities = plan_municipalities::Entity::find()
            .filter(plan_municipalities::Column::PlanId.eq(plan.id))
            .order_by_asc(plan_municipalities::Column::Position)
            .all(db)
            .await?;
        let entities = plan_entities::Entity::find().filter(plan_entities::Column::PlanId.eq(plan.id)).all(db).await?;
        Ok(Ctx { own: default_lang(&plan.languages), plan, areas, municipalities, entities })
    }

    fn reference(&self, locale: Locale) -> PlanRef {
        PlanRef { slug: self.plan.slug.clone(), title: Translated::from_json(&self.plan.title_i18n).resolve(locale, &self.own) }
    }

    fn entity(&self, slug: &str) -> Result<&plan_entities::Model, AppError> {
        self.entities.iter().find(|e| e.slug == slug).ok_or(AppError::NotFound)
    }

    fn municipality_id(&self, slug: Option<&str>) -> Result<Option<i32>, Invalid> {
        match slug.filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s) => self.municipalities.iter().find(|m| m.slug == s).map(|m| Some(m.id)).ok_or(Invalid::MunicipalityNotInPlan),
        }
    }

    fn area_ids(&self, codes: &[String]) -> Result<Vec<i32>, Invalid> {
        codes.iter().map(|c| self.areas.iter().find(|a| &a.code == c).map(|a| a.id).ok_or(Invalid::AreaUnknown)).collect()
    }

    /// Whether another entity than `except` has this name (in any language, accents aside).
    fn name_taken(&self, name: &str, except: Option<i32>) -> bool {
        let wanted = folded(name);
        self.entities
            .iter()
            .filter(|e| Some(e.id) != except)
            .any(|e| Translated::from_json(&e.name_i18n).0.values().any(|n| folded(n) == wanted))
    }
}

/// Codes of the draft measures naming each entity.
async fn uses(db: &DatabaseConnection, plan: &plans::Model) -> Result<Vec<(String, String)>, AppError> {
    let docs = drafting::service::documents(db, plan).await?;
    Ok(docs
        .into_iter()
        .flat_map(|(_, d)| {
            let code = d.code.clone();
            d.responsible.into_iter().chain(d.partners).map(move |slug| (slug, code.clone()))
        })
        .collect())
}

/// The facilitators' list of entities, by name.
pub async fn view(db: &DatabaseConnection, plan: plans::Model, locale: Locale) -> Result<DiagnosisView, AppError> {
    let used = uses(db, &plan).await?;
    let ctx = Ctx::load(db, plan).await?;
    let mut entities: Vec<EntityRow> = ctx
        .entities
        .iter()
        .map(|e| EntityRow {
            slug: e.slug.clone(),
            name: Translated::from_json(&e.name_i18n).resolve(locale, &ctx.own),
            kind: e.kind.clone(),
            municipality: ctx.municipalities.iter().find(|m| Some(m.id) == e.municipality_id).map(|m| m.name.clone()),
            used_by: used.iter().filter(|(slug, _)| *slug == e.slug).count(),
        })
        .collect();
    entities.sort_by_key(|e| folded(&e.name.text));
    Ok(DiagnosisView { plan: ctx.reference(locale), entities })
}

fn audited<'a>(actor: i32, action: &'a str, plan: &plans::Model, slug: &str, details: serde_json::Value) -> audit::Entry<'a> {
    audit::Entry { actor: Some(actor), action, target_type: "entity", target_id: slug.to_owned(), plan_id: Some(plan.id), details }
}

/// Adds an entity read from a row of an import (or the add form), its texts in the plan's own
/// language; returns its short name (added to `taken`).
async fn insert(txn: &impl ConnectionTrait, ctx: &Ctx, taken: &mut Vec<String>, row: &ImportRow) -> Result<String, AppError> {
    let slug = domain::slug_for(&row.name, taken);
    taken.push(slug.clone());
    let text = |value: &str| {
        let mut t = Translated::default();
        if !value.trim().is_empty() {
            t.0.insert(ctx.own.clone(), value.trim().to_owned());
        }
        t
    };
    let services: Vec<Translated> = row.services.iter().map(|s| text(s)).collect();
    let entity = plan_entities::ActiveModel {
        plan_id: Set(ctx.plan.id),
        slug: Set(slug.clone()),
        kind: Set(row.kind.clone()),
        municipality_id: Set(ctx.municipality_id(row.municipality.as_deref())?),
        name_i18n: Set(text(&row.name).to_json()),
        description_i18n: Set(text(&row.description).to_json()),
        services_i18n: Set(serde_json::to_string(&services).map_err(|_| AppError::Internal)?),
        website: Set(row.website.clone()),
        email: Set(row.email.clone()),
        phone: Set(row.phone.clone()),
        address: Set(row.address.clone()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    for area_id in ctx.area_ids(&row.areas)? {
        plan_entity_areas::ActiveModel { entity_id: Set(entity.id), area_id: Set(area_id) }.insert(txn).await?;
    }
    Ok(slug)
}

/// A new entity with its name (in the plan's own language) and kind; its short name.
pub async fn create(db: &DatabaseConnection, plan: plans::Model, actor: i32, name: &str, kind: &str) -> Result<String, AppError> {
    let ctx = Ctx::load(db, plan).await?;
    let name = name.trim();
    if name.is_empty() {
        return Err(Invalid::EntityNameMissing.into());
    }
    if name.chars().count() > domain::SHORT_MAX {
        return Err(Invalid::TooLong.into());
    }
    if ctx.name_taken(name, None) {
        return Err(Invalid::EntityDuplicate.into());
    }
    let row = ImportRow { name: name.to_owned(), kind: domain::kind(kind)?, ..ImportRow::default() };
    let mut taken: Vec<String> = ctx.entities.iter().map(|e| e.slug.clone()).collect();
    let txn = db.begin_write().await?;
    let slug = insert(&txn, &ctx, &mut taken, &row).await?;
    audit::record(&txn, audited(actor, "plan.entity_added", &ctx.plan, &slug, serde_json::json!({ "name": name }))).await?;
    txn.commit().await?;
    Ok(slug)
}

/// One entity in its edit form, texts in `lang`.
pub async fn edit_view(db: &DatabaseConnection, plan: plans::Model, slug: &str, lang: &str, locale: Locale) -> Result<EntityEditView, AppError> {
    let used = uses(db, &plan).await?;
    let ctx = Ctx::load(db, plan).await?;
    let e = ctx.entity(slug)?;
    let area_ids: Vec<i32> = plan_entity_areas::Entity::find()
        .filter(plan_entity_areas::Column::EntityId.eq(e.id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.area_id)
        .collect();
    let (name, description) = (Translated::from_json(&e.name_i18n), Translated::from_json(&e.description_i18n));
    let services: Vec<Translated> = serde_json::from_str(&e.services_i18n).unwrap_or_default();
    let in_lang = |t: &Translated, l: &str| t.0.get(l).cloned().unwrap_or_default();
    let field = |t: &Translated| FieldText { value: in_lang(t, lang), own: if lang == ctx.own { String::new() } else { in_lang(t, &ctx.own) } };
    let lines = |l: &str| services.iter().map(|s| in_lang(s, l)).filter(|s| !s.is_empty()).collect::<Vec<_>>().join("\n");
    let all: Vec<&Translated> = std::iter::once(&name).chain(std::iter::once(&description)).chain(services.iter()).collect();
    let has = |t: &Translated, l: &str| t.0.get(l).is_some_and(|v| !v.trim().is_empty());
    let missing = |l: &str| all.iter().filter(|t| has(t, &ctx.own) && !has(t, l)).count();
    Ok(EntityEditView {
        plan: ctx.reference(locale),
        slug: e.slug.clone(),
        lang: lang.to_owned(),
        languages: languages(&ctx.plan.languages).into_iter().map(|tag| LangMissing { missing: missing(&tag), tag }).collect(),
        kind: e.kind.clone(),
        municipality: ctx.municipalities.iter().find(|m| Some(m.id) == e.municipality_id).map(|m| m.slug.clone()),
        areas: ctx.areas.iter().filter(|a| area_ids.contains(&a.id)).map(|a| a.code.clone()).collect(),
        website: e.website.clone().unwrap_or_default(),
        email: e.email.clone().unwrap_or_default(),
        phone: e.phone.clone().unwrap_or_default(),
        address: e.address.clone().unwrap_or_default(),
        name: field(&name),
        description: field(&description),
        services: FieldText { value: lines(lang), own: if lang == ctx.own { String::new() } else { lines(&ctx.own) } },
        all_areas: ctx
            .areas
            .iter()
            .map(|a| AreaRef { code: a.code.clone(), name: Translated::from_json(&a.name_i18n).resolve(locale, &ctx.own) })
            .collect(),
        municipalities: ctx.municipalities.iter().map(|m| MunicipalityChoice { slug: m.slug.clone(), name: m.name.clone() }).collect(),
        used_by: used.into_iter().filter(|(s, _)| s == slug).map(|(_, code)| code).collect(),
    })
}

/// What the edit form sends.
pub struct EntitySave {
    pub lang: String,
    pub kind: String,
    pub municipality: String,
    pub areas: Vec<String>,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub name: String,
    pub description: String,
    pub services: String,
}


/// Saves entity `slug`: its shared fields and its texts in one language. Audited.
pub async fn save(db: &DatabaseConnection, plan: plans::Model, actor: i32, slug: &str, form: EntitySave) -> Result<(), AppError> {
    let ctx = Ctx::load(db, plan).await?;
    let e = ctx.entity(slug)?.clone();
    let kind = domain::kind(&form.kind)?;
    let contacts = domain::contacts(&form.website, &form.email, &form.phone, &form.address)?;
    let municipality_id = ctx.municipality_id(Some(form.municipality.as_str()))?;
    let area_ids = ctx.area_ids(&form.areas)?;
    if form.name.trim().chars().count() > domain::SHORT_MAX || form.description.trim().chars().count() > domain::LONG_MAX {
        return Err(Invalid::TooLong.into());
    }
    if form.lang == ctx.own && form.name.trim().is_empty() {
        return Err(Invalid::EntityNameMissing.into());
    }
    if !form.name.trim().is_empty() && ctx.name_taken(&form.name, Some(e.id)) {
        return Err(Invalid::EntityDuplicate.into());
    }
    let services = domain::services(&form.services)?;
    // Services are lines: the nth line is the nth service in every language.
    let mut stored: Vec<Translated> = serde_json::from_str(&e.services_i18n).unwrap_or_default();
    stored.resize(stored.len().max(services.len()), Translated::default());
    for (i, item) in stored.iter_mut().enumerate() {
        match services.get(i) {
            Some(text) => {
                item.0.insert(form.lang.clone(), text.clone());
            }
            None => {
                item.0.remove(&form.lang);
            }
        }
    }
    stored.retain(|t| t.0.values().any(|v| !v.trim().is_empty()));
    let mut row: plan_entities::ActiveModel = e.clone().into();
    row.kind = Set(kind);
    row.municipality_id = Set(municipality_id);
    row.website = Set(contacts.website);
    row.email = Set(contacts.email);
    row.phone = Set(contacts.phone);
    row.address = Set(contacts.address);
    row.name_i18n = Set(Translated::with(&e.name_i18n, &form.lang, &form.name).to_json());
    row.description_i18n = Set(Translated::with(&e.description_i18n, &form.lang, &form.description).to_json());
    row.services_i18n = Set(serde_json::to_string(&stored).map_err(|_| AppError::Internal)?);
    let txn = db.begin_write().await?;
    row.update(&txn).await?;
    plan_entity_areas::Entity::delete_many().filter(plan_entity_areas::Column::EntityId.eq(e.id)).exec(&txn).await?;
    for area_id in area_ids {
        plan_entity_areas::ActiveModel { entity_id: Set(e.id), area_id: Set(area_id) }.insert(&txn).await?;
    }
    audit::record(&txn, audited(actor, "plan.entity_changed", &ctx.plan, slug, serde_json::json!({ "lang": form.lang }))).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes entity `slug`, unless a draft measure names it. Audited.
pub async fn remove(db: &DatabaseConnection, plan: plans::Model, actor: i32, slug: &str) -> Result<(), AppError> {
    if uses(db, &plan).await?.iter().any(|(s, _)| s == slug) {
        return Err(Invalid::EntityInUse.into());
    }
    let ctx = Ctx::load(db, plan).await?;
    let e = ctx.entity(slug)?;
    let txn = db.begin_write().await?;
    plan_entities::Entity::delete_by_id(e.id).exec(&txn).await?;
    let name = Translated::from_json(&e.name_i18n).0.get(&ctx.own).cloned().unwrap_or_default();
    audit::record(&txn, audited(actor, "plan.entity_removed", &ctx.plan, slug, serde_json::json!({ "name": name }))).await?;
    txn.commit().await?;
    Ok(())
}

fn parse(ctx: &Ctx, text: &str) -> Result<import::Parsed, Invalid> {
    let known = Known {
        municipalities: ctx.municipalities.iter().map(|m| (m.slug.clone(), m.name.clone())).collect(),
        areas: ctx.areas.iter().map(|a| (a.code.clone(), Translated::from_json(&a.name_i18n))).collect(),
        names: ctx.entities.iter().flat_map(|e| Translated::from_json(&e.name_i18n).0.into_values()).collect(),
    };
    import::parse(text, &known)
}

/// Keeps an uploaded file for its preview (the uploader's earlier ones for this plan go);
/// refused if it is not a table of entities.
pub async fn stage(db: &DatabaseConnection, plan: plans::Model, actor: i32, file_name: &str, bytes: &[u8]) -> Result<i32, AppError> {
    let decoded = import::decode(bytes)?;
    let ctx = Ctx::load(db, plan).await?;
    parse(&ctx, &decoded.text)?;
    let txn = db.begin_write().await?;
    entity_imports::Entity::delete_many()
        .filter(entity_imports::Column::PlanId.eq(ctx.plan.id))
        .filter(entity_imports::Column::UserId.eq(actor))
        .exec(&txn)
        .await?;
    let row = entity_imports::ActiveModel {
        plan_id: Set(ctx.plan.id),
        user_id: Set(actor),
        file_name: Set(file_name.chars().filter(|c| !c.is_control()).take(200).collect()),
        encoding: Set(decoded.encoding.to_owned()),
        content: Set(decoded.text),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

async fn staged(db: &impl ConnectionTrait, plan: &plans::Model, actor: i32, id: i32) -> Result<entity_imports::Model, AppError> {
    entity_imports::Entity::find_by_id(id)
        .filter(entity_imports::Column::PlanId.eq(plan.id))
        .filter(entity_imports::Column::UserId.eq(actor))
        .one(db)
        .await?
        .ok_or(AppError::Invalid(Invalid::ImportExpired))
}

/// What staged import `id` would add, row by row.
pub async fn preview(db: &DatabaseConnection, plan: plans::Model, actor: i32, id: i32, locale: Locale) -> Result<ImportPreview, AppError> {
    let row = staged(db, &plan, actor, id).await?;
    let ctx = Ctx::load(db, plan).await?;
    let parsed = parse(&ctx, &row.content)?;
    let municipality = |slug: &Option<String>| slug.as_ref().and_then(|s| ctx.municipalities.iter().find(|m| &m.slug == s)).map(|m| m.name.clone());
    let rows: Vec<PreviewRow> = parsed
        .rows
        .iter()
        .map(|r| PreviewRow {
            line: r.line,
            name: r.name.clone(),
            kind: r.kind.clone(),
            municipality: municipality(&r.municipality),
            areas: r.areas.clone(),
            services: r.services.len(),
            errors: r.errors.iter().map(|e| (e.column.clone(), e.error.message_id().to_owned())).collect(),
        })
        .collect();
    Ok(ImportPreview {
        plan: ctx.reference(locale),
        id,
        file_name: row.file_name,
        encoding: row.encoding,
        separator: parsed.separator,
        ignored: parsed.ignored,
        ready: rows.iter().filter(|r| r.errors.is_empty()).count(),
        rows,
    })
}

/// Adds the rows of staged import `id` that have no error, in one transaction; the file goes.
/// Returns (added, skipped).
pub async fn confirm(db: &DatabaseConnection, plan: plans::Model, actor: i32, id: i32) -> Result<(usize, usize), AppError> {
    let ctx = Ctx::load(db, plan).await?;
    let txn = db.begin_write().await?;
    let row = staged(&txn, &ctx.plan, actor, id).await?;
    let parsed = parse(&ctx, &row.content)?;
    let (good, bad): (Vec<&ImportRow>, Vec<&ImportRow>) = parsed.rows.iter().partition(|r| r.errors.is_empty());
    let mut taken: Vec<String> = ctx.entities.iter().map(|e| e.slug.clone()).collect();
    for r in &good {
        insert(&txn, &ctx, &mut taken, r).await?;
    }
    entity_imports::Entity::delete_by_id(id).exec(&txn).await?;
    let details = serde_json::json!({ "file": row.file_name, "added": good.len(), "skipped": bad.len() });
    audit::record(&txn, audited(actor, "plan.entities_imported", &ctx.plan, "", details)).await?;
    txn.commit().await?;
    Ok((good.len(), bad.len()))
}

/// Forgets staged import `id`.
pub async fn discard(db: &DatabaseConnection, plan: &plans::Model, actor: i32, id: i32) -> Result<(), AppError> {
    let row = staged(db, plan, actor, id).await?;
    entity_imports::Entity::delete_by_id(row.id).exec(db).await?;
    Ok(())
}
