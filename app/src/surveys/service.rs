//! Surveys feature, server side: finding a plan's surveys, answers in progress (drafts), storing
//! responses with their access checks and tallies in one transaction, results and codes.

use std::collections::HashMap;

use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Alias, Expr},
};
use serde::{Deserialize, Serialize};

use super::{
    answers::{self, AnswerError, Answers},
    definition::{Question, QuestionKind, Section, SurveyDefinition},
    model::*,
    results::{self, Tallies},
    store::{self, Mark, Stored, Submission},
};
use crate::writes::BeginWrite;
use crate::{
    accounts::{
        roles::{Action, Grant, can},
        service::hash,
    },
    core::{AppError, Invalid, Text, Translated},
    entity::{plans, survey_codes, survey_drafts, survey_participations, survey_tallies, survey_texts, surveys},
    i18n::Locale,
    plans::model::PlanRef,
};

/// How long answers in progress are kept.
pub const DRAFT_TTL_DAYS: i64 = 30;
/// Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Most codes one request may create.
pub const MAX_CODES: u32 = 500;

/// A survey with its plan, parsed.
pub struct Survey {
    pub row: surveys::Model,
    pub plan: plans::Model,
    pub definition: SurveyDefinition,
    pub languages: Vec<String>,
    pub access: Access,
}

impl Survey {
    pub fn default_lang(&self) -> &str {
        self.languages.first().map_or("pt-PT", String::as_str)
    }

    fn text(&self, raw: &str, locale: Locale) -> Text {
        Translated::from_json(raw).resolve(locale, self.default_lang())
    }

    pub fn plan_ref(&self, locale: Locale) -> PlanRef {
        PlanRef { slug: self.plan.slug.clone(), title: self.text(&self.plan.title_i18n, locale) }
    }

    pub fn phase(&self, now: chrono::DateTime<chrono::Utc>) -> Phase {
        if self.row.status != "published" {
            Phase::Draft
        } else if self.row.opens_at.is_some_and(|t| now < t) {
            Phase::NotYetOpen
        } else if self.row.closes_at.is_some_and(|t| now >= t) {
            Phase::Closed
        } else {
            Phase::Open
        }
    }

    pub fn card(&self, locale: Locale) -> SurveyCard {
        SurveyCard {
            slug: self.row.slug.clone(),
            title: self.text(&self.row.title_i18n, locale),
            intro: self.text(&self.row.intro_i18n, locale),
            access: self.access,
            phase: self.phase(chrono::Utc::now()),
            opens_at: self.row.opens_at.map(|t| t.date_naive()),
            closes_at: self.row.closes_at.map(|t| t.date_naive()),
            results_public: self.row.results_public,
            questions: self.definition.questions().count(),
            sections: self.definition.sections.len(),
        }
    }

    pub fn can_manage(&self, grants: Option<&[Grant]>) -> bool {
        can(grants, Action::ManageSurveys { plan_id: self.plan.id })
    }

    pub fn can_moderate(&self, grants: Option<&[Grant]>) -> bool {
        can(grants, Action::Moderate { plan_id: self.plan.id })
    }

    /// Section `index` with every text resolved to one language (what the form page needs).
    pub fn localized_section(&self, index: usize, locale: Locale) -> Section {
        let default = self.default_lang();
        let one = |t: &Translated| {
            let text = t.resolve(locale, default);
            if text.is_empty() { Translated::default() } else { Translated([(text.lang, text.text)].into()) }
        };
        let mut section = self.definition.sections.get(index).cloned().unwrap_or(Section { title: Translated::default(), questions: vec![] });
        section.title = one(&section.title);
        for q in &mut section.questions {
            q.text = one(&q.text);
            q.plain = one(&q.plain);
            q.help = one(&q.help);
            let choices = |options: &mut Vec<super::definition::Choice>| options.iter_mut().for_each(|o| o.label = one(&o.label));
            match &mut q.kind {
                QuestionKind::SingleChoice { options }
                | QuestionKind::Dropdown { options }
                | QuestionKind::Ranking { options }
                | QuestionKind::MultipleChoice { options, .. } => choices(options),
                QuestionKind::Matrix { rows, scale } => {
                    choices(rows);
                    choices(scale);
                }
                QuestionKind::Scale { min_label, max_label, .. } => {
                    *min_label = one(min_label);
                    *max_label = one(max_label);
                }
                _ => {}
            }
        }
        section
    }
}

fn parse_languages(raw: &str) -> Vec<String> {
    serde_json::from_str::<Vec<String>>(raw).unwrap_or_default()
}

/// Definitions already parsed, by survey id, with the version, status and text they were parsed
/// from. Parsing a 20-question definition cost more than the rest of a submission (`perf`); a hit
/// still needs the stored row to match, so a change made anywhere (another server, the builder)
/// is parsed afresh.
type ParsedDefinition = (i32, String, String, SurveyDefinition);
static DEFINITIONS: std::sync::LazyLock<std::sync::Mutex<HashMap<i32, std::sync::Arc<ParsedDefinition>>>> =
    std::sync::LazyLock::new(Default::default);
/// Most definitions kept (the cache starts again when it is full).
const DEFINITIONS_KEPT: usize = 1_000;

fn parse_definition(row: &surveys::Model) -> Result<SurveyDefinition, String> {
    let cached = DEFINITIONS.lock().ok().and_then(|cache| cache.get(&row.id).cloned());
    if let Some(hit) = cached.filter(|c| c.0 == row.version && c.1 == row.status && c.2 == row.definition) {
        return Ok(hit.3.clone());
    }
    // A draft may still be incomplete (no questions yet); a published survey must be whole.
    let definition = if row.status == "published" {
        SurveyDefinition::parse(&row.definition).map_err(|e| format!("{e:?}"))?
    } else {
        serde_json::from_str::<SurveyDefinition>(&row.definition).map_err(|e| e.to_string())?
    };
    if let Ok(mut cache) = DEFINITIONS.lock() {
        if cache.len() >= DEFINITIONS_KEPT {
            cache.clear();
        }
        let entry = (row.version, row.status.clone(), row.definition.clone(), definition.clone());
        cache.insert(row.id, std::sync::Arc::new(entry));
    }
    Ok(definition)
}

