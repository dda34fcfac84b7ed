//! A consultation's inputs as evidence sees them (`crate::evidence::service::Outcomes`): a
//! comment (key: its id; top-level and visible) and an entity's position on a measure (key:
//! `<consultation id>-<entity id>-<measure id>`, so a link follows the entity's current filing).
//! Both are shown, with the measures they are evidence for, on "How your input was used", whose
//! address with the measure's filter and the input's fragment is their place.

use crate::evidence::model::{OutcomeKind, OutcomeRef};

/// The outcome a comment is.
pub fn comment_outcome(id: i32) -> OutcomeRef {
    OutcomeRef::new(OutcomeKind::ConsultationComment, id.to_string())
}

/// The outcome an entity's position on a measure in a consultation is.
pub fn position_outcome(consultation: i32, entity: i32, measure: i32) -> OutcomeRef {
    OutcomeRef::new(OutcomeKind::AssociationPosition, format!("{consultation}-{entity}-{measure}"))
}

/// Where an input is on "How your input was used": its measure's inputs, at the input.
pub fn input_place(plan: &str, consultation: &str, code: &str, outcome: &OutcomeRef) -> String {
    let code: String = form_urlencoded::byte_serialize(code.as_bytes()).collect();
    format!("/plans/{plan}/consultations/{consultation}/inputs?measure={code}#{}", input_anchor(outcome))
}

/// The id of an input's element on "How your input was used".
pub fn input_anchor(outcome: &OutcomeRef) -> String {
    format!("input-{}-{}", outcome.kind.key(), outcome.key)
}

#[cfg(feature = "ssr")]
pub use resolver::{Comments, Positions};

#[cfg(feature = "ssr")]
mod resolver {
    use std::collections::HashMap;

    use futures::future::BoxFuture;
    use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

    use super::{comment_outcome, input_place, position_outcome};
    use crate::{
        core::{AppError, Text, Translated, excerpt},
        entity::{consultation_comments as comments, consultation_positions as positions, consultations, measures, plan_entities, plans},
        evidence::service::{Outcome, Outcomes},
        i18n::Locale,
        moderation::ItemState,
        plans::service::default_lang,
    };

    /// Longest part of an input's text evidence lists show, in characters.
    const EXCERPT_MAX: usize = 280;

