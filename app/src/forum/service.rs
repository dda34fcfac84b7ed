//! Forum threads, server side: the forum's page (categories, a page of threads), a thread's
//! page (its posts on one page, what the reader may do), opening a thread, and what moderators
//! and facilitators do to a thread as a whole (pin, lock, close it with an outcome).
//! Posts themselves (replying, editing, deleting, the limits on new accounts) are in `posts`.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, JoinType, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, RelationDef,
};

use super::{
    ForumView, ManageThread, thread_place, MeasureTag, OutcomeView, PostView, ThreadCard, ThreadView,
    domain::{self, GENERAL, MEASURES_MAX, OUTCOME_MAX, THREADS_PER_PAGE, TITLE_MAX},
    posts,
};
use crate::writes::BeginWrite;
use crate::{
    accounts::{
        byline::Byline,
        model::Actor,
        roles::{Action, can},
    },
    audit,
    core::{AppError, Invalid, Translated},
    entity::{forum_posts, forum_threads as threads, plan_areas, plan_municipalities, plans, users},
    evidence::service::for_outcomes,
    i18n::Locale,
    moderation::{
        ItemKind, ItemState,
        domain::{LogAction, MANAGEMENT, OUTCOME},
        service::Located,
    },
    plans::{
        clock::day_at,
        model::AreaRef,
        service::{default_lang, languages, plan_ref},
    },
};

/// What the page needs of a plan's text in `locale` (its own language as the fallback).
pub(super) fn text(plan: &plans::Model, raw: &str, locale: Locale) -> crate::core::Text {
    Translated::from_json(raw).resolve(locale, &default_lang(&plan.languages))
}

/// The plan's visible areas (the forum's categories besides "general"); kept with the plan's
/// content.
pub(super) async fn categories(db: &impl ConnectionTrait, plan: &plans::Model, locale: Locale) -> Result<Vec<AreaRef>, AppError> {
    crate::content_cache::of_plan(plan, &format!("forum categories {}", locale.tag()), async {
        Ok(plan_areas::Entity::find()
            .filter(plan_areas::Column::PlanId.eq(plan.id))
            .filter(plan_areas::Column::Hidden.eq(false))
            .order_by_asc(plan_areas::Column::Position)
            .all(db)
            .await?
            .iter()
            .map(|a| AreaRef { code: a.code.clone(), name: text(plan, &a.name_i18n, locale) })
            .collect())
    })
    .await
}

/// The plan's measures (code and title), kept with the plan's content.
pub(super) async fn measure_tags(db: &impl ConnectionTrait, plan: &plans::Model, locale: Locale) -> Result<Vec<MeasureTag>, AppError> {
    use crate::entity::measures;
    crate::content_cache::of_plan(plan, &format!("forum measures {}", locale.tag()), async {
        Ok(measures::Entity::find()
            .filter(measures::Column::PlanId.eq(plan.id))
            .order_by_asc(measures::Column::Code)
            .all(db)
            .await?
            .iter()
            .map(|m| MeasureTag { code: m.code.clone(), title: text(plan, &m.title_i18n, locale) })
            .collect())
    })
    .await
}

/// How a text is signed, from its row.
pub(super) fn byline(state: ItemState, shown_as: &str, name: Option<String>, town: Option<String>) -> Byline {
    match shown_as {
        _ if state == ItemState::Deleted => Byline::Withheld,
        "name" => Byline::Name(name.unwrap_or_default()),
        _ => Byline::Resident(town.unwrap_or_default()),
    }
}

/// A thread with its author's name and municipality, as pages read it.
#[derive(FromQueryResult)]
pub(super) struct ThreadRow {
    pub(super) id: i32,
    category: String,
    measures: String,
    pub(super) title: String,
    lang: String,
    author_id: Option<i32>,
    shown_as: String,
    pub(super) state: String,
    pinned: bool,
    pub(super) locked: bool,
    posts: i32,
    last_post_at: chrono::DateTime<Utc>,
    outcome_i18n: Option<String>,
    outcome_at: Option<chrono::DateTime<Utc>>,
    author_name: Option<String>,
    municipality_name: Option<String>,
}

