//! The participation report, server side: every input of a plan counted by channel, language
//! and month, and by municipality where the author said where they live (comments and forum
//! posts signed "a resident of …") and by the reference population's groups (through their
//! languages, `super::population`), then published through the survey results' small-cell suppression
//! (`crate::surveys::results::cells`): a count from 1 to 4 shows as "fewer than 5", and where a
//! single hidden count could be worked out from the total, the next smallest is hidden too.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Query};

use super::{
    CountRow, ParticipationView,
    population::{self, GroupShare},
};
use crate::{
    core::{AppError, Translated},
    entity::{
        consultation_comments as comments, consultation_positions as positions, consultations, focus_group_registrations as registrations, focus_groups,
        forum_posts, plan_municipalities, plans, survey_tallies as tallies, surveys,
    },
    i18n::Locale,
    moderation::ItemState,
    plans::{
        clock::day_at,
        service::{default_lang, plan_ref},
    },
    surveys::{
        model::Channel,
        results::{MONTHS, cells},
    },
};

/// Inputs counted by one key (a channel, a language, a month).
#[derive(Default)]
struct Counts(BTreeMap<String, u64>);

impl Counts {
    fn add(&mut self, key: impl Into<String>, n: u64) {
        *self.0.entry(key.into()).or_default() += n;
    }
}

/// Everything counted, before publishing.
#[derive(Default)]
struct Tally {
    channel: Counts,
    language: Counts,
    month: Counts,
    /// By the municipality's id, for inputs whose authors said where they live.
    municipality: BTreeMap<i32, u64>,
}

impl Tally {
    fn lives_in(&mut self, municipality: Option<i32>) {
        if let Some(id) = municipality {
            *self.municipality.entry(id).or_default() += 1;
        }
    }

    fn add(&mut self, channel: &str, lang: &str, day: Option<NaiveDate>, n: u64) {
        self.channel.add(channel, n);
        self.language.add(lang, n);
        if let Some(day) = day {
            self.month.add(day.format("%Y-%m").to_string(), n);
        }
    }
}

/// What a comment adds to the counts.
#[derive(sea_orm::FromQueryResult)]
struct Written {
    channel: String,
    lang: String,
    received_on: Option<NaiveDate>,
    created_at: chrono::DateTime<chrono::Utc>,
    municipality_id: Option<i32>,
}

/// Rows as published: the counts that are not zero, small ones suppressed.
fn published(rows: Vec<(String, u64)>, suppress: bool) -> Vec<CountRow> {
    let rows: Vec<(String, u64)> = rows.into_iter().filter(|(_, n)| *n > 0).collect();
    let counts: Vec<u64> = rows.iter().map(|(_, n)| *n).collect();
    let total = counts.iter().sum();
    rows.into_iter().zip(cells(&counts, total, suppress, false)).map(|((key, _), cell)| CountRow { key, cell }).collect()
}

/// The order channels are listed in.
fn channel_order() -> Vec<String> {
    let surveys = Channel::ALL.iter().map(|c| format!("survey_{}", c.key()));
    let comments = crate::consultations::domain::CHANNELS.iter().map(|c| format!("comment_{c}"));
    surveys.chain(comments).chain(["position", "focus_group", "forum_post"].map(str::to_owned)).collect()
}

