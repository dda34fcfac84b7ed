//! The builder, server side: every change goes through [`change_definition`] or
//! [`update_settings`], which refuse structural changes once a survey has responses, keep the
//! definition consistent, bump the version (so two facilitators never overwrite each other
//! unknowingly) and write an audit row in the same transaction.

use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};

use super::{
    edit::{self, structure},
    model::{BuilderView, NewSurveyView},
};
use crate::writes::BeginWrite;
use crate::{
    accounts::model::Actor,
    audit,
    core::{AppError, Invalid, Translated},
    entity::{plans, surveys},
    i18n::Locale,
    plans::model::PlanRef,
    surveys::{
        definition::{DefinitionProblem, SurveyDefinition},
        model::Access,
        service::{self, NewSurvey, Survey},
    },
};

pub fn plan_languages(plan: &plans::Model) -> Vec<String> {
    crate::plans::service::languages(&plan.languages)
}

fn plan_ref(plan: &plans::Model, locale: Locale) -> PlanRef {
    let own = plan_languages(plan).into_iter().next().unwrap_or_else(|| "pt-PT".to_owned());
    PlanRef { slug: plan.slug.clone(), title: Translated::from_json(&plan.title_i18n).resolve(locale, &own) }
}

pub fn new_survey_view(plan: &plans::Model, locale: Locale) -> NewSurveyView {
    NewSurveyView { plan: plan_ref(plan, locale), languages: plan_languages(plan) }
}

/// Creates a draft survey in its own language `lang` (one of the plan's) only: the facilitator
/// adds the languages it will be offered in once it is written (`Settings::languages`).
pub async fn create_draft(db: &impl ConnectionTrait, plan: &plans::Model, slug: &str, title: &str, lang: &str, access: Access, actor: i32) -> Result<(), AppError> {
    if !plan_languages(plan).iter().any(|l| l == lang) {
        return Err(AppError::Invalid(Invalid::LanguageUnknown));
    }
    let languages = vec![lang.to_owned()];
    let new = NewSurvey {
        plan_id: plan.id,
        slug: slug.trim().to_owned(),
        title: Translated([(lang.to_owned(), title.trim().to_owned())].into()),
        intro: Translated::default(),
        languages,
        access,
        definition: SurveyDefinition { sections: vec![edit::empty_section()] },
        published: false,
        opens_at: None,
        closes_at: None,
        results_public: false,
    };
    insert_draft(db, new, actor).await
}

/// Creates a draft survey (new, imported or copied) after the checks a facilitator's form needs:
/// a title in its own language of at most 200 characters, a valid short name no other survey of
/// the plan has.
pub async fn insert_draft(db: &impl ConnectionTrait, new: NewSurvey, actor: i32) -> Result<(), AppError> {
    let title = new.languages.first().and_then(|own| new.title.0.get(own)).map_or("", |t| t.trim());
    if title.chars().count() > 200 {
        return Err(AppError::Invalid(Invalid::TooLong));
    }
    if title.is_empty() {
        return Err(AppError::Invalid(Invalid::TitleMissing));
    }
    if !service::valid_slug(&new.slug) {
        return Err(AppError::Invalid(Invalid::SlugInvalid));
    }
    let taken = surveys::Entity::find()
        .filter(surveys::Column::PlanId.eq(new.plan_id))
        .filter(surveys::Column::Slug.eq(new.slug.as_str()))
        .one(db)
        .await?
        .is_some();
    if taken {
        return Err(AppError::Invalid(Invalid::SlugTaken));
    }
    service::create_survey(db, new, Some(actor)).await.map(|_| ())
}

pub async fn view(db: &impl ConnectionTrait, survey: &Survey, locale: Locale, actor: &Actor) -> Result<BuilderView, AppError> {
    let own = survey.default_lang().to_owned();
    let title = Translated::from_json(&survey.row.title_i18n);
    let intro = Translated::from_json(&survey.row.intro_i18n);
    let mut texts = edit::texts(&survey.definition);
    texts.push(&title);
    texts.push(&intro);
    let mut all = survey.languages.clone();
    all.extend(plan_languages(&survey.plan).into_iter().filter(|l| !survey.languages.contains(l)));
    let missing = all.iter().map(|l| (l.clone(), edit::missing(&texts, &own, l))).collect();
    let question_ids: Vec<String> = survey.definition.questions().map(|q| q.id.clone()).collect();
    Ok(BuilderView {
        plan: survey.plan_ref(locale),
        survey: survey.card(locale),
        title: title.clone(),
        intro: intro.clone(),
        definition: survey.definition.clone(),
        languages: survey.languages.clone(),
        plan_languages: plan_languages(&survey.plan),
        missing,
        responses: service::response_count(db, survey.row.id).await?,
        published: survey.row.status == "published",
        access: survey.access,
        opens_on: survey.row.opens_at.map(|t| t.date_naive()),
        closes_on: survey.row.closes_at.map(|t| t.date_naive()),
        results_public: survey.row.results_public,
        audio: crate::media::service::survey_audio(db, survey.row.id, &question_ids, locale, Some(actor)).await?,
    })
}

