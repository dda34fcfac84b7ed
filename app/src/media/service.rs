//! Storing, finding and removing recordings. A recording is one row of `audio_clips` holding
//! its bytes: every app server reads the same database, and a backup holds everything.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use sha2::{Digest, Sha256};

use super::{
    audio,
    model::{AudioView, Clip, Manage, Target},
};
use crate::writes::BeginWrite;
use crate::{
    accounts::{
        model::Actor,
        roles::{Action, can},
    },
    core::{AppError, Invalid, Text},
    entity::{audio_clips, measures, plans, surveys},
    i18n::Locale,
};

/// Where a target's text lives: its plan, the languages it may be recorded in (the plan's, or
/// the survey's for a question) and the page that shows it.
#[derive(Clone, Debug)]
pub struct Place {
    pub target: Target,
    pub plan_id: i32,
    pub languages: Vec<String>,
    pub default_lang: String,
    /// The page to return to after a change, the element to show there, and for a page with
    /// several texts, which one (`audio_for=`).
    pub page: String,
    pub anchor: String,
    pub which: Option<String>,
    measure_id: Option<i32>,
    survey_id: Option<i32>,
    /// The plan's content revision when this place was found (see `content_cache`).
    content_rev: i64,
}

/// Finds the text a target names; `NotFound` if it does not exist.
pub async fn place(db: &impl ConnectionTrait, target: Target) -> Result<Place, AppError> {
    match target {
        Target::MeasureSummary { measure_id } => {
            let measure = measures::Entity::find_by_id(measure_id).one(db).await?.ok_or(AppError::NotFound)?;
            let plan = plans::Entity::find_by_id(measure.plan_id).one(db).await?.ok_or(AppError::NotFound)?;
            Ok(summary_place(&plan, &measure))
        }
        Target::SurveyQuestion { survey_id, question } => {
            let survey = surveys::Entity::find_by_id(survey_id).one(db).await?.ok_or(AppError::NotFound)?;
            let asks = serde_json::from_str::<ponte_rules::definition::SurveyDefinition>(&survey.definition)
                .is_ok_and(|d| d.questions().any(|q| q.id == question));
            if !asks {
                return Err(AppError::NotFound);
            }
            let plan = plans::Entity::find_by_id(survey.plan_id).one(db).await?.ok_or(AppError::NotFound)?;
            // A question is recorded in the survey's languages.
            let languages = crate::plans::service::languages(&survey.languages);
            Ok(Place {
                plan_id: plan.id,
                default_lang: languages.first().cloned().unwrap_or_else(|| Locale::default().tag().to_owned()),
                languages,
                page: format!("/plans/{}/surveys/{}/edit", plan.slug, survey.slug),
                anchor: format!("edit-{question}"),
                which: Some(question.clone()),
                measure_id: None,
                survey_id: Some(survey.id),
                content_rev: plan.content_rev,
                target: Target::SurveyQuestion { survey_id, question },
            })
        }
    }
}

/// The place of a measure's summary, by the plan's slug and the measure's code.
pub async fn measure_place(db: &impl ConnectionTrait, plan: &str, code: &str) -> Result<Place, AppError> {
    let (plan, measure, _) = crate::plans::service::measure_for_page(db, plan, code).await?;
    Ok(summary_place(&plan, &measure))
}

/// A measure's summary, in its plan.
fn summary_place(plan: &plans::Model, measure: &measures::Model) -> Place {
    let languages = crate::plans::service::languages(&plan.languages);
    Place {
        target: Target::MeasureSummary { measure_id: measure.id },
        plan_id: plan.id,
        default_lang: languages.first().cloned().unwrap_or_else(|| Locale::default().tag().to_owned()),
        languages,
        page: format!("/plans/{}/measures/{}", plan.slug, measure.code),
        anchor: "audio".to_owned(),
        which: None,
        measure_id: Some(measure.id),
        survey_id: None,
        content_rev: plan.content_rev,
    }
}

/// Whether `actor` may add and remove this text's recordings.
pub fn may_edit(place: &Place, actor: Option<&Actor>) -> bool {
    can(actor.map(|a| a.grants.as_slice()), Action::EditPlanContent { plan_id: place.plan_id })
}

