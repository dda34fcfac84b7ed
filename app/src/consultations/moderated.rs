//! Consultation comments as moderation sees them (`crate::moderation::service::Moderated`):
//! where a comment is (its plan and its place on the measure page), who wrote it, and its
//! state, which only moves from the state moderation read.

use std::collections::HashMap;

use futures::future::BoxFuture;
use sea_orm::{ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, FromQueryResult, JoinType, QueryFilter, QuerySelect, RelationDef};

use crate::{
    core::AppError,
    entity::{consultation_comments as comments, consultations, measures, plans},
    moderation::{
        ItemKind, ItemState,
        service::{Excerpt, Located, Moderated},
    },
};

/// The handler for [`ItemKind::ConsultationComment`].
pub struct Comments;

#[derive(FromQueryResult)]
struct Row {
    id: i32,
    author_id: Option<i32>,
    state: String,
    body: String,
    plan_id: i32,
    plan_slug: String,
    code: String,
}

impl Row {
    fn place(&self) -> String {
        format!("/plans/{}/measures/{}#comment-{}", self.plan_slug, self.code, self.id)
    }

    fn state(&self) -> ItemState {
        ItemState::parse(&self.state).unwrap_or(ItemState::Hidden)
    }
}

/// Comments with their plan and measure, in one statement.
fn rows() -> sea_orm::Select<comments::Entity> {
    let consultation: RelationDef =
        comments::Entity::belongs_to(consultations::Entity).from(comments::Column::ConsultationId).to(consultations::Column::Id).into();
    let plan: RelationDef = consultations::Entity::belongs_to(plans::Entity).from(consultations::Column::PlanId).to(plans::Column::Id).into();
    let measure: RelationDef = comments::Entity::belongs_to(measures::Entity).from(comments::Column::MeasureId).to(measures::Column::Id).into();
    comments::Entity::find()
        .select_only()
        .columns([comments::Column::Id, comments::Column::AuthorId, comments::Column::State, comments::Column::Body])
        .column_as(consultations::Column::PlanId, "plan_id")
        .column_as(plans::Column::Slug, "plan_slug")
        .column_as(measures::Column::Code, "code")
        .join(JoinType::InnerJoin, consultation)
        .join(JoinType::InnerJoin, plan)
        .join(JoinType::InnerJoin, measure)
}

impl Moderated for Comments {
    fn kind(&self) -> ItemKind {
        ItemKind::ConsultationComment
    }

    fn locate<'a>(&'a self, db: &'a DatabaseConnection, id: i32) -> BoxFuture<'a, Result<Option<Located>, AppError>> {
        Box::pin(async move {
            let row = rows().filter(comments::Column::Id.eq(id)).into_model::<Row>().one(db).await?;
            Ok(row.map(|r| Located { plan_id: r.plan_id, author_id: r.author_id, state: r.state(), place: r.place() }))
        })
    }

    fn shift<'a>(&'a self, db: &'a DatabaseTransaction, id: i32, from: ItemState, to: ItemState) -> BoxFuture<'a, Result<bool, AppError>> {
        Box::pin(async move {
            let done = comments::Entity::update_many()
                .col_expr(comments::Column::State, to.key().into())
                .filter(comments::Column::Id.eq(id))
                .filter(comments::Column::State.eq(from.key()))
                .exec(db)
                .await?;
            Ok(done.rows_affected == 1)
        })
    }

    fn excerpts<'a>(&'a self, db: &'a DatabaseConnection, ids: Vec<i32>) -> BoxFuture<'a, Result<HashMap<i32, Excerpt>, AppError>> {
        Box::pin(async move {
            let found = rows().filter(comments::Column::Id.is_in(ids)).into_model::<Row>().all(db).await?;
            Ok(found
                .into_iter()
                .map(|r| (r.id, Excerpt::of(&r.body, r.state(), r.place())))
                .collect())
        })
    }
}
