//! Minutes and findings, server side. After the session the plan's facilitators write minutes
//! (Markdown, shown through the one sanitiser) and findings (short statements tagged with the
//! plan's areas and measure codes), each per language so the summary can be handed back in the
//! participants' languages. Text naming a registered participant (or holding their phone
//! number) is refused unless the facilitator says it names nobody: notes stay anonymised.
//! Published, the summary is public, the findings appear on the plan's and tagged measures'
//! pages, and each finding is an outcome the evidence registry resolves through [`Findings`].

use std::collections::HashMap;

use chrono::Utc;
use futures::future::BoxFuture;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect};

use super::{
    AreaChoice, FindingCard, FindingView, FindingsView, ManageFindings, Seat,
    domain::{self, FINDING_MAX, MINUTES_MAX},
    service::{area_rows, card, group, json, list_of, measure_card, measure_rows, seats, text, within},
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Text, Translated},
    entity::{focus_group_findings as findings, focus_group_registrations as registrations, focus_groups, plans},
    evidence::{
        model::OutcomeKind,
        service::{Outcome, Outcomes},
    },
    i18n::{Locale, content_tag},
    plans::service::{default_lang, languages, plan_ref},
};

/// Where finding `id` of focus group `slug` is shown.
fn place(plan: &plans::Model, slug: &str, id: i32) -> String {
    format!("/plans/{}/focus-groups/{slug}/findings#finding-{id}", plan.slug)
}

/// A text a facilitator wrote, in a language the plan may hold content in.
pub struct Written {
    pub text: String,
    pub lang: String,
    /// The facilitator says it names no participant (a word that is also someone's name).
    pub names_nobody: bool,
}

/// A new finding.
pub struct NewFinding {
    pub statement: Written,
    pub areas: Vec<String>,
    pub measures: Vec<String>,
}

