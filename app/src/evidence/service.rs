//! Evidence, server side: link and unlink (audited), the lists for measure pages and for the
//! pages of outcomes. The kinds of outcome are plugged in through [`Outcomes`]
//! (`crate::registry::outcomes`), so this module imports no feature that owns one.

use std::collections::{BTreeMap, HashMap};

use futures::future::BoxFuture;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::model::{ChecklistRow, ChecklistView, EvidenceItem, MeasureLink, OutcomeEvidence, OutcomeKind, OutcomeRef, Stance};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Text, Translated},
    entity::{evidence_links, measures, plans},
    i18n::Locale,
    plans::service::{default_lang, plan_ref},
};

/// Longest rationale, in characters.
pub const RATIONALE_MAX: usize = 2000;

/// An outcome as a measure page shows it.
pub struct Outcome {
    /// Where it came from (a survey's title, a focus group's topic).
    pub source: Text,
    /// What it is (a question, a finding).
    pub statement: Text,
    /// Where it can be read, when that page is public.
    pub href: Option<String>,
}

/// What evidence needs of a kind of outcome; implemented by the feature that owns the kind.
pub trait Outcomes: Sync {
    /// Where outcome `key` of `plan` is shown to those who may link it (a path with its
    /// fragment); `None` when there is no such outcome.
    fn place<'a>(&'a self, db: &'a DatabaseConnection, plan: &'a plans::Model, key: &'a str) -> BoxFuture<'a, Result<Option<String>, AppError>>;
    /// The outcomes among `keys` of `plan` that the public may read; the rest are left out.
    fn describe<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        plan: &'a plans::Model,
        keys: Vec<String>,
        locale: Locale,
    ) -> BoxFuture<'a, Result<HashMap<String, Outcome>, AppError>>;
}

/// What a facilitator sends to link an outcome to a measure.
pub struct NewLink<'a> {
    pub outcome: &'a OutcomeRef,
    pub measure_code: &'a str,
    pub stance: Stance,
    pub rationale: &'a str,
    /// The language the rationale is written in.
    pub lang: Locale,
}