/// A recording as received: checked by [`attach`] before anything is stored.
pub struct Upload {
    pub lang: String,
    pub transcript: String,
    pub bytes: Vec<u8>,
}

/// Checks an upload without storing anything: the plan's language, a transcript, the size
/// and the kind of file. Returns the media type.
pub fn check(place: &Place, upload: &Upload) -> Result<&'static str, AppError> {
    if !place.languages.contains(&upload.lang) {
        return Err(AppError::Invalid(Invalid::LanguageUnknown));
    }
    if upload.bytes.is_empty() {
        return Err(AppError::Invalid(Invalid::AudioMissing));
    }
    if upload.bytes.len() > audio::MAX_BYTES {
        return Err(AppError::Invalid(Invalid::AudioTooLarge));
    }
    let mime = audio::sniff(&upload.bytes).ok_or(AppError::Invalid(Invalid::NotAudio))?;
    let transcript = upload.transcript.trim();
    if transcript.is_empty() {
        return Err(AppError::Invalid(Invalid::TranscriptNeeded));
    }
    if transcript.chars().count() > audio::MAX_TRANSCRIPT {
        return Err(AppError::Invalid(Invalid::TooLong));
    }
    Ok(mime)
}

/// Stores a checked recording, replacing the one in the same language (one transaction).
pub async fn attach(db: &DatabaseConnection, place: &Place, actor: &Actor, upload: Upload) -> Result<(), AppError> {
    let mime = check(place, &upload)?;
    let key = place.target.key();
    let sha256 = Sha256::digest(&upload.bytes).iter().map(|b| format!("{b:02x}")).collect::<String>();
    let size = i32::try_from(upload.bytes.len()).map_err(|_| AppError::Invalid(Invalid::AudioTooLarge))?;
    let tx = db.begin_write().await?;
    audio_clips::Entity::delete_many()
        .filter(audio_clips::Column::Target.eq(&key))
        .filter(audio_clips::Column::Lang.eq(&upload.lang))
        .exec(&tx)
        .await?;
    audio_clips::ActiveModel {
        plan_id: Set(place.plan_id),
        target: Set(key),
        measure_id: Set(place.measure_id),
        survey_id: Set(place.survey_id),
        lang: Set(upload.lang),
        mime: Set(mime.to_owned()),
        size: Set(size),
        sha256: Set(sha256),
        bytes: Set(upload.bytes),
        transcript: Set(upload.transcript.trim().replace("\r\n", "\n")),
        created_by: Set(Some(actor.user_id)),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Removes the recording in `lang`, if there is one.
pub async fn remove(db: &DatabaseConnection, place: &Place, lang: &str) -> Result<(), AppError> {
    audio_clips::Entity::delete_many()
        .filter(audio_clips::Column::Target.eq(place.target.key()))
        .filter(audio_clips::Column::Lang.eq(lang))
        .exec(db)
        .await?;
    Ok(())
}

/// A recording's metadata (never its bytes), for pages.
#[derive(sea_orm::FromQueryResult)]
struct ClipRow {
    id: i32,
    target: String,
    lang: String,
    mime: String,
    transcript: String,
}

/// The recordings whose target matches `filter`, metadata only, as (target, clip).
async fn clips(db: &impl ConnectionTrait, filter: sea_orm::Condition) -> Result<Vec<(String, Clip)>, AppError> {
    let rows = audio_clips::Entity::find()
        .select_only()
        .columns([
            audio_clips::Column::Id,
            audio_clips::Column::Target,
            audio_clips::Column::Lang,
            audio_clips::Column::Mime,
            audio_clips::Column::Transcript,
        ])
        .filter(filter)
        .order_by_asc(audio_clips::Column::Lang)
        .into_model::<ClipRow>()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let clip = Clip {
                id: r.id,
                language: language_name(&r.lang),
                transcript: Text { text: r.transcript, lang: r.lang.clone(), fallback: false },
                lang: r.lang,
                mime: r.mime,
            };
            (r.target, clip)
        })
        .collect())
}

fn language_name(tag: &str) -> String {
    Locale::from_tag(tag).map_or_else(|| tag.to_owned(), |l| l.native_name().to_owned())
}

