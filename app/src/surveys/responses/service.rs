//! Reviewing responses, server side: the list, one response in words, starting and finishing a
//! correction, withdrawing, and the history read back from the audit log. Every change is one
//! transaction: the response, its tallies and free texts (`store::amend`) and the audit row.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::model::*;
use crate::writes::BeginWrite;
use crate::{
    accounts::roles::Grant,
    audit,
    core::{AppError, Invalid, Text, Translated},
    entity::{audit_log, survey_drafts, survey_responses},
    i18n::Locale,
    surveys::{
        answers::{Answer, Answers},
        definition::{Choice, Question, QuestionKind},
        model::Channel,
        service::{Amends, Draft, DraftStart, Survey, create_draft},
        store,
    },
};

/// Responses per page of the list.
pub const PER_PAGE: u64 = 50;
/// Most entries of a survey's history shown.
const HISTORY_SHOWN: u64 = 200;
/// Longest reason for a correction or a withdrawal (characters).
pub const REASON_MAX: usize = 500;
const CORRECTED: &str = "survey.response_corrected";
const WITHDRAWN: &str = "survey.response_withdrawn";

/// What a page shows of stored answers that changed since: their keyed hash.
fn seen(answers_json: &str) -> String {
    crate::secrets::hash(answers_json)
}

/// A reason as typed: trimmed, required, at most [`REASON_MAX`] characters.
fn reason(raw: &str) -> Result<String, AppError> {
    let reason = raw.trim();
    if reason.is_empty() {
        return Err(AppError::Invalid(Invalid::ReasonMissing));
    }
    if reason.chars().count() > REASON_MAX {
        return Err(AppError::Invalid(Invalid::TooLong));
    }
    Ok(reason.to_owned())
}

fn parse_answers(row: &survey_responses::Model) -> Result<Answers, AppError> {
    serde_json::from_str(&row.answers).map_err(|err| {
        tracing::error!(error = %err, response = row.id, "stored answers do not parse");
        AppError::Internal
    })
}

fn row_view(row: &survey_responses::Model) -> ResponseRow {
    ResponseRow {
        id: row.id,
        submitted_on: row.submitted_on,
        lang: row.lang.clone(),
        channel: Channel::from_key(&row.channel).unwrap_or(Channel::Online),
        interview_lang: row.interview_lang.clone(),
        answered: serde_json::from_str::<Answers>(&row.answers).map(|a| a.len()).unwrap_or(0),
    }
}

async fn find(db: &impl ConnectionTrait, survey: &Survey, id: i64) -> Result<Option<survey_responses::Model>, AppError> {
    Ok(survey_responses::Entity::find_by_id(id)
        .filter(survey_responses::Column::SurveyId.eq(survey.row.id))
        .one(db)
        .await?)
}

/// A page of the survey's responses (from 1; past the last, the last), newest first.
pub async fn list(db: &impl ConnectionTrait, survey: &Survey, page: u64, channel: Option<Channel>, locale: Locale) -> Result<ResponsesView, AppError> {
    use survey_responses::Column as R;
    let mut query = survey_responses::Entity::find().filter(R::SurveyId.eq(survey.row.id));
    if let Some(c) = channel {
        query = query.filter(R::Channel.eq(c.key()));
    }
    let total = query.clone().count(db).await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let rows = query
        .order_by_desc(R::SubmittedOn)
        .order_by_asc(R::Id)
        .offset((page - 1) * PER_PAGE)
        .limit(PER_PAGE)
        .all(db)
        .await?;
    Ok(ResponsesView {
        plan: survey.plan_ref(locale),
        survey: survey.card(locale),
        total,
        held: store::held(db, survey.row.id).await?,
        channel,
        page,
        pages,
        rows: rows.iter().map(row_view).collect(),
        history: history(db, survey, None, locale).await?,
    })
}

/// One response, each question with its answer in words.
pub async fn detail(db: &impl ConnectionTrait, survey: &Survey, id: i64, locale: Locale) -> Result<ResponseView, AppError> {
    let row = find(db, survey, id).await?.ok_or(AppError::NotFound)?;
    let answers = parse_answers(&row)?;
    let default_lang = survey.default_lang();
    let view = row_view(&row);
    Ok(ResponseView {
        plan: survey.plan_ref(locale),
        survey: survey.card(locale),
        answers: survey
            .definition
            .questions()
            .map(|q| (q.text.resolve(locale, default_lang), answers.get(&q.id).map(|a| answer_words(q, a, locale, default_lang))))
            .collect(),
        seen: seen(&row.answers),
        correctable: view.channel != Channel::Online,
        history: history(db, survey, Some(id), locale).await?,
        row: view,
    })
}

