//! Drafting, server side: the working copies of a plan's measures, publishing a version (freezing
//! every measure and making it what the public pages show), and reading versions back.
//!
//! The public `measures` rows (with their indicators and partners) always hold the latest
//! published version, so public pages, evidence and audio keep reading them as before; a draft
//! knows the measure it became (`measure_drafts.measure_id`), which is its identity across
//! versions whatever its code.

use std::collections::{BTreeMap, HashMap};

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};
use sha2::{Digest, Sha256};

use super::{
    doc::{Frozen, IndicatorDoc, LangEdit, MeasureDoc, SharedEdit, code_prefix, normal_code, suggest_code},
    model::*,
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Text, Translated},
    entity::{measure_drafts, measure_indicators, measure_partners, measure_versions, measures, plan_areas, plan_entities, plan_versions, plans},
    i18n::Locale,
    plans::{
        model::{AreaRef, EntityRef, IndicatorView, MeasureCard, MeasureView, PlanRef},
        service::default_lang,
    },
};

/// A plan with its areas and entities, what every drafting view resolves names against.
pub struct Ctx {
    pub plan: plans::Model,
    pub own: String,
    areas: Vec<plan_areas::Model>,
    entities: Vec<plan_entities::Model>,
}

impl Ctx {
    pub async fn load(db: &impl ConnectionTrait, plan: plans::Model) -> Result<Ctx, AppError> {
        let areas = plan_areas::Entity::find()
            .filter(plan_areas::Column::PlanId.eq(plan.id))
            .order_by_asc(plan_areas::Column::Position)
            .all(db)
            .await?;
        let entities = plan_entities::Entity::find()
            .filter(plan_entities::Column::PlanId.eq(plan.id))
            .order_by_asc(plan_entities::Column::Slug)
            .all(db)
            .await?;
        Ok(Ctx { own: default_lang(&plan.languages), plan, areas, entities })
    }

    fn text(&self, t: &Translated, locale: Locale) -> Text {
        t.resolve(locale, &self.own)
    }

    fn reference(&self, locale: Locale) -> PlanRef {
        PlanRef { slug: self.plan.slug.clone(), title: self.text(&Translated::from_json(&self.plan.title_i18n), locale) }
    }

    fn area(&self, code: &str) -> Option<&plan_areas::Model> {
        self.areas.iter().find(|a| a.code == code)
    }

    fn area_ref(&self, code: &str, locale: Locale) -> AreaRef {
        let name = self.area(code).map(|a| Translated::from_json(&a.name_i18n)).unwrap_or_default();
        AreaRef { code: code.to_owned(), name: self.text(&name, locale) }
    }

    fn entity(&self, slug: &str) -> Option<&plan_entities::Model> {
        self.entities.iter().find(|e| e.slug == slug)
    }

    pub fn area_id(&self, code: &str) -> Option<i32> {
        self.area(code).map(|a| a.id)
    }

    pub fn entity_id(&self, slug: &str) -> Option<i32> {
        self.entity(slug).map(|e| e.id)
    }

    fn freeze(&self, doc: &MeasureDoc) -> Frozen {
        let named = doc.responsible.iter().chain(doc.partners.iter());
        Frozen {
            measure: doc.clone(),
            area_name: self.area(&doc.area).map(|a| Translated::from_json(&a.name_i18n)).unwrap_or_default(),
            entities: named
                .filter_map(|slug| self.entity(slug).map(|e| (slug.clone(), Translated::from_json(&e.name_i18n))))
                .collect(),
        }
    }
}

/// A reader of the plan's own language only (the texts every translation follows).
struct OwnLanguage<'a>(&'a str);

impl ponte_rules::content::Reader for OwnLanguage<'_> {
    fn tag(&self) -> &str {
        self.0
    }

    fn chain(&self) -> Vec<&str> {
        vec![self.0]
    }
}

fn parse<T: serde::de::DeserializeOwned>(raw: &str) -> Result<T, AppError> {
    serde_json::from_str(raw).map_err(|e| {
        tracing::error!("a stored measure document does not read: {e}");
        AppError::Internal
    })
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|_| AppError::Internal)
}