impl ThreadRow {
    pub(super) fn state(&self) -> ItemState {
        ItemState::parse(&self.state).unwrap_or(ItemState::Hidden)
    }

    fn card(self, zone: &str) -> ThreadCard {
        let state = self.state();
        ThreadCard {
            id: self.id,
            title: if state == ItemState::Visible { self.title } else { String::new() },
            lang: self.lang,
            category: self.category,
            author: byline(ItemState::Visible, &self.shown_as, self.author_name, self.municipality_name),
            posts: self.posts,
            last_on: day_at(zone, self.last_post_at),
            pinned: self.pinned,
            locked: self.locked,
            closed: self.outcome_at.is_some(),
            state,
        }
    }
}

/// `select` (of threads or posts) with how each is signed: its author's display name
/// (`author_name`) and municipality (`municipality_name`), from its `author` and `municipality`
/// columns, joined in the same statement.
pub(super) fn with_byline<E: EntityTrait>(select: sea_orm::Select<E>, author: E::Column, municipality: E::Column) -> sea_orm::Select<E> {
    let by: RelationDef = E::belongs_to(users::Entity).from(author).to(users::Column::Id).into();
    let town: RelationDef = E::belongs_to(plan_municipalities::Entity).from(municipality).to(plan_municipalities::Column::Id).into();
    select
        .column_as(users::Column::DisplayName, "author_name")
        .column_as(plan_municipalities::Column::Name, "municipality_name")
        .join(JoinType::LeftJoin, by)
        .join(JoinType::LeftJoin, town)
}

/// Threads with their author's name and municipality, in one statement.
pub(super) fn thread_rows() -> sea_orm::Select<threads::Entity> {
    let rows = threads::Entity::find()
        .select_only()
        .columns([
            threads::Column::Id,
            threads::Column::Category,
            threads::Column::Measures,
            threads::Column::Title,
            threads::Column::Lang,
            threads::Column::AuthorId,
            threads::Column::ShownAs,
            threads::Column::State,
            threads::Column::Pinned,
            threads::Column::Locked,
            threads::Column::Posts,
            threads::Column::LastPostAt,
            threads::Column::OutcomeI18n,
            threads::Column::OutcomeAt,
        ]);
    with_byline(rows, threads::Column::AuthorId, threads::Column::MunicipalityId)
}