fn survey_from(row: surveys::Model, plan: plans::Model) -> Result<Survey, AppError> {
    let definition = parse_definition(&row).map_err(|problem| {
        tracing::error!(survey = row.id, problem, "stored survey definition does not parse");
        AppError::Internal
    })?;
    let access = Access::from_key(&row.access).unwrap_or(Access::Open);
    Ok(Survey { languages: parse_languages(&row.languages), definition, access, row, plan })
}

/// The survey `survey_slug` of plan `plan_slug`.
/// One query with its plan: every survey page and submission starts here. `all` rather than
/// `one` (the slugs are unique): `one` binds `LIMIT ?`, and SQLite re-prepares a statement whose
/// LIMIT is a bound parameter every time it runs.
pub async fn load(db: &impl ConnectionTrait, plan_slug: &str, survey_slug: &str) -> Result<Survey, AppError> {
    use sea_orm::JoinType;
    let plan_of_survey = surveys::Entity::belongs_to(plans::Entity).from(surveys::Column::PlanId).to(plans::Column::Id);
    let (row, plan) = surveys::Entity::find()
        .select_also(plans::Entity)
        .join(JoinType::InnerJoin, plan_of_survey.into())
        .filter(plans::Column::Slug.eq(plan_slug))
        .filter(surveys::Column::Slug.eq(survey_slug))
        .all(db)
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    survey_from(row, plan.ok_or(AppError::NotFound)?)
}

/// Readers who may not see a draft survey get "not found", as if it did not exist.
pub fn visible_to(survey: &Survey, grants: Option<&[Grant]>) -> Result<(), AppError> {
    if survey.row.status != "published" && !survey.can_manage(grants) { Err(AppError::NotFound) } else { Ok(()) }
}

/// The surveys of a plan (drafts only for those who manage them), newest first.
pub async fn list(db: &impl ConnectionTrait, plan_slug: &str, grants: Option<&[Grant]>, locale: Locale) -> Result<SurveyList, AppError> {
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(plan_slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let rows = surveys::Entity::find()
        .filter(surveys::Column::PlanId.eq(plan.id))
        .order_by_desc(surveys::Column::Id)
        .all(db)
        .await?;
    let can_manage = can(grants, Action::ManageSurveys { plan_id: plan.id });
    let mut cards = Vec::new();
    let mut plan_ref = None;
    for row in rows {
        let survey = survey_from(row, plan.clone())?;
        plan_ref.get_or_insert_with(|| survey.plan_ref(locale));
        if survey.row.status == "published" || can_manage {
            cards.push(survey.card(locale));
        }
    }
    let plan_ref = plan_ref.unwrap_or_else(|| {
        let lang = parse_languages(&plan.languages).into_iter().next().unwrap_or_else(|| "pt-PT".to_owned());
        PlanRef { slug: plan.slug.clone(), title: Translated::from_json(&plan.title_i18n).resolve(locale, &lang) }
    });
    Ok(SurveyList { plan: plan_ref, surveys: cards, can_manage })
}

/// `SUM(n)` as a 64-bit integer on every backend (PostgreSQL sums bigints to numeric).
fn sum_n() -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::{ExprTrait, Func};
    Expr::expr(Func::sum(Expr::col(survey_tallies::Column::N))).cast_as(Alias::new("BIGINT"))
}

/// Total responses of a survey.
pub async fn response_count(db: &impl ConnectionTrait, survey_id: i32) -> Result<u64, AppError> {
    let row = survey_tallies::Entity::find()
        .filter(survey_tallies::Column::SurveyId.eq(survey_id))
        .filter(survey_tallies::Column::QuestionId.eq(results::RESPONSES))
        .select_only()
        .column_as(sum_n(), "total")
        .into_tuple::<Option<i64>>()
        .one(db)
        .await?;
    Ok(row.flatten().unwrap_or(0).max(0) as u64)
}

/// Whether this account has answered (signed-in mode).
pub async fn has_participated(db: &impl ConnectionTrait, survey_id: i32, user_id: i32) -> Result<bool, AppError> {
    Ok(survey_participations::Entity::find_by_id((survey_id, user_id)).one(db).await?.is_some())
}

/// Tries on an access code or resume code per IP address, per 15 minutes.
pub const CODE_TRIES: i32 = 30;

/// Counts a try at a code (`what`: `code`, `resume`) from `ip`; `RateLimited` past [`CODE_TRIES`].
pub async fn limit_code_tries(db: &DatabaseConnection, what: &str, ip: Option<crate::state::ClientIp>) -> Result<(), AppError> {
    if let Some(ip) = ip {
        let key = format!("survey-{what}:ip:{}", ip.0);
        if !crate::rate_limit::hit(db, &key, CODE_TRIES, std::time::Duration::from_secs(15 * 60)).await? {
            return Err(AppError::RateLimited);
        }
    }
    Ok(())
}

/// Whether this person has already answered a survey that takes one response each: an open
/// survey remembers the browser (`browser_answered`: its cookie), an account survey the account.
pub async fn already_answered(db: &impl ConnectionTrait, survey: &Survey, browser_answered: bool, user_id: Option<i32>) -> Result<bool, AppError> {
    match (survey.access, user_id) {
        (Access::Open, _) => Ok(browser_answered),
        (Access::Account, Some(user)) => has_participated(db, survey.row.id, user).await,
        _ => Ok(false),
    }
}

