//! Answers to every input, server side: the plan's facilitators give each comment and each
//! entity's position a decision (accepted, partly accepted, not accepted, out of scope, noted),
//! a reason and optionally the later version of the draft that carries the change; audited. The
//! public "How your input was used" page lists every input with its answer, filtered by
//! measure, channel, language and decision, with counts.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, OnConflict},
};

use super::{
    Byline, Disposition, InputFilter, InputItem, InputsView, MeasureAnswers,
    comments::{Reading, answer_of_comment, comment_rows},
    domain::{DECISIONS, INPUTS_PER_PAGE, REASON_MAX},
    positions,
    service::{by_slug, card, today},
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Invalid, Translated},
    entity::{consultation_comments as comments, consultation_dispositions as dispositions, consultation_positions, consultations, measures, plan_versions, plans, users},
    evidence::service as evidence,
    i18n::Locale,
    mail,
    moderation::ItemState,
    plans::{
        model::MeasureCard,
        service::{default_lang, plan_ref},
    },
};

/// An answer as pages show it, from its stored columns (all `None`: not answered).
pub(super) fn disposition(
    decision: Option<String>,
    reason: Option<&str>,
    changed_in: Option<i32>,
    at: Option<DateTime<Utc>>,
    zone: &str,
    own: &str,
    locale: Locale,
) -> Option<Disposition> {
    let decision = decision?;
    Some(Disposition {
        decision,
        reason: Translated::from_json(reason.unwrap_or_default()).resolve(locale, own),
        changed_in,
        on: at.map_or(NaiveDate::MIN, |at| crate::plans::clock::day_at(zone, at)),
    })
}

/// What the answer form sends.
pub struct Answer {
    pub consultation: String,
    /// `comment` or `position`.
    pub kind: String,
    pub id: i32,
    pub decision: String,
    pub reason: String,
    /// The later version that carries the change, if any.
    pub changed_in: Option<i32>,
}

