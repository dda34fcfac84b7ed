//! What the builder pages get from the server.

use serde::{Deserialize, Serialize};

use crate::{
    core::Translated,
    plans::model::PlanRef,
    surveys::{
        definition::SurveyDefinition,
        model::{Access, SurveyCard},
    },
};

/// A survey as the builder edits it: every text in every language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BuilderView {
    pub plan: PlanRef,
    pub survey: SurveyCard,
    pub title: Translated,
    pub intro: Translated,
    pub definition: SurveyDefinition,
    /// The survey's languages; the first is its own.
    pub languages: Vec<String>,
    /// The plan's languages: those a survey may be offered in.
    pub plan_languages: Vec<String>,
    /// Missing texts per language: the survey's (in the order of `languages`), then the plan's other ones.
    pub missing: Vec<(String, usize)>,
    pub responses: u64,
    pub published: bool,
    pub access: Access,
    pub opens_on: Option<chrono::NaiveDate>,
    pub closes_on: Option<chrono::NaiveDate>,
    pub results_public: bool,
    /// Each question's audio versions (question id, recordings and the form to add more).
    pub audio: Vec<(String, crate::media::model::AudioView)>,
}

/// The plan's languages, for the "new survey" form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewSurveyView {
    pub plan: PlanRef,
    pub languages: Vec<String>,
}