/// Starts correcting a response a facilitator typed in: answers in progress holding its
/// answers, which end in it (see [`finish_correction`]). Returns the draft's browser token.
pub async fn start_correction(db: &impl ConnectionTrait, survey: &Survey, user: i32, id: i64, why: &str, locale: Locale) -> Result<String, AppError> {
    let why = reason(why)?;
    let row = find(db, survey, id).await?.ok_or(AppError::NotFound)?;
    let channel = Channel::from_key(&row.channel).unwrap_or(Channel::Online);
    if channel == Channel::Online {
        return Err(AppError::Invalid(Invalid::ResponseNotCorrectable));
    }
    let start = DraftStart {
        assisted_by: Some(user),
        channel: Some(channel),
        interview_lang: row.interview_lang.clone(),
        code_id: None,
        amends: Some(Amends { response: row.id, seen: seen(&row.answers), reason: why, answers: row.answers.clone() }),
    };
    let (_, token) = create_draft(db, survey, locale, start).await?;
    Ok(token)
}

/// What became of a correction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corrected {
    Changed,
    /// The answers came back as they were: nothing written, nothing audited.
    Unchanged,
}

/// Ends a correction (the draft's last section was sent with `answers`, all checked): the
/// response takes the new answers, its tallies and texts follow, the change is audited and the
/// draft ends, in one transaction. Refused with `ResponseChanged` (and the draft ended) if the
/// response changed or went since the correction began.
pub async fn finish_correction(
    db: &DatabaseConnection,
    survey: &Survey,
    draft: &Draft,
    answers: &Answers,
    grants: Option<&[Grant]>,
) -> Result<(i64, Corrected), AppError> {
    let id = draft.row.amends.ok_or(AppError::Internal)?;
    if !survey.can_manage(grants) {
        return Err(AppError::Forbidden);
    }
    let end_draft = survey_drafts::Entity::delete_by_id(draft.row.id);
    let txn = db.begin_write().await?;
    let row = match find(&txn, survey, id).await? {
        Some(row) if Some(seen(&row.answers)) == draft.row.amends_seen => row,
        _ => {
            drop(txn);
            end_draft.exec(db).await?;
            return Err(AppError::Invalid(Invalid::ResponseChanged));
        }
    };
    let before = parse_answers(&row)?;
    if before == *answers {
        end_draft.exec(&txn).await?;
        txn.commit().await?;
        return Ok((id, Corrected::Unchanged));
    }
    store::amend(&txn, &survey.definition, &row, Some(answers)).await?;
    let changes: Vec<serde_json::Value> = survey
        .definition
        .questions()
        .filter(|q| before.get(&q.id) != answers.get(&q.id))
        .map(|q| serde_json::json!({ "question": q.id, "before": before.get(&q.id), "after": answers.get(&q.id) }))
        .collect();
    let entry = audit::Entry {
        actor: draft.row.assisted_by,
        action: CORRECTED,
        target_type: "survey",
        target_id: survey.row.id.to_string(),
        plan_id: Some(survey.plan.id),
        details: serde_json::json!({
            "response": id,
            "reason": draft.row.amend_reason.clone().unwrap_or_default(),
            "changes": changes,
        }),
    };
    audit::record(&txn, entry).await?;
    end_draft.exec(&txn).await?;
    txn.commit().await?;
    Ok((id, Corrected::Changed))
}