/// Gives (or changes) the answer to an input; where the input is shown. The first answer to an
/// input emails its author (if it has one who wants notifications), in their language, with a
/// one-click way to stop such emails (`public_url` makes the links).
pub async fn answer(db: &DatabaseConnection, plan: &plans::Model, actor: i32, public_url: &str, new: Answer) -> Result<String, AppError> {
    let row = by_slug(db, plan, &new.consultation).await?;
    let (measure_id, author) = match new.kind.as_str() {
        "comment" => comments::Entity::find_by_id(new.id)
            .filter(comments::Column::ConsultationId.eq(row.id))
            .filter(comments::Column::ParentId.is_null())
            .filter(comments::Column::State.eq(ItemState::Visible.key()))
            .one(db)
            .await?
            .map(|c| (c.measure_id, c.author_id)),
        "position" => consultation_positions::Entity::find_by_id(new.id)
            .filter(consultation_positions::Column::ConsultationId.eq(row.id))
            .one(db)
            .await?
            .map(|p| (p.measure_id, p.filed_by)),
        _ => None,
    }
    .ok_or(AppError::Invalid(Invalid::ItemUnknown))?;
    if !DECISIONS.contains(&new.decision.as_str()) {
        return Err(Invalid::FormInvalid.into());
    }
    let reason = new.reason.trim();
    if reason.is_empty() {
        return Err(Invalid::ReasonMissing.into());
    }
    if reason.chars().count() > REASON_MAX {
        return Err(Invalid::TooLong.into());
    }
    if let Some(number) = new.changed_in {
        let consulted = plan_versions::Entity::find_by_id(row.version_id).one(db).await?.map_or(0, |v| v.number);
        let exists = plan_versions::Entity::find()
            .filter(plan_versions::Column::PlanId.eq(plan.id))
            .filter(plan_versions::Column::Number.eq(number))
            .one(db)
            .await?
            .is_some();
        if !exists || number <= consulted {
            return Err(Invalid::VersionUnknown.into());
        }
    }
    let code = measures::Entity::find_by_id(measure_id).one(db).await?.ok_or(AppError::NotFound)?.code;
    let mut text = Translated::default();
    text.0.insert(default_lang(&plan.languages), reason.to_owned());
    let txn = db.begin_write().await?;
    let saved = dispositions::ActiveModel {
        consultation_id: Set(row.id),
        input_kind: Set(new.kind.clone()),
        input_id: Set(new.id),
        decision: Set(new.decision.clone()),
        reason_i18n: Set(text.to_json()),
        changed_in: Set(new.changed_in),
        decided_by: Set(Some(actor)),
        decided_at: Set(Utc::now()),
        notified_at: Set(None),
        ..Default::default()
    };
    dispositions::Entity::insert(saved)
        .on_conflict(
            OnConflict::columns([dispositions::Column::InputKind, dispositions::Column::InputId])
                .update_columns([
                    dispositions::Column::Decision,
                    dispositions::Column::ReasonI18n,
                    dispositions::Column::ChangedIn,
                    dispositions::Column::DecidedBy,
                    dispositions::Column::DecidedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "consultation.input_answered",
        target_type: if new.kind == "comment" { "consultation_comment" } else { "consultation_position" },
        target_id: new.id.to_string(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "consultation": row.slug, "decision": new.decision, "changed_in": new.changed_in }),
    };
    audit::record(&txn, entry).await?;
    let fragment = if new.kind == "comment" { format!("comment-{}", new.id) } else { "positions".to_owned() };
    let place = format!("/plans/{}/measures/{code}#{fragment}", plan.slug);
    // Told once: only the answer that sets `notified_at` emails.
    let first = dispositions::Entity::update_many()
        .col_expr(dispositions::Column::NotifiedAt, Expr::value(Some(Utc::now())))
        .filter(dispositions::Column::InputKind.eq(new.kind.as_str()))
        .filter(dispositions::Column::InputId.eq(new.id))
        .filter(dispositions::Column::NotifiedAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    if first && let Some(author) = author {
        let told = Told { plan, code: &code, decision: &new.decision, reason, link: format!("{}{place}", public_url.trim_end_matches('/')), public_url };
        tell_author(&txn, author, told).await?;
    }
    txn.commit().await?;
    Ok(place)
}

/// What the email to an input's author says.
struct Told<'a> {
    plan: &'a plans::Model,
    code: &'a str,
    decision: &'a str,
    reason: &'a str,
    link: String,
    public_url: &'a str,
}

/// Emails the answer to the author `user`, in their language, if they want notifications.
async fn tell_author(db: &impl sea_orm::ConnectionTrait, user: i32, told: Told<'_>) -> Result<(), AppError> {
    let Some(person) = users::Entity::find_by_id(user).one(db).await? else { return Ok(()) };
    let Some(address) = person.email.filter(|_| person.notify_email) else { return Ok(()) };
    let locale = Locale::from_tag(&person.preferred_lang).unwrap_or_default();
    let title = Translated::from_json(&told.plan.title_i18n).resolve(locale, &default_lang(&told.plan.languages)).text;
    let unsubscribe = crate::accounts::unsubscribe::url(told.public_url, user);
    let decision = locale.t(&format!("consultations-decision-{}", told.decision));
    let content = mail::Content {
        subject: locale.t_args("consultations-email-subject", &[("code", told.code.to_owned().into())]),
        paragraphs: vec![
            locale.t_args("consultations-email-intro", &[("plan", title.into()), ("code", told.code.to_owned().into()), ("decision", decision.into())]),
            locale.t_args("consultations-email-reason", &[("reason", told.reason.to_owned().into())]),
        ],
        action: Some((locale.t("consultations-email-action"), told.link)),
        footer: locale.t_args("consultations-email-footer", &[("url", unsubscribe.clone().into())]),
    };
    let email = mail::Email { unsubscribe: Some(unsubscribe), ..mail::render(&address, locale, "consultation-answer", content) };
    mail::enqueue(db, email).await?;
    Ok(())
}

/// "How your input was used": every visible comment and every entity's current position of
/// the consultation with its answer, filtered, counted by decision, a page at a time (page 0:
/// all of them, for the printable version).
/// `can_link`: the reader may link inputs to measures as evidence.
pub async fn report(db: &DatabaseConnection, plan: plans::Model, slug: &str, filter: InputFilter, page: u64, can_link: bool, locale: Locale) -> Result<InputsView, AppError> {
    let row = by_slug(db, &plan, slug).await?;
    let own = default_lang(&plan.languages);
    let reading = Reading { reader: None, own: &own, zone: &plan.time_zone, locale };
    let consulted = plan_versions::Entity::find_by_id(row.version_id).one(db).await?.map_or(0, |v| v.number);
    let all = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).order_by_asc(measures::Column::Code).all(db).await?;
    let covered: Vec<&measures::Model> = all.iter().filter(|m| super::service::covers(&row, &m.code)).collect();
    let codes: HashMap<i32, String> = covered.iter().map(|m| (m.id, m.code.clone())).collect();
    let measure = covered.iter().find(|m| m.code == filter.measure).map(|m| m.id);
    let mut query = comment_rows()
        .filter(comments::Column::ConsultationId.eq(row.id))
        .filter(comments::Column::ParentId.is_null())
        .filter(comments::Column::State.eq(ItemState::Visible.key()));
    if let Some(measure) = measure {
        query = query.filter(comments::Column::MeasureId.eq(measure));
    }
    if !filter.channel.is_empty() {
        query = query.filter(comments::Column::Channel.eq(filter.channel.as_str()));
    }
    if !filter.lang.is_empty() {
        query = query.filter(comments::Column::Lang.eq(filter.lang.as_str()));
    }
    let mut items: Vec<InputItem> = query
        .order_by_desc(comments::Column::Id)
        .into_model::<super::comments::CommentRow>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|c| {
            let code = codes.get(&c.measure_id)?.clone();
            Some(c.input(reading, &plan.slug, &code))
        })
        .collect();
    // Positions are filed on the web; each entity's current one per measure.
    if filter.channel.is_empty() || filter.channel == "web" {
        let mut seen = Vec::new();
        let mut answers: HashMap<(String, i32), Disposition> = HashMap::new();
        let rows = positions::rows(db, row.id, measure).await?;
        for p in &rows {
            if let Some(d) = p.disposition(&plan.time_zone, &own, locale) {
                let key = (p.entity_slug.clone(), p.measure_id);
                if answers.get(&key).is_none_or(|held| d.on > held.on) {
                    answers.insert(key, d);
                }
            }
        }
        for p in rows {
            let key = (p.entity_slug.clone(), p.measure_id);
            let Some(code) = codes.get(&p.measure_id) else { continue };
            if seen.contains(&key) || (!filter.lang.is_empty() && p.entry(&plan.time_zone).lang != filter.lang) {
                continue;
            }
            seen.push(key.clone());
            let entry = p.entry(&plan.time_zone);
            items.push(InputItem {
                kind: "position".to_owned(),
                measure: code.clone(),
                author: Byline::Entity(positions::name(&plan, &p.entity_name, locale)),
                channel: "web".to_owned(),
                lang: entry.lang,
                body_html: entry.statement_html,
                stance: Some(entry.stance),
                on: entry.on,
                disposition: answers.remove(&key),
                place: format!("/plans/{}/measures/{code}#position-{}", plan.slug, p.entity_slug),
                outcome: super::evidence::position_outcome(row.id, p.entity_id, p.measure_id),
            });
        }
    }
    items.sort_by(|a, b| a.measure.cmp(&b.measure).then(b.on.cmp(&a.on)));
    let decision_of = |i: &InputItem| i.disposition.as_ref().map_or("none", |d| d.decision.as_str()).to_owned();
    let counts = DECISIONS
        .iter()
        .map(|d| (*d).to_owned())
        .chain(std::iter::once("none".to_owned()))
        .map(|d| {
            let n = items.iter().filter(|i| decision_of(i) == d).count() as u64;
            (d, n)
        })
        .collect();
    if !filter.decision.is_empty() {
        items.retain(|i| decision_of(i) == filter.decision);
    }
    let total = items.len() as u64;
    let (page, pages, items) = if page == 0 {
        (1, 1, items)
    } else {
        let pages = total.div_ceil(INPUTS_PER_PAGE).max(1);
        let page = page.clamp(1, pages);
        let shown = items.into_iter().skip(usize::try_from((page - 1) * INPUTS_PER_PAGE).unwrap_or(0)).take(usize::try_from(INPUTS_PER_PAGE).unwrap_or(50)).collect();
        (page, pages, shown)
    };
    let evidence = evidence::for_refs(db, &plan, items.iter().map(|i| i.outcome.clone()).collect(), can_link, locale).await?;
    let mut languages: Vec<String> = comments::Entity::find()
        .select_only()
        .column(comments::Column::Lang)
        .distinct()
        .filter(comments::Column::ConsultationId.eq(row.id))
        .into_tuple()
        .all(db)
        .await?;
    languages.sort();
    let measures = covered
        .iter()
        .map(|m| MeasureCard {
            code: m.code.clone(),
            level: m.level,
            title: Translated::from_json(&m.title_i18n).resolve(locale, &own),
            summary: Default::default(),
        })
        .collect();
    Ok(InputsView {
        plan: plan_ref(&plan, locale),
        card: card(&plan, &row, consulted, locale, today(&plan)),
        measures,
        languages,
        filter,
        counts,
        total,
        items,
        page,
        pages,
        evidence,
    })
}

