//! Storing responses: the access mark (code used, account answered), the response row, its
//! tallies and its free texts, and the end of the draft — all or nothing for each response.
//!
//! Every response adds to the same few tally rows, so one transaction per response would make
//! them wait for each other: SQLite lets one connection write at a time (the others sleep in its
//! busy handler), and on PostgreSQL each upsert holds those rows locked until its commit is on
//! disk. So the responses that arrive together are committed together ("group commit"): each
//! request queues its response and waits for the database's write turn; whoever gets the turn
//! stores everything queued in one transaction (multi-row inserts, one tally upsert, one commit)
//! and tells each waiting request how its response fared. A response whose code was used
//! meanwhile is refused alone; if the transaction fails, each response is tried again on its own,
//! so one bad response never sinks the others. Several app servers each group their own.
//!
//! The same multi-row inserts load the demo and benchmark data ([`insert`]).
//!
//! **Responses that mark someone are held.** A response to a survey answered by code or by
//! account sets a mark that says who took part (code used, account answered). Stored in the same
//! transaction, the response would carry that transaction's id (PostgreSQL's `xmin`) and follow
//! the mark in insertion order (SQLite's rowids), so anyone reading the database could pair them.
//! Such a response is therefore held aside (`survey_held`: random id, no time) with its mark set;
//! once [`MIX_MIN`] are held for a survey (or the survey has closed, see [`release_closed`]), they
//! are stored together in another transaction, in random order, with random ids and the day they
//! are stored, and only then counted in the results. Whoever reads the database can tell at most
//! that a person's answers are among those of a batch of at least [`MIX_MIN`].
//! Responses ids are random everywhere (open surveys too): an id says nothing about when.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    sync::{Arc, LazyLock, Mutex},
};

use futures::channel::oneshot;
use rand::Rng;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect,
    sea_query::{Alias, Expr, ExprTrait, OnConflict, Query},
};
use serde::{Deserialize, Serialize};

use super::{
    answers::{Answer, Answers},
    definition::SurveyDefinition,
    model::Channel,
    results,
};
use crate::writes::BeginWrite;
use crate::{
    core::{AppError, Invalid},
    entity::{
        survey_codes, survey_drafts, survey_held, survey_participations, survey_responses, survey_tallies, survey_texts,
        surveys,
    },
};

/// Fewest held responses stored together (see the module's docs): the same as the smallest group
/// published results show.
pub const MIX_MIN: u64 = results::MIN_GROUP;

/// Rows per statement (well under SQLite's and PostgreSQL's limits on bound parameters).
const BULK_ROWS: usize = 500;

/// How and when a response came in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    pub lang: String,
    pub channel: Channel,
    pub interview_lang: Option<String>,
    pub day: chrono::NaiveDate,
}

/// What marks a response as given, so that it cannot be given twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    /// Open surveys (one per browser, by cookie) and responses entered by a facilitator.
    Nothing,
    /// The single-use code (by id) the response was started with.
    Code(i32),
    /// The signed-in account (by user id) that answers.
    Account(i32),
}

/// What is stored of a response: how it came in and everything derived from its answers (also
/// what a held response keeps until it is stored).
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Content {
    stored: Stored,
    answers_json: String,
    keys: BTreeSet<(String, String)>,
    texts: Vec<(String, String)>,
}

/// A checked response, ready to store: everything derived from the answers up front, so that
/// storing needs no survey definition.
pub struct Submission {
    survey_id: i32,
    mark: Mark,
    draft_id: Option<i32>,
    content: Content,
}

impl Submission {
    pub fn new(survey_id: i32, definition: &SurveyDefinition, answers: &Answers, stored: Stored) -> Result<Submission, AppError> {
        Ok(Submission {
            survey_id,
            mark: Mark::Nothing,
            draft_id: None,
            content: Content {
                answers_json: serde_json::to_string(answers).map_err(|_| AppError::Internal)?,
                keys: results::tally_keys(answers),
                texts: free_texts(definition, answers),
                stored,
            },
        })
    }

    /// The access mark to set in the same transaction.
    pub fn marked(mut self, mark: Mark) -> Submission {
        self.mark = mark;
        self
    }