/// Links an outcome of `plan` to a measure of the same plan, with a stance and a rationale;
/// where the outcome is shown. Linking a pair again sets the stance, and the rationale in its
/// language, on the link there is. An outcome or a measure of another plan is refused.
pub async fn link(db: &DatabaseConnection, plan: &plans::Model, new: NewLink<'_>, actor: i32) -> Result<String, AppError> {
    let NewLink { outcome, measure_code, stance, rationale, lang } = new;
    let place = crate::registry::outcomes(outcome.kind).place(db, plan, &outcome.key).await?.ok_or(Invalid::OutcomeUnknown)?;
    let rationale = rationale.trim();
    if rationale.is_empty() {
        return Err(Invalid::RationaleMissing.into());
    }
    if rationale.chars().count() > RATIONALE_MAX {
        return Err(Invalid::TooLong.into());
    }
    let measure = measures::Entity::find()
        .filter(measures::Column::PlanId.eq(plan.id))
        .filter(measures::Column::Code.eq(measure_code))
        .one(db)
        .await?
        .ok_or(Invalid::MeasureUnknown)?;
    if measure.status == crate::plans::service::WITHDRAWN {
        return Err(Invalid::MeasureWithdrawn.into());
    }
    let txn = db.begin_write().await?;
    let existing = evidence_links::Entity::find()
        .filter(evidence_links::Column::MeasureId.eq(measure.id))
        .filter(evidence_links::Column::SourceKind.eq(outcome.kind.key()))
        .filter(evidence_links::Column::SourceRef.eq(outcome.key.as_str()))
        .one(&txn)
        .await?;
    let (id, action) = match existing {
        Some(link) => {
            let mut texts = Translated::from_json(&link.rationale_i18n);
            texts.0.insert(lang.tag().to_owned(), rationale.to_owned());
            let id = link.id;
            let mut active: evidence_links::ActiveModel = link.into();
            active.rationale_i18n = Set(texts.to_json());
            active.stance = Set(stance.key().to_owned());
            active.update(&txn).await?;
            (id, "evidence.rationale_changed")
        }
        None => {
            let row = evidence_links::ActiveModel {
                plan_id: Set(plan.id),
                measure_id: Set(measure.id),
                source_kind: Set(outcome.kind.key().to_owned()),
                source_ref: Set(outcome.key.clone()),
                survey_id: Set(None),
                question_id: Set(None),
                rationale_i18n: Set(Translated([(lang.tag().to_owned(), rationale.to_owned())].into()).to_json()),
                stance: Set(stance.key().to_owned()),
                created_by: Set(Some(actor)),
                created_at: Set(chrono::Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            (row.id, "evidence.linked")
        }
    };
    audit::record(
        &txn,
        audit::Entry {
            actor: Some(actor),
            action,
            target_type: "measure",
            target_id: measure.code.clone(),
            plan_id: Some(plan.id),
            details: serde_json::json!({ "link": id, "outcome": outcome.token(), "stance": stance.key() }),
        },
    )
    .await?;
    // Two links made at the same instant: the unique index (`idx_evidence_links_one_per_outcome`)
    // refuses the second, which fails as a whole; never a duplicate.
    txn.commit().await?;
    Ok(place)
}

/// Removes link `id` of `plan` (audited); where its outcome is shown.
pub async fn unlink(db: &DatabaseConnection, plan: &plans::Model, id: i32, actor: i32) -> Result<String, AppError> {
    let link = evidence_links::Entity::find_by_id(id).filter(evidence_links::Column::PlanId.eq(plan.id)).one(db).await?.ok_or(AppError::NotFound)?;
    let outcome = OutcomeKind::parse(&link.source_kind).map(|kind| OutcomeRef::new(kind, link.source_ref.clone()));
    let txn = db.begin_write().await?;
    let done = evidence_links::Entity::delete_many().filter(evidence_links::Column::Id.eq(id)).exec(&txn).await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &txn,
        audit::Entry {
            actor: Some(actor),
            action: "evidence.unlinked",
            target_type: "evidence_link",
            target_id: id.to_string(),
            plan_id: Some(plan.id),
            details: serde_json::json!({ "outcome": outcome.as_ref().map(OutcomeRef::token) }),
        },
    )
    .await?;
    txn.commit().await?;
    let place = match outcome {
        Some(o) => crate::registry::outcomes(o.kind).place(db, plan, &o.key).await?,
        None => None,
    };
    Ok(place.unwrap_or_else(|| format!("/plans/{}", plan.slug)))
}

/// Drops the links of outcomes that are gone (`keys` of `kind` in plan `plan_id`); the owning
/// feature calls it in the transaction that removes them.
pub async fn forget(db: &impl ConnectionTrait, plan_id: i32, kind: OutcomeKind, keys: Vec<String>) -> Result<(), AppError> {
    evidence_links::Entity::delete_many()
        .filter(evidence_links::Column::PlanId.eq(plan_id))
        .filter(evidence_links::Column::SourceKind.eq(kind.key()))
        .filter(evidence_links::Column::SourceRef.is_in(keys))
        .exec(db)
        .await?;
    Ok(())
}

/// The evidence of measure `code` of plan `plan_slug` that the public may read, by kind.
pub async fn for_measure(db: &DatabaseConnection, plan_slug: &str, code: &str, locale: Locale) -> Result<Vec<EvidenceItem>, AppError> {
    let (plan, measure, _) = crate::plans::service::measure_for_page(db, plan_slug, code).await?;
    crate::content_cache::of_plan(&plan, &format!("evidence {} {}", measure.id, locale.tag()), items_of(db, &plan, measure.id, locale)).await
}

/// What [`for_measure`] lists, read afresh: one statement for the links, one or two per kind.
async fn items_of(db: &DatabaseConnection, plan: &plans::Model, measure_id: i32, locale: Locale) -> Result<Vec<EvidenceItem>, AppError> {
    let links = evidence_links::Entity::find().filter(evidence_links::Column::MeasureId.eq(measure_id)).order_by_asc(evidence_links::Column::Id).all(db).await?;
    Ok(described(db, plan, links, locale).await?.into_iter().map(|(_, item)| item).collect())
}

/// The evidence of every measure of `plan` that the public may read, with the measure's id, in
/// the order the links were made (read once per revision of the plan's content).
pub async fn for_plan(db: &DatabaseConnection, plan: &plans::Model, locale: Locale) -> Result<Vec<(i32, EvidenceItem)>, AppError> {
    let read = async {
        let links = evidence_links::Entity::find().filter(evidence_links::Column::PlanId.eq(plan.id)).order_by_asc(evidence_links::Column::Id).all(db).await?;
        described(db, plan, links, locale).await
    };
    crate::content_cache::of_plan(plan, &format!("evidence plan {}", locale.tag()), read).await
}

/// `links` as pages show them, each with its measure's id: each kind's outcomes described by
/// the feature that owns them (one or two statements per kind); outcomes the public may not
/// read are left out.
async fn described(db: &DatabaseConnection, plan: &plans::Model, links: Vec<evidence_links::Model>, locale: Locale) -> Result<Vec<(i32, EvidenceItem)>, AppError> {
    let mut by_kind: BTreeMap<OutcomeKind, Vec<evidence_links::Model>> = BTreeMap::new();
    for link in links {
        if let Some(kind) = OutcomeKind::parse(&link.source_kind) {
            by_kind.entry(kind).or_default().push(link);
        }
    }
    let own = default_lang(&plan.languages);
    let mut items = Vec::new();
    for (kind, links) in by_kind {
        let keys = links.iter().map(|l| l.source_ref.clone()).collect();
        let mut outcomes = crate::registry::outcomes(kind).describe(db, plan, keys, locale).await?;
        for link in links {
            let Some(outcome) = outcomes.remove(&link.source_ref) else { continue };
            items.push((link.measure_id, EvidenceItem {
                id: link.id,
                kind,
                source: outcome.source,
                statement: outcome.statement,
                href: outcome.href,
                stance: Stance::parse(&link.stance).unwrap_or_default(),
                rationale: Translated::from_json(&link.rationale_i18n).resolve(locale, &own),
            }));
        }
    }
    Ok(items)
}

/// The links of the outcomes `keys` of `kind` in `plan`, and the measures they can go to (for
/// those who may link).
pub async fn for_outcomes(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    kind: OutcomeKind,
    keys: Vec<String>,
    can_link: bool,
    locale: Locale,
) -> Result<OutcomeEvidence, AppError> {
    for_refs(db, plan, keys.into_iter().map(|key| OutcomeRef::new(kind, key)).collect(), can_link, locale).await
}

/// The links of `outcomes` (of any kinds) in `plan`, and the measures they can go to (for
/// those who may link): two statements whatever the kinds.
pub async fn for_refs(db: &impl ConnectionTrait, plan: &plans::Model, outcomes: Vec<OutcomeRef>, can_link: bool, locale: Locale) -> Result<OutcomeEvidence, AppError> {
    let own = default_lang(&plan.languages);
    let plan_measures = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).order_by_asc(measures::Column::Position).all(db).await?;
    let titles: HashMap<i32, (String, Text)> =
        plan_measures.iter().map(|m| (m.id, (m.code.clone(), Translated::from_json(&m.title_i18n).resolve(locale, &own)))).collect();
    let mut keys: BTreeMap<OutcomeKind, Vec<String>> = BTreeMap::new();
    for outcome in outcomes {
        keys.entry(outcome.kind).or_default().push(outcome.key);
    }
    let links = if keys.is_empty() {
        Vec::new()
    } else {
        let any = keys.into_iter().fold(Condition::any(), |any, (kind, keys)| {
            any.add(Condition::all().add(evidence_links::Column::SourceKind.eq(kind.key())).add(evidence_links::Column::SourceRef.is_in(keys)))
        });
        evidence_links::Entity::find().filter(evidence_links::Column::PlanId.eq(plan.id)).filter(any).order_by_asc(evidence_links::Column::Id).all(db).await?
    };
    Ok(OutcomeEvidence {
        links: links
            .into_iter()
            .filter_map(|l| {
                let (code, title) = titles.get(&l.measure_id)?.clone();
                Some(MeasureLink {
                    id: l.id,
                    kind: OutcomeKind::parse(&l.source_kind)?,
                    key: l.source_ref,
                    measure_code: code,
                    measure_title: title,
                    stance: Stance::parse(&l.stance).unwrap_or_default(),
                    rationale: Translated::from_json(&l.rationale_i18n).resolve(locale, &own),
                })
            })
            .collect(),
        measures: if can_link {
            plan_measures.iter().filter(|m| m.status != crate::plans::service::WITHDRAWN).filter_map(|m| titles.get(&m.id).cloned()).collect()
        } else {
            vec![]
        },
        can_link,
    })
}

