//! The local diagnosis, server functions (the plan's facilitators and administrators). Each:
//! state, parse, permit, one service call. The file upload is `http`.

use leptos::prelude::*;

use super::{DiagnosisView, EntityEditView, ImportPreview};
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use super::super::service::{self, EntitySave};
    pub use crate::{
        i18n::Locale,
        plans::editing::access::{content_lang, editable, locale},
        state::{db, redirect},
    };
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/plans", endpoint = "diagnosis")]
pub async fn diagnosis_data(plan: String, lang: String) -> Result<DiagnosisView, AppError> {
    let db = db()?;
    let (row, _) = editable(&db, &plan).await?;
    service::view(&db, row, locale(&lang)).await
}

/// A new entity; on to its edit form.
#[server(prefix = "/api/plans", endpoint = "add_entity")]
pub async fn add_entity(plan: String, name: String, kind: String, once: String) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    let own = crate::plans::service::default_lang(&row.languages);
    let to = crate::once::run(&db, &once, user, || async {
        let slug = service::create(&db, row, user, &name, &kind).await?;
        Ok(format!("/plans/{plan}/diagnosis/{slug}?in={own}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

#[server(prefix = "/api/plans", endpoint = "entity")]
pub async fn entity_edit_data(plan: String, slug: String, lang: String, reader: String) -> Result<EntityEditView, AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let (row, _) = editable(&db, &plan).await?;
    service::edit_view(&db, row, &slug, &lang, locale(&reader)).await
}

/// Saves an entity: its shared fields and its texts in `lang`; back to its form.
#[server(prefix = "/api/plans", endpoint = "save_entity")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn update_entity(
    plan: String,
    slug: String,
    lang: String,
    kind: String,
    municipality: String,
    areas: Option<Vec<String>>,
    website: String,
    email: String,
    phone: String,
    address: String,
    name: String,
    description: String,
    services: String,
) -> Result<(), AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let form = EntitySave { lang: lang.clone(), kind, municipality, areas: areas.unwrap_or_default(), website, email, phone, address, name, description, services };
    let (row, user) = editable(&db, &plan).await?;
    service::save(&db, row, user, &slug, form).await?;
    redirect(&format!("/plans/{plan}/diagnosis/{slug}?in={lang}&saved=1"));
    Ok(())
}

#[server(prefix = "/api/plans", endpoint = "remove_entity")]
pub async fn remove_entity(plan: String, slug: String) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    service::remove(&db, row, user, &slug).await?;
    redirect(&format!("/plans/{plan}/diagnosis?removed=1"));
    Ok(())
}

#[server(prefix = "/api/plans", endpoint = "import_preview")]
pub async fn preview_import(plan: String, id: i32, lang: String) -> Result<ImportPreview, AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    service::preview(&db, row, user, id, Locale::from_tag(&lang).unwrap_or_default()).await
}

/// Adds the previewed rows without errors; back to the list, saying how many.
#[server(prefix = "/api/plans", endpoint = "confirm_import")]
pub async fn confirm_import(plan: String, id: i32, once: String) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    let to = crate::once::run(&db, &once, user, || async {
        let (added, skipped) = service::confirm(&db, row, user, id).await?;
        Ok(format!("/plans/{plan}/diagnosis?imported={added}&skipped={skipped}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

#[server(prefix = "/api/plans", endpoint = "discard_import")]
pub async fn discard_import(plan: String, id: i32) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    service::discard(&db, &row, user, id).await?;
    redirect(&format!("/plans/{plan}/diagnosis"));
    Ok(())
}
