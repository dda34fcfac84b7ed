//! Comments of a consultation, server side: what a measure page shows of the consultation on it
//! (a page of comments with their replies, reactions, what the reader may do); comments and
//! replies by signed-in people while it is open; comments facilitators enter on someone's behalf
//! from paper, email or a session; reactions; an author deleting their own comment.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, JoinType, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait, RelationDef,
    sea_query::{Alias, Expr, IntoCondition, OnConflict, Query},
};

use super::{
    Anchor, Byline, CommentView, MeasureConsultationView, Reactions,
    domain::{self, COMMENT_MAX, COMMENTS_PER_PAGE, REACTIONS},
    service::{card, of_measure, open_on, parts_of, today},
};
use crate::writes::BeginWrite;
use crate::{
    accounts::{
        model::Actor,
        roles::{Action, can},
    },
    core::{AppError, Invalid, Translated},
    entity::{consultation_comments as comments, consultation_dispositions as dispositions, consultation_reactions as reactions, consultations, measures, plan_municipalities, plan_versions, plans, users},
    audit,
    i18n::Locale,
    moderation::ItemState,
    plans::service::scalar,
};

/// A comment as pages read it, with its author's name, municipality, version and answer.
#[derive(FromQueryResult)]
pub(super) struct CommentRow {
    pub(super) id: i32,
    pub(super) measure_id: i32,
    anchor: String,
    parent_id: Option<i32>,
    author_id: Option<i32>,
    state: String,
    shown_as: String,
    channel: String,
    received_on: Option<NaiveDate>,
    offline_name: Option<String>,
    body_html: String,
    body: String,
    lang: String,
    affects_me: bool,
    created_at: chrono::DateTime<Utc>,
    author_name: Option<String>,
    municipality_name: Option<String>,
    version_number: Option<i32>,
    d_decision: Option<String>,
    d_reason: Option<String>,
    d_changed_in: Option<i32>,
    d_decided_at: Option<chrono::DateTime<Utc>>,
}

/// Who reads, and in which language: what a comment shows depends on both.
#[derive(Clone, Copy)]
pub(super) struct Reading<'a> {
    pub(super) reader: Option<i32>,
    /// The plan's own language (the fallback of translated texts).
    pub(super) own: &'a str,
    /// The plan's time zone: the day a comment was written is the plan's day.
    pub(super) zone: &'a str,
    pub(super) locale: Locale,
}

impl CommentRow {
    /// The comment as `reading` sees it: its text only while it is visible.
    pub(super) fn view(self, reading: Reading<'_>) -> CommentView {
        let reader = reading.reader;
        let disposition = super::dispositions::disposition(self.d_decision, self.d_reason.as_deref(), self.d_changed_in, self.d_decided_at, reading.zone, reading.own, reading.locale);
        let state = ItemState::parse(&self.state).unwrap_or(ItemState::Hidden);
        let author = match (self.channel.as_str(), self.shown_as.as_str()) {
            _ if state == ItemState::Deleted => Byline::Withheld,
            ("web", "name") => Byline::Name(self.author_name.unwrap_or_default()),
            ("web", _) => Byline::Resident(self.municipality_name.unwrap_or_default()),
            _ => Byline::Offline(self.offline_name),
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
            on: self.received_on.unwrap_or_else(|| crate::plans::clock::day_at(reading.zone, self.created_at)),
            version: self.version_number.unwrap_or(0),
            replies: Vec::new(),
            disposition,
        }
    }
}

