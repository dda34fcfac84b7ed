//! The consultation's download, for everyone: every visible comment and reply (web and received
//! offline) and every filing of the entities' positions, with the answers they got — as CSV that
//! opens safely in a spreadsheet and as JSON, streamed a batch at a time (`crate::downloads`).
//! What is hidden, removed or deleted is not in it; no email address or account is.

use axum::{
    Extension, Router,
    body::Body,
    extract::Path,
    response::{IntoResponse, Response},
    routing::get,
};
use chrono::NaiveDate;
use futures::StreamExt;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;

use super::{comments::{CommentRow, comment_rows}, positions};
use crate::{
    core::{AppError, Translated},
    downloads::{BOM, attachment, batched, neutralize, write_csv},
    entity::{consultation_comments as comments, consultations, measures, plans},
    moderation::ItemState,
    plans::drafting::service::plan_by_slug,
};

/// Comments read per batch.
const BATCH: u64 = 500;

/// One row of the download.
#[derive(Serialize)]
pub struct Record {
    /// `comment`, `reply` or `position`.
    pub kind: &'static str,
    pub id: i32,
    pub reply_to: Option<i32>,
    pub measure: String,
    /// The part of the measure (an anchor key).
    pub part: String,
    pub version: i32,
    /// `name`, `resident` (with the municipality), `offline` (with the name given) or `entity`.
    pub author_kind: &'static str,
    pub author: String,
    pub channel: String,
    pub date: NaiveDate,
    pub lang: String,
    pub affects_me: bool,
    pub stance: String,
    /// What was written (Markdown as typed).
    pub text: String,
    pub proposed_part: String,
    pub proposed_text: String,
    pub decision: String,
    pub reason: String,
    pub changed_in: Option<i32>,
}

const HEADER: [&str; 20] = [
    "kind", "id", "reply_to", "measure", "part", "version", "author_kind", "author", "channel", "date", "language", "affects_me", "stance", "text",
    "proposed_part", "proposed_text", "decision", "reason", "changed_in", "consultation",
];

impl Record {
    fn cells(&self, consultation: &str) -> Vec<String> {
        let number = |n: Option<i32>| n.map(|n| n.to_string()).unwrap_or_default();
        vec![
            self.kind.to_owned(),
            self.id.to_string(),
            number(self.reply_to),
            neutralize(&self.measure),
            neutralize(&self.part),
            self.version.to_string(),
            self.author_kind.to_owned(),
            neutralize(&self.author),
            self.channel.clone(),
            self.date.to_string(),
            neutralize(&self.lang),
            self.affects_me.to_string(),
            self.stance.clone(),
            neutralize(&self.text),
            neutralize(&self.proposed_part),
            neutralize(&self.proposed_text),
            self.decision.clone(),
            neutralize(&self.reason),
            number(self.changed_in),
            neutralize(consultation),
        ]
    }
}

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/plans/{plan}/consultations/{slug}/export.csv", get(export_csv))
        .route("/plans/{plan}/consultations/{slug}/export.json", get(export_json))
}

/// What a download needs: the consultation and its measures' codes.
struct Source {
    consultation: consultations::Model,
    codes: std::collections::HashMap<i32, String>,
    own: String,
    /// The plan's time zone: the dates of the records are the plan's days.
    zone: String,
}

async fn source(db: &DatabaseConnection, plan: &str, slug: &str) -> Result<Source, AppError> {
    let plan = plan_by_slug(db, plan).await?;
    let consultation = super::service::by_slug(db, &plan, slug).await?;
    let codes = codes_of(db, plan.id).await?;
    Ok(Source { consultation, codes, own: crate::plans::service::default_lang(&plan.languages), zone: plan.time_zone })
}

