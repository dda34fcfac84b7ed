//! The forum's page of a plan: its categories (general, then the plan's areas), a page of
//! threads (pinned first, then by last post) and, for people signed in, the form to open a
//! thread. A thread's own page is in `thread_page`.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    ForumView, ThreadCard, api,
    domain::{GENERAL, MEASURES_MAX, POST_MAX, TITLE_MAX},
};
use crate::{
    accounts::byline::{shown_as, signature, writing_languages},
    core::FormEcho,
    i18n::{t, use_locale},
    moderation::ItemState,
    pending::watched,
    plans::model::PlanRef,
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, Tx, failure, loaded, pager, rcdata, refused_form},
};

/// "Plans › the plan › Forum", then `here`.
pub(super) fn crumbs(plan: &PlanRef, here: Vec<Crumb>) -> Vec<Crumb> {
    let mut out: Vec<Crumb> = vec![
        (t("core-nav-plans"), "/".to_owned()).into(),
        (plan.title.clone(), format!("/plans/{}", plan.slug)).into(),
        (t("forum-title"), format!("/plans/{}/forum", plan.slug)).into(),
    ];
    out.extend(here);
    out
}

/// The badges of a thread: pinned, locked, closed with an outcome.
pub(super) fn badges(pinned: bool, locked: bool, closed: bool) -> impl IntoView {
    let badge = |on: bool, key: &'static str| on.then(|| view! { " " <span class=format!("badge forum-{key}")>{t(&format!("forum-badge-{key}"))}</span> });
    view! { {badge(pinned, "pinned")} {badge(closed, "closed")} {badge(locked && !closed, "locked")} }
}

/// A plan's forum.
#[component]
pub fn ForumPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(
        move || {
            let q = query.read();
            (
                params.read().get("plan").unwrap_or_default(),
                q.get("category").unwrap_or_default(),
                q.get("page").and_then(|p| p.parse::<u64>().ok()).unwrap_or(1),
                lang.clone(),
            )
        },
        |(p, c, n, l)| watched(api::forum_data(p, c, n, l)),
    );
    loaded(data, forum_page)
}

fn category_name(view: &ForumView, code: &str) -> String {
    if code == GENERAL {
        return t("forum-category-general");
    }
    view.categories.iter().find(|a| a.code == code).map(|a| a.name.text.clone()).unwrap_or_default()
}

fn thread_card(view: &ForumView, card: &ThreadCard) -> impl IntoView + use<> {
    let locale = use_locale();
    let href = format!("/plans/{}/forum/{}", view.plan.slug, card.id);
    let title = match card.state {
        ItemState::Visible => view! { <a href=href lang=card.lang.clone() dir="auto">{card.title.clone()}</a> }.into_any(),
        state => view! { <span class="muted">{t(&format!("forum-thread-placeholder-{}", state.key()))}</span> }.into_any(),
    };
    let posts = locale.t_args("forum-posts-count", &[("count", card.posts.into())]);
    let last = locale.t_args("forum-last-post", &[("date", locale.date(card.last_on).into())]);
    view! {
        <li class="card thread-card">
            <h2 class="thread-title">{title} {badges(card.pinned, card.locked, card.closed)}</h2>
            <p class="muted">
                {signature(&card.author)} <span>{category_name(view, &card.category)}</span> " · " <span>{posts}</span> " · " <span>{last}</span>
            </p>
        </li>
    }
}