impl CommentRow {
    /// The comment as a record of the consultation's download (on measure `code`).
    pub(super) fn record(self, code: &str, zone: &str) -> super::export::Record {
        let (author_kind, author) = match (self.channel.as_str(), self.shown_as.as_str()) {
            ("web", "name") => ("name", self.author_name.clone().unwrap_or_default()),
            ("web", _) => ("resident", self.municipality_name.clone().unwrap_or_default()),
            _ => ("offline", self.offline_name.clone().unwrap_or_default()),
        };
        super::export::Record {
            kind: if self.parent_id.is_some() { "reply" } else { "comment" },
            id: self.id,
            reply_to: self.parent_id,
            measure: code.to_owned(),
            part: self.anchor.clone(),
            version: self.version_number.unwrap_or(0),
            author_kind,
            author,
            channel: self.channel.clone(),
            date: self.received_on.unwrap_or_else(|| crate::plans::clock::day_at(zone, self.created_at)),
            lang: self.lang.clone(),
            affects_me: self.affects_me,
            stance: String::new(),
            text: self.body.clone(),
            proposed_part: String::new(),
            proposed_text: String::new(),
            decision: self.d_decision.clone().unwrap_or_default(),
            reason: self.d_reason.as_deref().map(|r| Translated::from_json(r).0.into_values().next().unwrap_or_default()).unwrap_or_default(),
            changed_in: self.d_changed_in,
        }
    }

    /// The comment as "How your input was used" lists it (on measure `code` of plan `plan`).
    pub(super) fn input(self, reading: Reading<'_>, plan: &str, code: &str) -> super::InputItem {
        let place = format!("/plans/{plan}/measures/{code}#comment-{}", self.id);
        let view = self.view(reading);
        super::InputItem {
            kind: "comment".to_owned(),
            measure: code.to_owned(),
            author: view.author,
            channel: view.channel,
            lang: view.lang,
            body_html: view.body_html,
            stance: None,
            on: view.on,
            disposition: view.disposition,
            place,
            outcome: super::evidence::comment_outcome(view.id),
        }
    }
}

/// Comments with their author's name, municipality, version number and answer, in one
/// statement.
pub(super) fn comment_rows() -> sea_orm::Select<comments::Entity> {
    let author: RelationDef = comments::Entity::belongs_to(users::Entity).from(comments::Column::AuthorId).to(users::Column::Id).into();
    let town: RelationDef =
        comments::Entity::belongs_to(plan_municipalities::Entity).from(comments::Column::MunicipalityId).to(plan_municipalities::Column::Id).into();
    let version: RelationDef = comments::Entity::belongs_to(plan_versions::Entity).from(comments::Column::VersionId).to(plan_versions::Column::Id).into();
    comments::Entity::find()
        .select_only()
        .columns([
            comments::Column::Id,
            comments::Column::MeasureId,
            comments::Column::Anchor,
            comments::Column::ParentId,
            comments::Column::AuthorId,
            comments::Column::State,
            comments::Column::ShownAs,
            comments::Column::Channel,
            comments::Column::ReceivedOn,
            comments::Column::OfflineName,
            comments::Column::BodyHtml,
            comments::Column::Body,
            comments::Column::Lang,
            comments::Column::AffectsMe,
            comments::Column::CreatedAt,
        ])
        .column_as(users::Column::DisplayName, "author_name")
        .column_as(plan_municipalities::Column::Name, "municipality_name")
        .column_as(plan_versions::Column::Number, "version_number")
        .column_as(dispositions::Column::Decision, "d_decision")
        .column_as(dispositions::Column::ReasonI18n, "d_reason")
        .column_as(dispositions::Column::ChangedIn, "d_changed_in")
        .column_as(dispositions::Column::DecidedAt, "d_decided_at")
        .join(JoinType::LeftJoin, author)
        .join(JoinType::LeftJoin, town)
        .join(JoinType::LeftJoin, version)
        .join(JoinType::LeftJoin, answer_of_comment())
}