/// The code of each measure of plan `plan_id`, by id.
async fn codes_of(db: &DatabaseConnection, plan_id: i32) -> Result<std::collections::HashMap<i32, String>, AppError> {
    Ok(measures::Entity::find()
        .select_only()
        .columns([measures::Column::Id, measures::Column::Code])
        .filter(measures::Column::PlanId.eq(plan_id))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// Every visible comment and reply after id `after`, a batch.
async fn comments_after(db: &DatabaseConnection, consultation: i32, after: i64) -> Result<Vec<CommentRow>, std::io::Error> {
    comment_rows()
        .filter(comments::Column::ConsultationId.eq(consultation))
        .filter(comments::Column::State.eq(ItemState::Visible.key()))
        .filter(comments::Column::Id.gt(after))
        .order_by_asc(comments::Column::Id)
        .limit(BATCH)
        .into_model::<CommentRow>()
        .all(db)
        .await
        .map_err(|e| std::io::Error::other(e.to_string()))
}

/// Every record of consultation `consultation` of `plan` at once (the open data API's, which
/// hashes its documents for their ETag): the comments and replies in order, then the positions.
pub async fn records(db: &DatabaseConnection, plan: &plans::Model, consultation: consultations::Model) -> Result<Vec<Record>, AppError> {
    let source = Source { codes: codes_of(db, plan.id).await?, consultation, own: crate::plans::service::default_lang(&plan.languages), zone: plan.time_zone.clone() };
    let mut out = Vec::new();
    let mut after = 0;
    loop {
        let rows = comments_after(db, source.consultation.id, after).await.map_err(|e| {
            tracing::error!(error = %e, "consultation records");
            AppError::Internal
        })?;
        let full = rows.len() as u64 >= BATCH;
        after = rows.last().map_or(after, |r| i64::from(r.id));
        out.extend(rows.into_iter().map(|r| {
            let code = source.codes.get(&r.measure_id).cloned().unwrap_or_default();
            r.record(&code, &source.zone)
        }));
        if !full {
            break;
        }
    }
    out.extend(position_records(db, &source).await?);
    Ok(out)
}

/// Every filing of the entities' positions (each edit is one), oldest first.
async fn position_records(db: &DatabaseConnection, source: &Source) -> Result<Vec<Record>, AppError> {
    let mut rows = positions::rows(db, source.consultation.id, None).await?;
    rows.reverse();
    Ok(rows
        .into_iter()
        .map(|p| {
            let entry = p.entry(&source.zone);
            let name = Translated::from_json(&p.entity_name).0.get(&source.own).cloned().unwrap_or_default();
            let (proposed_part, proposed_text) = entry.proposed.clone().unwrap_or_default();
            Record {
                kind: "position",
                id: p.id,
                reply_to: None,
                measure: source.codes.get(&p.measure_id).cloned().unwrap_or_default(),
                part: String::new(),
                version: 0,
                author_kind: "entity",
                author: name,
                channel: "web".to_owned(),
                date: entry.on,
                lang: entry.lang,
                affects_me: false,
                stance: entry.stance,
                text: p.statement.clone(),
                proposed_part,
                proposed_text,
                decision: p.decision().unwrap_or_default(),
                reason: p.reason_text(&source.own),
                changed_in: p.changed_in(),
            }
        })
        .collect())
}

/// The comments' batches, each made into bytes by `render` (told whether it is the first),
/// then `tail` made from the positions.
fn stream(
    db: DatabaseConnection,
    source: Source,
    render: impl Fn(&[Record], bool) -> Vec<u8> + Send + Sync + 'static,
    tail: impl FnOnce(Vec<Record>) -> Vec<u8> + Send + 'static,
) -> Body {
    let source = std::sync::Arc::new(source);
    let render = std::sync::Arc::new(render);
    let head = {
        let (db, source, render) = (db.clone(), source.clone(), render.clone());
        batched(move |after, first| {
            let (db, source, render) = (db.clone(), source.clone(), render.clone());
            async move {
                let rows = comments_after(&db, source.consultation.id, after).await?;
                let last = ((rows.len() as u64) >= BATCH).then(|| rows.last().map_or(after, |r| i64::from(r.id)));
                let records: Vec<Record> = rows
                    .into_iter()
                    .map(|r| {
                        let code = source.codes.get(&r.measure_id).cloned().unwrap_or_default();
                        r.record(&code, &source.zone)
                    })
                    .collect();
                Ok((render(&records, first), last))
            }
        })
    };
    let end = futures::stream::once(async move {
        let records = position_records(&db, &source).await.map_err(|e| std::io::Error::other(format!("{e:?}")))?;
        Ok::<_, std::io::Error>(tail(records))
    });
    Body::from_stream(head.chain(end))
}

async fn export_csv(Extension(db): Extension<DatabaseConnection>, Path((plan, slug)): Path<(String, String)>) -> Response {
    let source = match source(&db, &plan, &slug).await {
        Ok(s) => s,
        Err(e) => return failed(e),
    };
    let name = format!("{plan}-{slug}");
    let (label, tail_label) = (name.clone(), name.clone());
    let render = move |records: &[Record], first: bool| {
        let mut out = Vec::new();
        if first {
            out.extend_from_slice(BOM.as_bytes());
            write_csv(&mut out, &[HEADER.iter().map(|h| (*h).to_owned()).collect()]);
        }
        write_csv(&mut out, &records.iter().map(|r| r.cells(&label)).collect::<Vec<_>>());
        out
    };
    let tail = move |records: Vec<Record>| {
        let mut out = Vec::new();
        write_csv(&mut out, &records.iter().map(|r| r.cells(&tail_label)).collect::<Vec<_>>());
        out
    };
    attachment("text/csv; charset=utf-8", format!("{name}.csv"), stream(db, source, render, tail))
}

async fn export_json(Extension(db): Extension<DatabaseConnection>, Path((plan, slug)): Path<(String, String)>) -> Response {
    let source = match source(&db, &plan, &slug).await {
        Ok(s) => s,
        Err(e) => return failed(e),
    };
    let head = format!("{{\"plan\":{},\"consultation\":{},\"inputs\":[", serde_json::Value::from(plan.as_str()), serde_json::Value::from(slug.as_str()));
    let written = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let seen = written.clone();
    let json = |record: &Record| serde_json::to_string(record).unwrap_or_default();
    let render = move |records: &[Record], first: bool| {
        let mut out = if first { head.clone() } else { String::new() };
        for record in records {
            if written.swap(true, std::sync::atomic::Ordering::Relaxed) {
                out.push(',');
            }
            out.push_str(&json(record));
        }
        out.into_bytes()
    };
    let tail = move |records: Vec<Record>| {
        let mut out = String::new();
        for record in &records {
            if seen.swap(true, std::sync::atomic::Ordering::Relaxed) {
                out.push(',');
            }
            out.push_str(&json(record));
        }
        out.push_str("]}");
        out.into_bytes()
    };
    attachment("application/json", format!("{plan}-{slug}.json"), stream(db, source, render, tail))
}

fn failed(error: AppError) -> Response {
    crate::state::error_response(error, crate::i18n::Locale::default()).into_response()
}
