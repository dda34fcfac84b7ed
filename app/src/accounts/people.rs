//! Accounts feature, server side: who holds which role. Granting and revoking check the
//! permission table and write an audit row in the same transaction.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde_json::json;

use super::{
    domain::EmailAddress,
    model::{Actor, GrantView, PeopleView, PersonView, PlanChoice},
    roles::{Action, PeopleScope, Role, can, people_scope},
};
use crate::writes::BeginWrite;
use crate::{
    audit,
    core::{AppError, Translated},
    entity::{plan_entities, plans, role_grants, users},
    i18n::Locale,
};

/// How many people the page lists (the newest first); search comes with a larger deployment.
const PAGE: u64 = 200;

/// The people page: everyone with their live roles, and the plans roles can be given on.
///
/// Administrators see every account; a facilitator sees only the people holding a role in the
/// plans they facilitate, with those roles, and only those plans to grant roles on.
pub async fn people(db: &DatabaseConnection, actor: &Actor, locale: Locale) -> Result<PeopleView, AppError> {
    let scope = match people_scope(&actor.grants) {
        Some(scope) if can(Some(&actor.grants), Action::ViewPeople) => scope,
        _ => return Err(AppError::Forbidden),
    };
    let live = role_grants::Entity::find().filter(role_grants::Column::RevokedAt.is_null());
    let (rows, grants, plan_rows, entity_rows) = match &scope {
        PeopleScope::Everyone => {
            let rows = users::Entity::find()
                .filter(users::Column::DeletedAt.is_null())
                .order_by_desc(users::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            let grants = live
                .filter(role_grants::Column::UserId.is_in(rows.iter().map(|u| u.id)))
                .order_by_asc(role_grants::Column::Id)
                .all(db)
                .await?;
            let plan_rows = plans::Entity::find().order_by_asc(plans::Column::Id).all(db).await?;
            let entity_rows = plan_entities::Entity::find().order_by_asc(plan_entities::Column::Slug).all(db).await?;
            (rows, grants, plan_rows, entity_rows)
        }
        PeopleScope::Plans(plan_ids) => {
            let grants = live
                .filter(role_grants::Column::PlanId.is_in(plan_ids.iter().copied()))
                .order_by_asc(role_grants::Column::Id)
                .all(db)
                .await?;
            let rows = users::Entity::find()
                .filter(users::Column::DeletedAt.is_null())
                .filter(users::Column::Id.is_in(grants.iter().map(|g| g.user_id)))
                .order_by_desc(users::Column::Id)
                .limit(PAGE)
                .all(db)
                .await?;
            let plan_rows =
                plans::Entity::find().filter(plans::Column::Id.is_in(plan_ids.iter().copied())).order_by_asc(plans::Column::Id).all(db).await?;
            let entity_rows = plan_entities::Entity::find()
                .filter(plan_entities::Column::PlanId.is_in(plan_ids.iter().copied()))
                .order_by_asc(plan_entities::Column::Slug)
                .all(db)
                .await?;
            (rows, grants, plan_rows, entity_rows)
        }
    };
    let title = |raw: &str| Translated::from_json(raw).resolve(locale, Locale::default().tag()).text;
    let plan_titles: HashMap<i32, String> = plan_rows.iter().map(|p| (p.id, title(&p.title_i18n))).collect();
    let entity_names: HashMap<i32, String> = entity_rows.iter().map(|e| (e.id, title(&e.name_i18n))).collect();
    let mut by_user: HashMap<i32, Vec<GrantView>> = HashMap::new();
    for g in grants {
        let Some(role) = Role::from_key(&g.role) else { continue };
        by_user.entry(g.user_id).or_default().push(GrantView {
            id: g.id,
            role,
            plan: g.plan_id.and_then(|id| plan_titles.get(&id).cloned()),
            entity: g.entity_id.and_then(|id| entity_names.get(&id).cloned()),
        });
    }
    Ok(PeopleView {
        can_create_plans: can(Some(&actor.grants), Action::CreatePlan),
        people: rows
            .into_iter()
            .map(|u| PersonView {
                email: u.email.unwrap_or_default(),
                display_name: u.display_name,
                grants: by_user.remove(&u.id).unwrap_or_default(),
            })
            .collect(),
        plans: plan_rows
            .iter()
            .map(|p| PlanChoice {
                slug: p.slug.clone(),
                title: title(&p.title_i18n),
                entities: entity_rows
                    .iter()
                    .filter(|e| e.plan_id == p.id)
                    .map(|e| (e.slug.clone(), title(&e.name_i18n)))
                    .collect(),
            })
            .collect(),
    })
}

/// What to grant: a role, to an address, on a plan (and entity) where the role needs one.
pub struct GrantRequest {
    pub email: EmailAddress,
    pub role: Role,
    pub plan_slug: Option<String>,
    pub entity_slug: Option<String>,
}

/// Gives a role. The person's account is created if they have not signed in yet, so roles can be
/// prepared before a facilitator's first visit. Granting a role someone already holds changes
/// nothing.
pub async fn grant_role(db: &DatabaseConnection, by: Option<&Actor>, request: GrantRequest) -> Result<(), AppError> {
    let tx = db.begin_write().await?;
    let plan = match (&request.plan_slug, request.role.needs_plan()) {
        (Some(slug), true) => Some(
            plans::Entity::find()
                .filter(plans::Column::Slug.eq(slug.as_str()))
                .one(&tx)
                .await?
                .ok_or(AppError::BadRequest)?,
        ),
        (None, true) => return Err(AppError::BadRequest),
        (_, false) => None,
    };
    let entity = match (&request.entity_slug, request.role, &plan) {
        (Some(slug), Role::AssociationRep, Some(plan)) => Some(
            plan_entities::Entity::find()
                .filter(plan_entities::Column::PlanId.eq(plan.id))
                .filter(plan_entities::Column::Slug.eq(slug.as_str()))
                .one(&tx)
                .await?
                .ok_or(AppError::BadRequest)?,
        ),
        (None, Role::AssociationRep, _) => return Err(AppError::BadRequest),
        _ => None,
    };
    let plan_id = plan.as_ref().map(|p| p.id);
    let entity_id = entity.as_ref().map(|e| e.id);
    // `None` is the command line (`ponte admin create`), which may do anything.
    if let Some(by) = by
        && !can(Some(&by.grants), Action::ChangeRole { role: request.role, plan_id })
    {
        return Err(AppError::Forbidden);
    }
    let user = find_or_create_user(&tx, &request.email).await?;
    let existing = role_grants::Entity::find()
        .filter(role_grants::Column::UserId.eq(user.id))
        .filter(role_grants::Column::Role.eq(request.role.key()))
        .filter(role_grants::Column::RevokedAt.is_null())
        .all(&tx)
        .await?;
    if existing.iter().any(|g| g.plan_id == plan_id && g.entity_id == entity_id) {
        return Ok(());
    }
    let grant = role_grants::ActiveModel {
        user_id: Set(user.id),
        role: Set(request.role.key().to_owned()),
        plan_id: Set(plan_id),
        entity_id: Set(entity_id),
        granted_by: Set(by.map(|a| a.user_id)),
        granted_at: Set(Utc::now()),
        revoked_by: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        audit::Entry {
            actor: by.map(|a| a.user_id),
            action: "role.granted",
            target_type: "user",
            target_id: user.id.to_string(),
            plan_id,
            details: json!({ "grant": grant.id, "role": request.role.key(), "entity": entity_id }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Takes a role away (the grant row stays, marked revoked, so the history is kept).
pub async fn revoke_role(db: &DatabaseConnection, by: &Actor, grant_id: i32) -> Result<(), AppError> {
    let tx = db.begin_write().await?;
    let grant = role_grants::Entity::find_by_id(grant_id)
        .filter(role_grants::Column::RevokedAt.is_null())
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = Role::from_key(&grant.role).ok_or(AppError::Internal)?;
    if !can(Some(&by.grants), Action::ChangeRole { role, plan_id: grant.plan_id }) {
        return Err(AppError::Forbidden);
    }
    let (user_id, plan_id) = (grant.user_id, grant.plan_id);
    let mut active: role_grants::ActiveModel = grant.into();
    active.revoked_at = Set(Some(Utc::now()));
    active.revoked_by = Set(Some(by.user_id));
    active.update(&tx).await?;
    audit::record(
        &tx,
        audit::Entry {
            actor: Some(by.user_id),
            action: "role.revoked",
            target_type: "user",
            target_id: user_id.to_string(),
            plan_id,
            details: json!({ "grant": grant_id, "role": role.key() }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn find_or_create_user(db: &impl ConnectionTrait, email: &EmailAddress) -> Result<users::Model, AppError> {
    if let Some(user) = users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .filter(users::Column::DeletedAt.is_null())
        .one(db)
        .await?
    {
        return Ok(user);
    }
    Ok(users::ActiveModel {
        email: Set(Some(email.as_str().to_owned())),
        display_name: Set(None),
        preferred_lang: Set(Locale::default().tag().to_owned()),
        notify_email: Set(true),
        created_at: Set(Utc::now()),
        deleted_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// The names to show for accounts `ids` (who did what, in logs and histories): the display name,
/// else the address; accounts since deleted have none. One query.
pub async fn display_names(db: &impl ConnectionTrait, ids: impl IntoIterator<Item = i32>) -> Result<HashMap<i32, String>, AppError> {
    let ids: std::collections::BTreeSet<i32> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .filter(users::Column::DeletedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|u| u.display_name.filter(|n| !n.trim().is_empty()).or(u.email).map(|n| (u.id, n)))
        .collect())
}
