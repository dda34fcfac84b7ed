//! The builder's server functions: each loads the survey, checks the reader facilitates its plan,
//! and makes one change; without JavaScript each form post comes back to the builder page.
// A server function takes one argument per field of its form.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::model::{BuilderView, NewSurveyView};
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        accounts::roles::{Action, can},
        core::{AppError, Invalid},
        entity::plans,
        i18n::Locale,
        state::{db, require_actor},
        surveys::{
            builder::{
                edit::{self, QuestionEdit},
                service::{self as builder, Settings},
                transfer,
            },
            model::Access,
            service::{self, Survey},
        },
    };
    pub use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    /// The survey and the facilitator's user id, or `Forbidden`.
    pub async fn managed(db: &sea_orm::DatabaseConnection, plan: &str, survey: &str) -> Result<(Survey, i32), AppError> {
        let actor = require_actor()?;
        let loaded = service::load(db, plan, survey).await?;
        if !loaded.can_manage(Some(&actor.grants)) {
            return Err(AppError::Forbidden);
        }
        Ok((loaded, actor.user_id))
    }

    pub async fn managed_plan(db: &sea_orm::DatabaseConnection, plan: &str) -> Result<(plans::Model, i32), AppError> {
        let actor = require_actor()?;
        let row = plans::Entity::find().filter(plans::Column::Slug.eq(plan)).one(db).await?.ok_or(AppError::NotFound)?;
        if !can(Some(&actor.grants), Action::ManageSurveys { plan_id: row.id }) {
            return Err(AppError::Forbidden);
        }
        Ok((row, actor.user_id))
    }

    /// The language being edited, checked before any work (it becomes a key of stored texts and
    /// part of the redirect).
    pub fn content_lang(raw: &str) -> Result<String, AppError> {
        crate::i18n::content_tag(raw).ok_or(AppError::Invalid(Invalid::FormInvalid))
    }

    /// The builder, in the language being edited, at `anchor`, saying "saved".
    pub fn place(plan: &str, survey: &str, lang: &str, anchor: &str) -> String {
        format!("/plans/{plan}/surveys/{survey}/edit?lang={lang}&saved=1#{anchor}")
    }

    /// Back to the builder, in the language being edited, at `anchor`.
    pub fn back(plan: &str, survey: &str, lang: &str, anchor: &str) {
        crate::state::redirect(&place(plan, survey, lang, anchor));
    }

    pub fn date(raw: &str) -> Result<Option<chrono::NaiveDate>, AppError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d").map(Some).map_err(|_| AppError::Invalid(Invalid::DateInvalid))
    }

    /// Finds the question `id`: (section, position).
    pub fn position(definition: &crate::surveys::definition::SurveyDefinition, id: &str) -> Result<(usize, usize), Invalid> {
        definition
            .sections
            .iter()
            .enumerate()
            .find_map(|(s, section)| section.questions.iter().position(|q| q.id == id).map(|p| (s, p)))
            .ok_or(Invalid::FormInvalid)
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/surveys", endpoint = "new_view")]
pub async fn new_survey_data(plan: String, lang: String) -> Result<NewSurveyView, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = db()?;
    let (plan, _) = managed_plan(&db, &plan).await?;
    Ok(builder::new_survey_view(&plan, Locale::from_tag(&lang).unwrap_or_default()))
}

/// Creates a draft survey, then opens it in the builder (once per form: see `crate::once`).
#[server(prefix = "/api/surveys", endpoint = "create_draft")]
pub async fn create_survey_draft(plan: String, slug: String, title: String, access: String, lang: String, once: String) -> Result<(), AppError> {
    let lang = content_lang(&lang)?;
    let db = db()?;
    let access = Access::from_key(&access).ok_or(AppError::Invalid(Invalid::FormInvalid))?;
    let (plan_row, actor) = managed_plan(&db, &plan).await?;
    let to = crate::once::run(&db, &once, actor, || async {
        builder::create_draft(&db, &plan_row, &slug, &title, &lang, access, actor).await?;
        Ok(place(&plan, slug.trim(), &lang, "settings"))
    })
    .await?;
    crate::state::redirect(&to);
    Ok(())
}

/// Copies the survey within its plan: a new draft with its questions, texts and languages (no
/// responses, codes or dates), then opens the copy (once per form: see `crate::once`).
#[server(prefix = "/api/surveys", endpoint = "copy")]
pub async fn copy_survey(plan: String, survey: String, copy_slug: String, copy_title: String, once: String) -> Result<(), AppError> {
    let db = db()?;
    let (loaded, actor) = managed(&db, &plan, &survey).await?;
    let to = crate::once::run(&db, &once, actor, || async {
        let file = transfer::file_of(&loaded);
        transfer::create_from_file(&db, &loaded.plan, file, &copy_slug, &copy_title, actor).await?;
        Ok(place(&plan, copy_slug.trim(), loaded.default_lang(), "settings"))
    })
    .await?;
    crate::state::redirect(&to);
    Ok(())
}

