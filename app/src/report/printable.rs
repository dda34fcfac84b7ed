//! The printable report, server side: the plan's overview, its participation report and "How
//! input was used", read by their own features' services.

use sea_orm::DatabaseConnection;

use super::PrintableView;
use crate::{core::AppError, entity::plans, i18n::Locale};

pub async fn printable(db: &DatabaseConnection, plan: &plans::Model, locale: Locale, exact: bool) -> Result<PrintableView, AppError> {
    Ok(PrintableView {
        plan: crate::plans::service::plan_overview(db, &plan.slug, locale).await?,
        participation: super::participation::participation(db, plan, locale, exact).await?,
        used: super::used::used(db, &plan.slug, locale).await?,
    })
}
