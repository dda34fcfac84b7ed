//! Storing, finding and removing recordings. A recording is one row of `audio_clips` holding
//! its bytes: every app server reads the same database, and a backup holds everything.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set, TransactionTrait,
};
use sha2::{Digest, Sha256};

use super::{
    audio,
    model::{AudioView, Clip, Manage, Target},
};
use crate::{
    accounts::{
        model::Actor,
        roles::{Action, can},
    },
    core::{AppError, Invalid, Text},
    entity::{audio_clips, measures, plans, surveys},
    i18n::Locale,
};

/// Where a target's text lives: its plan, the plan's languages and the page that shows it.
#[derive(Clone, Debug)]
pub struct Place {
    pub target: Target,
    pub plan_id: i32,
    pub languages: Vec<String>,
    pub default_lang: String,
    /// The page to return to after a change (its `#audio` part is added by the caller).
    pub page: String,
    measure_id: Option<i32>,
    survey_id: Option<i32>,
}

/// Finds the text a target names; `NotFound` if it does not exist.
pub async fn place(db: &impl ConnectionTrait, target: Target) -> Result<Place, AppError> {
    let (plan_id, page, measure_id, survey_id) = match &target {
        Target::MeasureSummary { measure_id } => {
            let m = measures::Entity::find_by_id(*measure_id).one(db).await?.ok_or(AppError::NotFound)?;
            (m.plan_id, format!("measures/{}", m.code), Some(m.id), None)
        }
        Target::SurveyQuestion { survey_id, question } => {
            let s = surveys::Entity::find_by_id(*survey_id).one(db).await?.ok_or(AppError::NotFound)?;
            let asks = serde_json::from_str::<ponte_rules::definition::SurveyDefinition>(&s.definition)
                .is_ok_and(|d| d.questions().any(|q| &q.id == question));
            if !asks {
                return Err(AppError::NotFound);
            }
            (s.plan_id, format!("surveys/{}/edit", s.slug), None, Some(s.id))
        }
    };
    let plan = plans::Entity::find_by_id(plan_id).one(db).await?.ok_or(AppError::NotFound)?;
    let languages: Vec<String> = serde_json::from_str(&plan.languages).unwrap_or_default();
    let default_lang = languages.first().cloned().unwrap_or_else(|| Locale::default().tag().to_owned());
    Ok(Place { target, plan_id, languages, default_lang, page: format!("/plans/{}/{page}", plan.slug), measure_id, survey_id })
}

/// The place of a measure's summary, by the plan's slug and the measure's code.
pub async fn measure_place(db: &impl ConnectionTrait, plan: &str, code: &str) -> Result<Place, AppError> {
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(plan)).one(db).await?.ok_or(AppError::NotFound)?;
    let measure = measures::Entity::find()
        .filter(measures::Column::PlanId.eq(plan.id))
        .filter(measures::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    place(db, Target::MeasureSummary { measure_id: measure.id }).await
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
    let tx = db.begin().await?;
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
    lang: String,
    mime: String,
    transcript: String,
}

/// The audio versions of a text for `reader`: the one in their language (or the nearest one in
/// their fallback chain), and for facilitators of the plan all of them.
pub async fn audio_view(db: &impl ConnectionTrait, place: &Place, locale: Locale, actor: Option<&Actor>) -> Result<AudioView, AppError> {
    let rows = audio_clips::Entity::find()
        .select_only()
        .columns([audio_clips::Column::Id, audio_clips::Column::Lang, audio_clips::Column::Mime, audio_clips::Column::Transcript])
        .filter(audio_clips::Column::Target.eq(place.target.key()))
        .order_by_asc(audio_clips::Column::Lang)
        .into_model::<ClipRow>()
        .all(db)
        .await?;
    let name = |tag: &str| Locale::from_tag(tag).map_or_else(|| tag.to_owned(), |l| l.native_name().to_owned());
    let clips: Vec<Clip> = rows
        .into_iter()
        .map(|r| Clip {
            id: r.id,
            language: name(&r.lang),
            transcript: Text { text: r.transcript, lang: r.lang.clone(), fallback: false },
            lang: r.lang,
            mime: r.mime,
        })
        .collect();
    let mut chain: Vec<&str> = locale.content_chain().collect();
    chain.push(&place.default_lang);
    let for_reader = chain
        .into_iter()
        .find_map(|tag| clips.iter().find(|c| c.lang == tag))
        .cloned()
        .map(|mut clip| {
            clip.transcript.fallback = clip.lang != locale.tag();
            clip
        });
    let manage = may_edit(place, actor).then(|| Manage {
        clips: clips.clone(),
        languages: place.languages.iter().map(|tag| (tag.clone(), name(tag))).collect(),
    });
    Ok(AudioView { target: place.target.key(), for_reader, manage })
}

/// The bytes of recording `id`, with its media type and digest (for `ETag`).
pub async fn bytes(db: &DatabaseConnection, id: i32) -> Result<(String, String, Vec<u8>), AppError> {
    let clip = audio_clips::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    Ok((clip.mime, clip.sha256, clip.bytes))
}