/// The languages minutes and findings may be written in: the plan's, then the session's.
fn languages_of(plan: &plans::Model, row: &focus_groups::Model) -> Vec<String> {
    let mut out = languages(&plan.languages);
    for lang in list_of(&row.languages) {
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    out
}

/// `raw` if it is one of [`languages_of`].
fn language(plan: &plans::Model, row: &focus_groups::Model, raw: &str) -> Result<String, AppError> {
    content_tag(raw).filter(|tag| languages_of(plan, row).contains(tag)).ok_or(AppError::Invalid(Invalid::LanguageUnknown))
}

/// Refuses `text` if it names one of the people registered for `group_id`, unless told not to.
async fn anonymised(db: &impl ConnectionTrait, group_id: i32, written: &Written) -> Result<(), AppError> {
    if written.names_nobody {
        return Ok(());
    }
    let people = registrations::Entity::find().filter(registrations::Column::FocusGroupId.eq(group_id)).all(db).await?;
    if domain::names_someone(&written.text, people.iter().map(|p| (p.name.as_str(), p.phone.as_deref()))) {
        return Err(Invalid::NamesParticipant.into());
    }
    Ok(())
}


async fn record(db: &impl ConnectionTrait, plan: &plans::Model, actor: i32, action: &'static str, slug: &str, details: serde_json::Value) -> Result<(), AppError> {
    audit::record(db, audit::Entry { actor: Some(actor), action, target_type: "focus_group", target_id: slug.to_owned(), plan_id: Some(plan.id), details }).await?;
    Ok(())
}

/// Saves the minutes in `minutes.lang` (empty: removes that language's minutes).
pub async fn save_minutes(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str, minutes: Written) -> Result<(), AppError> {
    let row = group(db, plan, slug).await?;
    let lang = language(plan, &row, &minutes.lang)?;
    let body = within(&minutes.text, MINUTES_MAX)?;
    anonymised(db, row.id, &minutes).await?;
    let txn = db.begin_write().await?;
    let texts = Translated::with(&row.minutes_i18n, &lang, &body);
    let mut active: focus_groups::ActiveModel = row.into();
    active.minutes_i18n = Set(texts.to_json());
    active.update(&txn).await?;
    record(&txn, plan, actor, "focus_group.minutes_saved", slug, serde_json::json!({ "lang": lang })).await?;
    txn.commit().await?;
    Ok(())
}

/// The codes of `chosen` that `known` holds, in `known`'s order; any other refuses the form.
fn tags(chosen: &[String], known: &[String]) -> Result<Vec<String>, AppError> {
    if chosen.iter().any(|c| !known.contains(c)) {
        return Err(Invalid::FormInvalid.into());
    }
    Ok(known.iter().filter(|k| chosen.contains(k)).cloned().collect())
}

/// Adds a finding at the end of the list; its id.
pub async fn add(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str, new: NewFinding) -> Result<i32, AppError> {
    let row = group(db, plan, slug).await?;
    let lang = language(plan, &row, &new.statement.lang)?;
    let statement = within(&new.statement.text, FINDING_MAX)?;
    if statement.is_empty() {
        return Err(Invalid::StatementMissing.into());
    }
    let areas = tags(&new.areas, &area_rows(db, plan.id).await?.into_iter().map(|a| a.code).collect::<Vec<_>>())?;
    let measures = tags(&new.measures, &measure_rows(db, plan.id).await?.into_iter().map(|m| m.code).collect::<Vec<_>>())?;
    anonymised(db, row.id, &new.statement).await?;
    let txn = db.begin_write().await?;
    let last = findings::Entity::find().filter(findings::Column::FocusGroupId.eq(row.id)).order_by_desc(findings::Column::Position).one(&txn).await?;
    let finding = findings::ActiveModel {
        focus_group_id: Set(row.id),
        plan_id: Set(plan.id),
        position: Set(last.map_or(1, |f| f.position + 1)),
        statement_i18n: Set(Translated([(lang.clone(), statement)].into()).to_json()),
        areas: Set(json(&areas)),
        measures: Set(json(&measures)),
        created_by: Set(Some(actor)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    record(&txn, plan, actor, "focus_group.finding_added", slug, serde_json::json!({ "finding": finding.id })).await?;
    txn.commit().await?;
    Ok(finding.id)
}

async fn finding(db: &impl ConnectionTrait, group_id: i32, id: i32) -> Result<findings::Model, AppError> {
    findings::Entity::find_by_id(id).filter(findings::Column::FocusGroupId.eq(group_id)).one(db).await?.ok_or(AppError::NotFound)
}

/// Writes finding `id`'s statement in `statement.lang` (a translation, or a correction); an
/// empty text removes that language, unless it is the last.
pub async fn translate(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str, id: i32, statement: Written) -> Result<(), AppError> {
    let row = group(db, plan, slug).await?;
    let lang = language(plan, &row, &statement.lang)?;
    let text = within(&statement.text, FINDING_MAX)?;
    let found = finding(db, row.id, id).await?;
    anonymised(db, row.id, &statement).await?;
    let texts = Translated::with(&found.statement_i18n, &lang, &text);
    if texts.0.is_empty() {
        return Err(Invalid::StatementMissing.into());
    }
    let txn = db.begin_write().await?;
    let mut active: findings::ActiveModel = found.into();
    active.statement_i18n = Set(texts.to_json());
    active.update(&txn).await?;
    record(&txn, plan, actor, "focus_group.finding_changed", slug, serde_json::json!({ "finding": id, "lang": lang })).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes finding `id`, and its links as evidence.
pub async fn remove(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str, id: i32) -> Result<(), AppError> {
    let row = group(db, plan, slug).await?;
    let txn = db.begin_write().await?;
    let done = findings::Entity::delete_many().filter(findings::Column::Id.eq(id)).filter(findings::Column::FocusGroupId.eq(row.id)).exec(&txn).await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    crate::evidence::service::forget(&txn, plan.id, OutcomeKind::FocusGroupFinding, vec![id.to_string()]).await?;
    record(&txn, plan, actor, "focus_group.finding_removed", slug, serde_json::json!({ "finding": id })).await?;
    txn.commit().await?;
    Ok(())
}

/// Publishes the minutes and findings (once the session has been held and something is
/// written), or takes them back out of public view.
pub async fn publish(db: &DatabaseConnection, plan: &plans::Model, actor: i32, slug: &str, public: bool) -> Result<(), AppError> {
    let row = group(db, plan, slug).await?;
    if public {
        let held = row.cancelled_at.is_none() && row.starts_at.is_some_and(|at| at <= Utc::now());
        let written = !Translated::from_json(&row.minutes_i18n).0.is_empty()
            || findings::Entity::find().filter(findings::Column::FocusGroupId.eq(row.id)).one(db).await?.is_some();
        if !held || !written {
            return Err(Invalid::FindingsNotReady.into());
        }
    }
    if row.findings_published_at.is_some() == public {
        return Ok(());
    }
    let txn = db.begin_write().await?;
    let mut active: focus_groups::ActiveModel = row.into();
    active.findings_published_at = Set(public.then(Utc::now));
    active.update(&txn).await?;
    let action = if public { "focus_group.findings_published" } else { "focus_group.findings_withdrawn" };
    record(&txn, plan, actor, action, slug, serde_json::json!({})).await?;
    txn.commit().await?;
    Ok(())
}

fn finding_view(plan: &plans::Model, row: &findings::Model, areas: &[AreaChoice], measures: &[crate::plans::model::MeasureCard], locale: Locale) -> FindingView {
    let (tagged_areas, tagged_measures) = (list_of(&row.areas), list_of(&row.measures));
    FindingView {
        id: row.id,
        statement: text(plan, &row.statement_i18n, locale),
        areas: areas.iter().filter(|a| tagged_areas.contains(&a.code)).cloned().collect(),
        measures: measures.iter().filter(|m| tagged_measures.contains(&m.code)).cloned().collect(),
    }
}

/// The minutes and findings of focus group `slug`: public once published, always for those who
/// manage it (with what their forms need).
pub async fn view(db: &DatabaseConnection, plan: plans::Model, slug: &str, manage: bool, locale: Locale) -> Result<FindingsView, AppError> {
    let row = group(db, &plan, slug).await?;
    let published = row.findings_published_at.is_some();
    if !published && !manage {
        return Err(AppError::NotFound);
    }
    let confirmed = seats(db, &[row.id]).await?.get(&(row.id, Seat::Confirmed.key().to_owned())).copied().unwrap_or(0);
    let rows = findings::Entity::find().filter(findings::Column::FocusGroupId.eq(row.id)).order_by_asc(findings::Column::Position).all(db).await?;
    let areas: Vec<AreaChoice> = area_rows(db, plan.id).await?.iter().map(|a| AreaChoice { code: a.code.clone(), name: text(&plan, &a.name_i18n, locale) }).collect();
    let measures: Vec<_> = measure_rows(db, plan.id).await?.iter().map(|m| measure_card(&plan, m, locale)).collect();
    let held = row.cancelled_at.is_none() && row.starts_at.is_some_and(|at| at <= Utc::now());
    let minutes_texts = Translated::from_json(&row.minutes_i18n);
    let minutes = (!minutes_texts.0.is_empty()).then(|| {
        let shown = minutes_texts.resolve(locale, &default_lang(&plan.languages));
        Text { text: crate::markdown::to_html(&shown.text), ..shown }
    });
    let print_in = languages_of(&plan, &row);
    let manage = if manage {
        let keys = rows.iter().map(|f| super::finding_outcome(f.id).key).collect();
        let evidence = crate::evidence::service::for_outcomes(db, &plan, OutcomeKind::FocusGroupFinding, keys, true, locale).await?;
        Some(ManageFindings {
            areas: areas.clone(),
            measures: measures.clone(),
            minutes: minutes_texts.0.into_iter().collect(),
            statements: rows.iter().map(|f| (f.id, Translated::from_json(&f.statement_i18n).0.into_iter().collect())).collect(),
            evidence,
            held,
        })
    } else {
        None
    };
    Ok(FindingsView {
        plan: plan_ref(&plan, locale),
        card: card(&plan, &row, confirmed, locale),
        came: if held { Some(super::attendance::came(db, row.id).await?) } else { None },
        published,
        minutes,
        findings: rows.iter().map(|f| finding_view(&plan, f, &areas, &measures, locale)).collect(),
        languages: print_in,
        manage,
    })
}

/// The published findings of `plan` (those tagged with `measure`, when given), newest session
/// first; kept with the plan's content.
pub async fn published(db: &DatabaseConnection, plan: &plans::Model, measure: Option<&str>, locale: Locale) -> Result<Vec<FindingCard>, AppError> {
    let what = format!("findings {} {}", measure.unwrap_or("*"), locale.tag());
    let measure = measure.map(str::to_owned);
    crate::content_cache::of_plan(plan, &what, async {
        let groups: HashMap<i32, focus_groups::Model> = focus_groups::Entity::find()
            .filter(focus_groups::Column::PlanId.eq(plan.id))
            .filter(focus_groups::Column::FindingsPublishedAt.is_not_null())
            .all(db)
            .await?
            .into_iter()
            .map(|g| (g.id, g))
            .collect();
        if groups.is_empty() {
            return Ok(Vec::new());
        }
        let mut rows = findings::Entity::find()
            .filter(findings::Column::FocusGroupId.is_in(groups.keys().copied()))
            .order_by_asc(findings::Column::Position)
            .all(db)
            .await?;
        rows.retain(|f| measure.as_ref().is_none_or(|code| list_of(&f.measures).contains(code)));
        // Newest session first, each group's findings in their order.
        rows.sort_by_key(|f| (std::cmp::Reverse(groups.get(&f.focus_group_id).and_then(|g| g.starts_at)), f.focus_group_id, f.position));
        Ok(rows
            .iter()
            .filter_map(|f| {
                let g = groups.get(&f.focus_group_id)?;
                Some(FindingCard { id: f.id, group: g.slug.clone(), topic: text(plan, &g.topic_i18n, locale), statement: text(plan, &f.statement_i18n, locale) })
            })
            .collect())
    })
    .await
}

/// Findings, for the evidence registry.
pub struct Findings;

impl Outcomes for Findings {
    fn place<'a>(&'a self, db: &'a DatabaseConnection, plan: &'a plans::Model, key: &'a str) -> BoxFuture<'a, Result<Option<String>, AppError>> {
        Box::pin(async move {
            let Ok(id) = key.parse::<i32>() else { return Ok(None) };
            let Some(found) = findings::Entity::find_by_id(id).filter(findings::Column::PlanId.eq(plan.id)).one(db).await? else { return Ok(None) };
            let slug = focus_groups::Entity::find_by_id(found.focus_group_id).one(db).await?.map(|g| g.slug);
            Ok(slug.map(|s| place(plan, &s, id)))
        })
    }

    fn describe<'a>(&'a self, db: &'a DatabaseConnection, plan: &'a plans::Model, keys: Vec<String>, locale: Locale) -> BoxFuture<'a, Result<HashMap<String, Outcome>, AppError>> {
        Box::pin(async move {
            let ids: Vec<i32> = keys.iter().filter_map(|k| k.parse().ok()).collect();
            let to_group = findings::Entity::belongs_to(focus_groups::Entity).from(findings::Column::FocusGroupId).to(focus_groups::Column::Id);
            let rows = findings::Entity::find()
                .select_also(focus_groups::Entity)
                .join(JoinType::InnerJoin, to_group.into())
                .filter(findings::Column::PlanId.eq(plan.id))
                .filter(findings::Column::Id.is_in(ids))
                .all(db)
                .await?;
            Ok(rows
                .into_iter()
                .filter_map(|(f, g)| Some((f, g?)))
                .filter(|(_, g)| g.findings_published_at.is_some())
                .map(|(f, g)| {
                    let outcome = Outcome { source: text(plan, &g.topic_i18n, locale), statement: text(plan, &f.statement_i18n, locale), href: Some(place(plan, &g.slug, f.id)) };
                    (f.id.to_string(), outcome)
                })
                .collect())
        })
    }
}
