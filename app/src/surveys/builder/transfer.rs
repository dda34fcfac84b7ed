//! A survey as a file and as a copy: its definition and texts in every language, exported as
//! JSON (the demo survey's format), imported as a new draft survey of a plan, or copied within its
//! plan. What travels is what the survey asks and says; never its responses, codes, dates or
//! status (an import or a copy always starts as a draft).

use serde::{Deserialize, Serialize};

use crate::{core::Translated, surveys::definition::SurveyDefinition};

/// The survey file (`…/survey.json`; also `server/demo/survey.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyFile {
    pub slug: String,
    pub access: String,
    #[serde(default)]
    pub results_public: bool,
    pub title: Translated,
    #[serde(default)]
    pub intro: Translated,
    /// Language tags, the survey's own language first.
    pub languages: Vec<String>,
    #[serde(flatten)]
    pub definition: SurveyDefinition,
}

/// Largest survey file read (bytes): well above any real survey (the demo's is 12 KB).
pub const MAX_FILE: usize = 512 * 1024;

#[cfg(feature = "ssr")]
pub use ssr::*;

#[cfg(feature = "ssr")]
mod ssr {
    use super::*;
    use crate::{
        core::{AppError, Invalid},
        entity::plans,
        surveys::{
            builder::{edit, service::insert_draft},
            model::Access,
            service::{NewSurvey, Survey},
        },
    };

    /// The file of a survey as it is now.
    pub fn file_of(survey: &Survey) -> SurveyFile {
        SurveyFile {
            slug: survey.row.slug.clone(),
            access: survey.access.key().to_owned(),
            results_public: survey.row.results_public,
            title: Translated::from_json(&survey.row.title_i18n),
            intro: Translated::from_json(&survey.row.intro_i18n),
            languages: survey.languages.clone(),
            definition: survey.definition.clone(),
        }
    }

    /// Reads a survey file: JSON of the right shape whose questions hold together.
    pub fn read_file(bytes: &[u8]) -> Result<SurveyFile, Invalid> {
        if bytes.len() > MAX_FILE {
            return Err(Invalid::SurveyFileInvalid);
        }
        let file: SurveyFile = serde_json::from_slice(bytes).map_err(|_| Invalid::SurveyFileInvalid)?;
        if file.languages.is_empty() || file.languages.iter().any(|l| crate::i18n::content_tag(l).as_deref() != Some(l.as_str())) {
            return Err(Invalid::SurveyFileInvalid);
        }
        if Access::from_key(&file.access).is_none() {
            return Err(Invalid::SurveyFileInvalid);
        }
        file.definition.check().map_err(|e| match edit::problem(e.code) {
            // Ids and shapes no builder makes: the file was written by hand or broken.
            Invalid::FormInvalid => Invalid::SurveyFileInvalid,
            named => named,
        })?;
        Ok(file)
    }

    /// A new draft survey of `plan` from `file`, at `slug`, titled `title` in its own language
    /// (empty: the file's title). The file's own language must be one of the plan's; its other
    /// languages that the plan does not have are left out.
    pub async fn create_from_file(
        db: &impl sea_orm::ConnectionTrait,
        plan: &plans::Model,
        file: SurveyFile,
        slug: &str,
        title: &str,
        actor: i32,
    ) -> Result<(), AppError> {
        let offered = crate::surveys::builder::service::plan_languages(plan);
        let own = file.languages.first().cloned().unwrap_or_default();
        if !offered.contains(&own) {
            return Err(AppError::Invalid(Invalid::LanguageUnknown));
        }
        let mut survey_title = file.title;
        if !title.trim().is_empty() {
            survey_title.0.insert(own.clone(), title.trim().to_owned());
        }
        let new = NewSurvey {
            plan_id: plan.id,
            slug: slug.trim().to_owned(),
            title: survey_title,
            intro: file.intro,
            languages: file.languages.into_iter().filter(|l| offered.contains(l)).collect(),
            access: Access::from_key(&file.access).unwrap_or(Access::Open),
            definition: file.definition,
            published: false,
            opens_at: None,
            closes_at: None,
            results_public: file.results_public,
        };
        insert_draft(db, new, actor).await
    }
}
