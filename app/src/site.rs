//! Site-wide pages that belong to no feature: the accessibility statement Decree-Law 83/2018
//! requires, and "page not found".

use leptos::prelude::*;

use crate::pending::watched;
use serde::{Deserialize, Serialize};

use crate::{
    core::AppError,
    i18n::{t, use_locale},
    ui::{ErrorView, PageTitle, loaded},
};

/// Deployment facts the public pages show, set by the operator (server configuration).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// Where to report accessibility problems.
    pub contact_email: Option<String>,
}

#[server(prefix = "/api/site", endpoint = "info")]
pub async fn get_site_info() -> Result<SiteInfo, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    Ok(use_context::<SiteInfo>().unwrap_or_default())
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <ErrorView error=AppError::NotFound/> }
}

/// The error page the server shows for failures outside the pages (form posts, exports,
/// refused requests, a render that timed out): `/_error/<key>`, with the error's status.
#[component]
pub fn ErrorPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let error = params.with_untracked(|p| p.get("key")).and_then(|key| AppError::from_key(&key)).unwrap_or(AppError::NotFound);
    view! { <ErrorView error/> }
}

/// The accessibility statement, after the model of Commission Implementing Decision (EU) 2018/1523.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let info = Resource::new(|| (), |_| watched(get_site_info()));
    view! {
        <PageTitle text=t("site-a11y-title")/>
        <h1>{t("site-a11y-title")}</h1>
        <p class="lead">{t("site-a11y-commitment")}</p>
        <h2>{t("site-a11y-status-heading")}</h2>
        <p>{t("site-a11y-status")}</p>
        <h2>{t("site-a11y-how-heading")}</h2>
        <ul>
            <li>{t("site-a11y-how-keyboard")}</li>
            <li>{t("site-a11y-how-nojs")}</li>
            <li>{t("site-a11y-how-languages")}</li>
            <li>{t("site-a11y-how-tests")}</li>
        </ul>
        <h2>{t("site-a11y-limits-heading")}</h2>
        <p>{t("site-a11y-limits")}</p>
        <h2>{t("site-a11y-feedback-heading")}</h2>
        {loaded(info, feedback)}
        <h2>{t("site-a11y-enforcement-heading")}</h2>
        <p>{t("site-a11y-enforcement")}</p>
        <p class="muted">{t("site-a11y-prepared")}</p>
    }
}

fn feedback(info: SiteInfo) -> impl IntoView {
    let locale = use_locale();
    match info.contact_email {
        Some(email) => {
            let href = format!("mailto:{email}");
            view! {
                <p>
                    {locale.t("site-a11y-feedback")} " "
                    <a href=href dir="ltr">{email}</a>
                </p>
            }
            .into_any()
        }
        None => view! { <p>{locale.t("site-a11y-feedback-no-email")}</p> }.into_any(),
    }
}