/// Inputs on one measure of one consultation that got the same answer (or none).
struct Tally {
    decision: Option<String>,
    changed_in: Option<i32>,
    inputs: u64,
}

/// Comments counted by consultation, measure and answer, as the database groups them.
#[derive(sea_orm::FromQueryResult)]
struct CountedComments {
    consultation_id: i32,
    measure_id: i32,
    decision: Option<String>,
    changed_in: Option<i32>,
    inputs: i64,
}

/// The newest answer to any filing of an entity's position on a measure.
struct Answered {
    at: DateTime<Utc>,
    decision: String,
    changed_in: Option<i32>,
}

/// Every consultation of `plan`, measure by measure: how many of its inputs (visible top-level
/// comments, and each entity's current position with the newest answer to any of its filings)
/// got each decision, how many none, and the versions the answers say carry a change. Three
/// statements, then one per consultation.
pub async fn answers_by_measure(db: &DatabaseConnection, plan: &plans::Model, locale: Locale) -> Result<Vec<MeasureAnswers>, AppError> {
    let held = consultations::Entity::find().filter(consultations::Column::PlanId.eq(plan.id)).order_by_asc(consultations::Column::Id).all(db).await?;
    if held.is_empty() {
        return Ok(Vec::new());
    }
    let own = default_lang(&plan.languages);
    let versions: HashMap<i32, i32> =
        plan_versions::Entity::find().filter(plan_versions::Column::PlanId.eq(plan.id)).all(db).await?.into_iter().map(|v| (v.id, v.number)).collect();
    let codes: HashMap<i32, String> = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).all(db).await?.into_iter().map(|m| (m.id, m.code)).collect();
    // (consultation, measure) → its inputs by answer.
    let mut tally: HashMap<(i32, i32), Vec<Tally>> = HashMap::new();
    let counted = comments::Entity::find()
        .select_only()
        .column(comments::Column::ConsultationId)
        .column(comments::Column::MeasureId)
        .column(dispositions::Column::Decision)
        .column(dispositions::Column::ChangedIn)
        .column_as(comments::Column::Id.count(), "inputs")
        .join(sea_orm::JoinType::LeftJoin, answer_of_comment())
        .filter(comments::Column::ConsultationId.is_in(held.iter().map(|c| c.id).collect::<Vec<_>>()))
        .filter(comments::Column::ParentId.is_null())
        .filter(comments::Column::State.eq(ItemState::Visible.key()))
        .group_by(comments::Column::ConsultationId)
        .group_by(comments::Column::MeasureId)
        .group_by(dispositions::Column::Decision)
        .group_by(dispositions::Column::ChangedIn)
        .into_model::<CountedComments>()
        .all(db)
        .await?;
    for c in counted {
        let inputs = u64::try_from(c.inputs).unwrap_or(0);
        tally.entry((c.consultation_id, c.measure_id)).or_default().push(Tally { decision: c.decision, changed_in: c.changed_in, inputs });
    }
    for c in &held {
        // Newest filing first: the first of each entity and measure is its current position.
        let rows = positions::rows(db, c.id, None).await?;
        let mut answered: HashMap<(i32, i32), Answered> = HashMap::new();
        for p in &rows {
            if let (Some(at), Some(decision)) = (p.decided_at(), p.decision()) {
                let key = (p.entity_id, p.measure_id);
                if answered.get(&key).is_none_or(|held| at > held.at) {
                    answered.insert(key, Answered { at, decision, changed_in: p.changed_in() });
                }
            }
        }
        let mut seen = Vec::new();
        for p in &rows {
            let key = (p.entity_id, p.measure_id);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let answer = answered.remove(&key);
            let (decision, changed_in) = answer.map_or((None, None), |a| (Some(a.decision), a.changed_in));
            tally.entry((c.id, p.measure_id)).or_default().push(Tally { decision, changed_in, inputs: 1 });
        }
    }
    let mut out = Vec::new();
    for c in &held {
        let title = Translated::from_json(&c.title_i18n).resolve(locale, &own);
        let consulted = versions.get(&c.version_id).copied().unwrap_or(0);
        let mut on: Vec<(&String, &Vec<Tally>)> = tally.iter().filter(|((consultation, _), _)| *consultation == c.id).filter_map(|((_, m), t)| Some((codes.get(m)?, t))).collect();
        on.sort_by(|a, b| a.0.cmp(b.0));
        for (code, counts) in on {
            let count = |d: Option<&str>| counts.iter().filter(|t| t.decision.as_deref() == d).map(|t| t.inputs).sum::<u64>();
            let decisions = DECISIONS.iter().map(|d| ((*d).to_owned(), count(Some(d)))).filter(|(_, n)| *n > 0).collect();
            let mut changed_in: Vec<i32> = counts.iter().filter_map(|t| t.changed_in).collect();
            changed_in.sort_unstable();
            changed_in.dedup();
            out.push(MeasureAnswers { consultation: c.slug.clone(), title: title.clone(), consulted, code: code.clone(), decisions, unanswered: count(None), changed_in });
        }
    }
    Ok(out)
}
