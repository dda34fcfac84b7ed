//! Plans feature, server side: the directory of the plans hosted here, which the home page
//! searches, filters and pages. Every plan comes with what the search compares (its
//! municipalities' names folded, their districts, its title) and with the opening times of its
//! published surveys, so "open now" is counted at the time of each request. The directory is
//! kept in memory under the host revision (`content_cache::of_host`): a request costs one small
//! statement, however many plans a national host carries.

use std::{collections::HashMap, sync::Arc};

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{municipalities, service::default_lang};
use crate::{
    core::{AppError, Translated},
    entity::{plan_municipalities, plans, surveys},
    i18n::Locale,
};

/// One of the plan's municipalities, as the search compares it.
#[derive(Clone, Debug)]
pub struct Town {
    pub name: String,
    folded: String,
    district: Option<&'static str>,
}

/// When a published survey takes answers (no start: from now; no end: until closed).
pub type Window = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

/// How many of `windows` are open at `now`.
pub fn open_at(windows: &[Window], now: DateTime<Utc>) -> u64 {
    let open = |(opens, closes): &&Window| opens.is_none_or(|o| o <= now) && closes.is_none_or(|c| c > now);
    u64::try_from(windows.iter().filter(open).count()).unwrap_or(u64::MAX)
}

/// The windows of the published surveys, per plan (of plan `only`, if given).
pub async fn survey_windows(db: &impl ConnectionTrait, only: Option<i32>) -> Result<HashMap<i32, Vec<Window>>, AppError> {
    let mut query = surveys::Entity::find()
        .select_only()
        .columns([surveys::Column::PlanId, surveys::Column::OpensAt, surveys::Column::ClosesAt])
        .filter(surveys::Column::Status.eq("published"));
    if let Some(plan) = only {
        query = query.filter(surveys::Column::PlanId.eq(plan));
    }
    let rows: Vec<(i32, Window)> = query.into_tuple::<(i32, Option<DateTime<Utc>>, Option<DateTime<Utc>>)>().all(db).await?
        .into_iter()
        .map(|(plan, opens, closes)| (plan, (opens, closes)))
        .collect();
    let mut windows: HashMap<i32, Vec<Window>> = HashMap::new();
    for (plan, window) in rows {
        windows.entry(plan).or_default().push(window);
    }
    Ok(windows)
}

/// A plan as the directory holds it.
#[derive(Clone, Debug)]
pub struct Listing {
    pub row: plans::Model,
    pub default_lang: String,
    pub towns: Vec<Town>,
    title: Translated,
    surveys: Vec<Window>,
}

impl Listing {
    /// Whether one of its municipalities is in `district`.
    pub fn in_district(&self, district: &str) -> bool {
        self.towns.iter().any(|t| t.district == Some(district))
    }

    /// Whether a municipality's name, or the title as `locale` reads it, contains `folded` (a
    /// query already folded by `municipalities::folded`; empty matches all).
    pub fn matches(&self, folded: &str, locale: Locale) -> bool {
        folded.is_empty()
            || self.towns.iter().any(|t| t.folded.contains(folded))
            || municipalities::folded(&self.title.resolve(locale, &self.default_lang).text).contains(folded)
    }

    /// How many of its surveys take answers at `now`.
    pub fn open_at(&self, now: DateTime<Utc>) -> u64 {
        open_at(&self.surveys, now)
    }
}

/// Every plan hosted here, newest period first.
pub async fn plans(db: &impl ConnectionTrait) -> Result<Arc<Vec<Listing>>, AppError> {
    crate::content_cache::of_host(db, "directory", read(db)).await
}

async fn read(db: &impl ConnectionTrait) -> Result<Arc<Vec<Listing>>, AppError> {
    let rows = plans::Entity::find().order_by_desc(plans::Column::PeriodStart).order_by_asc(plans::Column::Id).all(db).await?;
    let mut towns: HashMap<i32, Vec<Town>> = HashMap::new();
    for town in plan_municipalities::Entity::find().order_by_asc(plan_municipalities::Column::Position).all(db).await? {
        let district = town.dico.as_deref().and_then(municipalities::by_dico).map(|known| known.district.as_str());
        let folded = municipalities::folded(&town.name);
        towns.entry(town.plan_id).or_default().push(Town { name: town.name, folded, district });
    }
    let mut surveys = survey_windows(db, None).await?;
    Ok(Arc::new(
        rows.into_iter()
            .map(|row| Listing {
                default_lang: default_lang(&row.languages),
                title: Translated::from_json(&row.title_i18n),
                towns: towns.remove(&row.id).unwrap_or_default(),
                surveys: surveys.remove(&row.id).unwrap_or_default(),
                row,
            })
            .collect(),
    ))
}
