//! Positions of entities, server side: a representative of an entity of the plan (an
//! association, a service…) files its formal position on a measure while the consultation is
//! open — a stance, a statement and optionally wording proposed for one part of the measure.
//! Each filing is a new row, so editing keeps history (two edits sent at once both stay); the
//! newest is the current one. Positions are shown apart from comments, with the entity's name,
//! and in the consultation's matrix entity × measure.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, JoinType, QueryFilter, QueryOrder,
    QuerySelect, RelationDef,
    sea_query::{Expr, IntoCondition},
};

use super::{
    Disposition, PositionEntry, PositionView,
    comments::{part, written},
    domain::{COMMENT_MAX, STANCES},
    service::open_on,
};
use crate::{
    accounts::{model::Actor, roles::Role},
    core::{AppError, Invalid, Text, Translated},
    entity::{consultation_dispositions as dispositions, consultation_positions as positions, plan_entities, plans},
    i18n::Locale,
    plans::service::default_lang,
};

/// What the position form sends.
pub struct NewPosition {
    pub consultation: String,
    /// The entity's slug.
    pub entity: String,
    pub stance: String,
    pub statement: String,
    pub lang: String,
    /// An anchor key, or empty.
    pub proposed_part: String,
    pub proposed_text: String,
}

/// Files (or changes) the position of an entity the reader represents; its id.
pub async fn file(db: &DatabaseConnection, slug: &str, code: &str, actor: &Actor, new: NewPosition) -> Result<i32, AppError> {
    let (plan, measure, _) = crate::plans::service::measure_for_page(db, slug, code).await?;
    let represents = |entity: i32| actor.grants.iter().any(|g| g.role == Role::AssociationRep && g.plan_id == Some(plan.id) && g.entity_id == Some(entity));
    let entity = plan_entities::Entity::find()
        .filter(plan_entities::Column::PlanId.eq(plan.id))
        .filter(plan_entities::Column::Slug.eq(new.entity.as_str()))
        .one(db)
        .await?
        .filter(|e| represents(e.id))
        .ok_or(AppError::Invalid(Invalid::NotRepresentative))?;
    let row = open_on(db, &plan, &new.consultation, &measure).await?;
    if !STANCES.contains(&new.stance.as_str()) {
        return Err(Invalid::FormInvalid.into());
    }
    let (statement, lang) = written(&new.statement, &new.lang).map_err(|e| if e == AppError::Invalid(Invalid::CommentEmpty) { AppError::Invalid(Invalid::StatementMissing) } else { e })?;
    let proposed = match (new.proposed_part.trim(), new.proposed_text.trim()) {
        ("", "") => None,
        ("", _) | (_, "") => return Err(Invalid::ProposalIncomplete.into()),
        (_, text) if text.chars().count() > COMMENT_MAX => return Err(Invalid::TooLong.into()),
        (key, text) => Some((part(db, &plan, &measure, key).await?, text.to_owned())),
    };
    let saved = positions::ActiveModel {
        consultation_id: Set(row.id),
        measure_id: Set(measure.id),
        entity_id: Set(entity.id),
        version_id: Set(row.version_id),
        stance: Set(new.stance.clone()),
        statement: Set(statement.to_owned()),
        statement_html: Set(crate::markdown::to_html(statement)),
        proposed_part: Set(proposed.as_ref().map(|(p, _)| p.clone())),
        proposed_text: Set(proposed.map(|(_, t)| t)),
        lang: Set(lang),
        filed_by: Set(Some(actor.user_id)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}

#[derive(Clone, FromQueryResult)]
pub(super) struct Row {
    pub(super) id: i32,
    pub(super) measure_id: i32,
    pub(super) entity_id: i32,
    stance: String,
    pub(super) statement: String,
    statement_html: String,
    proposed_part: Option<String>,
    proposed_text: Option<String>,
    lang: String,
    created_at: chrono::DateTime<Utc>,
    pub(super) entity_slug: String,
    pub(super) entity_name: String,
    d_decision: Option<String>,
    d_reason: Option<String>,
    d_changed_in: Option<i32>,
    d_decided_at: Option<chrono::DateTime<Utc>>,
}

impl Row {
    /// The answer to this filing, if it got one.
    pub(super) fn disposition(&self, zone: &str, own: &str, locale: Locale) -> Option<Disposition> {
        super::dispositions::disposition(self.d_decision.clone(), self.d_reason.as_deref(), self.d_changed_in, self.d_decided_at, zone, own, locale)
    }

    /// The decision of the answer to this filing, if any.
    pub(super) fn decision(&self) -> Option<String> {
        self.d_decision.clone()
    }

    /// The reason of the answer to this filing, in the plan's own language (empty if none).
    pub(super) fn reason_text(&self, own: &str) -> String {
        self.d_reason.as_deref().map(|r| Translated::from_json(r).0.get(own).cloned().unwrap_or_default()).unwrap_or_default()
    }

    /// When this filing was answered, if it was.
    pub(super) fn decided_at(&self) -> Option<chrono::DateTime<Utc>> {
        self.d_decided_at
    }

    /// The version that carries the change this filing's answer points to.
    pub(super) fn changed_in(&self) -> Option<i32> {
        self.d_changed_in
    }

    pub(super) fn entry(&self, zone: &str) -> PositionEntry {
        PositionEntry {
            stance: self.stance.clone(),
            statement_html: self.statement_html.clone(),
            lang: self.lang.clone(),
            proposed: self.proposed_part.clone().zip(self.proposed_text.clone()),
            on: crate::plans::clock::day_at(zone, self.created_at),
        }
    }
}

/// Every filing of consultation `consultation` (on measure `measure`, if given), newest first,
/// with the entity's slug and name and the answer it got, in one statement.
pub(super) async fn rows(db: &impl ConnectionTrait, consultation: i32, measure: Option<i32>) -> Result<Vec<Row>, AppError> {
    let entity: RelationDef = positions::Entity::belongs_to(plan_entities::Entity).from(positions::Column::EntityId).to(plan_entities::Column::Id).into();
    let answer: RelationDef = positions::Entity::belongs_to(dispositions::Entity)
        .from(positions::Column::Id)
        .to(dispositions::Column::InputId)
        .on_condition(|_, answer| sea_orm::sea_query::ExprTrait::eq(Expr::col((answer, dispositions::Column::InputKind)), "position").into_condition())
        .into();
    let mut query = positions::Entity::find()
        .select_only()
        .columns([
            positions::Column::Id,
            positions::Column::MeasureId,
            positions::Column::EntityId,
            positions::Column::Stance,
            positions::Column::StatementHtml,
            positions::Column::Statement,
            positions::Column::ProposedPart,
            positions::Column::ProposedText,
            positions::Column::Lang,
            positions::Column::CreatedAt,
        ])
        .column_as(plan_entities::Column::Slug, "entity_slug")
        .column_as(plan_entities::Column::NameI18n, "entity_name")
        .column_as(dispositions::Column::Decision, "d_decision")
        .column_as(dispositions::Column::ReasonI18n, "d_reason")
        .column_as(dispositions::Column::ChangedIn, "d_changed_in")
        .column_as(dispositions::Column::DecidedAt, "d_decided_at")
        .join(JoinType::InnerJoin, entity)
        .join(JoinType::LeftJoin, answer)
        .filter(positions::Column::ConsultationId.eq(consultation));
    if let Some(measure) = measure {
        query = query.filter(positions::Column::MeasureId.eq(measure));
    }
    Ok(query.order_by_desc(positions::Column::Id).into_model::<Row>().all(db).await?)
}

pub(super) fn name(plan: &plans::Model, raw: &str, locale: Locale) -> Text {
    Translated::from_json(raw).resolve(locale, &default_lang(&plan.languages))
}

/// The entities' positions on a measure: each entity's current one with its history, entities
/// in the order of their latest filing (read once per revision of the plan's content).
pub async fn of_measure(db: &impl ConnectionTrait, plan: &plans::Model, consultation: i32, measure: i32, locale: Locale) -> Result<Vec<PositionView>, AppError> {
    let own = default_lang(&plan.languages);
    let mut out: Vec<PositionView> = Vec::new();
    let filed = crate::content_cache::of_plan(plan, &format!("positions {consultation} {measure}"), rows(db, consultation, Some(measure))).await?;
    for row in filed {
        let answer = row.disposition(&plan.time_zone, &own, locale);
        match out.iter_mut().find(|p| p.entity == row.entity_slug) {
            Some(position) => {
                position.history.push(row.entry(&plan.time_zone));
                if position.disposition.as_ref().is_none_or(|d| answer.as_ref().is_some_and(|a| a.on > d.on)) && answer.is_some() {
                    position.disposition = answer;
                }
            }
            None => out.push(PositionView {
                entity: row.entity_slug.clone(),
                entity_name: name(plan, &row.entity_name, locale),
                current: row.entry(&plan.time_zone),
                history: Vec::new(),
                current_id: row.id,
                disposition: answer,
            }),
        }
    }
    Ok(out)
}

/// The matrix entity × measure of a consultation: each entity that filed a position (by name)
/// with its current stance on each of `measures` (ids, in the order shown).
pub async fn matrix(db: &impl ConnectionTrait, plan: &plans::Model, consultation: i32, measures: &[i32], locale: Locale) -> Result<Vec<(Text, Vec<Option<String>>)>, AppError> {
    let mut current: HashMap<(i32, i32), String> = HashMap::new();
    let mut entities: Vec<(i32, String)> = Vec::new();
    for row in rows(db, consultation, None).await? {
        if !entities.iter().any(|(id, _)| *id == row.entity_id) {
            entities.push((row.entity_id, row.entity_name.clone()));
        }
        current.entry((row.entity_id, row.measure_id)).or_insert(row.stance);
    }
    let mut out: Vec<(Text, Vec<Option<String>>)> = entities
        .into_iter()
        .map(|(entity, raw)| (name(plan, &raw, locale), measures.iter().map(|m| current.get(&(entity, *m)).cloned()).collect()))
        .collect();
    out.sort_by(|a, b| a.0.text.cmp(&b.0.text));
    Ok(out)
}

/// The entities of the plan the reader represents: slug and name.
pub async fn representing(db: &impl ConnectionTrait, plan: &plans::Model, actor: Option<&Actor>, locale: Locale) -> Result<Vec<(String, Text)>, AppError> {
    let ids: Vec<i32> = actor
        .map(|a| a.grants.iter().filter(|g| g.role == Role::AssociationRep && g.plan_id == Some(plan.id)).filter_map(|g| g.entity_id).collect())
        .unwrap_or_default();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let what = format!("entities {ids:?}");
    let load = async { Ok(plan_entities::Entity::find().filter(plan_entities::Column::Id.is_in(ids)).order_by_asc(plan_entities::Column::Slug).all(db).await?) };
    let rows: Vec<plan_entities::Model> = crate::content_cache::of_plan(plan, &what, load).await?;
    Ok(rows.into_iter().map(|e| (e.slug, name(plan, &e.name_i18n, locale))).collect())
}
