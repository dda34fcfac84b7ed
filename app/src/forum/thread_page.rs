//! A thread's page: its title, category and measures, its outcome (with the measures it is
//! evidence for), a page of its posts with what the reader may do to each (quote, edit, delete,
//! flag, moderate), the reply form, and the moderators' and facilitators' forms (pin, lock,
//! close with an outcome). Also the moderators' page of a post's earlier texts. Every action is
//! a form that works without JavaScript.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    HistoryView, ManageThread, PostView, ThreadView, api,
    domain::{OUTCOME_MAX, POST_MAX},
    outcome_ref,
    pages::{badges, crumbs},
};
use crate::{
    accounts::byline::{shown_as, signature, writing_languages},
    core::FormEcho,
    evidence::components::OutcomeLinks,
    i18n::{t, use_locale},
    moderation::{
        ItemKind, ItemState,
        components::{FlagForm, ModerateForm},
    },
    pending::watched,
    plans::editing::languages::{content_options, native},
    ui::{Breadcrumbs, FieldError, PageTitle, TxBlock, failure, failure_of, loaded, pager, query_flag, rcdata, refused_form, refused_with},
};

/// A number from the page's address (0 when absent or not a number).
fn number(name: &'static str) -> impl Fn() -> i32 + Copy + Send + Sync + 'static {
    let query = use_query_map();
    move || query.read().get(name).and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// A thread of a plan's forum.
#[component]
pub fn ThreadPage() -> impl IntoView {
    let params = use_params_map();
    let (page, quote, edit) = (number("page"), number("quote"), number("edit"));
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(
        move || {
            let p = params.read();
            (p.get("plan").unwrap_or_default(), p.get("thread").and_then(|t| t.parse::<i32>().ok()).unwrap_or(0), page(), quote(), edit(), lang.clone())
        },
        |(p, id, n, q, e, l)| watched(api::thread_data(p, id, n, q, e, l)),
    );
    loaded(data, thread_page)
}

fn thread_page(view: ThreadView) -> impl IntoView {
    let locale = use_locale();
    let visible = view.state == ItemState::Visible;
    let title = if visible { view.title.clone() } else { t(&format!("forum-thread-placeholder-{}", view.state.key())) };
    let category = if view.category.code == super::domain::GENERAL { t("forum-category-general") } else { view.category.name.text.clone() };
    let category_href = format!("/plans/{}/forum?category={}", view.plan.slug, view.category.code);
    let measures = (!view.measures.is_empty()).then(|| {
        let items = view
            .measures
            .iter()
            .map(|m| {
                let href = format!("/plans/{}/measures/{}", view.plan.slug, m.code);
                view! { <li><a href=href><span dir="ltr">{m.code.clone()}</span> " · " {m.title.text.clone()}</a></li> }
            })
            .collect_view();
        view! { <p class="muted">{t("forum-thread-measures")}</p> <ul class="inline-list">{items}</ul> }
    });
    let flag = (view.signed_in && !view.own && visible).then(|| view! { <FlagForm kind=ItemKind::ForumThread item=view.id flagged=query_flag("flagged")/> });
    let moderate = view.can_moderate.then(|| view! { <ModerateForm kind=ItemKind::ForumThread item=view.id state=view.state open=query_flag("moderated")/> });
    let keep = (view.can_moderate && visible).then(|| view! { <KeepForm plan=view.plan.slug.clone() thread=view.id pinned=view.pinned locked=view.locked/> });
    let thread_key = view.id.to_string();
    let thread_forms = (flag.is_some(), moderate.is_some());
    let orphan = refused_form(|e: &FormEcho| {
        let about = e.get("kind") == Some(ItemKind::ForumThread.key()) && e.get("item") == Some(thread_key.as_str());
        about && !(if e.get("decision").is_some() { thread_forms.1 } else { thread_forms.0 })
    })
    .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> });
    let kept = query_flag("kept").then(|| view! { <p class="notice" role="status">{t("forum-kept")}</p> });
    let outcome = view.outcome.clone().map(|o| {
        let links = view.evidence.clone().map(|evidence| view! { <OutcomeLinks plan=view.plan.slug.clone() outcome=outcome_ref(view.id) evidence/> });
        view! {
            <section id="outcome" class="card outcome" aria-labelledby="outcome-heading" tabindex="-1">
                <h2 id="outcome-heading">{t("forum-outcome-heading")}</h2>
                <p class="muted">{locale.t_args("forum-outcome-on", &[("date", locale.date(o.on).into())])}</p>
                <TxBlock text=o.text class="pre-line"/>
                {links}
            </section>
        }
    });
    let close = view.manage.clone().filter(|_| visible).map(|m| view! { <CloseForm plan=view.plan.slug.clone() thread=view.id manage=m closed=view.outcome.is_some()/> });
    let posts = view.posts.iter().map(|p| post(&view, p)).collect_view();
    let base = format!("/plans/{}/forum/{}", view.plan.slug, view.id);
    let pages = pager(view.page as u64, view.pages as u64, t("forum-pages-label"), move |n| if n > 1 { format!("{base}?page={n}") } else { base.clone() });
    let reply = if !visible {
        ().into_any()
    } else if view.locked {
        let why = if view.outcome.is_some() { "forum-closed-notice" } else { "forum-locked-notice" };
        let refused = refused_form(|e: &FormEcho| e.get("thread").is_some())
            .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> });
        view! { {refused} <p class="notice">{t(why)}</p> }.into_any()
    } else if view.signed_in {
        view! { <ReplyForm view=view.clone()/> }.into_any()
    } else {
        view! { <p><a href="/sign-in">{t("forum-sign-in-reply")}</a></p> }.into_any()
    };
    let follow = (view.signed_in && visible).then(|| view! { <FollowForm plan=view.plan.slug.clone() thread=view.id following=view.following.clone()/> });
    view! {
        <PageTitle text=format!("{} · {}", title, view.plan.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, vec![(title.clone(), String::new()).into()])/>
        <article id="thread" tabindex="-1">
            <h1 lang=visible.then(|| view.lang.clone()) dir="auto">{title.clone()} {badges(view.pinned, view.locked, view.outcome.is_some())}</h1>
            <p class="muted">{signature(&view.author)} <a href=category_href>{category}</a></p>
            {measures}
            {kept}
            {orphan}
            <div class="comment-actions">{flag} {moderate} {keep}</div>
            {outcome}
            {close}
            <ol class="plain stack posts">{posts}</ol>
            {pages}
            {reply}
            {follow}
        </article>
    }
}