/// A comment's answer, to join to comments.
pub(super) fn answer_of_comment() -> RelationDef {
    comments::Entity::belongs_to(dispositions::Entity)
        .from(comments::Column::Id)
        .to(dispositions::Column::InputId)
        .on_condition(|_, answer| sea_orm::sea_query::ExprTrait::eq(Expr::col((answer, dispositions::Column::InputKind)), "comment").into_condition())
        .into()
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
    let Some(row) = of_measure(db, &plan, code).await? else { return Ok(None) };
    let own = crate::plans::service::default_lang(&plan.languages);
    let reading = Reading { reader: actor.map(|a| a.user_id), own: &own, zone: &plan.time_zone, locale };
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
    // The page's comments and their replies in one statement, oldest first.
    let on_page = || {
        comments::Entity::find()
            .select_only()
            .column(comments::Column::Id)
            .filter(comments::Column::ConsultationId.eq(row.id))
            .filter(comments::Column::MeasureId.eq(measure.id))
            .filter(comments::Column::ParentId.is_null())
            .order_by_desc(comments::Column::Id)
            .offset((page - 1) * COMMENTS_PER_PAGE)
            .limit(COMMENTS_PER_PAGE)
            .into_query()
    };
    let shown: Vec<CommentRow> = comment_rows()
        .filter(
            sea_orm::Condition::any()
                .add(comments::Column::Id.in_subquery(on_page()))
                .add(comments::Column::ParentId.in_subquery(on_page())),
        )
        .order_by_asc(comments::Column::Id)
        .into_model()
        .all(db)
        .await?;
    let mut top = Vec::new();
    let mut replies: HashMap<i32, Vec<CommentView>> = HashMap::new();
    for c in shown {
        match c.parent_id {
            Some(parent) => replies.entry(parent).or_default().push(c.view(reading)),
            None => top.push(c),
        }
    }
    top.reverse();
    let comments = top
        .into_iter()
        .map(|c| {
            let id = c.id;
            CommentView { replies: replies.remove(&id).unwrap_or_default(), ..c.view(reading) }
        })
        .collect();
    let municipalities = if actor.is_some() { crate::accounts::byline::municipalities(db, &plan).await? } else { Vec::new() };
    let indicators = crate::plans::service::indicator_count(db, &plan, measure.id).await?;
    let positions = super::positions::of_measure(db, &plan, row.id, measure.id, locale).await?;
    let representing = super::positions::representing(db, &plan, actor, locale).await?;
    let consultation = card(&plan, &row, consulted, locale, today(&plan));
    Ok(Some(MeasureConsultationView {
        plan: plan.slug.clone(),
        code: measure.code.clone(),
        open: consultation.state == super::domain::ConsultationState::Open && measure.status != crate::plans::service::WITHDRAWN,
        consultation,
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
        offline_channels: if actor.is_some_and(|a| can(Some(&a.grants), Action::EditPlanContent { plan_id: plan.id })) {
            serde_json::from_str::<Vec<String>>(&row.channels).unwrap_or_default().into_iter().filter(|c| c != "web").collect()
        } else {
            Vec::new()
        },
        today: today(&plan),
        positions,
        representing,
        answering: actor
            .is_some_and(|a| can(Some(&a.grants), Action::EditPlanContent { plan_id: plan.id }))
            .then(|| (consulted + 1..=latest.unwrap_or(consulted)).collect()),
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

/// A comment's text (trimmed, within the limit) and the language it is in.
pub(super) fn written<'a>(body: &'a str, lang: &str) -> Result<(&'a str, String), AppError> {
    let body = domain::comment_text(body).ok_or(AppError::Invalid(Invalid::CommentEmpty))?;
    if body.chars().count() > COMMENT_MAX {
        return Err(Invalid::TooLong.into());
    }
    let lang = crate::i18n::content_tag(lang).ok_or(AppError::Invalid(Invalid::LanguageUnknown))?;
    Ok((body, lang))
}

/// The part of the measure an anchor's key names, if the measure has it.
pub(super) async fn part(db: &DatabaseConnection, plan: &plans::Model, measure: &measures::Model, key: &str) -> Result<String, AppError> {
    let anchor = Anchor::parse(key).ok_or(AppError::Invalid(Invalid::AnchorUnknown))?;
    let indicators = crate::plans::service::indicator_count(db, plan, measure.id).await?;
    if !anchor.exists_in(parts_of(plan, measure, indicators)) {
        return Err(Invalid::AnchorUnknown.into());
    }
    Ok(anchor.key())
}

/// A comment (or a reply) by a signed-in person; its id.
pub async fn comment(db: &DatabaseConnection, slug: &str, code: &str, actor: &Actor, new: NewComment) -> Result<i32, AppError> {
    let (plan, measure, _) = crate::plans::service::measure_for_page(db, slug, code).await?;
    let row = open_on(db, &plan, &new.consultation, &measure).await?;
    let (body, lang) = written(&new.body, &new.lang)?;
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
        None => (part(db, &plan, &measure, &new.anchor).await?, None),
    };
    let municipality = crate::accounts::byline::signed(db, &plan, actor, &new.shown_as, &new.municipality).await?;
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
    let row = open_on(db, &plan, consultation, &measure).await?;
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

/// What the form for a comment received offline sends (facilitators).
pub struct OfflineComment {
    pub consultation: String,
    pub anchor: String,
    pub body: String,
    pub lang: String,
    pub affects_me: bool,
    /// `paper`, `email` or `in_person`: one of the consultation's channels.
    pub channel: String,
    pub received_on: NaiveDate,
    /// The name the person gave, if any.
    pub name: String,
}

/// Longest name given with a comment received offline, in characters.
const OFFLINE_NAME_MAX: usize = 200;

/// The consultation `slug` of the measure's plan, covering the measure, still taking comments
/// received offline: not before it opened, and until its report is published (paper arrives
/// late); refused otherwise.
async fn taking_offline(db: &impl ConnectionTrait, plan: &plans::Model, slug: &str, code: &str, received_on: NaiveDate) -> Result<consultations::Model, AppError> {
    let row = super::service::by_slug(db, plan, slug).await?;
    if !super::service::covers(&row, code) {
        return Err(AppError::NotFound);
    }
    if row.report_published_at.is_some() || today(plan) < row.opens_on {
        return Err(Invalid::ConsultationClosed.into());
    }
    if received_on < row.opens_on || received_on > row.closes_on || received_on > today(plan) {
        return Err(Invalid::ReceivedOutsidePeriod.into());
    }
    Ok(row)
}

/// A comment received on paper, by email or at a session, entered by a facilitator on the
/// person's behalf (audited); it counts like any other and says where it came from. Its id.
pub async fn enter_offline(db: &DatabaseConnection, plan: &plans::Model, code: &str, actor: i32, new: OfflineComment) -> Result<i32, AppError> {
    let measure = measures::Entity::find()
        .filter(measures::Column::PlanId.eq(plan.id))
        .filter(measures::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let row = taking_offline(db, plan, &new.consultation, code, new.received_on).await?;
    let channels: Vec<String> = serde_json::from_str(&row.channels).unwrap_or_default();
    if new.channel == "web" || !channels.contains(&new.channel) {
        return Err(Invalid::FormInvalid.into());
    }
    let (body, lang) = written(&new.body, &new.lang)?;
    let anchor = part(db, plan, &measure, &new.anchor).await?;
    let name = new.name.trim();
    if name.chars().count() > OFFLINE_NAME_MAX {
        return Err(Invalid::TooLong.into());
    }
    let txn = db.begin_write().await?;
    let saved = comments::ActiveModel {
        consultation_id: Set(row.id),
        measure_id: Set(measure.id),
        version_id: Set(row.version_id),
        anchor: Set(anchor),
        parent_id: Set(None),
        author_id: Set(None),
        shown_as: Set("offline".to_owned()),
        municipality_id: Set(None),
        channel: Set(new.channel.clone()),
        received_on: Set(Some(new.received_on)),
        entered_by: Set(Some(actor)),
        offline_name: Set((!name.is_empty()).then(|| name.to_owned())),
        body: Set(body.to_owned()),
        body_html: Set(crate::markdown::to_html(body)),
        lang: Set(lang),
        affects_me: Set(new.affects_me),
        state: Set(ItemState::Visible.key().to_owned()),
        created_at: Set(Utc::now()),
        edited_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: "consultation.comment_entered",
        target_type: "consultation_comment",
        target_id: saved.id.to_string(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "consultation": row.slug, "measure": measure.code, "channel": new.channel, "received_on": new.received_on }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(saved.id)
}