#[server(prefix = "/api/surveys", endpoint = "builder")]
pub async fn builder_data(plan: String, survey: String, lang: String) -> Result<BuilderView, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = db()?;
    let (loaded, _) = managed(&db, &plan, &survey).await?;
    let me = require_actor()?;
    builder::view(&db, &loaded, Locale::from_tag(&lang).unwrap_or_default(), &me).await
}

#[server(prefix = "/api/surveys", endpoint = "settings")]
pub async fn update_survey_settings(
    plan: String,
    survey: String,
    lang: String,
    title: String,
    intro: String,
    access: String,
    opens_on: String,
    closes_on: String,
    results_public: Option<String>,
    languages: Option<Vec<String>>,
) -> Result<(), AppError> {
    let lang = content_lang(&lang)?;
    let db = db()?;
    let settings = Settings {
        languages,
        access: Access::from_key(&access).ok_or(AppError::Invalid(Invalid::FormInvalid))?,
        opens_on: date(&opens_on)?,
        closes_on: date(&closes_on)?,
        results_public: results_public.is_some(),
        lang: lang.clone(),
        title,
        intro,
    };
    let (loaded, actor) = managed(&db, &plan, &survey).await?;
    builder::update_settings(&db, &loaded, actor, settings).await?;
    back(&plan, &survey, &lang, "settings");
    Ok(())
}

#[server(prefix = "/api/surveys", endpoint = "publish")]
pub async fn publish_survey(plan: String, survey: String, publish: bool, lang: String) -> Result<(), AppError> {
    let lang = content_lang(&lang)?;
    let db = db()?;
    let (loaded, actor) = managed(&db, &plan, &survey).await?;
    builder::set_published(&db, &loaded, actor, publish).await?;
    back(&plan, &survey, &lang, "status");
    Ok(())
}

#[server(prefix = "/api/surveys", endpoint = "add_section")]
pub async fn add_section(plan: String, survey: String, lang: String, once: String) -> Result<(), AppError> {
    let lang = content_lang(&lang)?;
    let db = db()?;
    let (loaded, actor) = managed(&db, &plan, &survey).await?;
    let count = loaded.definition.sections.len();
    let to = crate::once::run(&db, &once, actor, || async {
        builder::change_definition(&db, &loaded, actor, "survey.section_added", |d| {
            d.sections.push(edit::empty_section());
            Ok(())
        })
        .await?;
        Ok(place(&plan, &survey, &lang, &format!("section-{count}")))
    })
    .await?;
    crate::state::redirect(&to);
    Ok(())
}

#[server(prefix = "/api/surveys", endpoint = "rename_section")]
pub async fn rename_section(plan: String, survey: String, section: usize, lang: String, title: String) -> Result<(), AppError> {
    let lang = content_lang(&lang)?;
    let db = db()?;
    if title.chars().count() > 200 {
        return Err(AppError::Invalid(Invalid::TooLong));
    }
    let (loaded, actor) = managed(&db, &plan, &survey).await?;
    builder::change_definition(&db, &loaded, actor, "survey.section_renamed", |d| {
        let s = d.sections.get_mut(section).ok_or(Invalid::FormInvalid)?;
        if title.trim().is_empty() {
            s.title.0.remove(&lang);
        } else {
            s.title.0.insert(lang.clone(), title.trim().to_owned());
        }
        Ok(())
    })
    .await?;
    back(&plan, &survey, &lang, &format!("section-{section}"));
    Ok(())
}

#[server(prefix = "/api/surveys", endpoint = "add_question")]
pub async fn add_question(plan: String, survey: String, section: usize, kind: String, text: String, lang: String, once: String) -> Result<(), AppError> {
    let lang = content_lang(&lang)?;
    let db = db()?;
    let (loaded, actor) = managed(&db, &plan, &survey).await?;
    let id = edit::next_id(&loaded.definition);
    let question = edit::new_question(&kind, id.clone(), loaded.default_lang(), &text).map_err(AppError::Invalid)?;
    let to = crate::once::run(&db, &once, actor, || async {
        builder::change_definition(&db, &loaded, actor, "survey.question_added", |d| {
            d.sections.get_mut(section).ok_or(Invalid::FormInvalid)?.questions.push(question);
            Ok(())
        })
        .await?;
        Ok(place(&plan, &survey, &lang, &format!("edit-{id}")))
    })
    .await?;
    crate::state::redirect(&to);
    Ok(())
}