fn post(v: &ThreadView, p: &PostView) -> impl IntoView + use<> {
    let locale = use_locale();
    let slug = v.plan.slug.clone();
    let editing = v.editing.as_ref().filter(|(id, _)| *id == p.id).map(|(_, text)| text.clone());
    let body = match (p.state, editing) {
        (ItemState::Visible | ItemState::Hidden, Some(text)) if p.own => view! { <EditForm plan=slug.clone() post=p.id text/> }.into_any(),
        (ItemState::Visible, _) => view! { <div class="comment-body" lang=p.lang.clone() dir="auto" inner_html=p.body_html.clone()></div> }.into_any(),
        (state, _) => {
            let log = (state != ItemState::Deleted).then(|| view! { " " <a href=format!("/plans/{slug}/moderation")>{locale.t("forum-moderation-log")}</a> });
            view! { <p class="muted placeholder">{locale.t(&format!("forum-post-placeholder-{}", state.key()))} {log}</p> }.into_any()
        }
    };
    let open = !v.locked && v.state == ItemState::Visible;
    let page = v.page;
    let quote = (open && v.signed_in && p.state == ItemState::Visible)
        .then(|| view! { <a class="button" href=format!("?page={page}&quote={}#reply", p.id)>{locale.t("forum-quote")}</a> " " });
    let edit = (open && p.own && v.editing.is_none() && matches!(p.state, ItemState::Visible | ItemState::Hidden))
        .then(|| view! { <a class="button" href=format!("?page={page}&edit={}#post-{}", p.id, p.number)>{locale.t("forum-edit")}</a> " " });
    let delete = (p.own && matches!(p.state, ItemState::Visible | ItemState::Hidden)).then(|| view! { <DeleteForm plan=slug.clone() post=p.id/> });
    let marked = |mark: &str| use_query_map().read_untracked().get(mark).is_some_and(|id| id == p.id.to_string());
    let flag = (v.signed_in && !p.own && p.state == ItemState::Visible).then(|| view! { <FlagForm kind=ItemKind::ForumPost item=p.id flagged=marked("flagged")/> });
    let moderate = v.can_moderate.then(|| view! { <ModerateForm kind=ItemKind::ForumPost item=p.id state=p.state open=marked("moderated")/> });
    let history = (v.can_moderate && p.edited).then(|| view! { " " <a href=format!("/plans/{slug}/forum/posts/{}/history", p.id)>{locale.t("forum-history-link")}</a> });
    let edited = p.edited.then(|| view! { " · " <span class="badge">{locale.t("forum-edited")}</span> });
    let quotes = p.quotes.filter(|_| p.state == ItemState::Visible).map(|n| {
        let href = super::post_place(&slug, v.id, n);
        view! { <p class="muted"><a href=href>{locale.t_args("forum-in-reply-to", &[("number", n.into())])}</a></p> }
    });
    // A refused flag, edit, deletion or decision whose form is not on the page (the post
    // changed meanwhile, or the form was not the sender's to send) says why here.
    let id = p.id.to_string();
    let shown = (flag.is_some(), delete.is_some(), moderate.is_some() && p.state != ItemState::Deleted, v.editing.as_ref().is_some_and(|(e, _)| *e == p.id));
    let orphan = refused_form(|e: &FormEcho| {
        let about = (e.get("kind") == Some(ItemKind::ForumPost.key()) && e.get("item") == Some(id.as_str())) || e.get("post") == Some(id.as_str());
        let on_page = if e.get("decision").is_some() {
            shown.2
        } else if e.get("reason").is_some() {
            shown.0
        } else if e.get("body").is_some() {
            shown.3
        } else {
            shown.1
        };
        about && !on_page
    })
    .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{locale.t(error.message_id())}</p> });
    let anchor = format!("post-{}", p.number);
    view! {
        <li id=anchor.clone() class="card post" tabindex="-1">
            <p class="comment-meta">
                <a href=format!("#{anchor}") class="post-number">{locale.t_args("forum-post-number", &[("number", p.number.into())])}</a> " · "
                {signature(&p.author)} {locale.date(p.on)} {edited} {history}
            </p>
            {quotes}
            {body}
            {orphan}
            <div class="comment-actions">{quote} {edit} {delete} {flag} {moderate}</div>
        </li>
    }
}

