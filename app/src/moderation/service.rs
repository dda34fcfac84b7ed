//! Moderation, server side: flags, moderators' decisions, the public log and the moderators'
//! queue. The feature owning a kind of item implements [`Moderated`]; this module moves items
//! between states only through it, and only from the state it read (so two moderators, or a
//! moderator and the third flag, never both act on one item).

use std::collections::HashMap;

use chrono::Utc;
use futures::future::BoxFuture;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::OnConflict,
};

use super::{
    LogEntry, ModerationView, QueueItem,
    domain::{Decision, FLAG_THRESHOLD, ItemKind, ItemState, LogAction, REASONS, main_reason},
};
use crate::writes::BeginWrite;
use crate::{
    accounts::{
        model::Actor,
        roles::{Action, can},
    },
    audit,
    core::{AppError, Invalid},
    entity::{moderation_flags as flags, moderation_log as log, plans},
    plans::model::PlanRef,
};

/// Log entries per page.
pub const LOG_PER_PAGE: u64 = 50;
/// Items the queue shows at once.
const QUEUE_MAX: u64 = 100;

/// An item as moderation sees it.
pub struct Located {
    pub plan_id: i32,
    pub author_id: Option<i32>,
    pub state: ItemState,
    /// Where it is shown (a path on this site, with its fragment).
    pub place: String,
}

/// What moderation needs of a kind of item; implemented by the feature that owns the kind.
pub trait Moderated: Sync {
    fn kind(&self) -> ItemKind;
    /// The item, `None` if there is none.
    fn locate<'a>(&'a self, db: &'a DatabaseConnection, id: i32) -> BoxFuture<'a, Result<Option<Located>, AppError>>;
    /// Moves the item from `from` to `to`; `false` if it was no longer in `from`.
    fn shift<'a>(&'a self, db: &'a DatabaseTransaction, id: i32, from: ItemState, to: ItemState) -> BoxFuture<'a, Result<bool, AppError>>;
    /// The start of each item's text (plain), its state and place, for the queue.
    fn excerpts<'a>(&'a self, db: &'a DatabaseConnection, ids: Vec<i32>) -> BoxFuture<'a, Result<HashMap<i32, Excerpt>, AppError>>;
}

/// What the moderators' queue shows of an item.
pub struct Excerpt {
    /// The start of its text, plain.
    pub text: String,
    pub state: ItemState,
    pub place: String,
}

/// Longest excerpt the moderators' queue shows, in characters.
const EXCERPT_MAX: usize = 280;

impl Excerpt {
    /// The queue's excerpt of an item whose text is `body`: its start, with "…" when cut.
    pub fn of(body: &str, state: ItemState, place: String) -> Excerpt {
        Excerpt { text: crate::core::excerpt(body, EXCERPT_MAX), state, place }
    }
}

