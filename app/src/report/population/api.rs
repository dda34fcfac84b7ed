//! The reference population's server functions (the plan's facilitators and administrators).
//! Each: state, parse, permit, one service call, back to the page at the group.

use leptos::prelude::*;

use super::PopulationEditView;
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use super::super::service::{self, GroupForm};
    pub use crate::{
        core::{AppError, Invalid},
        plans::editing::access::{content_lang, editable, locale},
        state::{db, redirect},
    };

    /// A group's form, parsed.
    pub fn form(lang: String, name: String, population: &str, languages: Option<Vec<String>>, source: String, year: &str) -> Result<GroupForm, AppError> {
        let digits: String = population.chars().filter(|c| !c.is_whitespace() && !matches!(c, '.' | ',' | '\u{a0}' | '\u{202f}')).collect();
        Ok(GroupForm {
            lang: content_lang(&lang)?,
            name,
            population: digits.parse().map_err(|_| AppError::Invalid(Invalid::PopulationInvalid))?,
            languages: languages.unwrap_or_default(),
            source,
            year: year.trim().parse().map_err(|_| AppError::Invalid(Invalid::YearInvalid))?,
        })
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/report", endpoint = "population_edit")]
pub async fn population_edit_data(plan: String, lang: String, reader: String) -> Result<PopulationEditView, AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let (row, _) = editable(&db, &plan).await?;
    service::view(&db, row, &lang, locale(&reader)).await
}

#[server(prefix = "/api/report", endpoint = "add_population_group")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn add_population_group(
    plan: String,
    lang: String,
    name: String,
    population: String,
    languages: Option<Vec<String>>,
    source: String,
    year: String,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let form = form(lang, name, &population, languages, source, &year)?;
    let (row, user) = editable(&db, &plan).await?;
    let in_lang = form.lang.clone();
    let to = crate::once::run(&db, &once, user, || async {
        let id = service::add(&db, &row, user, form).await?;
        Ok(format!("/plans/{plan}/edit/population?in={in_lang}&saved={id}#group-{id}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

#[server(prefix = "/api/report", endpoint = "save_population_group")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn save_population_group(
    plan: String,
    id: i32,
    lang: String,
    name: String,
    population: String,
    languages: Option<Vec<String>>,
    source: String,
    year: String,
) -> Result<(), AppError> {
    let db = db()?;
    let form = form(lang, name, &population, languages, source, &year)?;
    let (row, user) = editable(&db, &plan).await?;
    let in_lang = form.lang.clone();
    service::save(&db, &row, user, id, form).await?;
    redirect(&format!("/plans/{plan}/edit/population?in={in_lang}&saved={id}#group-{id}"));
    Ok(())
}

#[server(prefix = "/api/report", endpoint = "remove_population_group")]
pub async fn remove_population_group(plan: String, id: i32, lang: String) -> Result<(), AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let (row, user) = editable(&db, &plan).await?;
    service::remove(&db, &row, user, id).await?;
    redirect(&format!("/plans/{plan}/edit/population?in={lang}&removed=1#groups-heading"));
    Ok(())
}
