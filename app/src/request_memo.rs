//! What one request looks up once: several parts of a page (the measure, its evidence, its audio)
//! each load their data through their own server function, and those that need the same row
//! share it through this memo instead of asking the database again. A fresh memo is put in the
//! context of every request (`server::web`); outside a request (a test, a worker) the lookup
//! simply runs.

use std::{
    any::Any,
    collections::HashMap,
    future::Future,
    sync::{Arc, Mutex},
};

use leptos::prelude::use_context;
use tokio::sync::OnceCell;

use crate::core::AppError;

type Slot = Arc<OnceCell<Arc<dyn Any + Send + Sync>>>;

/// The lookups of one request, by key.
#[derive(Clone, Default)]
pub struct RequestMemo(Arc<Mutex<HashMap<String, Slot>>>);

/// The value of `lookup` for `key`, computed at most once per request (concurrent callers wait for
/// the first); a failed lookup is not kept, so the next caller tries again.
pub async fn once_per_request<T, F>(key: &str, lookup: F) -> Result<T, AppError>
where
    T: Clone + Send + Sync + 'static,
    F: Future<Output = Result<T, AppError>>,
{
    let Some(RequestMemo(slots)) = use_context::<RequestMemo>() else { return lookup.await };
    // The type is part of the key: one key never holds two kinds of value.
    let key = format!("{}:{key}", std::any::type_name::<T>());
    let slot: Option<Slot> = slots.lock().ok().map(|mut slots| slots.entry(key).or_default().clone());
    let Some(slot) = slot else { return lookup.await };
    let value = slot.get_or_try_init(|| async { lookup.await.map(|v| Arc::new(v) as Arc<dyn Any + Send + Sync>) }).await?;
    value.downcast_ref::<T>().cloned().ok_or_else(|| {
        tracing::error!("request memo: a value of another type under one key");
        AppError::Internal
    })
}