    /// The draft (answers in progress) this response ends.
    pub fn ending(mut self, draft_id: Option<i32>) -> Submission {
        self.draft_id = draft_id;
        self
    }

    /// Held aside rather than stored at once (it sets a mark that says who took part).
    fn is_held(&self) -> bool {
        self.mark != Mark::Nothing
    }
}

/// The written answers: text questions and "other" write-ins.
fn free_texts(definition: &SurveyDefinition, answers: &Answers) -> Vec<(String, String)> {
    definition
        .questions()
        .filter_map(|q| match answers.get(&q.id)? {
            Answer::Text(t) => Some((q.id.clone(), t.clone())),
            Answer::Choices { other: Some(t), .. } => Some((q.id.clone(), t.clone())),
            _ => None,
        })
        .collect()
}

/// Stores one response (or holds it, see the module's docs). Whoever loses a race for the same
/// code or account gets `AccessCodeUsed` / `AlreadyAnswered` and nothing is stored.
pub async fn submit(db: &DatabaseConnection, submission: Submission) -> Result<(), AppError> {
    match queue(db) {
        Some(queue) => queue.submit(db, submission).await,
        None => store(db, vec![submission]).await.pop().unwrap_or(Err(AppError::Internal)),
    }
}

/// Stores `submissions` in one transaction, or, if that fails, each in its own; then stores the
/// held responses of any survey that now has enough of them.
async fn store(db: &DatabaseConnection, submissions: Vec<Submission>) -> Vec<Result<(), AppError>> {
    let mut held: BTreeSet<i32> = BTreeSet::new();
    let outcomes = match store_together(db, &submissions).await {
        Ok(outcomes) => outcomes,
        Err(err) if submissions.len() == 1 => vec![Err(err)],
        Err(err) => {
            tracing::warn!(error = %err, responses = submissions.len(), "storing responses together failed; one at a time");
            let mut outcomes = Vec::with_capacity(submissions.len());
            for one in submissions.chunks(1) {
                outcomes.push(match store_together(db, one).await {
                    Ok(mut o) => o.pop().unwrap_or(Err(AppError::Internal)),
                    Err(err) => Err(err),
                });
            }
            outcomes
        }
    };
    for (submission, outcome) in submissions.iter().zip(&outcomes) {
        if outcome.is_ok() && submission.is_held() {
            held.insert(submission.survey_id);
        }
    }
    for survey_id in held {
        // A failure here loses nothing: the responses stay held until the next try.
        if let Err(err) = release(db, survey_id, MIX_MIN).await {
            tracing::warn!(error = %err, survey = survey_id, "held responses not stored yet; will try again");
        }
    }
    outcomes
}

/// One transaction: each submission's mark, then the rows of those whose mark was set (held
/// ones aside). `Err` only for a database failure (nothing stored); refused marks are per
/// submission.
async fn store_together(db: &DatabaseConnection, submissions: &[Submission]) -> Result<Vec<Result<(), AppError>>, AppError> {
    let txn = db.begin_write().await?;
    // Marks in one order (codes, then accounts, by id), as the tallies are (sorted keys): two app
    // servers storing batches at once then lock rows in the same order and cannot deadlock.
    let mut order: Vec<usize> = (0..submissions.len()).collect();
    order.sort_by_key(|&i| (submissions[i].mark, submissions[i].survey_id));
    let mut outcomes: Vec<Result<(), AppError>> = submissions.iter().map(|_| Ok(())).collect();
    for i in order {
        outcomes[i] = mark(&txn, &submissions[i]).await?;
    }
    let accepted: Vec<&Submission> = submissions.iter().zip(&outcomes).filter(|(_, o)| o.is_ok()).map(|(s, _)| s).collect();
    let (held, direct): (Vec<&Submission>, Vec<&Submission>) = accepted.iter().partition(|s| s.is_held());
    insert(&txn, &direct).await?;
    hold(&txn, &held).await?;
    let drafts: Vec<i32> = accepted.iter().filter_map(|s| s.draft_id).collect();
    if !drafts.is_empty() {
        survey_drafts::Entity::delete_many().filter(survey_drafts::Column::Id.is_in(drafts)).exec(&txn).await?;
    }
    txn.commit().await?;
    Ok(outcomes)
}

