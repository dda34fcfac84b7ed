//! Audio on pages: the player with its transcript for readers, and for facilitators the list
//! of recordings with the forms to add (multipart, works without JavaScript) and remove them.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{
    audio::MAX_MEGABYTES,
    model::{AudioView, Clip},
};
use crate::{
    core::AppError,
    i18n::{t, use_locale},
    ui::{TxBlock, rcdata},
};

/// The audio of the text a page shows, loaded beside the page's own data.
#[derive(Clone, Copy)]
pub struct AudioData(pub Resource<Result<AudioView, AppError>>);

/// Called by a page with the resource that loads its text's audio versions.
pub fn provide_audio(resource: Resource<Result<AudioView, AppError>>) {
    provide_context(AudioData(resource));
}

/// The player for one recording: `preload="none"`, so a phone downloads nothing until asked;
/// the transcript beside it for people who cannot listen.
#[component]
pub fn Player(clip: Clip) -> impl IntoView {
    let locale = use_locale();
    let label = locale.t_args("media-listen", &[("language", clip.language.clone().into())]);
    view! {
        <figure class="audio">
            <figcaption lang=locale.interface().tag()>{label}</figcaption>
            <audio controls preload="none" src=clip.href() lang=clip.lang.clone()></audio>
            <details>
                <summary>{t("media-transcript")}</summary>
                <TxBlock text=clip.transcript/>
            </details>
        </figure>
    }
}

/// What the page's request says about the last change to recordings: done (`audio=saved` in
/// the address), or the error, and for which text (`audio_for=<question>`); a refused upload
/// shown again brings its error and what was typed (see `state::form_again`).
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub done: Option<String>,
    pub error: Option<AppError>,
    pub which: Option<String>,
    /// The language and transcript sent with a refused recording.
    pub lang: Option<String>,
    pub transcript: String,
}

impl Outcome {
    pub fn from_request() -> Outcome {
        if let Some((echo, error)) = crate::ui::refused_form(|echo| echo.get("target").is_some())
            && let Some(target) = echo.get("target").and_then(super::model::Target::parse)
        {
            let which = match target {
                super::model::Target::SurveyQuestion { question, .. } => Some(question),
                super::model::Target::MeasureSummary { .. } => None,
            };
            return Outcome {
                done: None,
                error: Some(error),
                which,
                lang: echo.get("lang").map(str::to_owned),
                transcript: echo.get("transcript").unwrap_or_default().to_owned(),
            };
        }
        let query = use_query_map();
        let q = query.read_untracked();
        Outcome {
            done: q.get("audio"),
            error: q.get("audio_error").and_then(|key| AppError::from_key(&key)),
            which: q.get("audio_for"),
            ..Outcome::default()
        }
    }

    /// The outcome if it is about text `which` (`None`: the page's only one).
    pub fn about(&self, which: Option<&str>) -> Outcome {
        if self.which.as_deref() == which { self.clone() } else { Outcome::default() }
    }

    pub fn is_some(&self) -> bool {
        self.done.is_some() || self.error.is_some()
    }
}

/// The audio version of a measure's summary for the reader, and for facilitators the list and
/// the form (the measure page).
#[component]
pub fn AudioVersions() -> impl IntoView {
    let Some(AudioData(data)) = use_context::<AudioData>() else {
        return ().into_any();
    };
    let outcome = Outcome::from_request().about(None);
    view! {
        <Suspense fallback=crate::ui::Loading>
            {move || {
                let outcome = outcome.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(audio) => {
                            let player = audio.for_reader.clone().map(|clip| view! { <Player clip/> });
                            let manage = audio.manage.is_some().then(|| view! { <AudioManager audio=audio.clone() prefix="audio".to_owned() outcome/> });
                            view! { <div id="audio" class="audio-versions" tabindex="-1">{player} {manage}</div> }.into_any()
                        }
                        Err(_) => ().into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// Facilitators: every recording of one text with its remove button, and the upload form.
/// `prefix` keeps the form's ids apart from other texts' forms on the same page.
#[component]
pub fn AudioManager(audio: AudioView, prefix: String, outcome: Outcome) -> impl IntoView {
    let locale = use_locale();
    let Some(manage) = audio.manage else { return ().into_any() };
    let target = audio.target;
    let upload = format!("/media/audio?target={target}");
    let remove = format!("/media/audio/remove?target={target}");
    let id = |what: &str| format!("{prefix}-{what}");
    let notice = match outcome.done.as_deref() {
        Some("saved") => Some(t("media-saved")),
        Some("removed") => Some(t("media-removed")),
        _ => None,
    };
    let error = outcome.error.map(|e| {
        let href = format!("#{}", id("file"));
        view! {
            <div class="error-summary" role="alert" tabindex="-1" id=id("error") autofocus>
                <p><a href=href>{t(e.message_id())}</a></p>
            </div>
        }
    });
    let clips = if manage.clips.is_empty() {
        view! { <p class="muted">{t("media-none")}</p> }.into_any()
    } else {
        let items = manage
            .clips
            .into_iter()
            .map(|clip| {
                let label = locale.t_args("media-remove", &[("language", clip.language.clone().into())]);
                let lang = clip.lang.clone();
                view! {
                    <li class="card">
                        <Player clip/>
                        <form method="post" action=remove.clone()>
                            <input type="hidden" name="lang" value=lang/>
                            <button type="submit" class="button secondary">{label}</button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="plain">{items}</ul> }.into_any()
    };
    let chosen = outcome.lang.clone();
    let languages = manage
        .languages
        .into_iter()
        .map(|(tag, name)| {
            let selected = chosen.as_deref() == Some(tag.as_str());
            view! { <option value=tag.clone() lang=tag selected=selected>{name}</option> }
        })
        .collect_view();
    let typed = outcome.transcript.clone();
    let hint = locale.t_args("media-file-hint", &[("size", MAX_MEGABYTES.into())]);
    let (heading, labelled_by) = (id("heading"), id("heading"));
    view! {
        <section class="audio-manage" aria-labelledby=labelled_by>
            <h3 id=heading>{t("media-heading")}</h3>
            {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            {error}
            <p>{t("media-intro")}</p>
            {clips}
            <form method="post" action=upload enctype="multipart/form-data" class="stack">
                <div class="field">
                    <label for=id("file")>{t("media-file-label")}</label>
                    <p class="hint" id=id("file-hint")>{hint}</p>
                    <input type="file" id=id("file") name="file" accept="audio/*" required aria-describedby=id("file-hint")/>
                </div>
                <div class="field">
                    <label for=id("lang")>{t("media-language-label")}</label>
                    <select id=id("lang") name="lang" aria-describedby=id("lang-hint")>{languages}</select>
                    <p class="hint" id=id("lang-hint")>{t("media-replace-note")}</p>
                </div>
                <div class="field">
                    <label for=id("transcript")>{t("media-transcript-label")}</label>
                    <textarea id=id("transcript") name="transcript" rows="5" required dir="auto">{rcdata(typed)}</textarea>
                </div>
                <button type="submit" class="button">{t("media-upload")}</button>
            </form>
        </section>
    }
    .into_any()
}
