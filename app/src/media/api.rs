//! Media, server functions (what pages load). Each: state, parse, permit, one service call.
//! Uploads and recordings themselves go through plain HTTP (`http`): a file is not a server
//! function argument.

use leptos::prelude::*;

use super::model::AudioView;
use crate::core::AppError;

/// The audio versions of a measure's summary, for the measure page.
#[server(prefix = "/api/media", endpoint = "measure")]
pub async fn measure_audio(plan: String, code: String, lang: String) -> Result<AudioView, AppError> {
    use super::service;
    use crate::{
        i18n::Locale,
        state::{actor, db},
    };
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let db = db()?;
    let place = service::measure_place(&db, &plan, &code).await?;
    service::audio_view(&db, &place, Locale::from_tag(&lang).unwrap_or_default(), actor().as_ref()).await
}