/// A survey to create (the builder, the demo data and tests).
pub struct NewSurvey {
    pub plan_id: i32,
    pub slug: String,
    pub title: Translated,
    pub intro: Translated,
    pub languages: Vec<String>,
    pub access: Access,
    pub definition: SurveyDefinition,
    pub published: bool,
    pub opens_at: Option<chrono::DateTime<chrono::Utc>>,
    pub closes_at: Option<chrono::DateTime<chrono::Utc>>,
    pub results_public: bool,
}

/// A survey's short name, the last part of its address: 3 to 60 lowercase letters a–z, digits
/// and hyphens.
pub fn valid_slug(slug: &str) -> bool {
    (3..=60).contains(&slug.len()) && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Creates a survey after checking its definition; audited (`actor` `None`: the command line).
pub async fn create_survey(db: &impl ConnectionTrait, new: NewSurvey, actor: Option<i32>) -> Result<i32, AppError> {
    if new.published || !new.definition.sections.iter().all(|s| s.questions.is_empty()) {
        new.definition.check().map_err(|e| AppError::Invalid(crate::surveys::builder::edit::problem(e.code)))?;
    }
    if !valid_slug(&new.slug) {
        return Err(AppError::Invalid(Invalid::SlugInvalid));
    }
    if new.title.0.values().all(|t| t.trim().is_empty()) {
        return Err(AppError::Invalid(Invalid::TitleMissing));
    }
    if new.languages.is_empty() {
        return Err(AppError::Invalid(Invalid::FormInvalid));
    }
    let now = chrono::Utc::now();
    let row = surveys::ActiveModel {
        plan_id: Set(new.plan_id),
        slug: Set(new.slug.clone()),
        title_i18n: Set(new.title.to_json()),
        intro_i18n: Set(new.intro.to_json()),
        languages: Set(serde_json::to_string(&new.languages).map_err(|_| AppError::Internal)?),
        access: Set(new.access.key().to_owned()),
        definition: Set(serde_json::to_string(&new.definition).map_err(|_| AppError::Internal)?),
        status: Set(if new.published { "published" } else { "draft" }.to_owned()),
        opens_at: Set(new.opens_at),
        closes_at: Set(new.closes_at),
        results_public: Set(new.results_public),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    crate::audit::record(
        db,
        crate::audit::Entry {
            actor,
            action: "survey.created",
            target_type: "survey",
            target_id: row.id.to_string(),
            plan_id: Some(new.plan_id),
            details: serde_json::json!({ "slug": new.slug, "access": new.access.key() }),
        },
    )
    .await?;
    Ok(row.id)
}

// ----- drafts -------------------------------------------------------------------------------

/// The form as last sent for the current section, kept to show it again.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Pending {
    pub values: Vec<(String, String)>,
    pub errors: Vec<AnswerError>,
    pub more: bool,
    /// The first question the last answers revealed (the notice links to it).
    #[serde(default)]
    pub revealed: Option<String>,
}

/// Answers in progress.
pub struct Draft {
    pub row: survey_drafts::Model,
    pub answers: Answers,
    pub pending: Option<Pending>,
}

impl Draft {
    pub fn channel(&self) -> Channel {
        Channel::from_key(&self.row.channel).unwrap_or(Channel::Online)
    }
}

pub use crate::secrets::random_token;

/// A code people copy by hand: `len` characters from [`CODE_ALPHABET`], in groups of four.
pub fn human_code(len: usize) -> String {
    let mut rng = rand::rng();
    let chars: Vec<char> = (0..len).map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// A code as typed: case, spaces and dashes do not matter, digits of other scripts count.
pub fn normalize_code(raw: &str) -> Option<String> {
    if raw.len() > 80 {
        return None;
    }
    let compact: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(crate::accounts::domain::ascii_digit)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (compact.len() >= 4 && compact.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(compact)
}

fn stored_code(normalized: &str) -> String {
    normalized.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

pub async fn find_draft(db: &impl ConnectionTrait, survey_id: i32, token: &str) -> Result<Option<Draft>, AppError> {
    let row = survey_drafts::Entity::find()
        .filter(survey_drafts::Column::TokenHash.eq(hash(token)))
        .filter(survey_drafts::Column::SurveyId.eq(survey_id))
        .filter(survey_drafts::Column::ExpiresAt.gt(chrono::Utc::now()))
        .one(db)
        .await?;
    Ok(row.map(|row| Draft {
        answers: serde_json::from_str(&row.answers).unwrap_or_default(),
        pending: row.pending.as_deref().and_then(|p| serde_json::from_str(p).ok()),
        row,
    }))
}

/// How a draft starts: by a code, on someone's behalf, or plainly.
#[derive(Clone, Debug, Default)]
pub struct DraftStart {
    pub code_id: Option<i32>,
    pub assisted_by: Option<i32>,
    pub channel: Option<Channel>,
    pub interview_lang: Option<String>,
    /// A correction of a stored response (see `responses::service`).
    pub amends: Option<Amends>,
}

/// The stored response a draft corrects: its id, its answers (the draft starts with them) and
/// their hash, and why it is corrected.
#[derive(Clone, Debug)]
pub struct Amends {
    pub response: i64,
    pub seen: String,
    pub reason: String,
    pub answers: String,
}

/// Most answers in progress one survey keeps at once: past it, new ones are refused ("try again
/// later") until some are sent or expire, so no one can fill the disk with drafts.
pub const DRAFTS_PER_SURVEY: u64 = 10_000;

/// Starts answers in progress; returns the draft and the token for the browser's cookie.
pub async fn create_draft(db: &impl ConnectionTrait, survey: &Survey, locale: Locale, start: DraftStart) -> Result<(Draft, String), AppError> {
    let live = survey_drafts::Entity::find().filter(survey_drafts::Column::SurveyId.eq(survey.row.id)).count(db).await?;
    if live >= DRAFTS_PER_SURVEY {
        tracing::warn!(survey = survey.row.id, live, "answers in progress refused: the survey holds the most it keeps");
        return Err(AppError::RateLimited);
    }
    let token = random_token();
    let now = chrono::Utc::now();
    let answers: Answers = start.amends.as_ref().and_then(|a| serde_json::from_str(&a.answers).ok()).unwrap_or_default();
    let row = survey_drafts::ActiveModel {
        survey_id: Set(survey.row.id),
        token_hash: Set(hash(&token)),
        resume_hash: Set(None),
        code_id: Set(start.code_id),
        section: Set(0),
        lang: Set(locale.tag().to_owned()),
        channel: Set(start.channel.unwrap_or(Channel::Online).key().to_owned()),
        interview_lang: Set(start.interview_lang),
        assisted_by: Set(start.assisted_by),
        answers: Set(serde_json::to_string(&answers).map_err(|_| AppError::Internal)?),
        pending: Set(None),
        amends: Set(start.amends.as_ref().map(|a| a.response)),
        amends_seen: Set(start.amends.as_ref().map(|a| a.seen.clone())),
        amend_reason: Set(start.amends.map(|a| a.reason)),
        updated_at: Set(now),
        expires_at: Set(now + chrono::Duration::days(DRAFT_TTL_DAYS)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((Draft { row, answers, pending: None }, token))
}

async fn save_draft(db: &impl ConnectionTrait, draft: &Draft, section: usize, pending: Option<&Pending>, resume_hash: Option<String>) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    let mut row: survey_drafts::ActiveModel = draft.row.clone().into();
    row.section = Set(section as i32);
    row.answers = Set(serde_json::to_string(&draft.answers).map_err(|_| AppError::Internal)?);
    row.pending = Set(pending.and_then(|p| serde_json::to_string(p).ok()));
    if resume_hash.is_some() {
        row.resume_hash = Set(resume_hash);
    }
    row.updated_at = Set(now);
    row.expires_at = Set(now + chrono::Duration::days(DRAFT_TTL_DAYS));
    row.update(db).await?;
    Ok(())
}

/// Finds the draft a resume code belongs to and gives it a new browser token.
pub async fn resume(db: &impl ConnectionTrait, survey: &Survey, code: &str) -> Result<String, AppError> {
    let code = normalize_code(code).ok_or(AppError::Invalid(Invalid::ResumeCodeUnknown))?;
    let row = survey_drafts::Entity::find()
        .filter(survey_drafts::Column::ResumeHash.eq(hash(&code)))
        .filter(survey_drafts::Column::SurveyId.eq(survey.row.id))
        .filter(survey_drafts::Column::ExpiresAt.gt(chrono::Utc::now()))
        .one(db)
        .await?
        .ok_or(AppError::Invalid(Invalid::ResumeCodeUnknown))?;
    let token = random_token();
    let mut active: survey_drafts::ActiveModel = row.into();
    active.token_hash = Set(hash(&token));
    active.update(db).await?;
    Ok(token)
}

/// The form page for `section`: what was typed last (with its problems), or the saved answers.
pub async fn form(
    db: &impl ConnectionTrait,
    survey: &Survey,
    draft: Option<Draft>,
    section: Option<usize>,
    preview: bool,
    signed_in: bool,
    locale: Locale,
) -> Result<FormView, AppError> {
    let sections = survey.definition.sections.len();
    let assisted = draft.as_ref().and_then(|d| d.row.assisted_by.map(|_| d.channel()));
    if !preview {
        check_open(survey, assisted.is_some())?;
        if assisted.is_none() {
            match survey.access {
                Access::Codes if draft.as_ref().and_then(|d| d.row.code_id).is_none() => {
                    return Err(AppError::Invalid(Invalid::AccessCodeNeeded));
                }
                Access::Account if !signed_in => return Err(AppError::Unauthenticated),
                _ => {}
            }
        }
    }
    let reached = draft.as_ref().map_or(0, |d| d.row.section.max(0) as usize);
    let section = if preview { section.unwrap_or(0) } else { section.unwrap_or(reached).min(reached) }.min(sections.saturating_sub(1));
    let (values, errors, more) = match &draft {
        Some(d) if d.row.section.max(0) as usize == section && d.pending.is_some() => {
            let p = d.pending.clone().unwrap_or_default();
            // Drafts kept before `revealed` existed say only that something appeared.
            let revealed = p.revealed.or_else(|| p.more.then(String::new));
            (p.values, p.errors, revealed)
        }
        Some(d) => (answers::encode(&survey.definition, &d.answers), vec![], None),
        None => (vec![], vec![], None),
    };
    Ok(FormView {
        plan: survey.plan_ref(locale),
        survey: survey.card(locale),
        section,
        questions: survey.localized_section(section, locale),
        values,
        errors,
        check: super::live::LiveCheck::new(
            &survey.definition,
            section,
            &earlier_answers(survey, draft.as_ref().map(|d| &d.answers), section),
            answers::AnswerProblem::ALL.iter().map(|p| (*p, locale.t(p.message_id()))).collect(),
        ),
        assisted,
        correcting: draft.as_ref().and_then(|d| d.row.amends),
        more_questions: more,
        preview,
        languages: survey.languages.clone(),
        default_lang: survey.default_lang().to_owned(),
        audio: crate::media::service::survey_clips_for_reader(db, survey.row.id, locale, survey.default_lang()).await?,
    })
}

// ----- answering ----------------------------------------------------------------------------

/// What the person pressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Back,
    Save,
    Language(Locale),
}

impl Step {
    pub fn parse(raw: &str) -> Option<Step> {
        match raw {
            "next" | "submit" => Some(Step::Next),
            "back" => Some(Step::Back),
            "save" => Some(Step::Save),
            other => other.strip_prefix("lang:").and_then(Locale::from_tag).map(Step::Language),
        }
    }
}

/// A section as sent by the form.
pub struct SectionPost {
    pub section: usize,
    pub step: Step,
    /// Questions the page showed (to notice questions that appear after an answer).
    pub shown: Vec<String>,
    pub values: Vec<(String, String)>,
}

/// Who is answering, as far as access rules need to know.
#[derive(Clone, Debug, Default)]
pub struct Respondent {
    pub user_id: Option<i32>,
    pub grants: Option<Vec<Grant>>,
    /// This browser has answered this survey already (open mode).
    pub browser_answered: bool,
}

/// Where the person goes next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Show section `section` (again); `token` is a new draft cookie to set.
    Section { section: usize, token: Option<String>, lang: Option<Locale> },
    /// Answers saved for later with this resume code.
    Saved { resume_code: String, token: Option<String> },
    /// The response is stored.
    Submitted { assisted: bool },
    /// A stored response was corrected (or came back unchanged).
    Corrected { response: i64, changed: bool },
}

/// Checks that the survey takes answers now (facilitators entering responses on someone's
/// behalf may still do so once it has closed, as long as it was published).
pub fn check_open(survey: &Survey, assisted: bool) -> Result<(), AppError> {
    match survey.phase(chrono::Utc::now()) {
        Phase::Open => Ok(()),
        Phase::Closed if assisted => Ok(()),
        _ => Err(AppError::Invalid(Invalid::SurveyClosed)),
    }
}

/// Handles one sent section: keeps what was typed, checks it, moves on, and stores the response
/// after the last section.
pub async fn answer(
    db: &DatabaseConnection,
    survey: &Survey,
    draft: Option<Draft>,
    post: SectionPost,
    who: &Respondent,
    locale: Locale,
) -> Result<Outcome, AppError> {
    let assisted = draft.as_ref().is_some_and(|d| d.row.assisted_by.is_some());
    if assisted && draft.as_ref().and_then(|d| d.row.assisted_by) != who.user_id {
        return Err(AppError::Forbidden);
    }
    check_open(survey, assisted)?;
    if !assisted {
        check_access(db, survey, draft.as_ref(), who).await?;
    }
    let sections = survey.definition.sections.len();
    let current = draft.as_ref().map_or(0, |d| d.row.section.max(0) as usize);
    // A form from an earlier section (the browser's back button) counts; a later one does not.
    let section = post.section.min(current).min(sections.saturating_sub(1));
    let earlier = earlier_answers(survey, draft.as_ref().map(|d| &d.answers), section);
    // Only this section's own fields, within their limits, are looked at or kept.
    let values = answers::section_fields(&survey.definition, section, &post.values);
    let keep = |revealed: Option<String>, errors: Vec<AnswerError>| Pending { values: values.clone(), errors, more: revealed.is_some(), revealed };

    match post.step {
        Step::Back | Step::Language(_) | Step::Save => {
            let (mut draft, token) = match draft {
                Some(d) => (d, None),
                None => {
                    let (d, t) = create_draft(db, survey, locale, DraftStart::default()).await?;
                    (d, Some(t))
                }
            };
            let pending = keep(None, vec![]);
            match post.step {
                Step::Back => {
                    // What was typed here is kept as answers where it is valid, so nothing is lost.
                    let (decoded, _) = answers::decode_section_partial(&survey.definition, section, &values, &earlier);
                    merge_section(survey, &mut draft.answers, section, decoded);
                    let back = section.saturating_sub(1);
                    save_draft(db, &draft, back, None, None).await?;
                    Ok(Outcome::Section { section: back, token, lang: None })
                }
                Step::Language(lang) => {
                    save_draft(db, &draft, section, Some(&pending), None).await?;
                    Ok(Outcome::Section { section, token, lang: Some(lang) })
                }
                _ => {
                    let code = human_code(12);
                    let compact = normalize_code(&code).unwrap_or_default();
                    save_draft(db, &draft, section, Some(&pending), Some(hash(&compact))).await?;
                    Ok(Outcome::Saved { resume_code: code, token })
                }
            }
        }
        Step::Next => {
            let (decoded, errors) = answers::decode_section_partial(&survey.definition, section, &values, &earlier);
            let mut all = earlier.clone();
            all.extend(decoded.clone());
            let revealed = answers::visible_in_section(&survey.definition, section, &all)
                .into_iter()
                .find(|id| !post.shown.contains(id));
            let appeared = revealed.is_some();
            if !errors.is_empty() || appeared {
                let (draft, token) = ensure_draft(db, survey, draft, locale).await?;
                let errors = if appeared { errors.into_iter().filter(|e| post.shown.contains(&e.question)).collect() } else { errors };
                save_draft(db, &draft, section, Some(&keep(revealed, errors)), None).await?;
                return Ok(Outcome::Section { section, token, lang: None });
            }
            let mut answers_so_far = draft.as_ref().map(|d| d.answers.clone()).unwrap_or_default();
            merge_section(survey, &mut answers_so_far, section, decoded);
            if let Some(next) = next_section(survey, section, &answers_so_far) {
                let (mut draft, token) = ensure_draft(db, survey, draft, locale).await?;
                draft.answers = answers_so_far;
                save_draft(db, &draft, next, None, None).await?;
                return Ok(Outcome::Section { section: next, token, lang: None });
            }
            match answers::check_all(&survey.definition, &answers_so_far) {
                Ok(final_answers) => {
                    if let Some(correcting) = draft.as_ref().filter(|d| d.row.amends.is_some()) {
                        use super::responses::service::{Corrected, finish_correction};
                        let (response, done) = finish_correction(db, survey, correcting, &final_answers, who.grants.as_deref()).await?;
                        return Ok(Outcome::Corrected { response, changed: done == Corrected::Changed });
                    }
                    submit(db, survey, draft.as_ref(), &final_answers, who, locale).await?;
                    Ok(Outcome::Submitted { assisted })
                }
                Err((bad_section, errors)) => {
                    let (mut draft, token) = ensure_draft(db, survey, draft, locale).await?;
                    draft.answers = answers_so_far;
                    let values = answers::encode(&survey.definition, &draft.answers);
                    save_draft(db, &draft, bad_section, Some(&Pending { values, errors, more: false, revealed: None }), None).await?;
                    Ok(Outcome::Section { section: bad_section, token, lang: None })
                }
            }
        }
    }
}

async fn ensure_draft(db: &impl ConnectionTrait, survey: &Survey, draft: Option<Draft>, locale: Locale) -> Result<(Draft, Option<String>), AppError> {
    match draft {
        Some(d) => Ok((d, None)),
        None => {
            let (d, t) = create_draft(db, survey, locale, DraftStart::default()).await?;
            Ok((d, Some(t)))
        }
    }
}

/// The answers of the sections before `section`.
pub fn earlier_answers(survey: &Survey, answers: Option<&Answers>, section: usize) -> Answers {
    let Some(answers) = answers else { return Answers::new() };
    let ids: Vec<&str> = survey.definition.sections.iter().take(section).flat_map(|s| s.questions.iter().map(|q| q.id.as_str())).collect();
    answers.iter().filter(|(k, _)| ids.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// Replaces the answers of section `section` with `decoded`.
fn merge_section(survey: &Survey, answers: &mut Answers, section: usize, decoded: Answers) {
    if let Some(s) = survey.definition.sections.get(section) {
        for q in &s.questions {
            answers.remove(&q.id);
        }
    }
    answers.extend(decoded);
}

/// The next section after `section` with at least one question to show.
fn next_section(survey: &Survey, section: usize, answers: &Answers) -> Option<usize> {
    (section + 1..survey.definition.sections.len())
        .find(|i| !answers::visible_in_section(&survey.definition, *i, answers).is_empty())
}

/// Refuses answers from someone the survey's access mode does not let in (again).
async fn check_access(db: &impl ConnectionTrait, survey: &Survey, draft: Option<&Draft>, who: &Respondent) -> Result<(), AppError> {
    match survey.access {
        Access::Open if who.browser_answered => Err(AppError::Invalid(Invalid::AlreadyAnswered)),
        Access::Open => Ok(()),
        Access::Codes => {
            let code_id = draft.and_then(|d| d.row.code_id).ok_or(AppError::Invalid(Invalid::AccessCodeNeeded))?;
            let code = survey_codes::Entity::find_by_id(code_id).one(db).await?.ok_or(AppError::Invalid(Invalid::AccessCodeNeeded))?;
            if code.used { Err(AppError::Invalid(Invalid::AccessCodeUsed)) } else { Ok(()) }
        }
        Access::Account => {
            let user = who.user_id.ok_or(AppError::Unauthenticated)?;
            if has_participated(db, survey.row.id, user).await? { Err(AppError::Invalid(Invalid::AlreadyAnswered)) } else { Ok(()) }
        }
    }
}

/// Checks a code typed on the start page and starts a draft holding it.
pub async fn start_with_code(db: &impl ConnectionTrait, survey: &Survey, raw: &str, locale: Locale) -> Result<String, AppError> {
    let code = normalize_code(raw).ok_or(AppError::Invalid(Invalid::AccessCodeUnknown))?;
    let row = survey_codes::Entity::find()
        .filter(survey_codes::Column::Code.eq(stored_code(&code)))
        .filter(survey_codes::Column::SurveyId.eq(survey.row.id))
        .one(db)
        .await?
        .ok_or(AppError::Invalid(Invalid::AccessCodeUnknown))?;
    if row.used {
        return Err(AppError::Invalid(Invalid::AccessCodeUsed));
    }
    let (_, token) = create_draft(db, survey, locale, DraftStart { code_id: Some(row.id), ..Default::default() }).await?;
    Ok(token)
}

/// Starts a response a facilitator enters on someone's behalf.
pub async fn start_assisted(db: &impl ConnectionTrait, survey: &Survey, user_id: i32, channel: Channel, interview_lang: Option<String>, locale: Locale) -> Result<String, AppError> {
    if channel == Channel::Online {
        return Err(AppError::Invalid(Invalid::FormInvalid));
    }
    let interview_lang = interview_lang.filter(|l| Locale::from_tag(l).is_some() || survey.languages.contains(l));
    let start = DraftStart { assisted_by: Some(user_id), channel: Some(channel), interview_lang, code_id: None, amends: None };
    let (_, token) = create_draft(db, survey, locale, start).await?;
    Ok(token)
}

/// Stores a response: marks the code used or the account as having answered, inserts the
/// response, adds to the tallies, keeps free texts for moderation and ends the draft — all or
/// nothing (see [`store`]). Whoever loses a race for the same code gets `AccessCodeUsed` and
/// nothing is stored.
pub async fn submit(
    db: &DatabaseConnection,
    survey: &Survey,
    draft: Option<&Draft>,
    answers: &Answers,
    who: &Respondent,
    locale: Locale,
) -> Result<(), AppError> {
    let assisted = draft.is_some_and(|d| d.row.assisted_by.is_some());
    let mark = match survey.access {
        _ if assisted => Mark::Nothing,
        Access::Codes => Mark::Code(draft.and_then(|d| d.row.code_id).ok_or(AppError::Invalid(Invalid::AccessCodeNeeded))?),
        Access::Account => Mark::Account(who.user_id.ok_or(AppError::Unauthenticated)?),
        Access::Open => Mark::Nothing,
    };
    let stored = Stored {
        lang: locale.tag().to_owned(),
        channel: draft.map_or(Channel::Online, Draft::channel),
        interview_lang: draft.and_then(|d| d.row.interview_lang.clone()),
        day: chrono::Utc::now().date_naive(),
    };
    let submission = Submission::new(survey.row.id, &survey.definition, answers, stored)?
        .marked(mark)
        .ending(draft.map(|d| d.row.id));
    store::submit(db, submission).await
}

// ----- results -------------------------------------------------------------------------------

/// Most free-text answers listed per question on the results page.
pub const TEXTS_SHOWN: u64 = 20;

pub async fn results(
    db: &DatabaseConnection,
    survey: &Survey,
    filter: ResultsFilter,
    grants: Option<&[Grant]>,
    locale: Locale,
) -> Result<ResultsView, AppError> {
    let can_manage = survey.can_manage(grants);
    let can_moderate = survey.can_moderate(grants);
    if !survey.row.results_public && !can_manage && !can_moderate {
        return Err(AppError::Forbidden);
    }
    // Once a survey has closed, its last held responses count however few they are.
    if survey.phase(chrono::Utc::now()) == Phase::Closed {
        store::release(db, survey.row.id, 1).await?;
    }
    let held = if can_manage { Some(store::held(db, survey.row.id).await?) } else { None };
    let suppressed = !can_manage && !can_moderate;
    // Published results are never broken down: the total minus the other languages' (or
    // channels') counts would give back a group that is hidden for being small. Breakdowns are
    // for the plan's facilitators, who see exact numbers anyway.
    let filter = if suppressed { ResultsFilter::default() } else { filter };
    let mut query = survey_tallies::Entity::find()
        .filter(survey_tallies::Column::SurveyId.eq(survey.row.id))
        .select_only()
        .column(survey_tallies::Column::QuestionId)
        .column(survey_tallies::Column::AnswerKey)
        .column_as(sum_n(), "n")
        .group_by(survey_tallies::Column::QuestionId)
        .group_by(survey_tallies::Column::AnswerKey);
    if let Some(lang) = &filter.lang {
        query = query.filter(survey_tallies::Column::Lang.eq(lang.as_str()));
    }
    if let Some(channel) = filter.channel {
        query = query.filter(survey_tallies::Column::Channel.eq(channel.key()));
    }
    let rows: Vec<(String, String, Option<i64>)> = query.into_tuple().all(db).await?;
    let tallies: Tallies = rows.into_iter().map(|(q, k, n)| ((q, k), n.unwrap_or(0).max(0) as u64)).collect();
    let (total, mut questions) = results::build(&survey.definition, &tallies, locale, survey.default_lang(), suppressed);
    for q in &mut questions {
        if let super::model::ResultBody::Texts { answers, more } = &mut q.body {
            if q.answered.is_none() {
                continue;
            }
            let mut texts = survey_texts::Entity::find()
                .filter(survey_texts::Column::SurveyId.eq(survey.row.id))
                .filter(survey_texts::Column::QuestionId.eq(q.id.as_str()));
            if !can_moderate {
                texts = texts.filter(survey_texts::Column::Hidden.eq(false));
            }
            if let Some(lang) = &filter.lang {
                texts = texts.filter(survey_texts::Column::Lang.eq(lang.as_str()));
            }
            if let Some(channel) = filter.channel {
                texts = texts.filter(survey_texts::Column::Channel.eq(channel.key()));
            }
            let found = texts.order_by_desc(survey_texts::Column::Id).limit(TEXTS_SHOWN + 1).all(db).await?;
            *more = found.len() as u64 > TEXTS_SHOWN;
            *answers = found
                .into_iter()
                .take(TEXTS_SHOWN as usize)
                .map(|t| TextAnswer { id: t.id, body: t.body, lang: t.lang, hidden: t.hidden })
                .collect();
        }
    }
    Ok(ResultsView {
        plan: survey.plan_ref(locale),
        survey: survey.card(locale),
        languages: survey.languages.clone(),
        filter,
        total,
        questions,
        suppressed,
        can_manage,
        can_moderate,
        held,
    })
}

/// The published results of every survey of `plan` that publishes them, as the public sees them
/// (small groups suppressed, no free-text answers): each survey with its total and questions,
/// newest first. Two statements, however many surveys.
pub async fn published_results(db: &impl ConnectionTrait, plan: &plans::Model, locale: Locale) -> Result<Vec<(Survey, Option<u64>, Vec<QuestionResult>)>, AppError> {
    let rows = surveys::Entity::find()
        .filter(surveys::Column::PlanId.eq(plan.id))
        .filter(surveys::Column::Status.eq("published"))
        .filter(surveys::Column::ResultsPublic.eq(true))
        .order_by_desc(surveys::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let counted: Vec<(i32, String, String, Option<i64>)> = survey_tallies::Entity::find()
        .filter(survey_tallies::Column::SurveyId.is_in(ids))
        .select_only()
        .column(survey_tallies::Column::SurveyId)
        .column(survey_tallies::Column::QuestionId)
        .column(survey_tallies::Column::AnswerKey)
        .column_as(sum_n(), "n")
        .group_by(survey_tallies::Column::SurveyId)
        .group_by(survey_tallies::Column::QuestionId)
        .group_by(survey_tallies::Column::AnswerKey)
        .into_tuple()
        .all(db)
        .await?;
    let mut tallies: HashMap<i32, Tallies> = HashMap::new();
    for (survey, question, key, n) in counted {
        tallies.entry(survey).or_default().insert((question, key), n.unwrap_or(0).max(0) as u64);
    }
    let mut out = Vec::new();
    for row in rows {
        let own = tallies.remove(&row.id).unwrap_or_default();
        let survey = survey_from(row, plan.clone())?;
        let (total, mut questions) = results::build(&survey.definition, &own, locale, survey.default_lang(), true);
        for q in &mut questions {
            if let super::model::ResultBody::Texts { answers, .. } = &mut q.body {
                answers.clear();
            }
        }
        out.push((survey, total, questions));
    }
    Ok(out)
}

/// Hides (or shows again) a free-text answer; audited.
pub async fn moderate_text(db: &DatabaseConnection, survey: &Survey, text_id: i64, hidden: bool, actor: i32) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let done = survey_texts::Entity::update_many()
        .col_expr(survey_texts::Column::Hidden, Expr::value(hidden))
        .filter(survey_texts::Column::Id.eq(text_id))
        .filter(survey_texts::Column::SurveyId.eq(survey.row.id))
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    crate::audit::record(
        &txn,
        crate::audit::Entry {
            actor: Some(actor),
            action: if hidden { "survey.text_hidden" } else { "survey.text_shown" },
            target_type: "survey_text",
            target_id: text_id.to_string(),
            plan_id: Some(survey.plan.id),
            details: serde_json::json!({ "survey": survey.row.slug }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

// ----- codes ---------------------------------------------------------------------------------

/// Creates `count` new single-use codes; audited.
pub async fn generate_codes(db: &DatabaseConnection, survey: &Survey, count: u32, actor: i32) -> Result<(), AppError> {
    if count == 0 || count > MAX_CODES {
        return Err(AppError::Invalid(Invalid::FormInvalid));
    }
    let now = chrono::Utc::now();
    let txn = db.begin_write().await?;
    let rows: Vec<survey_codes::ActiveModel> = (0..count)
        .map(|_| survey_codes::ActiveModel {
            survey_id: Set(survey.row.id),
            code: Set(human_code(8)),
            used: Set(false),
            used_on: Set(None),
            created_at: Set(now),
            ..Default::default()
        })
        .collect();
    survey_codes::Entity::insert_many(rows).exec_without_returning(&txn).await?;
    crate::audit::record(
        &txn,
        crate::audit::Entry {
            actor: Some(actor),
            action: "survey.codes_created",
            target_type: "survey",
            target_id: survey.row.id.to_string(),
            plan_id: Some(survey.plan.id),
            details: serde_json::json!({ "count": count }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The sheet of codes, its slips in the languages `chosen` among the survey's (none: all).
pub async fn codes(db: &impl ConnectionTrait, survey: &Survey, public_url: &str, chosen: &[String], locale: Locale) -> Result<CodesView, AppError> {
    let rows = survey_codes::Entity::find()
        .filter(survey_codes::Column::SurveyId.eq(survey.row.id))
        .order_by_asc(survey_codes::Column::Id)
        .all(db)
        .await?;
    let address = format!("{public_url}/plans/{}/surveys/{}", survey.plan.slug, survey.row.slug);
    let qr = rows.iter().filter(|c| !c.used).map(|c| (c.code.clone(), slip_qr(&format!("{address}?code={}", c.code)))).collect();
    let on_slips: Vec<&String> = survey.languages.iter().filter(|l| chosen.contains(l)).collect();
    let on_slips = if on_slips.is_empty() { survey.languages.iter().collect() } else { on_slips };
    let title = Translated::from_json(&survey.row.title_i18n);
    let slips = on_slips
        .into_iter()
        .map(|tag| {
            // The slip's words in that language where the interface has it, else the reader's.
            let words = Locale::from_tag(tag).unwrap_or(locale);
            SlipText {
                lang: tag.clone(),
                title: title.0.get(tag).map_or_else(|| title.resolve(words, survey.default_lang()), |t| Text { text: t.clone(), lang: tag.clone(), fallback: false }),
                go_to: words.t("surveys-slip-go-to"),
                type_code: words.t("surveys-slip-code"),
            }
        })
        .collect();
    Ok(CodesView {
        plan: survey.plan_ref(locale),
        survey: survey.card(locale),
        codes: rows.into_iter().map(|c| (c.code, c.used)).collect(),
        short_url: format!("{public_url}{}", short_path(survey.row.id)),
        qr,
        languages: survey.languages.clone(),
        slips,
    })
}

/// A survey's short address, to type from a printed slip (`/s/12`).
pub fn short_path(survey_id: i32) -> String {
    format!("/s/{survey_id}")
}

/// Where a short address leads: the published survey's page (`None`: no such survey, or not
/// published — a draft's address is no one's business).
pub async fn short_link_target(db: &impl ConnectionTrait, survey_id: i32) -> Result<Option<String>, AppError> {
    let Some(row) = surveys::Entity::find_by_id(survey_id).one(db).await? else { return Ok(None) };
    if row.status != "published" {
        return Ok(None);
    }
    let plan = plans::Entity::find_by_id(row.plan_id).one(db).await?;
    Ok(plan.map(|p| format!("/plans/{}/surveys/{}", p.slug, row.slug)))
}

/// A QR code (SVG, black on white) a phone's camera turns into `address`; empty if it cannot be
/// made (an address too long for a QR code).
fn slip_qr(address: &str) -> String {
    match qrcode::QrCode::with_error_correction_level(address.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => {
            let svg = code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(112, 112).quiet_zone(true).build();
            // Inline in the page: the element alone, without the XML declaration.
            svg.find("<svg").map_or(String::new(), |at| svg[at..].to_owned())
        }
        Err(err) => {
            tracing::error!(error = %err, "QR code for a slip");
            String::new()
        }
    }
}

/// Unused codes of a survey.
pub async fn unused_codes(db: &impl ConnectionTrait, survey_id: i32) -> Result<u64, AppError> {
    Ok(survey_codes::Entity::find()
        .filter(survey_codes::Column::SurveyId.eq(survey_id))
        .filter(survey_codes::Column::Used.eq(false))
        .count(db)
        .await?)
}

/// Counts by question for tests and the seed: the tallies of one survey.
pub async fn tallies(db: &impl ConnectionTrait, survey_id: i32) -> Result<HashMap<(String, String), u64>, AppError> {
    let rows: Vec<(String, String, Option<i64>)> = survey_tallies::Entity::find()
        .filter(survey_tallies::Column::SurveyId.eq(survey_id))
        .select_only()
        .column(survey_tallies::Column::QuestionId)
        .column(survey_tallies::Column::AnswerKey)
        .column_as(sum_n(), "n")
        .group_by(survey_tallies::Column::QuestionId)
        .group_by(survey_tallies::Column::AnswerKey)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(q, k, n)| ((q, k), n.unwrap_or(0).max(0) as u64)).collect())
}

/// For conditions the form page evaluates: a question of the current section by id.
pub fn question<'a>(section: &'a Section, id: &str) -> Option<&'a Question> {
    section.questions.iter().find(|q| q.id == id)
}
