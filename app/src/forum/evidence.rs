//! Forum outcomes as evidence sees them (`crate::evidence::service::Outcomes`): the outcome a
//! facilitator wrote when closing a thread, shown on the thread's page; the public reads it
//! while the thread is visible.

use std::collections::HashMap;

use futures::future::BoxFuture;
use sea_orm::DatabaseConnection;

use super::{
    service::{of_plan, outcomes_of, text},
    thread_place as place,
};
use crate::{
    core::{AppError, Text},
    entity::plans,
    evidence::service::Outcome,
    i18n::Locale,
};

/// The resolver for [`crate::evidence::model::OutcomeKind::ForumOutcome`] (key: the thread's id).
pub struct Outcomes;

impl crate::evidence::service::Outcomes for Outcomes {
    fn place<'a>(&'a self, db: &'a DatabaseConnection, plan: &'a plans::Model, key: &'a str) -> BoxFuture<'a, Result<Option<String>, AppError>> {
        Box::pin(async move {
            let Ok(id) = key.parse::<i32>() else { return Ok(None) };
            let thread = match of_plan(db, plan, id).await {
                Ok(thread) => thread,
                Err(AppError::NotFound) => return Ok(None),
                Err(e) => return Err(e),
            };
            Ok(thread.outcome_at.map(|_| format!("{}#outcome", place(&plan.slug, id))))
        })
    }

    fn describe<'a>(&'a self, db: &'a DatabaseConnection, plan: &'a plans::Model, keys: Vec<String>, locale: Locale) -> BoxFuture<'a, Result<HashMap<String, Outcome>, AppError>> {
        Box::pin(async move {
            let ids: Vec<i32> = keys.iter().filter_map(|k| k.parse().ok()).collect();
            Ok(outcomes_of(db, plan, ids)
                .await?
                .into_iter()
                .map(|(id, thread)| {
                    let outcome = Outcome {
                        source: Text { text: thread.title, lang: thread.lang, fallback: false },
                        statement: text(plan, thread.outcome_i18n.as_deref().unwrap_or("{}"), locale),
                        href: Some(format!("{}#outcome", place(&plan.slug, id))),
                    };
                    (id.to_string(), outcome)
                })
                .collect())
        })
    }
}