/// The reply form, at the foot of the thread; a quoted post's text starts it.
#[component]
fn ReplyForm(view: ThreadView) -> impl IntoView {
    let action = ServerAction::<api::Reply>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("thread").is_some()).map(|(e, _)| e);
    let field = |name: &str| echo.as_ref().and_then(|e| e.get(name)).map(str::to_owned);
    let (quoted, text) = match (&echo, &view.quote) {
        (Some(_), _) => (field("quote").unwrap_or_default(), field("body").unwrap_or_default()),
        (None, Some((number, text))) => (number.to_string(), text.clone()),
        (None, None) => (String::new(), String::new()),
    };
    let lang = field("lang").unwrap_or_else(|| use_locale().tag().to_owned());
    let quoting = quoted.parse::<i32>().ok().map(|n| view! { <p class="hint">{use_locale().t_args("forum-quoting", &[("number", n.into())])}</p> });
    view! {
        <section id="reply" aria-labelledby="reply-heading" tabindex="-1">
            <h2 id="reply-heading">{t("forum-reply")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="reply-error" message=error/>
                <input type="hidden" name="plan" value=view.plan.slug.clone()/>
                <input type="hidden" name="thread" value=view.id.to_string()/>
                <input type="hidden" name="quote" value=quoted/>
                <crate::once::OnceField/>
                {quoting}
                <label for="reply-body">{t("forum-form-body")}</label>
                <p class="hint" id="reply-body-hint">{t("forum-form-body-hint")}</p>
                <textarea id="reply-body" name="body" rows="6" required maxlength=POST_MAX.to_string() dir="auto" aria-describedby="reply-body-hint">{rcdata(text)}</textarea>
                <label for="reply-lang">{t("forum-form-lang")}</label>
                <select id="reply-lang" name="lang" inner_html=writing_languages(&lang)></select>
                {shown_as("reply", &view.municipalities, echo.as_ref())}
                <button type="submit" class="button primary">{t("forum-reply-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// Following the thread: how the reader hears of new posts, and the buttons to change it.
#[component]
fn FollowForm(plan: String, thread: i32, following: Option<String>) -> impl IntoView {
    let action = ServerAction::<api::FollowThread>::new();
    let error = failure_of(move || action.value().get(), |e: &FormEcho| e.get("mode").is_some());
    let now = match following.as_deref() {
        Some(mode) => t(&format!("forum-following-{mode}")),
        None => t("forum-following-none"),
    };
    let done = query_flag("followed").then(|| view! { <p class="notice" role="status">{t("forum-followed")}</p> });
    let buttons = super::domain::FOLLOW_MODES
        .into_iter()
        .chain(["stop"])
        .filter(|m| following.as_deref() != Some(*m) && (following.is_some() || *m != "stop"))
        .map(|m| view! { <button type="submit" name="mode" value=m class="button">{t(&format!("forum-follow-{m}"))}</button> " " })
        .collect_view();
    view! {
        <section id="follow" aria-labelledby="follow-heading" tabindex="-1">
            <h2 id="follow-heading">{t("forum-follow-heading")}</h2>
            {done}
            <p>{now}</p>
            <ActionForm action=action attr:class="inline-form">
                <FieldError id="follow-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="thread" value=thread.to_string()/>
                {buttons}
            </ActionForm>
        </section>
    }
}

/// The author's own post, being edited in its place.
#[component]
fn EditForm(plan: String, post: i32, text: String) -> impl IntoView {
    let action = ServerAction::<api::EditPost>::new();
    let mine = post.to_string();
    let echo = refused_form(|e: &FormEcho| e.get("post") == Some(mine.as_str()) && e.get("body").is_some()).map(|(e, _)| e);
    let error = failure(move || action.value().get());
    let text = echo.as_ref().and_then(|e| e.get("body")).map_or(text, str::to_owned);
    let id = format!("edit-{post}");
    view! {
        <ActionForm action=action attr:class="stack edit-form">
            <FieldError id=format!("{id}-error") message=error/>
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="post" value=post.to_string()/>
            <label for=id.clone()>{t("forum-edit-label")}</label>
            <textarea id=id name="body" rows="6" required maxlength=POST_MAX.to_string() dir="auto">{rcdata(text)}</textarea>
            <p class="hint">{t("forum-edit-hint")}</p>
            <button type="submit" class="button primary">{t("forum-edit-submit")}</button>
        </ActionForm>
    }
}

/// "Delete my post": its text goes; a placeholder keeps its place and number.
#[component]
fn DeleteForm(plan: String, post: i32) -> impl IntoView {
    let locale = use_locale();
    let error = refused_with::<api::DeletePost>();
    view! {
        <details class="delete-form">
            <summary>{locale.t("forum-delete")}</summary>
            <form action=api::DeletePost::url() method="post" class="inline-form">
                <FieldError id=format!("delete-{post}-error") message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="post" value=post.to_string()/>
                <p>{locale.t("forum-delete-confirm")}</p>
                <button type="submit" class="button">{locale.t("forum-delete-submit")}</button>
            </form>
        </details>
    }
}

/// The moderators' pin / unpin and lock / unlock.
#[component]
fn KeepForm(plan: String, thread: i32, pinned: bool, locked: bool) -> impl IntoView {
    let action = ServerAction::<api::KeepThread>::new();
    let error = failure_of(move || action.value().get(), |e: &FormEcho| e.get("keeping").is_some());
    let pin = if pinned { "unpin" } else { "pin" };
    let lock = if locked { "unlock" } else { "lock" };
    view! {
        <details class="keep-form">
            <summary>{t("forum-keep")}</summary>
            <ActionForm action=action attr:class="inline-form">
                <FieldError id="keep-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="thread" value=thread.to_string()/>
                <button type="submit" name="keeping" value=pin class="button">{t(&format!("forum-keep-{pin}"))}</button> " "
                <button type="submit" name="keeping" value=lock class="button">{t(&format!("forum-keep-{lock}"))}</button>
            </ActionForm>
        </details>
    }
}

/// The facilitators' form: close the thread with its outcome, or (once closed) write the
/// outcome in another language or correct it.
#[component]
fn CloseForm(plan: String, thread: i32, manage: ManageThread, closed: bool) -> impl IntoView {
    let action = ServerAction::<api::CloseThread>::new();
    let echo = refused_form(|e: &FormEcho| e.get("outcome").is_some()).map(|(e, _)| e);
    let error = failure_of(move || action.value().get(), |e: &FormEcho| e.get("outcome").is_some());
    let reader = use_locale().tag().to_owned();
    let (lang, text) = match &echo {
        Some(e) => (e.get("lang").unwrap_or_default().to_owned(), e.get("outcome").unwrap_or_default().to_owned()),
        None => manage
            .written
            .iter()
            .find(|(l, _)| *l == reader)
            .or_else(|| manage.written.first())
            .cloned()
            .unwrap_or_else(|| (manage.languages.first().cloned().unwrap_or_default(), String::new())),
    };
    let held = (!manage.written.is_empty()).then(|| {
        let held = manage.written.iter().map(|(l, _)| native(l)).collect::<Vec<_>>().join(", ");
        view! { <p class="hint">{use_locale().t_args("forum-outcome-written-in", &[("languages", held.into())])}</p> }
    });
    let (summary, submit) = if closed { ("forum-outcome-translate", "forum-outcome-save") } else { ("forum-close", "forum-close-submit") };
    view! {
        <details class="close-form" open=echo.is_some()>
            <summary>{t(summary)}</summary>
            {held}
            <ActionForm action=action attr:class="stack">
                <FieldError id="close-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="thread" value=thread.to_string()/>
                <p class="hint">{t("forum-close-hint")}</p>
                <label for="close-lang">{t("forum-outcome-lang")}</label>
                <select id="close-lang" name="lang">{content_options(&manage.languages, &lang)}</select>
                <label for="close-outcome">{t("forum-outcome-label")}</label>
                <textarea id="close-outcome" name="outcome" rows="5" required maxlength=OUTCOME_MAX.to_string() dir="auto">{rcdata(text)}</textarea>
                <button type="submit" class="button primary">{t(submit)}</button>
            </ActionForm>
        </details>
    }
}

/// A post's earlier texts, for the plan's moderators.
#[component]
pub fn PostHistoryPage() -> impl IntoView {
    let params = use_params_map();
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(
        move || {
            let p = params.read();
            (p.get("plan").unwrap_or_default(), p.get("id").and_then(|t| t.parse::<i32>().ok()).unwrap_or(0), lang.clone())
        },
        |(p, id, l)| watched(api::post_history(p, id, l)),
    );
    loaded(data, history_page)
}

fn history_page(view: HistoryView) -> impl IntoView {
    let locale = use_locale();
    let here = locale.t_args("forum-history-title", &[("number", view.number.into())]);
    let back = super::post_place(&view.plan.slug, view.thread, view.number);
    let earlier = view
        .earlier
        .iter()
        .map(|(at, text)| {
            view! {
                <li class="card">
                    <p class="muted">{use_locale().t_args("forum-history-replaced", &[("when", at.clone().into())])}</p>
                    <blockquote class="pre-line" dir="auto">{text.clone()}</blockquote>
                </li>
            }
        })
        .collect_view();
    let none = view.earlier.is_empty().then(|| view! { <p class="muted">{t("forum-history-none")}</p> });
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, vec![(view.title.clone(), super::thread_place(&view.plan.slug, view.thread)).into(), (here.clone(), String::new()).into()])/>
        <h1>{here.clone()}</h1>
        <p><a href=back>{t("forum-history-back")}</a></p>
        <h2>{t("forum-history-current")}</h2>
        <blockquote class="pre-line" dir="auto">{view.current.clone()}</blockquote>
        <h2>{t("forum-history-earlier")}</h2>
        {none}
        <ol class="plain stack">{earlier}</ol>
    }
}
