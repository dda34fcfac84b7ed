//! The activity log, server side: a page of the plan's audit rows with the names of who did
//! them and of the surveys they were about.

use std::collections::{BTreeSet, HashMap};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use super::model::*;
use crate::{
    core::{AppError, Translated},
    entity::{audit_log, plans, surveys},
    i18n::Locale,
    plans::model::PlanRef,
};

/// Entries per page.
pub const PER_PAGE: u64 = 50;

pub async fn page(db: &impl ConnectionTrait, plan: &plans::Model, page: u64, locale: Locale) -> Result<ActivityView, AppError> {
    let query = audit_log::Entity::find().filter(audit_log::Column::PlanId.eq(plan.id));
    let total = query.clone().count(db).await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let rows = query
        .order_by_desc(audit_log::Column::CreatedAt)
        .order_by_desc(audit_log::Column::Id)
        .offset((page - 1) * PER_PAGE)
        .limit(PER_PAGE)
        .all(db)
        .await?;
    let names = crate::accounts::people::display_names(db, rows.iter().filter_map(|r| r.actor_user_id)).await?;
    let survey_ids: BTreeSet<i32> = rows.iter().filter(|r| r.target_type == "survey").filter_map(|r| r.target_id.parse().ok()).collect();
    let default_lang = crate::plans::service::languages(&plan.languages).into_iter().next().unwrap_or_else(|| "pt-PT".to_owned());
    let survey_names: HashMap<i32, (crate::core::Text, String)> = if survey_ids.is_empty() {
        HashMap::new()
    } else {
        surveys::Entity::find()
            .filter(surveys::Column::Id.is_in(survey_ids))
            .filter(surveys::Column::PlanId.eq(plan.id))
            .all(db)
            .await?
            .into_iter()
            .map(|s| {
                let title = Translated::from_json(&s.title_i18n).resolve(locale, &default_lang);
                (s.id, (title, format!("/plans/{}/surveys/{}", plan.slug, s.slug)))
            })
            .collect()
    };
    Ok(ActivityView {
        time_zone: crate::plans::model::time_zone_key(&plan.time_zone).to_owned(),
        plan: PlanRef { slug: plan.slug.clone(), title: Translated::from_json(&plan.title_i18n).resolve(locale, &default_lang) },
        entries: rows
            .into_iter()
            .map(|r| ActivityEntry {
                at: crate::plans::clock::local(&plan.time_zone, r.created_at),
                who: r.actor_user_id.and_then(|id| names.get(&id).cloned()),
                about: match r.target_type.as_str() {
                    "survey" => r.target_id.parse::<i32>().ok().and_then(|id| survey_names.get(&id).cloned()),
                    _ => None,
                },
                action: r.action,
            })
            .collect(),
        page,
        pages,
    })
}
