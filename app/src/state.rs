//! Server-side access to what the server provides to every render and server function.

use leptos::prelude::use_context;
use sea_orm::DatabaseConnection;

use crate::core::AppError;

/// The database connection (pool) the server put in context.
pub fn db() -> Result<DatabaseConnection, AppError> {
    use_context::<DatabaseConnection>().ok_or_else(|| {
        tracing::error!("no database connection in context");
        AppError::Internal
    })
}