#[server(prefix = "/api/surveys", endpoint = "update_question")]
pub async fn update_question(
    plan: String,
    survey: String,
    id: String,
    lang: String,
    text: String,
    plain: String,
    help: String,
    required: Option<String>,
    prefer_not_to_say: Option<String>,
    options: Option<String>,
    rows: Option<String>,
    option_codes: Option<String>,
    row_codes: Option<String>,
    min: Option<String>,
    max: Option<String>,
    min_label: Option<String>,
    max_label: Option<String>,
    max_choices: Option<String>,
    other: Option<String>,
    max_len: Option<String>,
    cond_question: Option<String>,
    cond_op: Option<String>,
    cond_values: Option<Vec<String>>,
) -> Result<(), AppError> {
    let lang = content_lang(&lang)?;
    let db = db()?;
    let edit = QuestionEdit {
        lang: lang.clone(),
        text,
        plain,
        help,
        required: required.is_some(),
        prefer_not_to_say: prefer_not_to_say.is_some(),
        options: options.unwrap_or_default(),
        rows: rows.unwrap_or_default(),
        option_codes: option_codes.unwrap_or_default(),
        row_codes: row_codes.unwrap_or_default(),
        min: min.unwrap_or_default(),
        max: max.unwrap_or_default(),
        min_label: min_label.unwrap_or_default(),
        max_label: max_label.unwrap_or_default(),
        max_choices: max_choices.unwrap_or_default(),
        other: other.is_some(),
        max_len: max_len.unwrap_or_default(),
        cond_question: cond_question.unwrap_or_default(),
        cond_op: cond_op.unwrap_or_default(),
        cond_values: cond_values.unwrap_or_default(),
    };
    let (loaded, actor) = managed(&db, &plan, &survey).await?;
    let own = lang == loaded.default_lang();
    // Made-up option codes become readable ones while no answer is stored by them.
    let readable = own && service::response_count(&db, loaded.row.id).await? == 0;
    builder::change_definition(&db, &loaded, actor, "survey.question_changed", |d| {
        let (s, p) = position(d, &id)?;
        let typed = edit::apply(&mut d.sections[s].questions[p], &edit, own)?;
        edit::rename_in_conditions(d, &id, &typed);
        if readable {
            let renames = edit::readable_option_codes(&mut d.sections[s].questions[p], &lang);
            edit::rename_in_conditions(d, &id, &renames);
        }
        Ok(())
    })
    .await?;
    back(&plan, &survey, &lang, &format!("edit-{id}"));
    Ok(())
}

/// Moves a question one place up or down (across sections at the edges).
#[server(prefix = "/api/surveys", endpoint = "move_question")]
pub async fn move_question(plan: String, survey: String, id: String, up: bool, lang: String) -> Result<(), AppError> {
    let lang = content_lang(&lang)?;
    let db = db()?;
    let (loaded, actor) = managed(&db, &plan, &survey).await?;
    builder::change_definition(&db, &loaded, actor, "survey.question_moved", |d| {
        let (s, p) = position(d, &id)?;
        let q = d.sections[s].questions.remove(p);
        match (up, p) {
            (true, 0) if s > 0 => d.sections[s - 1].questions.push(q),
            (true, 0) => return Err(Invalid::FormInvalid),
            (true, p) => d.sections[s].questions.insert(p - 1, q),
            (false, p) if p < d.sections[s].questions.len() => d.sections[s].questions.insert(p + 1, q),
            (false, _) if s + 1 < d.sections.len() => d.sections[s + 1].questions.insert(0, q),
            (false, _) => return Err(Invalid::FormInvalid),
        }
        Ok(())
    })
    .await?;
    back(&plan, &survey, &lang, &format!("edit-{id}"));
    Ok(())
}

#[server(prefix = "/api/surveys", endpoint = "delete_question")]
pub async fn delete_question(plan: String, survey: String, id: String, lang: String) -> Result<(), AppError> {
    let lang = content_lang(&lang)?;
    let db = db()?;
    let (loaded, actor) = managed(&db, &plan, &survey).await?;
    builder::change_definition(&db, &loaded, actor, "survey.question_deleted", |d| {
        let (s, p) = position(d, &id)?;
        d.sections[s].questions.remove(p);
        Ok(())
    })
    .await?;
    back(&plan, &survey, &lang, "questions");
    Ok(())
}