/// A random id for a response or a held response: positive, below 2^53 (exact in JSON and
/// spreadsheets), above 2^32 (never one of the small sequential ids of older rows).
fn random_id() -> i64 {
    rand::rng().random_range((1i64 << 32)..(1i64 << 53))
}

/// Puts responses aside until they can be stored among others.
async fn hold(db: &impl ConnectionTrait, submissions: &[&Submission]) -> Result<(), AppError> {
    let mut rows = Vec::with_capacity(submissions.len());
    for s in submissions {
        rows.push(survey_held::ActiveModel {
            id: Set(random_id()),
            survey_id: Set(s.survey_id),
            payload: Set(serde_json::to_string(&s.content).map_err(|_| AppError::Internal)?),
        });
    }
    // By id: the insertion order is then as random as the ids.
    rows.sort_by_key(|r| match &r.id {
        Set(id) => *id,
        _ => 0,
    });
    for chunk in rows.chunks(BULK_ROWS) {
        survey_held::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    Ok(())
}

/// Stores the responses held for `survey_id` if at least `at_least` (≥ 1) are: in one
/// transaction, in random order, with the day they are stored. Returns how many were stored.
/// Two app servers releasing at once each store only the rows they took out.
pub async fn release(db: &DatabaseConnection, survey_id: i32, at_least: u64) -> Result<u64, AppError> {
    let txn = db.begin_write().await?;
    let waiting = survey_held::Entity::find().filter(survey_held::Column::SurveyId.eq(survey_id)).count(&txn).await?;
    if waiting == 0 || waiting < at_least {
        return Ok(0);
    }
    let rows = survey_held::Entity::delete_many()
        .filter(survey_held::Column::SurveyId.eq(survey_id))
        .exec_with_returning(&txn)
        .await?;
    let today = chrono::Utc::now().date_naive();
    let mut contents = Vec::with_capacity(rows.len());
    for row in &rows {
        match serde_json::from_str::<Content>(&row.payload) {
            Ok(mut content) => {
                content.stored.day = today;
                contents.push(content);
            }
            Err(err) => {
                tracing::error!(error = %err, survey = survey_id, "a held response could not be read; it is kept");
                return Err(AppError::Internal);
            }
        }
    }
    let entries: Vec<(i32, &Content)> = contents.iter().map(|c| (survey_id, c)).collect();
    insert_contents(&txn, &entries).await?;
    txn.commit().await?;
    tracing::info!(survey = survey_id, responses = entries.len(), "held responses stored");
    Ok(entries.len() as u64)
}

/// Stores every held response of surveys that have closed, however few (housekeeping): a survey's
/// last responses must reach its results even when fewer than [`MIX_MIN`] are left.
pub async fn release_closed(db: &DatabaseConnection, now: chrono::DateTime<chrono::Utc>) -> Result<u64, AppError> {
    let survey_ids: Vec<i32> = survey_held::Entity::find()
        .select_only()
        .column(survey_held::Column::SurveyId)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    let mut stored = 0;
    for survey_id in survey_ids {
        let closed = surveys::Entity::find_by_id(survey_id).one(db).await?.is_some_and(|s| s.closes_at.is_some_and(|t| t <= now));
        if closed {
            stored += release(db, survey_id, 1).await?;
        }
    }
    Ok(stored)
}

/// How many responses are held for a survey (shown to its facilitators).
pub async fn held(db: &impl ConnectionTrait, survey_id: i32) -> Result<u64, AppError> {
    Ok(survey_held::Entity::find().filter(survey_held::Column::SurveyId.eq(survey_id)).count(db).await?)
}

/// Sets a submission's access mark: one conditional statement, so of two racing for the same
/// code or account exactly one wins.
async fn mark(db: &impl ConnectionTrait, submission: &Submission) -> Result<Result<(), AppError>, AppError> {
    match submission.mark {
        Mark::Nothing => Ok(Ok(())),
        Mark::Code(code_id) => {
            // Only that it was used: not when (a day would narrow down which response it was).
            let done = survey_codes::Entity::update_many()
                .col_expr(survey_codes::Column::Used, Expr::value(true))
                .filter(survey_codes::Column::Id.eq(code_id))
                .filter(survey_codes::Column::Used.eq(false))
                .exec(db)
                .await?;
            Ok(if done.rows_affected == 1 { Ok(()) } else { Err(AppError::Invalid(Invalid::AccessCodeUsed)) })
        }
        Mark::Account(user_id) => {
            let inserted = survey_participations::Entity::insert(survey_participations::ActiveModel {
                survey_id: Set(submission.survey_id),
                user_id: Set(user_id),
            })
            .on_conflict(
                OnConflict::columns([survey_participations::Column::SurveyId, survey_participations::Column::UserId])
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
            Ok(if inserted == 1 { Ok(()) } else { Err(AppError::Invalid(Invalid::AlreadyAnswered)) })
        }
    }
}

/// Inserts responses with their free texts and adds them to the tallies (inside the caller's
/// transaction; marks and drafts are the caller's): multi-row inserts, tallies summed in memory.
pub async fn insert(db: &impl ConnectionTrait, submissions: &[&Submission]) -> Result<(), AppError> {
    let entries: Vec<(i32, &Content)> = submissions.iter().map(|s| (s.survey_id, &s.content)).collect();
    insert_contents(db, &entries).await
}

async fn insert_contents(db: &impl ConnectionTrait, entries: &[(i32, &Content)]) -> Result<(), AppError> {
    // Random ids, inserted in id order: neither the ids nor the order say when or in which order
    // the responses came.
    let mut entries: Vec<(i64, i32, &Content)> = entries.iter().map(|(survey, c)| (random_id(), *survey, *c)).collect();
    entries.sort_by_key(|(id, _, _)| *id);
    let rows: Vec<survey_responses::ActiveModel> = entries
        .iter()
        .map(|(id, survey_id, c)| survey_responses::ActiveModel {
            id: Set(*id),
            survey_id: Set(*survey_id),
            submitted_on: Set(c.stored.day),
            lang: Set(c.stored.lang.clone()),
            channel: Set(c.stored.channel.key().to_owned()),
            interview_lang: Set(c.stored.interview_lang.clone()),
            answers: Set(c.answers_json.clone()),
        })
        .collect();
    let texts: Vec<survey_texts::ActiveModel> = entries
        .iter()
        .flat_map(|(_, survey_id, c)| {
            c.texts.iter().map(|(question, body)| survey_texts::ActiveModel {
                survey_id: Set(*survey_id),
                question_id: Set(question.clone()),
                lang: Set(c.stored.lang.clone()),
                channel: Set(c.stored.channel.key().to_owned()),
                body: Set(body.clone()),
                hidden: Set(false),
                submitted_on: Set(c.stored.day),
                ..Default::default()
            })
        })
        .collect();
    let months: Vec<String> = entries.iter().map(|(_, _, c)| results::month_key(c.stored.day)).collect();
    let mut counts: BTreeMap<(i32, &str, &str, &str, &str), i64> = BTreeMap::new();
    for ((_, survey_id, c), month) in entries.iter().zip(&months) {
        for (question, key) in &c.keys {
            *counts.entry((*survey_id, question, key, &c.stored.lang, c.stored.channel.key())).or_default() += 1;
        }
        *counts.entry((*survey_id, results::MONTHS, month, &c.stored.lang, c.stored.channel.key())).or_default() += 1;
    }
    for chunk in rows.chunks(BULK_ROWS) {
        survey_responses::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    for chunk in texts.chunks(BULK_ROWS) {
        survey_texts::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    add_to_tallies(db, counts).await
}

/// Adds `counts` (each may be negative) to the tallies: one upsert per [`BULK_ROWS`] keys, in
/// key order (see [`store_together`] on lock order).
async fn add_to_tallies(db: &impl ConnectionTrait, counts: BTreeMap<(i32, &str, &str, &str, &str), i64>) -> Result<(), AppError> {
    use survey_tallies::Column as C;
    let counts: Vec<_> = counts.into_iter().collect();
    for chunk in counts.chunks(BULK_ROWS) {
        let mut insert = Query::insert();
        insert.into_table(survey_tallies::Entity).columns([C::SurveyId, C::QuestionId, C::AnswerKey, C::Lang, C::Channel, C::N]);
        for ((survey, question, key, lang, channel), n) in chunk {
            insert
                .values([(*survey).into(), (*question).into(), (*key).into(), (*lang).into(), (*channel).into(), (*n).into()])
                .map_err(|err| {
                    tracing::error!(error = %err, "tally insert");
                    AppError::Internal
                })?;
        }
        insert.on_conflict(
            OnConflict::columns([C::SurveyId, C::QuestionId, C::AnswerKey, C::Lang, C::Channel])
                .value(C::N, Expr::col((survey_tallies::Entity, C::N)).add(Expr::col((Alias::new("excluded"), C::N))))
                .to_owned(),
        );
        db.execute_raw(db.get_database_backend().build(&insert)).await?;
    }
    Ok(())
}

/// Changes a stored response, inside the caller's transaction: new answers (a facilitator's
/// correction) or none (the response withdrawn). Its tallies and free texts follow: keys it no
/// longer has are taken off the counts (a count that reaches 0 goes), new ones added; a free text
/// that changed is replaced (an unchanged one keeps its moderation). Refused with
/// `ResponseChanged` if the stored answers are no longer `row.answers` (someone else changed the
/// response since it was read): the first statement is the conditional write, so of two changes
/// at once exactly one is made.
pub async fn amend(db: &impl ConnectionTrait, definition: &SurveyDefinition, row: &survey_responses::Model, new: Option<&Answers>) -> Result<(), AppError> {
    use survey_responses::Column as R;
    let old: Answers = serde_json::from_str(&row.answers).map_err(|err| {
        tracing::error!(error = %err, response = row.id, "stored answers do not parse");
        AppError::Internal
    })?;
    let same_row = |q: sea_orm::UpdateMany<survey_responses::Entity>| q.filter(R::Id.eq(row.id)).filter(R::Answers.eq(row.answers.as_str()));
    let written = match new {
        Some(answers) => {
            let json = serde_json::to_string(answers).map_err(|_| AppError::Internal)?;
            same_row(survey_responses::Entity::update_many().col_expr(R::Answers, Expr::value(json))).exec(db).await?.rows_affected
        }
        None => {
            survey_responses::Entity::delete_many()
                .filter(R::Id.eq(row.id))
                .filter(R::Answers.eq(row.answers.as_str()))
                .exec(db)
                .await?
                .rows_affected
        }
    };
    if written != 1 {
        return Err(AppError::Invalid(Invalid::ResponseChanged));
    }
    let empty = Answers::new();
    // A withdrawn response has no keys at all (not even the ones that count responses and
    // responses by month); a corrected one keeps its month.
    let month = (results::MONTHS.to_owned(), results::month_key(row.submitted_on));
    let new_keys = new
        .map(|answers| {
            let mut keys = results::tally_keys(answers);
            keys.insert(month.clone());
            keys
        })
        .unwrap_or_default();
    let new = new.unwrap_or(&empty);
    let mut old_keys = results::tally_keys(&old);
    old_keys.insert(month);
    let mut counts: BTreeMap<(i32, &str, &str, &str, &str), i64> = BTreeMap::new();
    for (question, key) in old_keys.difference(&new_keys) {
        counts.insert((row.survey_id, question, key, &row.lang, &row.channel), -1);
    }
    for (question, key) in new_keys.difference(&old_keys) {
        counts.insert((row.survey_id, question, key, &row.lang, &row.channel), 1);
    }
    let lowered = counts.values().any(|n| *n < 0);
    add_to_tallies(db, counts).await?;
    if lowered {
        survey_tallies::Entity::delete_many()
            .filter(survey_tallies::Column::SurveyId.eq(row.survey_id))
            .filter(survey_tallies::Column::N.lte(0))
            .exec(db)
            .await?;
    }
    let (old_texts, new_texts) = (free_texts(definition, &old), free_texts(definition, new));
    for gone in old_texts.iter().filter(|t| !new_texts.contains(t)) {
        // Texts are not linked to their response (see the module's docs): one of the same
        // question, words, language, channel and day is this one's, and any of them will do.
        use survey_texts::Column as T;
        let one: Option<i64> = survey_texts::Entity::find()
            .select_only()
            .column(T::Id)
            .filter(T::SurveyId.eq(row.survey_id))
            .filter(T::QuestionId.eq(gone.0.as_str()))
            .filter(T::Body.eq(gone.1.as_str()))
            .filter(T::Lang.eq(row.lang.as_str()))
            .filter(T::Channel.eq(row.channel.as_str()))
            .filter(T::SubmittedOn.eq(row.submitted_on))
            .into_tuple()
            .all(db)
            .await?
            .into_iter()
            .next();
        if let Some(id) = one {
            survey_texts::Entity::delete_by_id(id).exec(db).await?;
        }
    }
    let added: Vec<survey_texts::ActiveModel> = new_texts
        .iter()
        .filter(|t| !old_texts.contains(t))
        .map(|(question, body)| survey_texts::ActiveModel {
            survey_id: Set(row.survey_id),
            question_id: Set(question.clone()),
            lang: Set(row.lang.clone()),
            channel: Set(row.channel.clone()),
            body: Set(body.clone()),
            hidden: Set(false),
            submitted_on: Set(row.submitted_on),
            ..Default::default()
        })
        .collect();
    if !added.is_empty() {
        survey_texts::Entity::insert_many(added).exec_without_returning(db).await?;
    }
    Ok(())
}

// ----- group commit ------------------------------------------------------------------------------

type Waiting = (Submission, oneshot::Sender<Result<(), AppError>>);

/// Responses waiting for one database's write turn.
#[derive(Default)]
struct Queue {
    waiting: Mutex<Vec<Waiting>>,
    turn: Arc<tokio::sync::Mutex<()>>,
}

/// One queue per database in this process (tests run many servers, each on its own database).
static QUEUES: LazyLock<Mutex<HashMap<String, Arc<Queue>>>> = LazyLock::new(Mutex::default);

/// The queue of `db`'s database: its file (SQLite) or server and name (PostgreSQL).
fn queue(db: &DatabaseConnection) -> Option<Arc<Queue>> {
    let database = match db.get_database_backend() {
        sea_orm::DbBackend::Sqlite => {
            format!("sqlite:{}", db.get_sqlite_connection_pool().connect_options().get_filename().display())
        }
        sea_orm::DbBackend::Postgres => {
            let options = db.get_postgres_connection_pool().connect_options();
            format!("postgres:{}:{}/{}", options.get_host(), options.get_port(), options.get_database().unwrap_or_default())
        }
        _ => return None,
    };
    let mut queues = QUEUES.lock().ok()?;
    Some(queues.entry(database).or_default().clone())
}

impl Queue {
    async fn submit(&self, db: &DatabaseConnection, submission: Submission) -> Result<(), AppError> {
        let (tx, mut rx) = oneshot::channel();
        self.waiting.lock().map_err(|_| AppError::Internal)?.push((submission, tx));
        let turn = self.turn.clone().lock_owned().await;
        // Stored (or refused) by the one who had the turn before.
        if let Ok(Some(outcome)) = rx.try_recv() {
            return outcome;
        }
        let batch = std::mem::take(&mut *self.waiting.lock().map_err(|_| AppError::Internal)?);
        let (submissions, replies): (Vec<Submission>, Vec<_>) = batch.into_iter().unzip();
        // In a task of its own, holding the turn: a visitor who closes the page while their
        // request has the turn must not cancel the others' responses.
        let db = db.clone();
        tokio::spawn(async move {
            let outcomes = store(&db, submissions).await;
            for (reply, outcome) in replies.into_iter().zip(outcomes) {
                let _ = reply.send(outcome);
            }
            drop(turn);
        });
        rx.await.unwrap_or(Err(AppError::Internal))
    }
}
