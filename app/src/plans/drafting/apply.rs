//! Publishing, the public side: makes the `measures` rows (with indicators and partners) read as
//! the new version's drafts, so public pages, evidence and audio keep reading one table.

use std::collections::HashMap;

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder};

use super::{doc::MeasureDoc, service::Ctx};
use crate::{
    core::{AppError, Invalid},
    entity::{measure_drafts, measure_indicators, measure_partners, measures},
    plans::service::WITHDRAWN,
};

fn json<T: serde::Serialize>(value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|_| AppError::Internal)
}

/// Writes each changed draft to its public measure (a new one for a draft never published) in
/// version `number`. `published` holds the previous version's documents by draft: a measure in
/// it becomes "revised"; a withdrawn draft's measure keeps its last text and becomes
/// "withdrawn", and comes back "revised" if restored.
pub async fn to_measures(
    txn: &DatabaseTransaction,
    ctx: &Ctx,
    changed: &[&(measure_drafts::Model, MeasureDoc)],
    published: &HashMap<i32, MeasureDoc>,
    number: i32,
) -> Result<(), AppError> {
    let existing = measures::Entity::find()
        .filter(measures::Column::PlanId.eq(ctx.plan.id))
        .order_by_asc(measures::Column::Position)
        .all(txn)
        .await?;
    // Codes may have been swapped between measures: free every changing code first.
    for (draft, doc) in changed {
        if let Some(m) = existing.iter().find(|m| Some(m.id) == draft.measure_id && m.code != doc.code) {
            let mut row: measures::ActiveModel = m.clone().into();
            row.code = Set(format!("~{}", m.id));
            row.update(txn).await?;
        }
    }
    let mut position = existing.iter().map(|m| m.position).max().unwrap_or(0);
    let now = chrono::Utc::now();
    for (draft, doc) in changed {
        let current = existing.iter().find(|m| Some(m.id) == draft.measure_id);
        if let Some(reason) = &draft.withdrawn_i18n {
            if let Some(m) = current {
                let mut row: measures::ActiveModel = m.clone().into();
                row.code = Set(doc.code.clone());
                row.status = Set(WITHDRAWN.to_owned());
                row.withdrawn_in = Set(Some(number));
                row.withdrawn_i18n = Set(Some(reason.clone()));
                row.updated_at = Set(now);
                row.update(txn).await?;
            }
            continue;
        }
        let area_id = ctx.area_id(&doc.area).ok_or(Invalid::AreaUnknown)?;
        let responsible = doc.responsible.as_deref().map(|s| ctx.entity_id(s).ok_or(Invalid::EntityUnknown)).transpose()?;
        let status = match current {
            Some(m) if published.contains_key(&draft.id) || m.status == WITHDRAWN => "revised".to_owned(),
            Some(m) => m.status.clone(),
            None => "draft".to_owned(),
        };
        let mut row = match current {
            Some(m) => m.clone().into(),
            None => {
                position += 1;
                measures::ActiveModel { plan_id: Set(ctx.plan.id), position: Set(position), ..Default::default() }
            }
        };
        row.area_id = Set(area_id);
        row.code = Set(doc.code.clone());
        row.level = Set(doc.level);
        row.status = Set(status);
        row.title_i18n = Set(doc.title.to_json());
        row.summary_i18n = Set(doc.summary.to_json());
        row.description_i18n = Set(doc.description.to_json());
        row.objectives_i18n = Set(json(&doc.objectives)?);
        row.timeline_i18n = Set(doc.timeline.to_json());
        row.starts_on = Set(doc.starts_on);
        row.ends_on = Set(doc.ends_on);
        row.responsible_entity_id = Set(responsible);
        row.withdrawn_in = Set(None);
        row.withdrawn_i18n = Set(None);
        row.updated_at = Set(now);
        let measure_id = match current {
            Some(_) => row.update(txn).await?.id,
            None => {
                let id = row.insert(txn).await?.id;
                let mut d: measure_drafts::ActiveModel = (*draft).clone().into();
                d.measure_id = Set(Some(id));
                d.update(txn).await?;
                id
            }
        };
        measure_indicators::Entity::delete_many().filter(measure_indicators::Column::MeasureId.eq(measure_id)).exec(txn).await?;
        measure_partners::Entity::delete_many().filter(measure_partners::Column::MeasureId.eq(measure_id)).exec(txn).await?;
        for (i, ind) in doc.indicators.iter().enumerate() {
            measure_indicators::ActiveModel {
                measure_id: Set(measure_id),
                position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
                name_i18n: Set(ind.name.to_json()),
                target_i18n: Set(ind.target.to_json()),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
        for slug in &doc.partners {
            let entity_id = ctx.entity_id(slug).ok_or(Invalid::EntityUnknown)?;
            measure_partners::ActiveModel { measure_id: Set(measure_id), entity_id: Set(entity_id) }.insert(txn).await?;
        }
    }
    Ok(())
}