/// Withdraws a response: it goes, with its tallies and free texts; the withdrawal is audited
/// (with the reason, the channel and the day, not the answers: a withdrawn response is gone).
/// Refused with `ResponseChanged` if its answers are no longer those the page showed (`seen`).
/// Withdrawing one already withdrawn (a second click) does nothing.
pub async fn withdraw(db: &DatabaseConnection, survey: &Survey, user: i32, id: i64, seen_then: &str, why: &str) -> Result<(), AppError> {
    let why = reason(why)?;
    let txn = db.begin_write().await?;
    let Some(row) = find(&txn, survey, id).await? else {
        drop(txn);
        let done = history(db, survey, Some(id), Locale::default()).await?.iter().any(|h| h.withdrawn);
        return if done { Ok(()) } else { Err(AppError::NotFound) };
    };
    if seen(&row.answers) != seen_then {
        return Err(AppError::Invalid(Invalid::ResponseChanged));
    }
    store::amend(&txn, &survey.definition, &row, None).await?;
    let entry = audit::Entry {
        actor: Some(user),
        action: WITHDRAWN,
        target_type: "survey",
        target_id: survey.row.id.to_string(),
        plan_id: Some(survey.plan.id),
        details: serde_json::json!({
            "response": id,
            "reason": why,
            "channel": row.channel,
            "submitted_on": row.submitted_on,
        }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

#[derive(serde::Deserialize)]
struct Details {
    response: i64,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    changes: Vec<ChangeDetails>,
}

#[derive(serde::Deserialize)]
struct ChangeDetails {
    question: String,
    before: Option<Answer>,
    after: Option<Answer>,
}

/// The survey's corrections and withdrawals (of one response, or all), newest first.
async fn history(db: &impl ConnectionTrait, survey: &Survey, response: Option<i64>, locale: Locale) -> Result<Vec<HistoryEntry>, AppError> {
    use audit_log::Column as A;
    let rows = audit_log::Entity::find()
        .filter(A::TargetType.eq("survey"))
        .filter(A::TargetId.eq(survey.row.id.to_string()))
        .filter(A::Action.is_in([CORRECTED, WITHDRAWN]))
        .order_by_desc(A::CreatedAt)
        .order_by_desc(A::Id)
        .limit(HISTORY_SHOWN)
        .all(db)
        .await?;
    let entries: Vec<(audit_log::Model, Details)> = rows
        .into_iter()
        .filter_map(|row| serde_json::from_str::<Details>(&row.details).ok().map(|d| (row, d)))
        .filter(|(_, d)| response.is_none_or(|id| d.response == id))
        .collect();
    let names = crate::accounts::people::display_names(db, entries.iter().filter_map(|(row, _)| row.actor_user_id)).await?;
    let default_lang = survey.default_lang();
    let words = |q: Option<&Question>, a: Option<&Answer>| match (q, a) {
        (Some(q), Some(a)) => answer_words(q, a, locale, default_lang),
        _ => String::new(),
    };
    Ok(entries
        .into_iter()
        .map(|(row, d)| HistoryEntry {
            at: row.created_at,
            who: row.actor_user_id.and_then(|id| names.get(&id).cloned()),
            response: d.response,
            withdrawn: row.action == WITHDRAWN,
            reason: d.reason,
            changes: d
                .changes
                .iter()
                .map(|c| {
                    let q = survey.definition.questions().find(|q| q.id == c.question);
                    Change {
                        question: q.map_or_else(|| Text { text: c.question.clone(), lang: String::new(), fallback: false }, |q| q.text.resolve(locale, default_lang)),
                        before: words(q, c.before.as_ref()),
                        after: words(q, c.after.as_ref()),
                    }
                })
                .collect(),
        })
        .collect())
}

/// An answer in words, as the person saw it: option labels in `locale`, numbers and dates.
pub fn answer_words(q: &Question, answer: &Answer, locale: Locale, default_lang: &str) -> String {
    let label = |t: &Translated| t.resolve(locale, default_lang).text;
    let option = |options: &[Choice], key: &str| options.iter().find(|o| o.key == key).map_or_else(|| key.to_owned(), |o| label(&o.label));
    let options: &[Choice] = match &q.kind {
        QuestionKind::SingleChoice { options }
        | QuestionKind::Dropdown { options }
        | QuestionKind::Ranking { options }
        | QuestionKind::MultipleChoice { options, .. } => options,
        _ => &[],
    };
    match answer {
        Answer::PreferNotToSay => locale.t("surveys-prefer-not-to-say"),
        Answer::Choice(key) => option(options, key),
        Answer::Choices { keys, other } => {
            let mut parts: Vec<String> = keys.iter().map(|k| option(options, k)).collect();
            parts.extend(other.iter().map(|o| format!("{}: {o}", locale.t("surveys-other"))));
            parts.join(", ")
        }
        Answer::Scale(n) => n.to_string(),
        Answer::YesNo(yes) => locale.t(if *yes { "surveys-yes" } else { "surveys-no" }),
        Answer::Text(t) => t.clone(),
        Answer::Number(n) => n.to_string(),
        Answer::Date(d) => locale.date(*d),
        Answer::Ranking(order) => order.iter().enumerate().map(|(i, k)| format!("{}. {}", i + 1, option(options, k))).collect::<Vec<_>>().join(", "),
        Answer::Matrix(chosen) => match &q.kind {
            QuestionKind::Matrix { rows, scale } => rows
                .iter()
                .filter_map(|r| chosen.get(&r.key).map(|k| format!("{}: {}", label(&r.label), option(scale, k))))
                .collect::<Vec<_>>()
                .join("; "),
            _ => String::new(),
        },
    }
}