/// The participation report of `plan`: for the public every count below 5 suppressed; `exact`
/// (for the plan's facilitators) every count as it is.
pub async fn participation(db: &DatabaseConnection, plan: &plans::Model, locale: Locale, exact: bool) -> Result<ParticipationView, AppError> {
    let suppress = !exact;
    let zone = plan.time_zone.as_str();
    let mut tally = Tally::default();

    // Survey responses, from the surveys' running tallies by month, channel and language: the
    // same few rows at a hundred responses and at a million.
    let of_plan = Query::select().column(surveys::Column::Id).from(surveys::Entity).and_where(surveys::Column::PlanId.eq(plan.id)).to_owned();
    let answered: Vec<(String, String, String, i64)> = tallies::Entity::find()
        .select_only()
        .columns([tallies::Column::Channel, tallies::Column::Lang, tallies::Column::AnswerKey, tallies::Column::N])
        .filter(tallies::Column::SurveyId.in_subquery(of_plan))
        .filter(tallies::Column::QuestionId.eq(MONTHS))
        .into_tuple()
        .all(db)
        .await?;
    for (channel, lang, month, n) in answered {
        let first_day = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").ok();
        tally.add(&format!("survey_{channel}"), &lang, first_day, u64::try_from(n).unwrap_or(0));
    }

    // Consultation comments and replies that are visible, on the day they were received.
    let held = Query::select().column(consultations::Column::Id).from(consultations::Entity).and_where(consultations::Column::PlanId.eq(plan.id)).to_owned();
    let written = comments::Entity::find()
        .select_only()
        .columns([comments::Column::Channel, comments::Column::Lang, comments::Column::ReceivedOn, comments::Column::CreatedAt, comments::Column::MunicipalityId])
        .filter(comments::Column::ConsultationId.in_subquery(held.clone()))
        .filter(comments::Column::State.eq(ItemState::Visible.key()))
        .into_model::<Written>()
        .all(db)
        .await?;
    for c in written {
        tally.add(&format!("comment_{}", c.channel), &c.lang, Some(c.received_on.unwrap_or_else(|| day_at(zone, c.created_at))), 1);
        tally.lives_in(c.municipality_id);
    }

    // Each entity's position on a measure once, as first filed.
    let filed: Vec<(i32, i32, i32, String, chrono::DateTime<chrono::Utc>)> = positions::Entity::find()
        .select_only()
        .columns([positions::Column::ConsultationId, positions::Column::EntityId, positions::Column::MeasureId, positions::Column::Lang, positions::Column::CreatedAt])
        .filter(positions::Column::ConsultationId.in_subquery(held))
        .into_tuple()
        .all(db)
        .await?;
    let mut seen = HashSet::new();
    for (consultation, entity, measure, lang, at) in filed {
        if seen.insert((consultation, entity, measure)) {
            tally.add("position", &lang, Some(day_at(zone, at)), 1);
        }
    }

    // People who attended a focus group, on the day of the session.
    let sessions: HashMap<i32, Option<NaiveDate>> = focus_groups::Entity::find()
        .filter(focus_groups::Column::PlanId.eq(plan.id))
        .all(db)
        .await?
        .into_iter()
        .map(|g| (g.id, g.starts_at.map(|at| day_at(zone, at))))
        .collect();
    let attended: Vec<(i32, String)> = registrations::Entity::find()
        .select_only()
        .columns([registrations::Column::FocusGroupId, registrations::Column::Lang])
        .filter(registrations::Column::FocusGroupId.is_in(sessions.keys().copied().collect::<Vec<_>>()))
        .filter(registrations::Column::Attended.eq(true))
        .into_tuple()
        .all(db)
        .await?;
    for (group, lang) in attended {
        tally.add("focus_group", &lang, sessions.get(&group).copied().flatten(), 1);
    }

    // Forum posts that are visible.
    let posted: Vec<(String, chrono::DateTime<chrono::Utc>, Option<i32>)> = forum_posts::Entity::find()
        .select_only()
        .columns([forum_posts::Column::Lang, forum_posts::Column::CreatedAt, forum_posts::Column::MunicipalityId])
        .filter(forum_posts::Column::PlanId.eq(plan.id))
        .filter(forum_posts::Column::State.eq(ItemState::Visible.key()))
        .into_tuple()
        .all(db)
        .await?;
    for (lang, at, municipality) in posted {
        tally.add("forum_post", &lang, Some(day_at(zone, at)), 1);
        tally.lives_in(municipality);
    }
    // The plan's municipalities in its order, each with the inputs of the people who said they live there.
    let towns = plan_municipalities::Entity::find().filter(plan_municipalities::Column::PlanId.eq(plan.id)).order_by_asc(plan_municipalities::Column::Position).all(db).await?;
    let by_municipality = towns.into_iter().map(|m| (m.name, tally.municipality.remove(&m.id).unwrap_or(0))).collect();

    let representation = representation(db, plan, &tally.language, locale, suppress).await?;

    let total: u64 = tally.channel.0.values().sum();
    let mut by_channel = tally.channel.0;
    let channels = channel_order().into_iter().map(|key| {
        let n = by_channel.remove(&key).unwrap_or(0);
        (key, n)
    });
    let mut languages: Vec<(String, u64)> = tally.language.0.into_iter().collect();
    languages.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok(ParticipationView {
        plan: plan_ref(plan, locale),
        exact,
        total: cells(&[total], total, suppress, false).pop().unwrap_or(crate::surveys::model::Cell::Hidden),
        by_channel: published(channels.collect(), suppress),
        by_language: published(languages, suppress),
        by_month: published(tally.month.0.into_iter().collect(), suppress),
        by_municipality: published(by_municipality, suppress),
        representation,
    })
}

/// The reference population's groups, each with the inputs in its languages (suppressed like
/// every public count, its percent the share of the inputs counted for any group) against its
/// share of the residents.
async fn representation(db: &DatabaseConnection, plan: &plans::Model, by_language: &Counts, locale: Locale, suppress: bool) -> Result<Vec<GroupShare>, AppError> {
    let groups = population::service::rows(db, plan.id).await?;
    let own = default_lang(&plan.languages);
    let counted: Vec<u64> = groups.iter().map(|g| population::service::tags(&g.languages).iter().map(|l| by_language.0.get(l).copied().unwrap_or(0)).sum()).collect();
    let figures: Vec<(i64, u64)> = groups.iter().map(|g| g.population).zip(counted.iter().copied()).collect();
    let inputs = cells(&counted, counted.iter().sum(), suppress, false);
    Ok(groups
        .into_iter()
        .zip(population::shares(&figures))
        .zip(inputs)
        .map(|((g, (population_percent, _, under)), inputs)| GroupShare {
            name: Translated::from_json(&g.name_i18n).resolve(locale, &own),
            population: g.population,
            languages: population::service::tags(&g.languages),
            source: g.source,
            year: g.year,
            population_percent,
            inputs,
            under,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::surveys::model::Cell;

    proptest! {
        /// Whatever the counts, no published count is below 5, and no hidden count can be
        /// worked out by taking the shown ones from the total.
        #[test]
        fn no_small_count_is_published_or_derivable(counts in proptest::collection::vec(0u64..12, 0..10)) {
            let rows: Vec<(String, u64)> = counts.iter().enumerate().map(|(i, n)| (i.to_string(), *n)).collect();
            let shown = published(rows, true);
            let hidden = shown.iter().filter(|r| r.cell == Cell::Hidden).count();
            for row in &shown {
                if let Cell::Count { n, .. } = row.cell {
                    prop_assert!(n >= 5, "{n} published");
                }
            }
            if counts.iter().sum::<u64>() >= 5 {
                prop_assert!(hidden != 1, "a single hidden count would be the published total minus the others");
            }
            prop_assert_eq!(shown.len(), counts.iter().filter(|n| **n > 0).count(), "every count that is not zero has its row");
        }
    }
}
