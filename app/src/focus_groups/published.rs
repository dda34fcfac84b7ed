//! Published findings where people read the plan: a section on the plan's page (every focus
//! group's findings, newest session first) and on each measure's page (the findings tagged with
//! it), each linking to its place in the focus group's summary. Nothing shows until a focus
//! group's findings are published.

use leptos::prelude::*;

use super::{FindingCard, api};
use crate::{
    core::AppError,
    i18n::{t, use_locale},
    pending::watched,
    ui::Tx,
};

/// The published findings a page shows, loaded beside the page itself.
#[derive(Clone, Copy)]
struct Published(Resource<Result<Vec<FindingCard>, AppError>>);

/// Findings shown on the plan's page at most (the rest are a click away, in each summary).
const ON_PLAN_PAGE: usize = 12;

/// Called by the plan's page (`code` empty) or a measure's page.
pub fn provide_published(plan: impl Fn() -> String + Send + Sync + 'static, code: impl Fn() -> Option<String> + Send + Sync + 'static) {
    let lang = use_locale().tag().to_owned();
    let resource = Resource::new(move || (plan(), code(), lang.clone()), |(p, c, l)| watched(api::published_findings(p, c, l)));
    provide_context(Published(resource));
}

/// "What the focus groups found", when any focus group's findings are published.
#[component]
pub fn PublishedFindings(plan: String, #[prop(optional)] measure: bool) -> impl IntoView {
    let Some(Published(data)) = use_context::<Published>() else { return ().into_any() };
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let plan = plan.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(list) if !list.is_empty() => section(plan, list, measure).into_any(),
                        _ => ().into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

fn section(plan: String, mut list: Vec<FindingCard>, measure: bool) -> impl IntoView {
    let more = (!measure && list.len() > ON_PLAN_PAGE).then(|| {
        view! { <p><a href=format!("/plans/{plan}/focus-groups")>{t("focus-groups-findings-all")}</a></p> }
    });
    if !measure {
        list.truncate(ON_PLAN_PAGE);
    }
    let heading = if measure { "focus-groups-findings-about-measure" } else { "focus-groups-findings-on-plan" };
    let locale = use_locale();
    let items = list
        .into_iter()
        .map(|f| {
            let href = format!("/plans/{plan}/focus-groups/{}/findings#finding-{}", f.group, f.id);
            let from = locale.t("focus-groups-finding-from");
            view! {
                <li>
                    <p><Tx text=f.statement/></p>
                    <p class="meta">{from} " " <a href=href><Tx text=f.topic/></a></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="published-findings" aria-labelledby="published-findings-heading">
            <h2 id="published-findings-heading">{t(heading)}</h2>
            <ul class="plain findings">{items}</ul>
            {more}
        </section>
    }
}
