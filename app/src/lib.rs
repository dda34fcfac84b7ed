//! Ponte's Leptos application: the page shell, the route table and one module per feature.
//!
//! Features are vertical slices (`plans`, `site`); shared pieces live in `core` (content and
//! errors), `i18n` (languages and messages) and `ui` (layout and small components). Server-only
//! parts (`entity`, services, `state`) compile with the `ssr` feature.

// The survey builder's pages nest view types deeper than the default 128.
#![recursion_limit = "256"]

pub mod accounts;
pub mod consultations;
pub mod core;
pub mod evidence;
pub mod focus_groups;
pub mod forum;
pub mod i18n;
pub mod media;
pub mod moderation;
pub mod monitoring;
pub mod once;
pub mod opendata;
pub mod pending;
pub mod plans;
pub mod report;
pub mod site;
pub mod surveys;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod content_cache;
#[cfg(feature = "ssr")]
pub mod downloads;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod page_cache;
#[cfg(feature = "ssr")]
pub mod rate_limit;
#[cfg(feature = "ssr")]
pub mod registry;
#[cfg(feature = "ssr")]
pub mod request_memo;
#[cfg(feature = "ssr")]
pub mod secrets;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod writes;

use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::i18n::Locale;

/// The Content-Security-Policy for a response. Pages pass the nonce of their inline script (the
/// enhancement module's loader); every other response gets the same policy with no inline script
/// allowed at all.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let inline = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self'{inline} 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
    )
}