/// The forum of `plan`: page `page` of its threads (in `category` if given: an area code or
/// `general`), pinned first, then by their last post.
pub async fn forum(db: &DatabaseConnection, plan: &plans::Model, category: Option<&str>, page: u64, locale: Locale, actor: Option<&Actor>) -> Result<ForumView, AppError> {
    let categories = categories(db, plan, locale).await?;
    let category = category.filter(|c| *c == GENERAL || categories.iter().any(|a| a.code == *c)).map(str::to_owned);
    // Removed threads leave the list (the public moderation log says so); hidden ones await a
    // decision in place.
    let mut query = thread_rows().filter(threads::Column::PlanId.eq(plan.id)).filter(threads::Column::State.is_in([ItemState::Visible.key(), ItemState::Hidden.key()]));
    if let Some(c) = &category {
        query = query.filter(threads::Column::Category.eq(c.as_str()));
    }
    let listed = query.order_by_desc(threads::Column::Pinned).order_by_desc(threads::Column::LastPostAt).order_by_desc(threads::Column::Id).into_model::<ThreadRow>().paginate(db, THREADS_PER_PAGE);
    let total = listed.num_items().await?;
    let pages = total.div_ceil(THREADS_PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let threads = listed.fetch_page(page - 1).await?.into_iter().map(|t| t.card(&plan.time_zone)).collect();
    let (municipalities, measures) = match actor {
        Some(_) => (crate::accounts::byline::municipalities(db, plan).await?, measure_tags(db, plan, locale).await?),
        None => (Vec::new(), Vec::new()),
    };
    Ok(ForumView { plan: plan_ref(plan, locale), categories, category, threads, page, pages, signed_in: actor.is_some(), municipalities, measures })
}

/// What the reader asked a thread's page for besides the page: a post to quote, their own post
/// to edit (ids of posts on that page).
#[derive(Clone, Copy, Default)]
pub struct Asked {
    pub page: i32,
    pub quote: Option<i32>,
    pub edit: Option<i32>,
}

/// Page `asked.page` of thread `id` of `plan`.
pub async fn thread(db: &DatabaseConnection, plan: &plans::Model, id: i32, asked: Asked, locale: Locale, actor: Option<&Actor>) -> Result<ThreadView, AppError> {
    let row = thread_rows()
        .filter(threads::Column::Id.eq(id))
        .filter(threads::Column::PlanId.eq(plan.id))
        .into_model::<ThreadRow>()
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = row.state();
    let reader = actor.map(|a| a.user_id);
    let can_moderate = actor.is_some_and(|a| can(Some(&a.grants), Action::Moderate { plan_id: plan.id }));
    let facilitates = actor.is_some_and(|a| can(Some(&a.grants), Action::EditPlanContent { plan_id: plan.id }));
    let (page, pages) = (asked.page.clamp(1, domain::pages(row.posts)), domain::pages(row.posts));
    let shown = if state == ItemState::Visible { posts::on_page(db, id, page, row.posts).await? } else { Vec::new() };
    let mut quote = None;
    let mut editing = None;
    let posts: Vec<PostView> = shown
        .into_iter()
        .map(|p| {
            let view = p.view(reader, &plan.time_zone);
            if view.state == ItemState::Visible {
                if asked.quote == Some(view.id) {
                    quote = Some((view.number, domain::quoted(&name_of(&view.author, locale), &p.body)));
                }
                if asked.edit == Some(view.id) && view.own {
                    editing = Some((view.id, p.body.clone()));
                }
            }
            view
        })
        .collect();
    let categories = categories(db, plan, locale).await?;
    let category = categories
        .into_iter()
        .find(|a| a.code == row.category)
        .unwrap_or_else(|| AreaRef { code: GENERAL.to_owned(), name: crate::core::Text { text: String::new(), lang: locale.tag().to_owned(), fallback: false } });
    let codes: Vec<String> = serde_json::from_str(&row.measures).unwrap_or_default();
    let measures = if codes.is_empty() { Vec::new() } else { measure_tags(db, plan, locale).await?.into_iter().filter(|m| codes.contains(&m.code)).collect() };
    let outcome = row.outcome_i18n.as_deref().zip(row.outcome_at).map(|(raw, at)| OutcomeView { text: text(plan, raw, locale), on: day_at(&plan.time_zone, at) });
    // The measures the outcome is evidence for: for everyone, through the content cache (no
    // statement on a hit); its facilitators read afresh, with what they can link it to.
    let evidence = match outcome {
        Some(_) => {
            let (keys, kind) = (vec![id.to_string()], crate::evidence::model::OutcomeKind::ForumOutcome);
            Some(if facilitates {
                for_outcomes(db, plan, kind, keys, true, locale).await?
            } else {
                crate::content_cache::of_plan(plan, &format!("forum outcome {id} {}", locale.tag()), for_outcomes(db, plan, kind, keys, false, locale)).await?
            })
        }
        None => None,
    };
    let manage = if facilitates {
        let written = row.outcome_i18n.as_deref().map(|raw| Translated::from_json(raw).0.into_iter().collect()).unwrap_or_default();
        Some(ManageThread { written, languages: languages(&plan.languages) })
    } else {
        None
    };
    let municipalities = if actor.is_some() && !row.locked { crate::accounts::byline::municipalities(db, plan).await? } else { Vec::new() };
    let following = match reader {
        Some(user) => super::following::mode_of(db, id, user).await?,
        None => None,
    };
    Ok(ThreadView {
        plan: plan_ref(plan, locale),
        id: row.id,
        title: if state == ItemState::Visible { row.title.clone() } else { String::new() },
        lang: row.lang.clone(),
        category,
        measures,
        own: reader.is_some() && row.author_id == reader,
        author: byline(ItemState::Visible, &row.shown_as, row.author_name.clone(), row.municipality_name.clone()),
        state,
        pinned: row.pinned,
        locked: row.locked,
        outcome,
        evidence,
        posts,
        page,
        pages,
        signed_in: actor.is_some(),
        can_moderate,
        municipalities,
        quote,
        editing,
        manage,
        following,
    })
}

/// The name a quote gives its author.
fn name_of(author: &Byline, locale: Locale) -> String {
    match author {
        Byline::Name(name) => name.clone(),
        Byline::Resident(town) => locale.t_args("accounts-byline-resident", &[("municipality", town.clone().into())]),
        _ => String::new(),
    }
}

/// What the form for a new thread sends.
pub struct NewThread {
    /// An area code of the plan, or `general`.
    pub category: String,
    pub measures: Vec<String>,
    pub title: String,
    pub body: String,
    pub lang: String,
    pub shown_as: String,
    pub municipality: String,
}

/// A new thread with its first post, by a signed-in person; its id.
pub async fn open(db: &DatabaseConnection, plan: &plans::Model, actor: &Actor, new: NewThread) -> Result<i32, AppError> {
    let title = new.title.trim();
    if title.is_empty() {
        return Err(Invalid::TitleMissing.into());
    }
    if title.chars().count() > TITLE_MAX {
        return Err(Invalid::TooLong.into());
    }
    // A title is one line: it reaches followers' email subjects, where a line break would start
    // a header of its own. A browser's field sends none.
    if title.chars().any(char::is_control) {
        return Err(Invalid::FormInvalid.into());
    }
    let category = new.category.trim();
    if category != GENERAL && !categories(db, plan, Locale::default()).await?.iter().any(|a| a.code == category) {
        return Err(Invalid::AreaUnknown.into());
    }
    let mut codes: Vec<String> = new.measures.iter().map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()).collect();
    codes.sort();
    codes.dedup();
    if codes.len() > MEASURES_MAX {
        return Err(Invalid::FormInvalid.into());
    }
    let known = measure_tags(db, plan, Locale::default()).await?;
    if codes.iter().any(|c| !known.iter().any(|m| m.code == *c)) {
        return Err(Invalid::MeasureUnknown.into());
    }
    let (body, lang) = posts::written(db, actor, &new.body, &new.lang).await?;
    let municipality = crate::accounts::byline::signed(db, plan, actor, &new.shown_as, &new.municipality).await?;
    let now = Utc::now();
    let txn = db.begin_write().await?;
    let thread = threads::ActiveModel {
        plan_id: Set(plan.id),
        category: Set(category.to_owned()),
        measures: Set(serde_json::to_string(&codes).unwrap_or_else(|_| "[]".to_owned())),
        title: Set(title.to_owned()),
        lang: Set(lang.clone()),
        author_id: Set(Some(actor.user_id)),
        shown_as: Set(new.shown_as.clone()),
        municipality_id: Set(municipality),
        state: Set(ItemState::Visible.key().to_owned()),
        pinned: Set(false),
        locked: Set(false),
        posts: Set(1),
        last_post_at: Set(now),
        outcome_i18n: Set(None),
        outcome_at: Set(None),
        outcome_by: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    forum_posts::ActiveModel {
        thread_id: Set(thread.id),
        plan_id: Set(plan.id),
        number: Set(1),
        author_id: Set(Some(actor.user_id)),
        shown_as: Set(new.shown_as),
        municipality_id: Set(municipality),
        body: Set(body.clone()),
        body_html: Set(crate::markdown::to_html(&body)),
        lang: Set(lang),
        quote_of: Set(None),
        state: Set(ItemState::Visible.key().to_owned()),
        created_at: Set(now),
        edited_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // Its author hears of replies, once a day.
    super::following::start(&txn, thread.id, actor.user_id, "daily", 1).await?;
    txn.commit().await?;
    Ok(thread.id)
}

/// The thread `id` of `plan`, or not found.
pub(super) async fn of_plan(db: &impl ConnectionTrait, plan: &plans::Model, id: i32) -> Result<threads::Model, AppError> {
    threads::Entity::find_by_id(id).filter(threads::Column::PlanId.eq(plan.id)).one(db).await?.ok_or(AppError::NotFound)
}

/// What a moderator does to a thread as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    Pin(bool),
    Lock(bool),
}

/// A moderator pins or unpins, locks or unlocks thread `id`; logged in public and audited.
pub async fn keep(db: &DatabaseConnection, plan: &plans::Model, id: i32, actor: &Actor, keeping: Keeping) -> Result<(), AppError> {
    if !can(Some(&actor.grants), Action::Moderate { plan_id: plan.id }) {
        return Err(AppError::Forbidden);
    }
    let row = of_plan(db, plan, id).await?;
    let (column, value, action) = match keeping {
        Keeping::Pin(on) => (threads::Column::Pinned, on, if on { LogAction::Pinned } else { LogAction::Unpinned }),
        Keeping::Lock(on) => (threads::Column::Locked, on, if on { LogAction::Locked } else { LogAction::Unlocked }),
    };
    let txn = db.begin_write().await?;
    let done = threads::Entity::update_many().col_expr(column, value.into()).filter(threads::Column::Id.eq(id)).filter(column.ne(value)).exec(&txn).await?;
    if done.rows_affected == 0 {
        // Already so (two moderators, or a form sent twice): nothing to log.
        return Ok(());
    }
    let located = Located { plan_id: plan.id, author_id: row.author_id, state: ItemState::parse(&row.state).unwrap_or(ItemState::Hidden), place: thread_place(&plan.slug, id) };
    crate::moderation::service::note(&txn, &located, ItemKind::ForumThread, id, action, MANAGEMENT, actor.user_id).await?;
    txn.commit().await?;
    Ok(())
}

/// A facilitator closes thread `id` with its outcome in `lang` (or, once closed, writes the
/// outcome in another language or rewrites it): the thread is locked; the first closing is
/// logged in public; every writing is audited.
pub async fn close(db: &DatabaseConnection, plan: &plans::Model, id: i32, actor: &Actor, lang: &str, outcome: &str) -> Result<(), AppError> {
    if !can(Some(&actor.grants), Action::EditPlanContent { plan_id: plan.id }) {
        return Err(AppError::Forbidden);
    }
    let outcome = outcome.trim();
    if outcome.is_empty() {
        return Err(Invalid::OutcomeMissing.into());
    }
    if outcome.chars().count() > OUTCOME_MAX {
        return Err(Invalid::TooLong.into());
    }
    let lang = crate::i18n::content_tag(lang).filter(|l| languages(&plan.languages).contains(l)).ok_or(AppError::Invalid(Invalid::LanguageUnknown))?;
    let row = of_plan(db, plan, id).await?;
    let mut written = row.outcome_i18n.as_deref().map(Translated::from_json).unwrap_or_default();
    let first = row.outcome_at.is_none();
    written.0.insert(lang.clone(), outcome.to_owned());
    let txn = db.begin_write().await?;
    let now = Utc::now();
    let update = threads::Entity::update_many()
        .col_expr(threads::Column::OutcomeI18n, Some(written.to_json()).into())
        .col_expr(threads::Column::OutcomeBy, Some(actor.user_id).into())
        .col_expr(threads::Column::Locked, true.into())
        .filter(threads::Column::Id.eq(id));
    let update = if first { update.col_expr(threads::Column::OutcomeAt, Some(now).into()) } else { update };
    update.exec(&txn).await?;
    if first {
        let located = Located { plan_id: plan.id, author_id: row.author_id, state: ItemState::parse(&row.state).unwrap_or(ItemState::Hidden), place: format!("{}#outcome", thread_place(&plan.slug, id)) };
        crate::moderation::service::note(&txn, &located, ItemKind::ForumThread, id, LogAction::Closed, OUTCOME, actor.user_id).await?;
    }
    let entry = audit::Entry {
        actor: Some(actor.user_id),
        action: "forum.outcome_written",
        target_type: "forum_thread",
        target_id: id.to_string(),
        plan_id: Some(plan.id),
        details: serde_json::json!({ "lang": lang }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// The titles of threads `ids` of `plan` that are visible, with their outcomes (for evidence).
pub(super) async fn outcomes_of(db: &impl ConnectionTrait, plan: &plans::Model, ids: Vec<i32>) -> Result<HashMap<i32, threads::Model>, AppError> {
    Ok(threads::Entity::find()
        .filter(threads::Column::PlanId.eq(plan.id))
        .filter(threads::Column::Id.is_in(ids))
        .filter(threads::Column::State.eq(ItemState::Visible.key()))
        .filter(threads::Column::OutcomeAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect())
}