async fn append(db: &DatabaseTransaction, located: &Located, kind: ItemKind, id: i32, action: LogAction, reason: &str) -> Result<(), AppError> {
    log::ActiveModel {
        plan_id: Set(located.plan_id),
        item_kind: Set(kind.key().to_owned()),
        item_id: Set(id),
        action: Set(action.key().to_owned()),
        reason: Set(reason.to_owned()),
        place: Set(located.place.clone()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A moderator's action on an item that changes no state of the item's own (locking or pinning
/// a thread, closing it with an outcome): logged in public and audited, in the caller's
/// transaction, with `reason` ([`super::domain::MANAGEMENT`] or [`super::domain::OUTCOME`]).
pub async fn note(txn: &DatabaseTransaction, located: &Located, kind: ItemKind, id: i32, action: LogAction, reason: &str, actor: i32) -> Result<(), AppError> {
    append(txn, located, kind, id, action, reason).await?;
    let entry = audit::Entry {
        actor: Some(actor),
        action: match action {
            LogAction::Locked => "moderation.locked",
            LogAction::Unlocked => "moderation.unlocked",
            LogAction::Pinned => "moderation.pinned",
            LogAction::Unpinned => "moderation.unpinned",
            LogAction::Closed => "moderation.closed",
            LogAction::Removed => "moderation.removed",
            LogAction::Restored => "moderation.restored",
            LogAction::Hidden | LogAction::HiddenByFlags => "moderation.hidden",
        },
        target_type: kind.key(),
        target_id: id.to_string(),
        plan_id: Some(located.plan_id),
        details: serde_json::json!({ "reason": reason, "place": located.place }),
    };
    audit::record(txn, entry).await?;
    Ok(())
}

/// `user` flags item `id` for `reason`; the item is hidden when this makes [`FLAG_THRESHOLD`]
/// open flags. Flagging twice counts once. Where the item is shown.
pub async fn flag(db: &DatabaseConnection, kind: &dyn Moderated, id: i32, user: i32, reason: &str) -> Result<String, AppError> {
    if !REASONS.contains(&reason) {
        return Err(Invalid::FormInvalid.into());
    }
    // Read before the transaction: on SQLite a transaction that reads first cannot take the write
    // lock once another one has written, so each transaction here starts with its write; every
    // state change is made only from the state it expects.
    let located = kind.locate(db, id).await?.ok_or(AppError::Invalid(Invalid::ItemUnknown))?;
    if located.author_id == Some(user) {
        return Err(Invalid::FlagOwn.into());
    }
    if located.state != ItemState::Visible {
        return Ok(located.place);
    }
    let txn = db.begin_write().await?;
    let key = kind.kind().key();
    let new = flags::ActiveModel {
        plan_id: Set(located.plan_id),
        item_kind: Set(key.to_owned()),
        item_id: Set(id),
        user_id: Set(user),
        reason: Set(reason.to_owned()),
        resolved: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    flags::Entity::insert(new)
        .on_conflict(OnConflict::columns([flags::Column::ItemKind, flags::Column::ItemId, flags::Column::UserId]).do_nothing().to_owned())
        .exec_without_returning(&txn)
        .await?;
    let open: Vec<String> = flags::Entity::find()
        .select_only()
        .column(flags::Column::Reason)
        .filter(flags::Column::ItemKind.eq(key))
        .filter(flags::Column::ItemId.eq(id))
        .filter(flags::Column::Resolved.eq(false))
        .into_tuple()
        .all(&txn)
        .await?;
    if open.len() as u64 >= FLAG_THRESHOLD && kind.shift(&txn, id, ItemState::Visible, ItemState::Hidden).await? {
        let reason = main_reason(open.iter().map(String::as_str));
        append(&txn, &located, kind.kind(), id, LogAction::HiddenByFlags, reason).await?;
    }
    txn.commit().await?;
    Ok(located.place)
}

/// A moderator's decision on item `id`, with its reason (restoring needs none); logged in public
/// and audited. The item's open flags are settled. Where the item is shown.
pub async fn decide(db: &DatabaseConnection, kind: &dyn Moderated, id: i32, actor: &Actor, decision: Decision, reason: &str) -> Result<String, AppError> {
    let reason = match (decision, reason.trim()) {
        (Decision::Restore, "") => "reviewed",
        (_, "") => return Err(Invalid::ReasonMissing.into()),
        (_, r) if REASONS.contains(&r) => REASONS.iter().copied().find(|x| *x == r).unwrap_or("other"),
        _ => return Err(Invalid::FormInvalid.into()),
    };
    let located = kind.locate(db, id).await?.ok_or(AppError::Invalid(Invalid::ItemUnknown))?;
    if !can(Some(&actor.grants), Action::Moderate { plan_id: located.plan_id }) {
        return Err(AppError::Forbidden);
    }
    let to = decision.apply(located.state).ok_or(AppError::Invalid(Invalid::ModerationNotApplicable))?;
    let txn = db.begin_write().await?;
    if !kind.shift(&txn, id, located.state, to).await? {
        return Err(Invalid::ModerationNotApplicable.into());
    }
    let key = kind.kind().key();
    flags::Entity::update_many()
        .col_expr(flags::Column::Resolved, true.into())
        .filter(flags::Column::ItemKind.eq(key))
        .filter(flags::Column::ItemId.eq(id))
        .exec(&txn)
        .await?;
    let action = decision.logged();
    append(&txn, &located, kind.kind(), id, action, reason).await?;
    let entry = audit::Entry {
        actor: Some(actor.user_id),
        action: match action {
            LogAction::Removed => "moderation.removed",
            LogAction::Restored => "moderation.restored",
            _ => "moderation.hidden",
        },
        target_type: key,
        target_id: id.to_string(),
        plan_id: Some(located.plan_id),
        details: serde_json::json!({ "reason": reason, "from": located.state.key(), "place": located.place }),
    };
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(located.place)
}

/// The plan's moderation page: page `page` of its public log (newest first) and, for its
/// moderators (`queue_of` set), the items with open flags or hidden.
pub async fn page(
    db: &DatabaseConnection,
    plan: &plans::Model,
    plan_ref: PlanRef,
    page: u64,
    queue_of: Option<fn(ItemKind) -> &'static dyn Moderated>,
) -> Result<ModerationView, AppError> {
    let entries = log::Entity::find().filter(log::Column::PlanId.eq(plan.id)).order_by_desc(log::Column::Id).paginate(db, LOG_PER_PAGE);
    let total = entries.num_items().await?;
    let pages = total.div_ceil(LOG_PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let log = entries
        .fetch_page(page - 1)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(LogEntry {
                kind: ItemKind::parse(&row.item_kind)?,
                item: row.item_id,
                action: row.action,
                reason: row.reason,
                place: row.place,
                on: crate::plans::clock::day_at(&plan.time_zone, row.created_at),
            })
        })
        .collect();
    let queue = match queue_of {
        Some(registry) => Some(queue(db, plan.id, registry).await?),
        None => None,
    };
    Ok(ModerationView { plan: plan_ref, log, page, pages, queue })
}

/// Items with open flags and items hidden pending review, oldest first.
async fn queue(db: &DatabaseConnection, plan_id: i32, registry: fn(ItemKind) -> &'static dyn Moderated) -> Result<Vec<QueueItem>, AppError> {
    let open: Vec<(String, i32, String)> = flags::Entity::find()
        .select_only()
        .columns([flags::Column::ItemKind, flags::Column::ItemId, flags::Column::Reason])
        .filter(flags::Column::PlanId.eq(plan_id))
        .filter(flags::Column::Resolved.eq(false))
        .order_by_asc(flags::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let hidden: Vec<(String, i32, String)> = log::Entity::find()
        .select_only()
        .columns([log::Column::ItemKind, log::Column::ItemId, log::Column::Action])
        .filter(log::Column::PlanId.eq(plan_id))
        .filter(log::Column::Action.eq(LogAction::Hidden.key()))
        .order_by_asc(log::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut order: Vec<(ItemKind, i32)> = Vec::new();
    let mut reasons: HashMap<(ItemKind, i32), Vec<(String, u64)>> = HashMap::new();
    for (kind, id, reason) in open {
        let Some(kind) = ItemKind::parse(&kind) else { continue };
        let counts = reasons.entry((kind, id)).or_insert_with(|| {
            order.push((kind, id));
            Vec::new()
        });
        match counts.iter_mut().find(|(r, _)| *r == reason) {
            Some((_, n)) => *n += 1,
            None => counts.push((reason, 1)),
        }
    }
    for (kind, id, _) in hidden {
        if let Some(kind) = ItemKind::parse(&kind)
            && !order.contains(&(kind, id))
        {
            order.push((kind, id));
        }
    }
    let mut found = HashMap::new();
    for kind in ItemKind::ALL {
        let ids: Vec<i32> = order.iter().filter(|(k, _)| *k == kind).map(|(_, id)| *id).collect();
        if !ids.is_empty() {
            for (id, item) in registry(kind).excerpts(db, ids).await? {
                found.insert((kind, id), item);
            }
        }
    }
    let items = order
        .into_iter()
        .filter_map(|key| {
            let Excerpt { text: excerpt, state, place } = found.remove(&key)?;
            let mut flags = reasons.remove(&key).unwrap_or_default();
            flags.sort_by_key(|f| std::cmp::Reverse(f.1));
            // Open flags, or hidden: waiting for a moderator.
            (!flags.is_empty() && matches!(state, ItemState::Visible | ItemState::Hidden) || state == ItemState::Hidden)
                .then_some(QueueItem { kind: key.0, item: key.1, state, excerpt, place, flags })
        })
        .take(usize::try_from(QUEUE_MAX).unwrap_or(100))
        .collect();
    Ok(items)
}