/// Saves the survey row if nobody changed it meanwhile (same version), with an audit row.
async fn save(
    db: &DatabaseConnection,
    survey: &Survey,
    actor: i32,
    action: &str,
    details: serde_json::Value,
    columns: Vec<(surveys::Column, sea_orm::Value)>,
) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let mut update = surveys::Entity::update_many()
        .col_expr(surveys::Column::Version, Expr::value(survey.row.version + 1))
        .col_expr(surveys::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
        .filter(surveys::Column::Id.eq(survey.row.id))
        .filter(surveys::Column::Version.eq(survey.row.version));
    for (column, value) in columns {
        update = update.col_expr(column, Expr::value(value));
    }
    if update.exec(&txn).await?.rows_affected != 1 {
        return Err(AppError::Invalid(Invalid::SurveyChanged));
    }
    audit::record(
        &txn,
        audit::Entry {
            actor: Some(actor),
            action,
            target_type: "survey",
            target_id: survey.row.id.to_string(),
            plan_id: Some(survey.plan.id),
            details,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Applies `change` to the definition: refused when it breaks the survey, or changes its
/// structure once there are responses.
pub async fn change_definition(
    db: &DatabaseConnection,
    survey: &Survey,
    actor: i32,
    action: &str,
    change: impl FnOnce(&mut SurveyDefinition) -> Result<(), Invalid>,
) -> Result<(), AppError> {
    let mut definition = survey.definition.clone();
    change(&mut definition).map_err(AppError::Invalid)?;
    match definition.check() {
        Ok(()) => {}
        Err(e) if e.code == DefinitionProblem::NoQuestions && survey.row.status != "published" => {}
        Err(e) => {
            tracing::info!(problem = ?e, "survey change refused");
            return Err(AppError::Invalid(edit::problem(e.code)));
        }
    }
    if structure(&definition) != structure(&survey.definition) && service::response_count(db, survey.row.id).await? > 0 {
        return Err(AppError::Invalid(Invalid::SurveyHasResponses));
    }
    let json = serde_json::to_string(&definition).map_err(|_| AppError::Internal)?;
    save(db, survey, actor, action, serde_json::json!({ "version": survey.row.version + 1 }), vec![(surveys::Column::Definition, json.into())]).await
}

/// The survey's own settings, texts in `lang`.
pub struct Settings {
    pub lang: String,
    pub title: String,
    pub intro: String,
    pub access: Access,
    pub opens_on: Option<chrono::NaiveDate>,
    pub closes_on: Option<chrono::NaiveDate>,
    pub results_public: bool,
    /// The languages the survey is offered in (sent by the form in the survey's own language;
    /// `None` keeps them): some of the plan's, the survey's own always first.
    pub languages: Option<Vec<String>>,
}

/// The survey's languages as chosen: each one of the plan's, the survey's own first and always.
fn chosen_languages(survey: &Survey, chosen: &[String]) -> Result<Vec<String>, Invalid> {
    let offered = plan_languages(&survey.plan);
    let own = survey.default_lang().to_owned();
    let mut languages = vec![own.clone()];
    for lang in chosen {
        if !offered.contains(lang) {
            return Err(Invalid::LanguageUnknown);
        }
        if !languages.contains(lang) {
            languages.push(lang.clone());
        }
    }
    Ok(languages)
}

pub async fn update_settings(db: &DatabaseConnection, survey: &Survey, actor: i32, settings: Settings) -> Result<(), AppError> {
    if settings.title.chars().count() > 200 || settings.intro.chars().count() > 4000 {
        return Err(AppError::Invalid(Invalid::TooLong));
    }
    let own = settings.lang == survey.default_lang();
    if !survey.languages.contains(&settings.lang) {
        return Err(AppError::Invalid(Invalid::LanguageUnknown));
    }
    if own && settings.title.trim().is_empty() {
        return Err(AppError::Invalid(Invalid::TitleMissing));
    }
    if matches!((settings.opens_on, settings.closes_on), (Some(a), Some(b)) if a >= b) {
        return Err(AppError::Invalid(Invalid::DatesReversed));
    }
    if settings.access != survey.access && service::response_count(db, survey.row.id).await? > 0 {
        return Err(AppError::Invalid(Invalid::SurveyHasResponses));
    }
    let put = |raw: &str, value: &str| {
        let mut t = Translated::from_json(raw);
        if value.trim().is_empty() {
            t.0.remove(&settings.lang);
        } else {
            t.0.insert(settings.lang.clone(), value.trim().to_owned());
        }
        t.to_json()
    };
    let at = |d: Option<chrono::NaiveDate>| d.and_then(|d| d.and_hms_opt(0, 0, 0)).map(|t| t.and_utc());
    let languages = match &settings.languages {
        Some(chosen) if own => chosen_languages(survey, chosen).map_err(AppError::Invalid)?,
        _ => survey.languages.clone(),
    };
    let languages = serde_json::to_string(&languages).map_err(|_| AppError::Internal)?;
    let columns = vec![
        (surveys::Column::Languages, languages.into()),
        (surveys::Column::TitleI18n, put(&survey.row.title_i18n, &settings.title).into()),
        (surveys::Column::IntroI18n, put(&survey.row.intro_i18n, &settings.intro).into()),
        (surveys::Column::Access, settings.access.key().into()),
        (surveys::Column::OpensAt, at(settings.opens_on).into()),
        (surveys::Column::ClosesAt, at(settings.closes_on).into()),
        (surveys::Column::ResultsPublic, settings.results_public.into()),
    ];
    save(db, survey, actor, "survey.settings_changed", serde_json::json!({ "lang": settings.lang }), columns).await
}

/// Publishes (only a whole, consistent survey) or takes back to draft.
pub async fn set_published(db: &DatabaseConnection, survey: &Survey, actor: i32, publish: bool) -> Result<(), AppError> {
    if publish {
        survey.definition.check().map_err(|e| AppError::Invalid(edit::problem(e.code)))?;
    }
    let status = if publish { "published" } else { "draft" };
    let action = if publish { "survey.published" } else { "survey.unpublished" };
    save(db, survey, actor, action, serde_json::json!({}), vec![(surveys::Column::Status, status.into())]).await
}