/// What a form was opened on: a short hash of the stored document.
fn seen(raw: &str) -> String {
    Sha256::digest(raw.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

pub async fn plan_by_slug(db: &impl ConnectionTrait, slug: &str) -> Result<plans::Model, AppError> {
    plans::Entity::find().filter(plans::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)
}

async fn drafts(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<measure_drafts::Model>, AppError> {
    Ok(measure_drafts::Entity::find()
        .filter(measure_drafts::Column::PlanId.eq(plan_id))
        .order_by_asc(measure_drafts::Column::Id)
        .all(db)
        .await?)
}

async fn versions(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<plan_versions::Model>, AppError> {
    Ok(plan_versions::Entity::find()
        .filter(plan_versions::Column::PlanId.eq(plan_id))
        .order_by_asc(plan_versions::Column::Number)
        .all(db)
        .await?)
}

async fn frozen_in(db: &impl ConnectionTrait, version_ids: Vec<i32>) -> Result<Vec<measure_versions::Model>, AppError> {
    Ok(measure_versions::Entity::find()
        .filter(measure_versions::Column::VersionId.is_in(version_ids))
        .order_by_asc(measure_versions::Column::Id)
        .all(db)
        .await?)
}

/// The last version's documents by draft.
async fn last_published(db: &impl ConnectionTrait, plan_id: i32) -> Result<(Option<plan_versions::Model>, HashMap<i32, MeasureDoc>), AppError> {
    let last = plan_versions::Entity::find()
        .filter(plan_versions::Column::PlanId.eq(plan_id))
        .order_by_desc(plan_versions::Column::Number)
        .one(db)
        .await?;
    let Some(last) = last else { return Ok((None, HashMap::new())) };
    let mut docs = HashMap::new();
    for row in frozen_in(db, vec![last.id]).await? {
        docs.insert(row.draft_id, parse::<Frozen>(&row.document)?.measure);
    }
    Ok((Some(last), docs))
}

fn state_of(row: &measure_drafts::Model, doc: &MeasureDoc, published: &HashMap<i32, MeasureDoc>) -> DraftState {
    match (row.withdrawn_i18n.is_some(), published.get(&row.id)) {
        (true, Some(_)) => DraftState::Withdrawing,
        (true, None) => DraftState::Withdrawn,
        (false, None) => DraftState::New,
        (false, Some(p)) if p == doc => DraftState::Published,
        (false, Some(_)) => DraftState::Changed,
    }
}

/// A plan whose measures were loaded before drafting existed (or by a seed) gets a draft of each,
/// once: the facilitators start from what the public already reads.
/// True if it made any.
pub async fn adopt(db: &DatabaseConnection, plan: &plans::Model) -> Result<bool, AppError> {
    let has_drafts = measure_drafts::Entity::find().filter(measure_drafts::Column::PlanId.eq(plan.id)).one(db).await?.is_some();
    if has_drafts {
        return Ok(false);
    }
    let rows = measures::Entity::find()
        .filter(measures::Column::PlanId.eq(plan.id))
        .order_by_asc(measures::Column::Position)
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(false);
    }
    let ctx = Ctx::load(db, plan.clone()).await?;
    let ids: Vec<i32> = rows.iter().map(|m| m.id).collect();
    let indicators = measure_indicators::Entity::find()
        .filter(measure_indicators::Column::MeasureId.is_in(ids.clone()))
        .order_by_asc(measure_indicators::Column::Position)
        .all(db)
        .await?;
    let partners = measure_partners::Entity::find().filter(measure_partners::Column::MeasureId.is_in(ids)).all(db).await?;
    let slug_of = |id: i32| ctx.entities.iter().find(|e| e.id == id).map(|e| e.slug.clone());
    let area_of = |id: i32| ctx.areas.iter().find(|a| a.id == id).map(|a| a.code.clone()).unwrap_or_default();
    let now = chrono::Utc::now();
    let txn = db.begin_write().await?;
    for m in rows {
        let doc = MeasureDoc {
            code: m.code.clone(),
            area: area_of(m.area_id),
            level: m.level,
            title: Translated::from_json(&m.title_i18n),
            summary: Translated::from_json(&m.summary_i18n),
            description: Translated::from_json(&m.description_i18n),
            objectives: serde_json::from_str(&m.objectives_i18n).unwrap_or_default(),
            indicators: indicators
                .iter()
                .filter(|i| i.measure_id == m.id)
                .map(|i| IndicatorDoc { name: Translated::from_json(&i.name_i18n), target: Translated::from_json(&i.target_i18n) })
                .collect(),
            timeline: Translated::from_json(&m.timeline_i18n),
            starts_on: m.starts_on,
            ends_on: m.ends_on,
            responsible: m.responsible_entity_id.and_then(slug_of),
            partners: partners
                .iter()
                .filter(|p| p.measure_id == m.id && Some(p.entity_id) != m.responsible_entity_id)
                .filter_map(|p| slug_of(p.entity_id))
                .collect(),
        };
        measure_drafts::ActiveModel {
            plan_id: Set(plan.id),
            measure_id: Set(Some(m.id)),
            code: Set(m.code),
            document: Set(json(&doc)?),
            updated_at: Set(now),
            updated_by: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(true)
}

/// The plan's drafts, oldest first; a legacy plan's measures become drafts first (`adopt`), so
/// the common case costs one statement.
async fn plan_drafts(db: &DatabaseConnection, plan: &plans::Model) -> Result<Vec<measure_drafts::Model>, AppError> {
    let rows = drafts(db, plan.id).await?;
    if rows.is_empty() && adopt(db, plan).await? {
        return drafts(db, plan.id).await;
    }
    Ok(rows)
}

/// The drafting page: every draft with where it stands, the areas, the last version.
pub async fn drafts_view(db: &DatabaseConnection, plan: plans::Model, locale: Locale) -> Result<DraftsView, AppError> {
    let rows = plan_drafts(db, &plan).await?;
    let ctx = Ctx::load(db, plan).await?;
    let (latest, published) = last_published(db, ctx.plan.id).await?;
    let mut list = Vec::new();
    for row in &rows {
        let doc: MeasureDoc = parse(&row.document)?;
        let missing = if locale.tag() == ctx.own { 0 } else { doc.missing(&ctx.own, locale.tag()) };
        list.push(DraftRow {
            id: row.id,
            code: row.code.clone(),
            title: ctx.text(&doc.title, locale),
            area: ctx.area_ref(&doc.area, locale),
            level: doc.level,
            state: state_of(row, &doc, &published),
            missing,
        });
    }
    list.sort_by(|a, b| a.code.cmp(&b.code));
    let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
    let first_area = ctx.areas.first().map(|a| a.code.clone()).unwrap_or_default();
    Ok(DraftsView {
        plan: ctx.reference(locale),
        unpublished: list.iter().filter(|d| d.state.pending()).count(),
        drafts: list,
        areas: ctx.areas.iter().map(|a| ctx.area_ref(&a.code, locale)).collect(),
        code_example: suggest_code(&code_prefix(&ctx.plan.slug, &codes), &first_area, &codes),
        latest: latest.map(|v| VersionRef { number: v.number, published_on: crate::plans::clock::day_at(&ctx.plan.time_zone, v.published_at) }),
    })
}

fn taken(err: &sea_orm::DbErr) -> bool {
    matches!(err.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_)))
}

/// A new draft measure in `area`, with its title in `lang`; its code typed or suggested.
/// Its title is in the plan's own language.
pub async fn create(db: &DatabaseConnection, plan: plans::Model, actor: i32, area: &str, code: &str, title: &str) -> Result<i32, AppError> {
    let ctx = Ctx::load(db, plan).await?;
    if ctx.area(area).is_none() {
        return Err(Invalid::AreaUnknown.into());
    }
    if title.trim().is_empty() {
        return Err(Invalid::TitleMissing.into());
    }
    if title.trim().chars().count() > super::doc::SHORT_MAX {
        return Err(Invalid::TooLong.into());
    }
    let rows = plan_drafts(db, &ctx.plan).await?;
    let code = if code.trim().is_empty() {
        let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
        suggest_code(&code_prefix(&ctx.plan.slug, &codes), area, &codes)
    } else {
        normal_code(code).ok_or(Invalid::MeasureCodeInvalid)?
    };
    if rows.iter().any(|r| r.code == code) {
        return Err(Invalid::MeasureCodeTaken.into());
    }
    let mut doc = MeasureDoc { code: code.clone(), area: area.to_owned(), level: 2, ..MeasureDoc::default() };
    doc.title.0.insert(ctx.own.clone(), title.trim().to_owned());
    let txn = db.begin_write().await?;
    let row = measure_drafts::ActiveModel {
        plan_id: Set(ctx.plan.id),
        measure_id: Set(None),
        code: Set(code.clone()),
        document: Set(json(&doc)?),
        updated_at: Set(chrono::Utc::now()),
        updated_by: Set(Some(actor)),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| if taken(&e) { AppError::Invalid(Invalid::MeasureCodeTaken) } else { e.into() })?;
    audit::record(&txn, entry(actor, "plan.measure_drafted", &ctx.plan, row.id, serde_json::json!({ "code": code }))).await?;
    txn.commit().await?;
    Ok(row.id)
}

fn entry<'a>(actor: i32, action: &'a str, plan: &plans::Model, draft: i32, details: serde_json::Value) -> audit::Entry<'a> {
    audit::Entry { actor: Some(actor), action, target_type: "measure_draft", target_id: draft.to_string(), plan_id: Some(plan.id), details }
}

async fn draft_of(db: &impl ConnectionTrait, plan_id: i32, id: i32) -> Result<measure_drafts::Model, AppError> {
    measure_drafts::Entity::find_by_id(id)
        .filter(measure_drafts::Column::PlanId.eq(plan_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// One draft in its edit form, texts in `lang`.
pub async fn edit_view(db: &DatabaseConnection, plan: plans::Model, id: i32, lang: &str, locale: Locale) -> Result<DraftEditView, AppError> {
    let ctx = Ctx::load(db, plan).await?;
    let row = draft_of(db, ctx.plan.id, id).await?;
    let doc: MeasureDoc = parse(&row.document)?;
    let (_, published) = last_published(db, ctx.plan.id).await?;
    let field = |t: &Translated| FieldText {
        value: t.0.get(lang).cloned().unwrap_or_default(),
        own: if lang == ctx.own { String::new() } else { t.0.get(&ctx.own).cloned().unwrap_or_default() },
    };
    let mut tags: Vec<String> = crate::plans::service::languages(&ctx.plan.languages);
    for tag in doc.languages() {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    Ok(DraftEditView {
        plan: ctx.reference(locale),
        id,
        lang: lang.to_owned(),
        own_lang: ctx.own.clone(),
        languages: tags.into_iter().map(|tag| LangMissing { missing: doc.missing(&ctx.own, &tag), tag }).collect(),
        seen: seen(&row.document),
        state: state_of(&row, &doc, &published),
        code: doc.code.clone(),
        area: doc.area.clone(),
        level: doc.level,
        title: field(&doc.title),
        summary: field(&doc.summary),
        description: field(&doc.description),
        timeline: field(&doc.timeline),
        objectives: doc.objectives.iter().map(field).collect(),
        indicators: doc.indicators.iter().map(|i| IndicatorText { name: field(&i.name), target: field(&i.target) }).collect(),
        starts_on: doc.starts_on,
        ends_on: doc.ends_on,
        responsible: doc.responsible.clone(),
        partners: doc.partners.clone(),
        areas: ctx.areas.iter().map(|a| ctx.area_ref(&a.code, locale)).collect(),
        entities: ctx
            .entities
            .iter()
            .map(|e| EntityRef { slug: e.slug.clone(), name: ctx.text(&Translated::from_json(&e.name_i18n), locale) })
            .collect(),
    })
}

/// Saves one language's texts and the shared fields of draft `id`, if it is still as the form
/// saw it. Audited with the fields that changed.
pub async fn save(db: &DatabaseConnection, plan: plans::Model, actor: i32, id: i32, form_seen: &str, shared: SharedEdit, edit: LangEdit) -> Result<(), AppError> {
    let ctx = Ctx::load(db, plan).await?;
    if ctx.area(&shared.area).is_none() {
        return Err(Invalid::AreaUnknown.into());
    }
    let named = shared.responsible.iter().chain(shared.partners.iter());
    if named.into_iter().any(|slug| ctx.entity(slug).is_none()) {
        return Err(Invalid::EntityUnknown.into());
    }
    let txn = db.begin_write().await?;
    let row = draft_of(&txn, ctx.plan.id, id).await?;
    if seen(&row.document) != form_seen {
        return Err(Invalid::DraftChanged.into());
    }
    let before: MeasureDoc = parse(&row.document)?;
    let mut doc = before.clone();
    doc.apply_lang(&edit, &ctx.own)?;
    doc.apply_shared(shared)?;
    if doc == before {
        return Ok(());
    }
    let clash = measure_drafts::Entity::find()
        .filter(measure_drafts::Column::PlanId.eq(ctx.plan.id))
        .filter(measure_drafts::Column::Code.eq(doc.code.clone()))
        .filter(measure_drafts::Column::Id.ne(id))
        .one(&txn)
        .await?;
    if clash.is_some() {
        return Err(Invalid::MeasureCodeTaken.into());
    }
    let fields = super::diff::changed_fields(&before, &doc);
    let code = doc.code.clone();
    let mut active: measure_drafts::ActiveModel = row.into();
    active.code = Set(code.clone());
    active.document = Set(json(&doc)?);
    active.updated_at = Set(chrono::Utc::now());
    active.updated_by = Set(Some(actor));
    active
        .update(&txn)
        .await
        .map_err(|e| if taken(&e) { AppError::Invalid(Invalid::MeasureCodeTaken) } else { e.into() })?;
    let details = serde_json::json!({ "code": code, "lang": edit.lang, "fields": fields });
    audit::record(&txn, entry(actor, "plan.measure_changed", &ctx.plan, id, details)).await?;
    txn.commit().await?;
    Ok(())
}

/// Deletes a draft that no version holds (a published measure stays in its versions).
pub async fn delete(db: &DatabaseConnection, plan: &plans::Model, actor: i32, id: i32) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let row = draft_of(&txn, plan.id, id).await?;
    let in_version = measure_versions::Entity::find().filter(measure_versions::Column::DraftId.eq(id)).one(&txn).await?.is_some();
    if in_version || row.measure_id.is_some() {
        return Err(Invalid::FormInvalid.into());
    }
    measure_drafts::Entity::delete_by_id(id).exec(&txn).await?;
    audit::record(&txn, entry(actor, "plan.measure_draft_deleted", plan, id, serde_json::json!({ "code": row.code }))).await?;
    txn.commit().await?;
    Ok(())
}

/// Takes published draft `id` out of the next version, with a reason written in `lang` (may be
/// empty). Until that version is published, `restore` undoes it; a second click changes
/// nothing. A draft never published is deleted instead.
pub async fn withdraw(db: &DatabaseConnection, plan: &plans::Model, actor: i32, id: i32, lang: &str, reason: &str) -> Result<(), AppError> {
    let reason = reason.trim();
    if reason.chars().count() > super::doc::LONG_MAX {
        return Err(Invalid::TooLong.into());
    }
    let txn = db.begin_write().await?;
    let row = draft_of(&txn, plan.id, id).await?;
    if row.withdrawn_i18n.is_some() {
        return Ok(());
    }
    if row.measure_id.is_none() {
        return Err(Invalid::FormInvalid.into());
    }
    let why = Translated([(lang.to_owned(), reason.to_owned())].into_iter().filter(|(_, r)| !r.is_empty()).collect());
    let code = row.code.clone();
    let mut active: measure_drafts::ActiveModel = row.into();
    active.withdrawn_i18n = Set(Some(why.to_json()));
    active.updated_at = Set(chrono::Utc::now());
    active.updated_by = Set(Some(actor));
    active.update(&txn).await?;
    audit::record(&txn, entry(actor, "plan.measure_withdrawn", plan, id, serde_json::json!({ "code": code, "lang": lang }))).await?;
    txn.commit().await?;
    Ok(())
}

/// Puts a withdrawn draft back into the next version (a second click changes nothing).
pub async fn restore(db: &DatabaseConnection, plan: &plans::Model, actor: i32, id: i32) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let row = draft_of(&txn, plan.id, id).await?;
    if row.withdrawn_i18n.is_none() {
        return Ok(());
    }
    let code = row.code.clone();
    let mut active: measure_drafts::ActiveModel = row.into();
    active.withdrawn_i18n = Set(None);
    active.updated_at = Set(chrono::Utc::now());
    active.updated_by = Set(Some(actor));
    active.update(&txn).await?;
    audit::record(&txn, entry(actor, "plan.measure_restored", plan, id, serde_json::json!({ "code": code }))).await?;
    txn.commit().await?;
    Ok(())
}

/// Publishes the next version: freezes every draft, and makes the public measures read as the
/// drafts do (new measures added, changed ones rewritten and marked revised). Refused when
/// nothing changed since the last version. Returns the version's number.
pub async fn publish(db: &DatabaseConnection, plan: plans::Model, actor: Option<i32>, note: Translated) -> Result<i32, AppError> {
    if note.0.values().any(|n| n.trim().chars().count() > super::doc::LONG_MAX) {
        return Err(Invalid::TooLong.into());
    }
    let ctx = Ctx::load(db, plan).await?;
    let txn = db.begin_write().await?;
    let rows = drafts(&txn, ctx.plan.id).await?;
    let (last, published) = last_published(&txn, ctx.plan.id).await?;
    let docs: Vec<(measure_drafts::Model, MeasureDoc)> = rows
        .into_iter()
        .map(|r| parse::<MeasureDoc>(&r.document).map(|d| (r, d)))
        .collect::<Result<_, _>>()?;
    let changed: Vec<&(measure_drafts::Model, MeasureDoc)> = docs.iter().filter(|(r, d)| state_of(r, d, &published).pending()).collect();
    // A withdrawn measure is frozen in no later version.
    let kept: Vec<&(measure_drafts::Model, MeasureDoc)> = docs.iter().filter(|(r, _)| r.withdrawn_i18n.is_none()).collect();
    if changed.is_empty() && last.is_some() || kept.is_empty() {
        return Err(Invalid::NothingToPublish.into());
    }
    for (_, doc) in &kept {
        let named = doc.responsible.iter().chain(doc.partners.iter());
        if ctx.area(&doc.area).is_none() || named.into_iter().any(|s| ctx.entity(s).is_none()) {
            return Err(Invalid::EntityUnknown.into());
        }
    }
    let number = last.as_ref().map_or(1, |v| v.number + 1);
    let note_i18n = Translated(note.0.into_iter().map(|(l, n)| (l, n.trim().to_owned())).filter(|(_, n)| !n.is_empty()).collect());
    let version = plan_versions::ActiveModel {
        plan_id: Set(ctx.plan.id),
        number: Set(number),
        note_i18n: Set(note_i18n.to_json()),
        published_at: Set(chrono::Utc::now()),
        published_by: Set(actor),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| if taken(&e) { AppError::Invalid(Invalid::NothingToPublish) } else { e.into() })?;
    for (row, doc) in &kept {
        measure_versions::ActiveModel {
            version_id: Set(version.id),
            draft_id: Set(row.id),
            code: Set(doc.code.clone()),
            document: Set(json(&ctx.freeze(doc))?),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    super::apply::to_measures(&txn, &ctx, changed.as_slice(), &published, number).await?;
    let details = serde_json::json!({ "number": number, "measures": kept.len(), "changed": changed.len() });
    let entry = audit::Entry {
        actor,
        action: "plan.version_published",
        target_type: "plan",
        target_id: ctx.plan.id.to_string(),
        plan_id: Some(ctx.plan.id),
        details,
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(number)
}

/// Replaces draft `id`'s document (the demo seed's second version); not audited: no one did it.
pub async fn replace(db: &DatabaseConnection, plan_id: i32, id: i32, doc: &MeasureDoc) -> Result<(), AppError> {
    let row = draft_of(db, plan_id, id).await?;
    let mut active: measure_drafts::ActiveModel = row.into();
    active.code = Set(doc.code.clone());
    active.document = Set(json(doc)?);
    active.update(db).await?;
    Ok(())
}

/// The plan's drafts with their documents (the demo seed reads them to change a few).
pub async fn documents(db: &DatabaseConnection, plan: &plans::Model) -> Result<Vec<(i32, MeasureDoc)>, AppError> {
    plan_drafts(db, plan).await?.into_iter().map(|r| parse(&r.document).map(|d| (r.id, d))).collect()
}

fn card(ctx: &Ctx, f: &Frozen, locale: Locale) -> MeasureCard {
    MeasureCard {
        code: f.measure.code.clone(),
        level: f.measure.level,
        title: ctx.text(&f.measure.title, locale),
        summary: ctx.text(&f.measure.summary, locale),
    }
}

/// Every version of the plan, newest first, with what each added and changed.
pub async fn versions_view(db: &DatabaseConnection, plan: plans::Model, locale: Locale) -> Result<VersionsView, AppError> {
    let ctx = Ctx::load(db, plan).await?;
    let all = versions(db, ctx.plan.id).await?;
    let frozen = frozen_in(db, all.iter().map(|v| v.id).collect()).await?;
    let mut by_version: BTreeMap<i32, Vec<(i32, Frozen)>> = BTreeMap::new();
    for row in frozen {
        by_version.entry(row.version_id).or_default().push((row.draft_id, parse(&row.document)?));
    }
    let mut out = Vec::new();
    let mut before: HashMap<i32, Frozen> = HashMap::new();
    for v in &all {
        let here = by_version.remove(&v.id).unwrap_or_default();
        let (mut added, mut changed) = (Vec::new(), Vec::new());
        for (draft, f) in &here {
            match before.get(draft) {
                None => added.push(card(&ctx, f, locale)),
                Some(old) if old.measure != f.measure => changed.push(card(&ctx, f, locale)),
                Some(_) => {}
            }
        }
        let mut withdrawn: Vec<MeasureCard> = before.iter().filter(|(d, _)| !here.iter().any(|(h, _)| h == *d)).map(|(_, f)| card(&ctx, f, locale)).collect();
        withdrawn.sort_by(|a, b| a.code.cmp(&b.code));
        out.push(VersionSummary {
            number: v.number,
            published_on: crate::plans::clock::day_at(&ctx.plan.time_zone, v.published_at),
            note: ctx.text(&Translated::from_json(&v.note_i18n), locale),
            added,
            changed,
            withdrawn,
            measure_count: here.len(),
        });
        before = here.into_iter().collect();
    }
    out.reverse();
    Ok(VersionsView { plan: ctx.reference(locale), versions: out })
}

async fn version_row(db: &impl ConnectionTrait, plan_id: i32, number: i32) -> Result<plan_versions::Model, AppError> {
    plan_versions::Entity::find()
        .filter(plan_versions::Column::PlanId.eq(plan_id))
        .filter(plan_versions::Column::Number.eq(number))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

async fn latest_number(db: &impl ConnectionTrait, plan_id: i32) -> Result<i32, AppError> {
    Ok(versions(db, plan_id).await?.last().map_or(0, |v| v.number))
}

/// One version with its measures, in code order.
pub async fn version_view(db: &DatabaseConnection, plan: plans::Model, number: i32, locale: Locale) -> Result<VersionView, AppError> {
    let ctx = Ctx::load(db, plan).await?;
    let v = version_row(db, ctx.plan.id, number).await?;
    let mut measures = Vec::new();
    for row in frozen_in(db, vec![v.id]).await? {
        measures.push(card(&ctx, &parse(&row.document)?, locale));
    }
    measures.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(VersionView {
        plan: ctx.reference(locale),
        version: VersionRef { number: v.number, published_on: crate::plans::clock::day_at(&ctx.plan.time_zone, v.published_at) },
        note: ctx.text(&Translated::from_json(&v.note_i18n), locale),
        latest: latest_number(db, ctx.plan.id).await?,
        measures,
    })
}

/// A frozen measure as the public measure page shows one.
fn measure_view(ctx: &Ctx, f: &Frozen, locale: Locale) -> MeasureView {
    let m = &f.measure;
    let entity = |slug: &String| EntityRef { slug: slug.clone(), name: ctx.text(&f.entities.get(slug).cloned().unwrap_or_default(), locale) };
    MeasureView {
        plan: ctx.reference(locale),
        code: m.code.clone(),
        level: m.level,
        status: "draft".to_owned(),
        area: AreaRef { code: m.area.clone(), name: ctx.text(&f.area_name, locale) },
        title: ctx.text(&m.title, locale),
        summary: ctx.text(&m.summary, locale),
        description: ctx.text(&m.description, locale),
        objectives: m.objectives.iter().map(|o| ctx.text(o, locale)).collect(),
        indicators: m
            .indicators
            .iter()
            .map(|i| IndicatorView { name: ctx.text(&i.name, locale), target: ctx.text(&i.target, locale) })
            .collect(),
        timeline: ctx.text(&m.timeline, locale),
        starts_on: m.starts_on,
        ends_on: m.ends_on,
        responsible: m.responsible.as_ref().map(entity),
        partners: m.partners.iter().map(entity).collect(),
        version: None,
        withdrawn: None,
        monitored: false,
    }
}

/// Every version holding the measure that version `number` (or the latest holding it) calls
/// `code`: (version number, frozen document), oldest first.
async fn history(db: &impl ConnectionTrait, plan_id: i32, code: &str, number: Option<i32>) -> Result<Vec<(plan_versions::Model, Frozen)>, AppError> {
    let all = versions(db, plan_id).await?;
    let ids: Vec<i32> = all.iter().map(|v| v.id).collect();
    let rows = frozen_in(db, ids).await?;
    let number_of = |version_id: i32| all.iter().find(|v| v.id == version_id).map(|v| v.number);
    let named = rows
        .iter()
        .filter(|r| r.code == code && number.is_none_or(|n| number_of(r.version_id) == Some(n)))
        .max_by_key(|r| number_of(r.version_id))
        .ok_or(AppError::NotFound)?;
    let draft = named.draft_id;
    let mut out = Vec::new();
    for v in all {
        if let Some(row) = rows.iter().find(|r| r.version_id == v.id && r.draft_id == draft) {
            out.push((v, parse(&row.document)?));
        }
    }
    Ok(out)
}

/// Measure `code` as version `number` froze it.
pub async fn frozen_measure(db: &DatabaseConnection, plan: plans::Model, number: i32, code: &str, locale: Locale) -> Result<FrozenMeasureView, AppError> {
    let ctx = Ctx::load(db, plan).await?;
    let history = history(db, ctx.plan.id, code, Some(number)).await?;
    let at = history.iter().position(|(v, _)| v.number == number).ok_or(AppError::NotFound)?;
    let (version, frozen) = &history[at];
    Ok(FrozenMeasureView {
        measure: measure_view(&ctx, frozen, locale),
        version: VersionRef { number: version.number, published_on: crate::plans::clock::day_at(&ctx.plan.time_zone, version.published_at) },
        latest: latest_number(db, ctx.plan.id).await?,
        earlier: at.checked_sub(1).and_then(|i| history.get(i)).map(|(v, _)| v.number),
    })
}

/// Measure `code`'s changes between versions `from` and `to` (by default its latest change),
/// field by field and word by word in the reader's language.
pub async fn changes(db: &DatabaseConnection, plan: plans::Model, code: &str, from: Option<i32>, to: Option<i32>, locale: Locale) -> Result<MeasureChangesView, AppError> {
    let ctx = Ctx::load(db, plan).await?;
    let history = history(db, ctx.plan.id, code, None).await?;
    let numbers: Vec<i32> = history.iter().map(|(v, _)| v.number).collect();
    let pick = |n: Option<i32>, default: Option<usize>| match n {
        Some(n) => numbers.iter().position(|x| *x == n).ok_or(AppError::NotFound).map(Some),
        None => Ok(default),
    };
    let last = numbers.len().checked_sub(1).ok_or(AppError::NotFound)?;
    let to_at = pick(to, Some(last))?.unwrap_or(last);
    // By default, from the version before the measure last changed (up to `to`).
    let last_change = (1..=to_at).rev().find(|i| history[*i].1.measure != history[*i - 1].1.measure);
    let from_at = pick(from, last_change.or(Some(to_at)).and_then(|i| i.checked_sub(1)))?;
    let new = &history[to_at].1;
    let (changed, unchanged) = match from_at {
        Some(i) => {
            let own = ctx.own.clone();
            let reader = |t: &Translated| ctx.text(t, locale);
            let plan = |t: &Translated| t.resolve(OwnLanguage(&own), &own);
            super::diff::compare(&history[i].1, new, &[&reader, &plan])
        }
        None => (Vec::new(), Vec::new()),
    };
    Ok(MeasureChangesView {
        plan: ctx.reference(locale),
        code: new.measure.code.clone(),
        title: ctx.text(&new.measure.title, locale),
        versions: numbers.clone(),
        from: from_at.map(|i| numbers[i]),
        to: numbers[to_at],
        changed,
        unchanged,
    })
}

/// The latest version's number and day, for the public measure page.
pub async fn latest(db: &impl ConnectionTrait, plan_id: i32, zone: &str) -> Result<Option<VersionRef>, AppError> {
    let v = plan_versions::Entity::find()
        .filter(plan_versions::Column::PlanId.eq(plan_id))
        .order_by_desc(plan_versions::Column::Number)
        .one(db)
        .await?;
    Ok(v.map(|v| VersionRef { number: v.number, published_on: crate::plans::clock::day_at(zone, v.published_at) }))
}