/// The recording for `locale`: their language, their fallbacks, then `default_lang`; its
/// transcript marked as a fallback when it is not in their language.
fn for_reader<'a>(clips: impl IntoIterator<Item = &'a Clip> + Clone, locale: Locale, default_lang: &str) -> Option<Clip> {
    let mut chain: Vec<&str> = locale.content_chain().collect();
    chain.push(default_lang);
    chain.into_iter().find_map(|tag| clips.clone().into_iter().find(|c| c.lang == tag)).cloned().map(|mut clip| {
        clip.transcript.fallback = clip.lang != locale.tag();
        clip
    })
}

fn view_of(place: &Place, clips: Vec<Clip>, locale: Locale, editable: bool) -> AudioView {
    AudioView {
        target: place.target.key(),
        for_reader: for_reader(&clips, locale, &place.default_lang),
        manage: editable.then(|| Manage {
            clips,
            languages: place.languages.iter().map(|tag| (tag.clone(), language_name(tag))).collect(),
        }),
    }
}

/// The audio versions of a text for `reader`: the one in their language (or the nearest one in
/// their fallback chain), and for facilitators of the plan all of them. The recordings' details
/// are read once per revision of the plan's content.
pub async fn audio_view(db: &impl ConnectionTrait, place: &Place, locale: Locale, actor: Option<&Actor>) -> Result<AudioView, AppError> {
    let key = place.target.key();
    let load = clips(db, sea_orm::Condition::all().add(audio_clips::Column::Target.eq(key.clone())));
    let found = crate::content_cache::at_revision(place.plan_id, place.content_rev, &format!("audio {key}"), load).await?;
    Ok(view_of(place, found.into_iter().map(|(_, c)| c).collect(), locale, may_edit(place, actor)))
}

/// The audio versions of every question of a survey, for its builder: (question id, view).
/// One query for the recordings, whatever the number of questions.
pub async fn survey_audio(
    db: &impl ConnectionTrait,
    survey_id: i32,
    questions: &[String],
    locale: Locale,
    actor: Option<&Actor>,
) -> Result<Vec<(String, AudioView)>, AppError> {
    let Some(first) = questions.first() else { return Ok(Vec::new()) };
    let template = place(db, Target::SurveyQuestion { survey_id, question: first.clone() }).await?;
    let editable = may_edit(&template, actor);
    let found = clips(db, sea_orm::Condition::all().add(audio_clips::Column::SurveyId.eq(survey_id))).await?;
    Ok(questions
        .iter()
        .map(|q| {
            let target = Target::SurveyQuestion { survey_id, question: q.clone() };
            let key = target.key();
            let place = Place { target, anchor: format!("edit-{q}"), which: Some(q.clone()), ..template.clone() };
            let mine = found.iter().filter(|(t, _)| *t == key).map(|(_, c)| c.clone()).collect();
            (q.clone(), view_of(&place, mine, locale, editable))
        })
        .collect())
}

/// For the answer form: the recording of each question of a survey for `locale` (question id,
/// clip), in one query.
pub async fn survey_clips_for_reader(
    db: &impl ConnectionTrait,
    survey_id: i32,
    locale: Locale,
    default_lang: &str,
) -> Result<Vec<(String, Clip)>, AppError> {
    let found = clips(db, sea_orm::Condition::all().add(audio_clips::Column::SurveyId.eq(survey_id))).await?;
    let mut questions: Vec<(String, Vec<Clip>)> = Vec::new();
    for (target, clip) in found {
        let Some(Target::SurveyQuestion { question, .. }) = Target::parse(&target) else { continue };
        match questions.iter_mut().find(|(q, _)| *q == question) {
            Some((_, list)) => list.push(clip),
            None => questions.push((question, vec![clip])),
        }
    }
    Ok(questions.into_iter().filter_map(|(q, list)| for_reader(&list, locale, default_lang).map(|c| (q, c))).collect())
}

/// The bytes of recording `id`, with its media type and digest (for `ETag`).
pub async fn bytes(db: &DatabaseConnection, id: i32) -> Result<(String, String, Vec<u8>), AppError> {
    let clip = audio_clips::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    Ok((clip.mime, clip.sha256, clip.bytes))
}
