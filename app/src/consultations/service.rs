//! Consultations, server side: opening one (facilitators), listing and showing them, and — while
//! one is open — comments on a measure or a part of it, replies and reactions. Every write is
//! checked against where the consultation stands on the day, and audited where facilitators act.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, JoinType, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait, RelationDef, TransactionTrait,
    sea_query::{Alias, Expr, OnConflict, Query},
};

use super::{
    Anchor, CommentAuthor, CommentView, ConsultationCard, ConsultationState, ConsultationView, ConsultationsView, ManageConsultations,
    MeasureConsultationView, Parts, Reactions,
    domain::{self, CHANNELS, COMMENT_MAX, COMMENTS_PER_PAGE, REACTIONS},
};
use crate::{
    accounts::{
        model::Actor,
        roles::{Action, can},
    },
    audit,
    core::{AppError, Invalid, Translated},
    entity::{consultation_comments as comments, consultation_reactions as reactions, consultations, measures, plan_municipalities, plan_versions, plans, users},
    i18n::Locale,
    moderation::ItemState,
    plans::{
        model::MeasureCard,
        service::{default_lang, languages, plan_ref, scalar},
        timeline::service::calendar_of,
    },
};

/// Longest title and opening text, in characters.
const TITLE_MAX: usize = 300;
const INTRO_MAX: usize = 8_000;
/// Longest consultation, in working days.
const MAX_WORKING_DAYS: u32 = 250;

/// The day it is for the plan's consultations.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn text(plan: &plans::Model, raw: &str, locale: Locale) -> crate::core::Text {
    Translated::from_json(raw).resolve(locale, &default_lang(&plan.languages))
}

fn card(plan: &plans::Model, row: &consultations::Model, version: i32, locale: Locale, today: NaiveDate) -> ConsultationCard {
    ConsultationCard {
        slug: row.slug.clone(),
        title: text(plan, &row.title_i18n, locale),
        state: ConsultationState::on(today, row.opens_on, row.closes_on, row.report_published_at.is_some()),
        opens_on: row.opens_on,
        closes_on: row.closes_on,
        version,
    }
}

fn list_of(raw: &str) -> Vec<String> {
    serde_json::from_str(raw).unwrap_or_default()
}

/// Whether `code` is among the measures a consultation covers (an empty scope is all of them).
fn covers(row: &consultations::Model, code: &str) -> bool {
    let scope = list_of(&row.scope);
    scope.is_empty() || scope.iter().any(|c| c == code)
}