    /// The plan's consultations and measures by id (two statements).
    async fn plan_rows(db: &DatabaseConnection, plan: &plans::Model) -> Result<(HashMap<i32, consultations::Model>, HashMap<i32, String>), AppError> {
        let held = consultations::Entity::find().filter(consultations::Column::PlanId.eq(plan.id)).all(db).await?;
        let codes = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).all(db).await?;
        Ok((held.into_iter().map(|c| (c.id, c)).collect(), codes.into_iter().map(|m| (m.id, m.code)).collect()))
    }

    fn title(plan: &plans::Model, row: &consultations::Model, locale: Locale) -> Text {
        Translated::from_json(&row.title_i18n).resolve(locale, &default_lang(&plan.languages))
    }

    /// The resolver for [`crate::evidence::model::OutcomeKind::ConsultationComment`].
    pub struct Comments;

    /// The visible top-level comments among `ids` (of any plan: callers check the consultation).
    async fn visible_comments(db: &DatabaseConnection, ids: Vec<i32>) -> Result<Vec<comments::Model>, AppError> {
        Ok(comments::Entity::find()
            .filter(comments::Column::Id.is_in(ids))
            .filter(comments::Column::ParentId.is_null())
            .filter(comments::Column::State.eq(ItemState::Visible.key()))
            .all(db)
            .await?)
    }

    impl Outcomes for Comments {
        fn place<'a>(&'a self, db: &'a DatabaseConnection, plan: &'a plans::Model, key: &'a str) -> BoxFuture<'a, Result<Option<String>, AppError>> {
            Box::pin(async move { Ok(self.describe(db, plan, vec![key.to_owned()], Locale::default()).await?.remove(key).and_then(|o| o.href)) })
        }

        fn describe<'a>(&'a self, db: &'a DatabaseConnection, plan: &'a plans::Model, keys: Vec<String>, locale: Locale) -> BoxFuture<'a, Result<HashMap<String, Outcome>, AppError>> {
            Box::pin(async move {
                let ids: Vec<i32> = keys.iter().filter_map(|k| k.parse().ok()).collect();
                if ids.is_empty() {
                    return Ok(HashMap::new());
                }
                let (held, codes) = plan_rows(db, plan).await?;
                let mut out = HashMap::new();
                for c in visible_comments(db, ids).await? {
                    let (Some(consultation), Some(code)) = (held.get(&c.consultation_id), codes.get(&c.measure_id)) else { continue };
                    let outcome = comment_outcome(c.id);
                    let href = input_place(&plan.slug, &consultation.slug, code, &outcome);
                    let statement = Text { text: excerpt(&c.body, EXCERPT_MAX), lang: c.lang, fallback: false };
                    out.insert(outcome.key, Outcome { source: title(plan, consultation, locale), statement, href: Some(href) });
                }
                Ok(out)
            })
        }
    }

    /// The resolver for [`crate::evidence::model::OutcomeKind::AssociationPosition`].
    pub struct Positions;

    pub(super) fn split(key: &str) -> Option<(i32, i32, i32)> {
        let mut parts = key.split('-').map(str::parse::<i32>);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(Ok(c)), Some(Ok(e)), Some(Ok(m)), None) => Some((c, e, m)),
            _ => None,
        }
    }

    impl Outcomes for Positions {
        fn place<'a>(&'a self, db: &'a DatabaseConnection, plan: &'a plans::Model, key: &'a str) -> BoxFuture<'a, Result<Option<String>, AppError>> {
            Box::pin(async move { Ok(self.describe(db, plan, vec![key.to_owned()], Locale::default()).await?.remove(key).and_then(|o| o.href)) })
        }

        fn describe<'a>(&'a self, db: &'a DatabaseConnection, plan: &'a plans::Model, keys: Vec<String>, locale: Locale) -> BoxFuture<'a, Result<HashMap<String, Outcome>, AppError>> {
            Box::pin(async move {
                let wanted: Vec<(i32, i32, i32)> = keys.iter().filter_map(|k| split(k)).collect();
                if wanted.is_empty() {
                    return Ok(HashMap::new());
                }
                let (held, codes) = plan_rows(db, plan).await?;
                let wanted: Vec<(i32, i32, i32)> = wanted.into_iter().filter(|(c, _, m)| held.contains_key(c) && codes.contains_key(m)).collect();
                let entity_ids: Vec<i32> = wanted.iter().map(|(_, e, _)| *e).collect();
                let names: HashMap<i32, String> = plan_entities::Entity::find()
                    .filter(plan_entities::Column::PlanId.eq(plan.id))
                    .filter(plan_entities::Column::Id.is_in(entity_ids.clone()))
                    .all(db)
                    .await?
                    .into_iter()
                    .map(|e| (e.id, e.name_i18n))
                    .collect();
                // Newest filing first: the first seen of each (consultation, entity, measure) is current.
                let filings = positions::Entity::find()
                    .filter(positions::Column::ConsultationId.is_in(wanted.iter().map(|(c, _, _)| *c).collect::<Vec<_>>()))
                    .filter(positions::Column::EntityId.is_in(entity_ids))
                    .filter(positions::Column::MeasureId.is_in(wanted.iter().map(|(_, _, m)| *m).collect::<Vec<_>>()))
                    .order_by_desc(positions::Column::Id)
                    .all(db)
                    .await?;
                let mut out = HashMap::new();
                for p in filings {
                    let outcome = position_outcome(p.consultation_id, p.entity_id, p.measure_id);
                    if out.contains_key(&outcome.key) || !wanted.contains(&(p.consultation_id, p.entity_id, p.measure_id)) {
                        continue;
                    }
                    let (Some(consultation), Some(code), Some(name)) = (held.get(&p.consultation_id), codes.get(&p.measure_id), names.get(&p.entity_id)) else { continue };
                    let href = input_place(&plan.slug, &consultation.slug, code, &outcome);
                    let statement = Text { text: excerpt(&p.statement, EXCERPT_MAX), lang: p.lang, fallback: false };
                    out.insert(outcome.key, Outcome { source: crate::consultations::positions::name(plan, name, locale), statement, href: Some(href) });
                }
                Ok(out)
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{position_outcome, resolver::split};

    #[test]
    fn a_position_key_is_three_ids_and_nothing_else() {
        assert_eq!(split(&position_outcome(3, 7, 12).key), Some((3, 7, 12)));
        assert_eq!(split("3-7"), None);
        assert_eq!(split("3-7-12-1"), None);
        assert_eq!(split("3-x-12"), None);
        assert_eq!(split("3--12"), None);
    }
}