/// The HTML document around the app; rendered on the server only.
///
/// Pages are server HTML and nothing else: the browser never runs the Leptos app (see the
/// README, "How pages reach the browser"). Rendering as "not hydrating" keeps the resources'
/// data and the hydration keys out of the page; the small enhancement module (`ponte-enhance`)
/// adds what JavaScript can add to the finished HTML.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let locale = request_locale();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let policy = content_security_policy(leptos::nonce::use_nonce().as_deref());
        if let Ok(value) = http::HeaderValue::from_str(&policy) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
    // The bundle's folder carries its version (`pkg/<hash>`, set by the server): a new build has
    // new URLs, so browsers may keep these files for a year.
    let stylesheet = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
    view! {
        <!DOCTYPE html>
        <html lang=locale.interface().tag() dir=locale.interface().dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="data:,"/>
                <link rel="stylesheet" href=stylesheet/>
                <Enhance options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Loads the enhancement module, only on a page with something to enhance (a form that posts),
/// with one inline module script (it runs once the document is parsed) and no
/// `<link rel=preload>`: a page to read, or a browser without JavaScript, downloads nothing but
/// the HTML and the CSS, whereas preload links make Chromium fetch the module even with
/// JavaScript off.
#[component]
fn Enhance(options: LeptosOptions) -> impl IntoView {
    let pkg = format!("/{}/{}", options.site_pkg_dir, options.output_name);
    let script = format!(
        "if (document.querySelector('form[method=post]')) import('{pkg}.js').then(m => m.default({{ module_or_path: '{pkg}_bg.wasm' }}));"
    );
    view! { <script type="module" nonce=leptos::nonce::use_nonce()>{script}</script> }
}

/// The language this page is rendered in: the server put it in the request by negotiation.
pub fn request_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        crate::state::with_parts(|parts| parts.extensions.get::<Locale>().copied()).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Locale::default()
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(request_locale());
    view! {
        <Router>
            <ui::Layout>
                <Routes fallback=site::NotFoundPage>
                    <Route path=path!("/") view=plans::pages::HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan") view=plans::pages::PlanPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/activity") view=plans::activity::pages::ActivityPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/edit") view=plans::edit::pages::PlanEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/edit/areas") view=plans::areas::pages::AreasEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/areas") view=plans::pages::AreasPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/areas/:code") view=plans::pages::AreaPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/measures/:code") view=plans::pages::MeasurePage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/measures/:code/progress") view=monitoring::measure_page::MeasureProgressPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/monitoring") view=monitoring::dashboard::MonitoringPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/measures/:code/changes") view=plans::drafting::pages::MeasureChangesPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/consultations") view=consultations::pages::ConsultationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/consultations/:slug") view=consultations::pages::ConsultationPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/consultations/:slug/inputs") view=consultations::report::InputsPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/focus-groups") view=focus_groups::pages::FocusGroupsPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/focus-groups/:slug") view=focus_groups::pages::FocusGroupPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/focus-groups/:slug/attendance") view=focus_groups::attendance_page::AttendancePage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/focus-groups/:slug/findings") view=focus_groups::findings_page::FindingsPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/focus-groups/:slug/poll") view=focus_groups::poll_page::PollPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/focus-groups/:slug/register") view=focus_groups::pages::RegisterPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/focus-groups/:slug/registration/:token") view=focus_groups::registration::RegistrationPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/forum") view=forum::pages::ForumPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/forum/search") view=forum::search_page::ForumSearchPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/forum/:thread") view=forum::thread_page::ThreadPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/forum/posts/:id/history") view=forum::thread_page::PostHistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/moderation") view=moderation::pages::ModerationPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/draft") view=plans::drafting::pages::DraftsPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/diagnosis") view=plans::diagnosis::pages::DiagnosisPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/diagnosis/:slug") view=plans::diagnosis::pages::EntityEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/diagnosis/import/:id") view=plans::diagnosis::pages::ImportPreviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/draft/:id") view=plans::drafting::pages::DraftEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/versions") view=plans::drafting::pages::VersionsPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/versions/:number") view=plans::drafting::pages::VersionPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/versions/:number/:code") view=plans::drafting::pages::FrozenMeasurePage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/entities") view=plans::pages::EntitiesPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/evidence") view=evidence::checklist::EvidenceChecklistPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/input-used") view=report::used_page::InputUsedPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/participation") view=report::participation_page::ParticipationPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/report") view=report::printable_page::PrintableReportPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/edit/population") view=report::population::editor::PopulationEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys") view=surveys::pages::SurveysPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys/new") view=surveys::builder::pages::NewSurveyPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys/:survey") view=surveys::pages::SurveyStartPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys/:survey/edit") view=surveys::builder::pages::BuilderPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys/:survey/answer") view=surveys::pages::SurveyAnswerPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys/:survey/saved") view=surveys::pages::SurveySavedPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys/:survey/thanks") view=surveys::pages::SurveyThanksPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys/:survey/results") view=surveys::pages::SurveyResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys/:survey/codes") view=surveys::pages::SurveyCodesPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys/:survey/responses") view=surveys::responses::pages::ResponsesPage ssr=SsrMode::Async/>
                    <Route path=path!("/plans/:plan/surveys/:survey/responses/:id") view=surveys::responses::pages::ResponsePage ssr=SsrMode::Async/>
                    <Route path=path!("/_error/:key") view=site::ErrorPage ssr=SsrMode::Async/>
                    <Route path=path!("/accessibility") view=site::AccessibilityPage ssr=SsrMode::Async/>
                    <Route path=path!("/data") view=opendata::page::DataPage ssr=SsrMode::Async/>
                    <Route path=path!("/sign-in") view=accounts::pages::SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("/sign-in/code") view=accounts::pages::CodePage ssr=SsrMode::Async/>
                    <Route path=path!("/sign-in/link/:token") view=accounts::pages::LinkPage ssr=SsrMode::Async/>
                    <Route path=path!("/account") view=accounts::pages::AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/unsubscribe/:token") view=accounts::pages::UnsubscribePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/people") view=accounts::pages::PeoplePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/plans/new") view=plans::create::pages::NewPlanPage ssr=SsrMode::Async/>
                </Routes>
            </ui::Layout>
        </Router>
    }
}