/// The plan's published versions: id → number.
async fn version_numbers(db: &impl ConnectionTrait, plan_id: i32) -> Result<HashMap<i32, i32>, AppError> {
    let rows: Vec<(i32, i32)> = plan_versions::Entity::find()
        .select_only()
        .column(plan_versions::Column::Id)
        .column(plan_versions::Column::Number)
        .filter(plan_versions::Column::PlanId.eq(plan_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// A plan's consultations, newest first; with the form's choices for those who may open one.
pub async fn list(db: &DatabaseConnection, plan: plans::Model, manage: bool, locale: Locale) -> Result<ConsultationsView, AppError> {
    let rows = consultations::Entity::find()
        .filter(consultations::Column::PlanId.eq(plan.id))
        .order_by_desc(consultations::Column::OpensOn)
        .order_by_desc(consultations::Column::Id)
        .all(db)
        .await?;
    let numbers = version_numbers(db, plan.id).await?;
    let today = today();
    let consultations = rows.iter().map(|r| card(&plan, r, numbers.get(&r.version_id).copied().unwrap_or(0), locale, today)).collect();
    let manage = if manage {
        let mut versions: Vec<i32> = numbers.values().copied().collect();
        versions.sort_unstable_by(|a, b| b.cmp(a));
        let measures = measures::Entity::find()
            .filter(measures::Column::PlanId.eq(plan.id))
            .order_by_asc(measures::Column::Code)
            .all(db)
            .await?
            .iter()
            .map(|m| MeasureCard { code: m.code.clone(), level: m.level, title: text(&plan, &m.title_i18n, locale), summary: text(&plan, &m.summary_i18n, locale) })
            .collect();
        Some(ManageConsultations { versions, measures, languages: languages(&plan.languages) })
    } else {
        None
    };
    Ok(ConsultationsView { plan: plan_ref(&plan, locale), consultations, manage })
}

/// When a new consultation closes: on a day, or after a number of working days (its first day
/// counted if it is one), as the Code of Administrative Procedure counts them.
pub enum Closing {
    On(NaiveDate),
    WorkingDays(u32),
}

/// What the form to open a consultation sends (texts in the plan's own language).
pub struct NewConsultation {
    pub title: String,
    pub intro: String,
    pub version: i32,
    /// Codes of the measures consulted; empty for all.
    pub scope: Vec<String>,
    pub channels: Vec<String>,
    pub languages: Vec<String>,
    pub opens_on: NaiveDate,
    pub closing: Closing,
}

/// Opens a consultation (scheduled until its first day); its slug (`c1`, `c2`…).
pub async fn create(db: &DatabaseConnection, plan: plans::Model, actor: i32, new: NewConsultation) -> Result<String, AppError> {
    let title = new.title.trim();
    if title.is_empty() {
        return Err(Invalid::TitleMissing.into());
    }
    if title.chars().count() > TITLE_MAX || new.intro.chars().count() > INTRO_MAX {
        return Err(Invalid::TooLong.into());
    }
    if new.channels.is_empty() || new.channels.iter().any(|c| !CHANNELS.contains(&c.as_str())) {
        return Err(Invalid::ChannelsMissing.into());
    }
    let offered = languages(&plan.languages);
    if new.languages.is_empty() || new.languages.iter().any(|l| !offered.contains(l)) {
        return Err(Invalid::LanguageUnknown.into());
    }
    let (closes_on, working_days) = match new.closing {
        Closing::On(day) if day < new.opens_on => return Err(Invalid::DatesReversed.into()),
        Closing::On(day) => (day, None),
        Closing::WorkingDays(n) if n == 0 || n > MAX_WORKING_DAYS => return Err(Invalid::NumberInvalid.into()),
        Closing::WorkingDays(n) => {
            let calendar = calendar_of(db, &plan).await?;
            (calendar.working_days_after(new.opens_on.pred_opt().unwrap_or(new.opens_on), n), Some(i32::try_from(n).unwrap_or(i32::MAX)))
        }
    };
    let version = plan_versions::Entity::find()
        .filter(plan_versions::Column::PlanId.eq(plan.id))
        .filter(plan_versions::Column::Number.eq(new.version))
        .one(db)
        .await?
        .ok_or(AppError::Invalid(Invalid::VersionUnknown))?;
    if !new.scope.is_empty() {
        let known: HashSet<String> = measures::Entity::find()
            .select_only()
            .column(measures::Column::Code)
            .filter(measures::Column::PlanId.eq(plan.id))
            .into_tuple::<String>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        if new.scope.iter().any(|c| !known.contains(c)) {
            return Err(Invalid::MeasureUnknown.into());
        }
    }
    let own = default_lang(&plan.languages);
    let one = |value: &str| {
        let mut t = Translated::default();
        if !value.trim().is_empty() {
            t.0.insert(own.clone(), value.trim().to_owned());
        }
        t.to_json()
    };
    let json = |list: &Vec<String>| serde_json::to_string(list).map_err(|_| AppError::Internal);
    let txn = db.begin().await?;
    let held = consultations::Entity::find().filter(consultations::Column::PlanId.eq(plan.id)).all(&txn).await?;
    let slug = (1..).map(|n| format!("c{n}")).find(|s| !held.iter().any(|h| &h.slug == s)).unwrap_or_default();
    let row = consultations::ActiveModel {
        plan_id: Set(plan.id),
        version_id: Set(version.id),
        slug: Set(slug.clone()),
        title_i18n: Set(one(title)),
        intro_i18n: Set(one(&new.intro)),
        scope: Set(json(&new.scope)?),
        channels: Set(json(&new.channels)?),
        languages: Set(json(&new.languages)?),
        opens_on: Set(new.opens_on),
        closes_on: Set(closes_on),
        working_days: Set(working_days),
        report_published_at: Set(None),
        created_by: Set(Some(actor)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "consultation.opened",
        target_type: "consultation",
        target_id: row.id.to_string(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "slug": slug, "version": new.version, "opens_on": new.opens_on, "closes_on": closes_on }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(slug)
}

async fn by_slug(db: &impl ConnectionTrait, plan: &plans::Model, slug: &str) -> Result<consultations::Model, AppError> {
    consultations::Entity::find()
        .filter(consultations::Column::PlanId.eq(plan.id))
        .filter(consultations::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// One consultation: what it is about and how many comments each of its measures has.
pub async fn view(db: &DatabaseConnection, plan: plans::Model, slug: &str, locale: Locale) -> Result<ConsultationView, AppError> {
    let row = by_slug(db, &plan, slug).await?;
    let numbers = version_numbers(db, plan.id).await?;
    let rows = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).order_by_asc(measures::Column::Code).all(db).await?;
    let counts: HashMap<i32, i64> = comments::Entity::find()
        .select_only()
        .column(comments::Column::MeasureId)
        .column_as(comments::Column::Id.count(), "n")
        .filter(comments::Column::ConsultationId.eq(row.id))
        .filter(comments::Column::State.eq("visible"))
        .group_by(comments::Column::MeasureId)
        .into_tuple::<(i32, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let measures = rows
        .iter()
        .filter(|m| covers(&row, &m.code))
        .map(|m| {
            let card = MeasureCard { code: m.code.clone(), level: m.level, title: text(&plan, &m.title_i18n, locale), summary: text(&plan, &m.summary_i18n, locale) };
            (card, u64::try_from(counts.get(&m.id).copied().unwrap_or(0)).unwrap_or(0))
        })
        .collect();
    Ok(ConsultationView {
        plan: plan_ref(&plan, locale),
        card: card(&plan, &row, numbers.get(&row.version_id).copied().unwrap_or(0), locale, today()),
        intro: text(&plan, &row.intro_i18n, locale),
        channels: list_of(&row.channels),
        languages: list_of(&row.languages),
        working_days: row.working_days,
        measures,
    })
}

/// The consultation a measure page shows: the latest one of the plan that has opened and covers
/// the measure.
async fn of_measure(db: &impl ConnectionTrait, plan_id: i32, code: &str) -> Result<Option<consultations::Model>, AppError> {
    let rows = consultations::Entity::find()
        .filter(consultations::Column::PlanId.eq(plan_id))
        .filter(consultations::Column::OpensOn.lte(today()))
        .order_by_desc(consultations::Column::OpensOn)
        .order_by_desc(consultations::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().find(|r| covers(r, code)))
}

/// How many parts of each kind a measure has, read in the plan's own language.
fn parts_of(plan: &plans::Model, measure: &measures::Model, indicators: usize) -> Parts {
    let own = default_lang(&plan.languages);
    let description = Translated::from_json(&measure.description_i18n).0.get(&own).cloned().unwrap_or_default();
    let objectives: Vec<Translated> = serde_json::from_str(&measure.objectives_i18n).unwrap_or_default();
    Parts { paragraphs: domain::paragraphs(&description).len(), objectives: objectives.len(), indicators }
}

#[derive(FromQueryResult)]
struct CommentRow {
    id: i32,
    anchor: String,
    parent_id: Option<i32>,
    author_id: Option<i32>,
    state: String,
    shown_as: String,
    channel: String,
    received_on: Option<NaiveDate>,
    offline_name: Option<String>,
    body_html: String,
    lang: String,
    affects_me: bool,
    created_at: chrono::DateTime<Utc>,
    author_name: Option<String>,
    municipality_name: Option<String>,
    version_number: Option<i32>,
}

impl CommentRow {
    /// The comment as `reader` sees it: its text only while it is visible.
    fn view(self, reader: Option<i32>) -> CommentView {
        let state = ItemState::parse(&self.state).unwrap_or(ItemState::Hidden);
        let author = match (self.channel.as_str(), self.shown_as.as_str()) {
            _ if state == ItemState::Deleted => CommentAuthor::Withheld,
            ("web", "name") => CommentAuthor::Name(self.author_name.unwrap_or_default()),
            ("web", _) => CommentAuthor::Resident(self.municipality_name.unwrap_or_default()),
            _ => CommentAuthor::Offline(self.offline_name),
        };
        CommentView {
            id: self.id,
            anchor: self.anchor,
            author,
            body_html: if state == ItemState::Visible { self.body_html } else { String::new() },
            state,
            own: reader.is_some() && self.author_id == reader,
            lang: self.lang,
            affects_me: self.affects_me,
            channel: self.channel,
            on: self.received_on.unwrap_or_else(|| self.created_at.date_naive()),
            version: self.version_number.unwrap_or(0),
            replies: Vec::new(),
        }
    }
}

/// Comments with their author's name, municipality and version number, in one statement.
fn comment_rows() -> sea_orm::Select<comments::Entity> {
    let author: RelationDef = comments::Entity::belongs_to(users::Entity).from(comments::Column::AuthorId).to(users::Column::Id).into();
    let town: RelationDef =
        comments::Entity::belongs_to(plan_municipalities::Entity).from(comments::Column::MunicipalityId).to(plan_municipalities::Column::Id).into();
    let version: RelationDef = comments::Entity::belongs_to(plan_versions::Entity).from(comments::Column::VersionId).to(plan_versions::Column::Id).into();
    comments::Entity::find()
        .select_only()
        .columns([
            comments::Column::Id,
            comments::Column::Anchor,
            comments::Column::ParentId,
            comments::Column::AuthorId,
            comments::Column::State,
            comments::Column::ShownAs,
            comments::Column::Channel,
            comments::Column::ReceivedOn,
            comments::Column::OfflineName,
            comments::Column::BodyHtml,
            comments::Column::Lang,
            comments::Column::AffectsMe,
            comments::Column::CreatedAt,
        ])
        .column_as(users::Column::DisplayName, "author_name")
        .column_as(plan_municipalities::Column::Name, "municipality_name")
        .column_as(plan_versions::Column::Number, "version_number")
        .join(JoinType::LeftJoin, author)
        .join(JoinType::LeftJoin, town)
        .join(JoinType::LeftJoin, version)
}

/// What the measure page shows of the consultation on it: page `page` of its comments (newest
/// first, with their replies), the reactions, and what the reader may do. `None` if no
/// consultation covers the measure.
pub async fn for_measure(
    db: &DatabaseConnection,
    slug: &str,
    code: &str,
    page: u64,
    locale: Locale,
    actor: Option<&Actor>,
) -> Result<Option<MeasureConsultationView>, AppError> {
    let (plan, measure, _) = crate::plans::service::measure_for_page(db, slug, code).await?;
    let Some(row) = of_measure(db, plan.id, code).await? else { return Ok(None) };
    let reader = actor.map(|a| a.user_id);
    // Counts, reactions and versions in one statement.
    let top = comments::Entity::find()
        .select_only()
        .expr(Expr::cust("COUNT(*)"))
        .filter(comments::Column::ConsultationId.eq(row.id))
        .filter(comments::Column::MeasureId.eq(measure.id))
        .filter(comments::Column::ParentId.is_null());
    let reacted = |kind: &str| {
        reactions::Entity::find()
            .select_only()
            .expr(Expr::cust("COUNT(*)"))
            .filter(reactions::Column::ConsultationId.eq(row.id))
            .filter(reactions::Column::MeasureId.eq(measure.id))
            .filter(reactions::Column::Reaction.eq(kind))
            .into_query()
    };
    let mine = reactions::Entity::find()
        .select_only()
        .column(reactions::Column::Reaction)
        .filter(reactions::Column::ConsultationId.eq(row.id))
        .filter(reactions::Column::MeasureId.eq(measure.id))
        .filter(reactions::Column::UserId.eq(actor.map_or(0, |a| a.user_id)));
    let versions = |number_of: i32| plan_versions::Entity::find().select_only().column(plan_versions::Column::Number).filter(plan_versions::Column::Id.eq(number_of)).into_query();
    let latest = plan_versions::Entity::find()
        .select_only()
        .expr(Expr::cust("MAX(number)"))
        .filter(plan_versions::Column::PlanId.eq(plan.id))
        .into_query();
    let figures = Query::select()
        .expr_as(scalar(top.into_query()), Alias::new("total"))
        .expr_as(scalar(reacted("support")), Alias::new("support"))
        .expr_as(scalar(reacted("neutral")), Alias::new("neutral"))
        .expr_as(scalar(reacted("oppose")), Alias::new("oppose"))
        .expr_as(scalar(mine.limit(1).into_query()), Alias::new("mine"))
        .expr_as(scalar(versions(row.version_id)), Alias::new("consulted"))
        .expr_as(scalar(latest), Alias::new("latest"))
        .to_owned();
    let figures = db.query_one(&figures).await?.ok_or(AppError::Internal)?;
    let number = |name: &str| figures.try_get::<Option<i64>>("", name).map(|n| u64::try_from(n.unwrap_or(0)).unwrap_or(0));
    let total = number("total")?;
    let reactions = Reactions { support: number("support")?, neutral: number("neutral")?, oppose: number("oppose")? };
    let mine: Option<String> = figures.try_get("", "mine")?;
    // Version numbers are integers (INT4 on PostgreSQL), not counts.
    let consulted: i32 = figures.try_get::<Option<i32>>("", "consulted")?.unwrap_or(0);
    let latest: Option<i32> = figures.try_get("", "latest")?;
    let pages = total.div_ceil(COMMENTS_PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let top: Vec<CommentRow> = comment_rows()
        .filter(comments::Column::ConsultationId.eq(row.id))
        .filter(comments::Column::MeasureId.eq(measure.id))
        .filter(comments::Column::ParentId.is_null())
        .order_by_desc(comments::Column::Id)
        .offset((page - 1) * COMMENTS_PER_PAGE)
        .limit(COMMENTS_PER_PAGE)
        .into_model()
        .all(db)
        .await?;
    let ids: Vec<i32> = top.iter().map(|c| c.id).collect();
    let mut replies: HashMap<i32, Vec<CommentView>> = HashMap::new();
    if !ids.is_empty() {
        let rows: Vec<CommentRow> = comment_rows().filter(comments::Column::ParentId.is_in(ids)).order_by_asc(comments::Column::Id).into_model().all(db).await?;
        for reply in rows {
            let parent = reply.parent_id.unwrap_or_default();
            replies.entry(parent).or_default().push(reply.view(reader));
        }
    }
    let comments = top
        .into_iter()
        .map(|c| {
            let id = c.id;
            CommentView { replies: replies.remove(&id).unwrap_or_default(), ..c.view(reader) }
        })
        .collect();
    let municipalities = if actor.is_some() {
        plan_municipalities::Entity::find()
            .filter(plan_municipalities::Column::PlanId.eq(plan.id))
            .order_by_asc(plan_municipalities::Column::Position)
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.slug, m.name))
            .collect()
    } else {
        Vec::new()
    };
    let indicators = crate::plans::service::indicator_count(db, measure.id).await?;
    Ok(Some(MeasureConsultationView {
        plan: plan.slug.clone(),
        code: measure.code.clone(),
        consultation: card(&plan, &row, consulted, locale, today()),
        current_version: latest,
        parts: parts_of(&plan, &measure, indicators),
        comments,
        total,
        page,
        pages,
        reactions,
        mine,
        signed_in: actor.is_some(),
        can_moderate: actor.is_some_and(|a| can(Some(&a.grants), Action::Moderate { plan_id: plan.id })),
        municipalities,
    }))
}

/// What the comment form sends.
pub struct NewComment {
    pub consultation: String,
    pub anchor: String,
    pub body: String,
    pub lang: String,
    pub affects_me: bool,
    /// `name` or `resident`.
    pub shown_as: String,
    /// The municipality's slug, for `resident`.
    pub municipality: String,
    /// The comment this replies to.
    pub parent: Option<i32>,
}

/// The open consultation `slug` of the measure's plan, covering the measure; refused if it is not
/// open today.
async fn open_on(db: &impl ConnectionTrait, plan: &plans::Model, slug: &str, code: &str) -> Result<consultations::Model, AppError> {
    let row = by_slug(db, plan, slug).await?;
    if !covers(&row, code) {
        return Err(AppError::NotFound);
    }
    if ConsultationState::on(today(), row.opens_on, row.closes_on, row.report_published_at.is_some()) != ConsultationState::Open {
        return Err(Invalid::ConsultationClosed.into());
    }
    Ok(row)
}

/// A comment (or a reply) by a signed-in person; its id.
pub async fn comment(db: &DatabaseConnection, slug: &str, code: &str, actor: &Actor, new: NewComment) -> Result<i32, AppError> {
    let (plan, measure, _) = crate::plans::service::measure_for_page(db, slug, code).await?;
    let row = open_on(db, &plan, &new.consultation, code).await?;
    let body = domain::comment_text(&new.body).ok_or(AppError::Invalid(Invalid::CommentEmpty))?;
    if body.chars().count() > COMMENT_MAX {
        return Err(Invalid::TooLong.into());
    }
    let lang = crate::i18n::content_tag(&new.lang).ok_or(AppError::Invalid(Invalid::LanguageUnknown))?;
    let (anchor, parent) = match new.parent {
        Some(parent) => {
            let parent = comments::Entity::find_by_id(parent)
                .filter(comments::Column::ConsultationId.eq(row.id))
                .filter(comments::Column::MeasureId.eq(measure.id))
                .filter(comments::Column::ParentId.is_null())
                .filter(comments::Column::State.eq("visible"))
                .one(db)
                .await?
                .ok_or(AppError::Invalid(Invalid::ReplyUnknown))?;
            (parent.anchor, Some(parent.id))
        }
        None => {
            let anchor = Anchor::parse(&new.anchor).ok_or(AppError::Invalid(Invalid::AnchorUnknown))?;
            let indicators = crate::plans::service::indicator_count(db, measure.id).await?;
            if !anchor.exists_in(parts_of(&plan, &measure, indicators)) {
                return Err(Invalid::AnchorUnknown.into());
            }
            (anchor.key(), None)
        }
    };
    let municipality = match new.shown_as.as_str() {
        "name" if actor.display_name.as_deref().is_none_or(|n| n.trim().is_empty()) => return Err(Invalid::DisplayNameMissing.into()),
        "name" => None,
        "resident" => Some(
            plan_municipalities::Entity::find()
                .filter(plan_municipalities::Column::PlanId.eq(plan.id))
                .filter(plan_municipalities::Column::Slug.eq(new.municipality.as_str()))
                .one(db)
                .await?
                .ok_or(AppError::Invalid(Invalid::MunicipalityNotInPlan))?
                .id,
        ),
        _ => return Err(Invalid::FormInvalid.into()),
    };
    let saved = comments::ActiveModel {
        consultation_id: Set(row.id),
        measure_id: Set(measure.id),
        version_id: Set(row.version_id),
        anchor: Set(anchor),
        parent_id: Set(parent),
        author_id: Set(Some(actor.user_id)),
        shown_as: Set(new.shown_as.clone()),
        municipality_id: Set(municipality),
        channel: Set("web".to_owned()),
        received_on: Set(None),
        entered_by: Set(None),
        offline_name: Set(None),
        body: Set(body.to_owned()),
        body_html: Set(crate::markdown::to_html(body)),
        lang: Set(lang),
        affects_me: Set(new.affects_me),
        state: Set("visible".to_owned()),
        created_at: Set(Utc::now()),
        edited_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}

/// A signed-in person's reaction to a measure (replacing their earlier one).
pub async fn react(db: &DatabaseConnection, slug: &str, code: &str, consultation: &str, actor: &Actor, reaction: &str) -> Result<(), AppError> {
    if !REACTIONS.contains(&reaction) {
        return Err(Invalid::FormInvalid.into());
    }
    let (plan, measure, _) = crate::plans::service::measure_for_page(db, slug, code).await?;
    let row = open_on(db, &plan, consultation, code).await?;
    let new = reactions::ActiveModel {
        consultation_id: Set(row.id),
        measure_id: Set(measure.id),
        user_id: Set(actor.user_id),
        reaction: Set(reaction.to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    reactions::Entity::insert(new)
        .on_conflict(
            OnConflict::columns([reactions::Column::ConsultationId, reactions::Column::MeasureId, reactions::Column::UserId])
                .update_columns([reactions::Column::Reaction, reactions::Column::CreatedAt])
                .to_owned(),
        )
        .exec(db)
        .await?;
    Ok(())
}

/// The author deletes their own comment: its text goes, a placeholder keeps its place (and its
/// replies). Where it was.
pub async fn delete_own(db: &DatabaseConnection, slug: &str, code: &str, actor: &Actor, id: i32) -> Result<String, AppError> {
    let (plan, measure, _) = crate::plans::service::measure_for_page(db, slug, code).await?;
    let row = comments::Entity::find_by_id(id)
        .filter(comments::Column::MeasureId.eq(measure.id))
        .filter(comments::Column::State.is_in([ItemState::Visible.key(), ItemState::Hidden.key()]))
        .one(db)
        .await?
        .ok_or(AppError::Invalid(Invalid::ItemUnknown))?;
    if row.author_id != Some(actor.user_id) || row.channel != "web" {
        return Err(Invalid::NotYours.into());
    }
    comments::Entity::update_many()
        .col_expr(comments::Column::State, ItemState::Deleted.key().into())
        .col_expr(comments::Column::Body, String::new().into())
        .col_expr(comments::Column::BodyHtml, String::new().into())
        .col_expr(comments::Column::EditedAt, Some(Utc::now()).into())
        .filter(comments::Column::Id.eq(row.id))
        .exec(db)
        .await?;
    Ok(format!("/plans/{}/measures/{}#comment-{}", plan.slug, measure.code, row.id))
}