/// The facilitators' checklist of plan `plan`: every measure with its links counted by kind
/// and by stance (two statements), so the measures nothing supports yet stand out.
pub async fn checklist(db: &DatabaseConnection, plan: &plans::Model, locale: Locale) -> Result<ChecklistView, AppError> {
    let own = default_lang(&plan.languages);
    let rows = measures::Entity::find()
        .filter(measures::Column::PlanId.eq(plan.id))
        .filter(crate::plans::service::held())
        .order_by_asc(measures::Column::Position)
        .all(db)
        .await?;
    let counted: Vec<(i32, String, String, i64)> = evidence_links::Entity::find()
        .select_only()
        .column(evidence_links::Column::MeasureId)
        .column(evidence_links::Column::SourceKind)
        .column(evidence_links::Column::Stance)
        .column_as(evidence_links::Column::Id.count(), "links")
        .filter(evidence_links::Column::PlanId.eq(plan.id))
        .group_by(evidence_links::Column::MeasureId)
        .group_by(evidence_links::Column::SourceKind)
        .group_by(evidence_links::Column::Stance)
        .into_tuple()
        .all(db)
        .await?;
    let measures = rows
        .into_iter()
        .map(|m| {
            let mut row = ChecklistRow {
                code: m.code,
                title: Translated::from_json(&m.title_i18n).resolve(locale, &own),
                by_kind: vec![0; OutcomeKind::ALL.len()],
                by_stance: vec![0; Stance::ALL.len()],
            };
            for (_, kind, stance, n) in counted.iter().filter(|(measure, ..)| *measure == m.id) {
                let n = u64::try_from(*n).unwrap_or(0);
                let (Some(kind), stance) = (OutcomeKind::parse(kind), Stance::parse(stance).unwrap_or_default()) else { continue };
                if let Some(at) = OutcomeKind::ALL.iter().position(|k| *k == kind) {
                    row.by_kind[at] += n;
                }
                if let Some(at) = Stance::ALL.iter().position(|s| *s == stance) {
                    row.by_stance[at] += n;
                }
            }
            row
        })
        .collect();
    Ok(ChecklistView { plan: plan_ref(plan, locale), measures })
}
