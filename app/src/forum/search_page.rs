//! The forum's search page: a plain GET form (works without JavaScript, and its address can be
//! shared) and what it found, newest first, each hit linking to its post.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{SearchHit, SearchView, api, pages::crumbs, post_place, thread_place};
use crate::{
    i18n::{t, use_locale},
    pending::watched,
    ui::{Breadcrumbs, PageTitle, loaded},
};

/// The search box, on the forum's pages; `query` is what it holds.
pub fn search_form(plan: &str, query: &str) -> impl IntoView + use<> {
    view! {
        <form method="get" action=format!("/plans/{plan}/forum/search") class="inline-form forum-search" role="search">
            <label for="search-q">{t("forum-search-label")}</label>
            " "
            <input id="search-q" type="search" name="q" value=query.to_owned() maxlength="200" dir="auto"/>
            " "
            <button type="submit" class="button">{t("forum-search-submit")}</button>
        </form>
    }
}

/// What a search of a plan's forum found.
#[component]
pub fn ForumSearchPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(
        move || (params.read().get("plan").unwrap_or_default(), query.read().get("q").unwrap_or_default(), lang.clone()),
        |(p, q, l)| watched(api::search_forum(p, q, l)),
    );
    loaded(data, search_page)
}

fn hit(plan: &str, h: &SearchHit) -> impl IntoView + use<> {
    let locale = use_locale();
    let href = h.number.map_or_else(|| thread_place(plan, h.thread), |n| post_place(plan, h.thread, n));
    let what = h.number.map_or_else(|| t("forum-search-title-hit"), |n| locale.t_args("forum-post-number", &[("number", n.into())]));
    let excerpt = (!h.excerpt.is_empty()).then(|| view! { <p lang=h.lang.clone() dir="auto" class="pre-line">{h.excerpt.clone()}</p> });
    view! {
        <li class="card">
            <h2 class="thread-title"><a href=href lang=h.title_lang.clone() dir="auto">{h.title.clone()}</a></h2>
            <p class="muted">{what} " · " {locale.date(h.on)}</p>
            {excerpt}
        </li>
    }
}

fn search_page(view: SearchView) -> impl IntoView {
    let locale = use_locale();
    let here = t("forum-search-title");
    let slug = view.plan.slug.clone();
    let summary = (!view.query.is_empty()).then(|| {
        let key = if view.more { "forum-search-found-more" } else { "forum-search-found" };
        view! { <p role="status">{locale.t_args(key, &[("count", view.hits.len().into())])}</p> }
    });
    let hits = view.hits.iter().map(|h| hit(&slug, h)).collect_view();
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, vec![(here.clone(), String::new()).into()])/>
        <h1>{here.clone()}</h1>
        {search_form(&slug, &view.query)}
        {summary}
        <ol class="plain stack search-hits">{hits}</ol>
    }
}
