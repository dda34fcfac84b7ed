//! A plan's areas, server functions (its facilitators and administrators). Each: state, parse,
//! permit, one service call, back to the page at the area.

use leptos::prelude::*;

use super::AreasEditView;
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use super::super::service;
    pub use crate::{
        plans::editing::access::{content_lang, editable, locale},
        state::{db, redirect},
    };
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/plans", endpoint = "areas_edit")]
pub async fn areas_edit_data(plan: String, lang: String, reader: String) -> Result<AreasEditView, AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let (row, _) = editable(&db, &plan).await?;
    service::view(&db, row, &lang, locale(&reader)).await
}

#[server(prefix = "/api/plans", endpoint = "save_area")]
pub async fn save_area(plan: String, code: String, lang: String, name: String, description: String, hidden: Option<String>) -> Result<(), AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let (row, user) = editable(&db, &plan).await?;
    let form = service::AreaSave { code: code.clone(), lang: lang.clone(), name, description, hidden: hidden.is_some() };
    service::save(&db, row, user, form).await?;
    redirect(&format!("/plans/{plan}/edit/areas?in={lang}&saved={code}#area-{code}"));
    Ok(())
}

#[server(prefix = "/api/plans", endpoint = "add_area")]
pub async fn add_area(plan: String, code: String, name: String, once: String) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    let own = crate::plans::service::default_lang(&row.languages);
    let to = crate::once::run(&db, &once, user, || async {
        let code = service::add(&db, row, user, &code, &name).await?;
        Ok(format!("/plans/{plan}/edit/areas?in={own}&saved={code}#area-{code}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

#[server(prefix = "/api/plans", endpoint = "move_area")]
pub async fn move_area(plan: String, code: String, lang: String, direction: String) -> Result<(), AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let up = match direction.as_str() {
        "up" => true,
        "down" => false,
        _ => return Err(AppError::Invalid(crate::core::Invalid::FormInvalid)),
    };
    let (row, user) = editable(&db, &plan).await?;
    service::shift(&db, row, user, &code, up).await?;
    redirect(&format!("/plans/{plan}/edit/areas?in={lang}#area-{code}"));
    Ok(())
}