fn forum_page(view: ForumView) -> impl IntoView {
    let here = t("forum-title");
    let base = format!("/plans/{}/forum", view.plan.slug);
    let chosen = view.category.clone();
    let link = |code: Option<&str>, label: String| {
        let href = code.map_or_else(|| base.clone(), |c| format!("{base}?category={c}"));
        let current = (chosen.as_deref() == code).then_some("page");
        view! { <li><a href=href aria-current=current>{label}</a></li> }
    };
    let mut nav = vec![link(None, t("forum-category-all")).into_any(), link(Some(GENERAL), t("forum-category-general")).into_any()];
    nav.extend(view.categories.iter().map(|a| link(Some(&a.code), a.name.text.clone()).into_any()));
    let threads = view.threads.iter().map(|c| thread_card(&view, c)).collect_view();
    let none = view.threads.is_empty().then(|| view! { <p class="muted">{t("forum-threads-none")}</p> });
    let category = view.category.clone();
    let pages = pager(view.page, view.pages, t("forum-pages-label"), move |n| match &category {
        Some(c) => format!("{base}?category={c}&page={n}"),
        None => format!("{base}?page={n}"),
    });
    let form = if view.signed_in {
        view! { <NewThreadForm view=view.clone()/> }.into_any()
    } else {
        view! { <p><a href="/sign-in">{t("forum-sign-in")}</a></p> }.into_any()
    };
    let heading = match &view.category {
        Some(c) => format!("{here} · {}", category_name(&view, c)),
        None => here.clone(),
    };
    view! {
        <PageTitle text=format!("{} · {}", heading, view.plan.title.text)/>
        <Breadcrumbs items=vec![(t("core-nav-plans"), "/".to_owned()).into(), (view.plan.title.clone(), format!("/plans/{}", view.plan.slug)).into(), (here.clone(), String::new()).into()]/>
        <h1>{heading}</h1>
        <p class="lead">{t("forum-intro")}</p>
        {super::search_page::search_form(&view.plan.slug, "")}
        <nav class="category-nav" aria-label=t("forum-categories-label")>
            <ul class="inline-list">{nav}</ul>
        </nav>
        {none}
        <ol class="plain stack threads">{threads}</ol>
        {pages}
        {form}
    }
}

/// The form to open a thread: category, measures it is about, title, first post, language and
/// how it is signed.
#[component]
fn NewThreadForm(view: ForumView) -> impl IntoView {
    let action = ServerAction::<api::OpenThread>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("title").is_some()).map(|(e, _)| e);
    let field = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let (title, body) = (field("title"), field("body"));
    let category = echo.as_ref().and_then(|e| e.get("category")).map_or_else(|| view.category.clone().unwrap_or_else(|| GENERAL.to_owned()), str::to_owned);
    let picked: Vec<String> = echo.as_ref().map(|e| e.all("measures[]").into_iter().map(str::to_owned).collect()).unwrap_or_default();
    let lang = Some(field("lang")).filter(|l| !l.is_empty()).unwrap_or_else(|| use_locale().tag().to_owned());
    let categories = std::iter::once((GENERAL.to_owned(), t("forum-category-general")))
        .chain(view.categories.iter().map(|a| (a.code.clone(), a.name.text.clone())))
        .map(|(code, name)| view! { <option value=code.clone() selected=code == category>{name}</option> })
        .collect_view();
    let measures = view
        .measures
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let id = format!("thread-measure-{i}");
            view! {
                <li>
                    <input type="checkbox" id=id.clone() name="measures[]" value=m.code.clone() checked=picked.contains(&m.code)/>
                    <label for=id><span dir="ltr">{m.code.clone()}</span> " · " <Tx text=m.title.clone()/></label>
                </li>
            }
        })
        .collect_view();
    let about = (!view.measures.is_empty()).then(|| {
        view! {
            <details open=!picked.is_empty()>
                <summary>{t("forum-form-measures")}</summary>
                <p class="hint">{use_locale().t_args("forum-form-measures-hint", &[("max", MEASURES_MAX.into())])}</p>
                <ul class="plain">{measures}</ul>
            </details>
        }
    });
    view! {
        <section id="new-thread" aria-labelledby="new-thread-heading" tabindex="-1">
            <h2 id="new-thread-heading">{t("forum-new-thread")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="thread-error" message=error/>
                <input type="hidden" name="plan" value=view.plan.slug.clone()/>
                <crate::once::OnceField/>
                <label for="thread-category">{t("forum-form-category")}</label>
                <select id="thread-category" name="category">{categories}</select>
                {about}
                <label for="thread-title">{t("forum-form-title")}</label>
                <input id="thread-title" name="title" type="text" required maxlength=TITLE_MAX.to_string() dir="auto" value=title/>
                <label for="thread-body">{t("forum-form-body")}</label>
                <p class="hint" id="thread-body-hint">{t("forum-form-body-hint")}</p>
                <textarea id="thread-body" name="body" rows="8" required maxlength=POST_MAX.to_string() dir="auto" aria-describedby="thread-body-hint">{rcdata(body)}</textarea>
                <label for="thread-lang">{t("forum-form-lang")}</label>
                <select id="thread-lang" name="lang" inner_html=writing_languages(&lang)></select>
                {shown_as("thread", &view.municipalities, echo.as_ref())}
                <button type="submit" class="button primary">{t("forum-form-open")}</button>
            </ActionForm>
        </section>
    }
}
