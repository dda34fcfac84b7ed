//! Consultation pages: a plan's consultations (with the form to open one, for its facilitators),
//! one consultation, and what a measure page shows of the consultation on it — where it stands,
//! reactions, comments with their replies, the comment form, and a "comment on this part" link
//! beside each part of the measure. Every action is a form that works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    Anchor, CommentAuthor, CommentView, ConsultationCard, ConsultationState, ConsultationView, ConsultationsView, ManageConsultations,
    MeasureConsultationView, api,
    domain::{CHANNELS, COMMENT_MAX, REACTIONS},
};
use crate::{
    core::{AppError, FormEcho},
    i18n::{Locale, t, use_locale},
    moderation::{
        ItemKind, ItemState,
        components::{FlagForm, ModerateForm},
    },
    pending::watched,
    plans::{editing::languages::native, model::PlanRef},
    ui::{Breadcrumbs, Crumb, FieldError, PageTitle, Tx, TxBlock, failure, loaded, pager, rcdata, refused_form},
};

fn param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

fn crumbs(plan: &PlanRef, here: Vec<Crumb>) -> Vec<Crumb> {
    let mut out: Vec<Crumb> = vec![(t("core-nav-plans"), "/".to_owned()).into(), (plan.title.clone(), format!("/plans/{}", plan.slug)).into()];
    out.extend(here);
    out
}

/// "Open until 14 April 2026", "From 2 March 2026", "Closed on …".
fn standing(card: &ConsultationCard) -> String {
    let locale = use_locale();
    match card.state {
        ConsultationState::Scheduled => locale.t_args("consultations-banner-scheduled", &[("date", locale.date(card.opens_on).into())]),
        ConsultationState::Open => locale.t_args("consultations-banner-open", &[("date", locale.date(card.closes_on).into())]),
        ConsultationState::Closed | ConsultationState::ReportPublished => {
            locale.t_args("consultations-banner-closed", &[("date", locale.date(card.closes_on).into())])
        }
    }
}

fn state_badge(state: ConsultationState) -> impl IntoView {
    view! { <span class=format!("badge state-{}", state.key())>{t(&format!("consultations-state-{}", state.key()))}</span> }
}

/// A plan's consultations.
#[component]
pub fn ConsultationsPage() -> impl IntoView {
    let plan = param("plan");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), lang.clone()), |(p, l)| watched(api::consultations_data(p, l)));
    loaded(data, consultations_page)
}

fn consultations_page(view: ConsultationsView) -> impl IntoView {
    let here = t("consultations-title");
    let slug = view.plan.slug.clone();
    let items = view
        .consultations
        .iter()
        .map(|c| {
            let href = format!("/plans/{slug}/consultations/{}", c.slug);
            view! {
                <li class="card">
                    <h2><a href=href><Tx text=c.title.clone()/></a></h2>
                    <p>{state_badge(c.state)} " " {standing(c)}</p>
                    <p class="muted">{use_locale().t_args("consultations-version", &[("number", c.version.into())])}</p>
                </li>
            }
        })
        .collect_view();
    let empty = view.consultations.is_empty().then(|| view! { <p class="muted">{t("consultations-none")}</p> });
    let manage = view.manage.clone().map(|m| view! { <OpenConsultation plan=slug.clone() manage=m/> });
    view! {
        <PageTitle text=format!("{} · {}", here, view.plan.title.text)/>
        <Breadcrumbs items=crumbs(&view.plan, vec![(here.clone(), String::new()).into()])/>
        <h1>{here}</h1>
        <p class="lead">{t("consultations-intro")}</p>
        {empty}
        <ul class="plain stack">{items}</ul>
        {manage}
    }
}

/// The form that opens a consultation (the plan's facilitators).
#[component]
fn OpenConsultation(plan: String, manage: ManageConsultations) -> impl IntoView {
    let action = ServerAction::<api::OpenConsultation>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("opens_on").is_some() && e.get("version").is_some()).map(|(e, _)| e);
    let typed = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let ticked = |name: &str, value: &str, default: bool| echo.as_ref().map_or(default, |e| e.all(name).contains(&value));
    let chosen_version = typed("version");
    let versions = manage
        .versions
        .iter()
        .map(|n| {
            let label = use_locale().t_args("consultations-version", &[("number", (*n).into())]);
            view! { <option value=n.to_string() selected=chosen_version == n.to_string()>{label}</option> }
        })
        .collect_view();
    let measures = manage
        .measures
        .iter()
        .map(|m| {
            let id = format!("scope-{}", m.code);
            view! {
                <li>
                    <input id=id.clone() type="checkbox" name="scope[]" value=m.code.clone() checked=ticked("scope[]", &m.code, false)/>
                    <label for=id><span dir="ltr">{m.code.clone()}</span> " " <Tx text=m.title.clone()/></label>
                </li>
            }
        })
        .collect_view();
    let channels = CHANNELS
        .iter()
        .map(|c| {
            let id = format!("channel-{c}");
            view! {
                <li>
                    <input id=id.clone() type="checkbox" name="channels[]" value=*c checked=ticked("channels[]", c, *c == "web")/>
                    <label for=id>{t(&format!("consultations-channel-{c}"))}</label>
                </li>
            }
        })
        .collect_view();
    let languages = manage
        .languages
        .iter()
        .map(|l| {
            let id = format!("consultation-lang-{l}");
            view! {
                <li>
                    <input id=id.clone() type="checkbox" name="languages[]" value=l.clone() checked=ticked("languages[]", l, true)/>
                    <label for=id lang=l.clone()>{native(l)}</label>
                </li>
            }
        })
        .collect_view();
    let (title, intro, opens, closes, days) = (typed("title"), typed("intro"), typed("opens_on"), typed("closes_on"), typed("working_days"));
    view! {
        <section aria-labelledby="open-consultation-heading">
            <h2 id="open-consultation-heading">{t("consultations-new-heading")}</h2>
            <ActionForm action=action attr:class="stack">
                <FieldError id="open-consultation-error" message=error/>
                <input type="hidden" name="plan" value=plan/>
                <crate::once::OnceField/>
                <label for="consultation-title">{t("consultations-field-title")}</label>
                <input id="consultation-title" name="title" type="text" maxlength="300" required dir="auto" value=title/>
                <label for="consultation-intro">{t("consultations-field-intro")}</label>
                <textarea id="consultation-intro" name="intro" rows="5" maxlength="8000" dir="auto">{rcdata(intro)}</textarea>
                <label for="consultation-version">{t("consultations-field-version")}</label>
                <select id="consultation-version" name="version">{versions}</select>
                <fieldset>
                    <legend>{t("consultations-field-scope")}</legend>
                    <p class="hint">{t("consultations-scope-hint")}</p>
                    <ul class="plain">{measures}</ul>
                </fieldset>
                <fieldset>
                    <legend>{t("consultations-field-channels")}</legend>
                    <ul class="plain">{channels}</ul>
                </fieldset>
                <fieldset>
                    <legend>{t("consultations-field-languages")}</legend>
                    <ul class="plain">{languages}</ul>
                </fieldset>
                <label for="consultation-opens">{t("consultations-field-opens")}</label>
                <input id="consultation-opens" name="opens_on" type="date" required value=opens/>
                <p class="hint" id="consultation-closes-hint">{t("consultations-closes-hint")}</p>
                <label for="consultation-closes">{t("consultations-field-closes")}</label>
                <input id="consultation-closes" name="closes_on" type="date" aria-describedby="consultation-closes-hint" value=closes/>
                <label for="consultation-days">{t("consultations-field-working-days")}</label>
                <input id="consultation-days" name="working_days" type="number" min="1" max="250" class="short" aria-describedby="consultation-closes-hint" value=days/>
                <button type="submit" class="button primary">{t("consultations-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// One consultation.
#[component]
pub fn ConsultationPage() -> impl IntoView {
    let plan = param("plan");
    let slug = param("slug");
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || (plan(), slug(), lang.clone()), |(p, s, l)| watched(api::consultation_data(p, s, l)));
    loaded(data, consultation_page)
}

fn consultation_page(view: ConsultationView) -> impl IntoView {
    let locale = use_locale();
    let slug = view.plan.slug.clone();
    let list = t("consultations-title");
    let title = view.card.title.text.clone();
    let here = crumbs(&view.plan, vec![(list, format!("/plans/{slug}/consultations")).into(), (title.clone(), String::new()).into()]);
    let period = locale.t_args("core-period", &[("start", locale.date(view.card.opens_on).into()), ("end", locale.date(view.card.closes_on).into())]);
    let days = view.working_days.map(|n| view! { " · " {use_locale().t_args("plans-timeline-working-days", &[("count", n.into())])} });
    let version_href = format!("/plans/{slug}/versions/{}", view.card.version);
    let version = locale.t_args("consultations-version", &[("number", view.card.version.into())]);
    let channels = view.channels.iter().map(|c| view! { <li>{t(&format!("consultations-channel-{c}"))}</li> }).collect_view();
    let languages = view.languages.iter().map(|l| view! { <li lang=l.clone()>{native(l)}</li> }).collect_view();
    let measures = view
        .measures
        .iter()
        .map(|(m, count)| {
            let href = format!("/plans/{slug}/measures/{}#consultation", m.code);
            let comments = use_locale().t_args("consultations-comments-count", &[("count", (*count).into())]);
            view! {
                <tr>
                    <td dir="ltr">{m.code.clone()}</td>
                    <td><a href=href><Tx text=m.title.clone()/></a></td>
                    <td>{comments}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=format!("{} · {}", title, view.plan.title.text)/>
        <Breadcrumbs items=here/>
        <h1><Tx text=view.card.title.clone()/></h1>
        <p>{state_badge(view.card.state)} " " {standing(&view.card)}</p>
        <p class="muted">{period} {days} " · " <a href=version_href>{version}</a></p>
        <TxBlock text=view.intro.clone() class="pre-line"/>
        <h2>{t("consultations-channels-heading")}</h2>
        <ul>{channels}</ul>
        <h2>{t("consultations-languages-heading")}</h2>
        <ul class="inline-list">{languages}</ul>
        <h2 id="consultation-measures-heading">{t("consultations-measures-heading")}</h2>
        <table class="data" aria-labelledby="consultation-measures-heading">
            <thead>
                <tr>
                    <th scope="col">{t("plans-draft-col-code")}</th>
                    <th scope="col">{t("plans-draft-col-measure")}</th>
                    <th scope="col">{t("consultations-col-comments")}</th>
                </tr>
            </thead>
            <tbody>{measures}</tbody>
        </table>
        <p><a href=format!("/plans/{slug}/moderation")>{t("consultations-moderation-log")}</a></p>
    }
}

/// The resource of the consultation on the measure a page shows, made with the page.
#[derive(Clone, Copy)]
pub struct MeasureConsultationData(pub Resource<Result<Option<MeasureConsultationView>, AppError>>);

/// Called by the measure page: the consultation on the measure loads alongside it (`?comments=`
/// is the page of comments).
pub fn provide_measure_consultation(plan: impl Fn() -> String + Send + Sync + 'static, code: impl Fn() -> String + Send + Sync + 'static) {
    let lang = use_locale().tag().to_owned();
    let query = use_query_map();
    let page = move || query.read().get("comments").and_then(|p| p.parse::<u64>().ok()).unwrap_or(1);
    let resource = Resource::new(move || (plan(), code(), lang.clone(), page()), |(p, c, l, n)| watched(api::measure_consultation(p, c, l, n)));
    provide_context(MeasureConsultationData(resource));
}

/// The label of a part of a measure ("objective 2").
fn part_label(anchor: Anchor) -> String {
    let locale = use_locale();
    match anchor {
        Anchor::Measure => t("consultations-anchor-measure"),
        Anchor::Paragraph(n) => locale.t_args("consultations-anchor-paragraph", &[("number", n.into())]),
        Anchor::Objective(n) => locale.t_args("consultations-anchor-objective", &[("number", n.into())]),
        Anchor::Indicator(n) => locale.t_args("consultations-anchor-indicator", &[("number", n.into())]),
        Anchor::Target(n) => locale.t_args("consultations-anchor-target", &[("number", n.into())]),
    }
}

/// "Comment on objective 2", beside that part of the measure while a consultation is open: a
/// link to the comment form with the part chosen (touch, keyboard, no JavaScript needed).
#[component]
pub fn CommentOn(anchor: Anchor) -> impl IntoView {
    let Some(MeasureConsultationData(data)) = use_context::<MeasureConsultationData>() else {
        return ().into_any();
    };
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let open = matches!(data.await, Ok(Some(v)) if v.consultation.state == ConsultationState::Open && anchor.exists_in(v.parts));
                open.then(|| {
                    let label = use_locale().t_args("consultations-comment-on", &[("part", part_label(anchor).into())]);
                    view! { " " <a class="comment-on" href=format!("?comment_on={}#comment-form", anchor.key())>{label}</a> }
                })
            })}
        </Suspense>
    }
    .into_any()
}

/// The consultation on a measure, under it.
#[component]
pub fn MeasureConsultation() -> impl IntoView {
    let Some(MeasureConsultationData(data)) = use_context::<MeasureConsultationData>() else {
        return ().into_any();
    };
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(v)) => measure_consultation(v).into_any(),
                    _ => ().into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

fn measure_consultation(v: MeasureConsultationView) -> impl IntoView {
    let locale = use_locale();
    let open = v.consultation.state == ConsultationState::Open;
    let about = format!("/plans/{}/consultations/{}", v.plan, v.consultation.slug);
    let comments = v.comments.iter().map(|c| comment(&v, c, open)).collect_view();
    let none = v.comments.is_empty().then(|| view! { <p class="muted">{t("consultations-comments-none")}</p> });
    let base = format!("/plans/{}/measures/{}", v.plan, v.code);
    let pages = pager(v.page, v.pages, t("consultations-pages-label"), move |n| format!("{base}?comments={n}#comments"));
    let total = locale.t_args("consultations-comments-count", &[("count", v.total.into())]);
    let form = if open && v.signed_in {
        view! { <CommentForm view=v.clone()/> }.into_any()
    } else if open {
        view! { <p><a href="/sign-in">{t("consultations-sign-in")}</a></p> }.into_any()
    } else {
        // A form sent just as the consultation closed comes back to a page without forms: the
        // reason shows here.
        refused_form(|e: &FormEcho| e.get("consultation").is_some())
            .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> })
            .into_any()
    };
    view! {
        <section id="consultation" class="consultation" aria-labelledby="consultation-heading" tabindex="-1">
            <h2 id="consultation-heading">{t("consultations-measure-heading")}</h2>
            <p class="notice">
                {state_badge(v.consultation.state)} " " <strong><Tx text=v.consultation.title.clone()/></strong> " · " {standing(&v.consultation)} " "
                <a href=about>{t("consultations-banner-link")}</a>
            </p>
            <Reactions view=v.clone() open/>
            <h3 id="comments">{t("consultations-comments-heading")} " " <span class="muted">"(" {total} ")"</span></h3>
            {none}
            <ol class="plain stack comments">{comments}</ol>
            {pages}
            {form}
        </section>
    }
}

#[component]
fn Reactions(view: MeasureConsultationView, open: bool) -> impl IntoView {
    let locale = use_locale();
    let totals = REACTIONS
        .iter()
        .map(|r| {
            let count = match *r {
                "support" => view.reactions.support,
                "neutral" => view.reactions.neutral,
                _ => view.reactions.oppose,
            };
            let label = locale.t_args("consultations-reaction-total", &[("reaction", t(&format!("consultations-reaction-{r}")).into()), ("count", count.into())]);
            view! { <li>{label}</li> }
        })
        .collect_view();
    let mine = view.mine.clone().map(|r| {
        let label = use_locale().t_args("consultations-reaction-mine", &[("reaction", t(&format!("consultations-reaction-{r}")).into())]);
        view! { <p>{label}</p> }
    });
    let form = (open && view.signed_in).then(|| view! { <ReactForm plan=view.plan.clone() code=view.code.clone() consultation=view.consultation.slug.clone()/> });
    view! {
        <div id="reactions" tabindex="-1">
            <h3>{t("consultations-reactions-heading")}</h3>
            <ul class="inline-list">{totals}</ul>
            {mine}
            {form}
        </div>
    }
}

#[component]
fn ReactForm(plan: String, code: String, consultation: String) -> impl IntoView {
    let action = ServerAction::<api::React>::new();
    let error = failure(move || action.value().get());
    let buttons = REACTIONS
        .iter()
        .map(|r| view! { <button type="submit" name="reaction" value=*r class="button">{t(&format!("consultations-reaction-{r}"))}</button> " " })
        .collect_view();
    view! {
        <ActionForm action=action attr:class="inline-form">
            <FieldError id="react-error" message=error/>
            <input type="hidden" name="plan" value=plan/>
            <input type="hidden" name="code" value=code/>
            <input type="hidden" name="consultation" value=consultation/>
            {buttons}
        </ActionForm>
    }
}

/// Who wrote a comment, then " · ": nothing for a deleted one.
fn author(c: &CommentView) -> Option<impl IntoView + use<>> {
    let locale = use_locale();
    let name = match &c.author {
        CommentAuthor::Name(name) => name.clone(),
        CommentAuthor::Resident(town) => locale.t_args("consultations-author-resident", &[("municipality", town.clone().into())]),
        CommentAuthor::Offline(Some(name)) => name.clone(),
        CommentAuthor::Offline(None) => t("consultations-author-unnamed"),
        CommentAuthor::Withheld => return None,
    };
    Some(view! { <strong dir="auto">{name}</strong> " · " })
}

/// What stands in for a comment that is not visible, and what the reader may do with one: flag
/// it, delete it (their own), moderate it.
fn comment_body(v: &MeasureConsultationView, c: &CommentView) -> impl IntoView + use<> {
    let body = match c.state {
        ItemState::Visible => view! { <div class="comment-body" lang=c.lang.clone() dir="auto" inner_html=c.body_html.clone()></div> }.into_any(),
        state => {
            let log = format!("/plans/{}/moderation", v.plan);
            let link = (state != ItemState::Deleted).then(|| view! { " " <a href=log>{t("consultations-moderation-log")}</a> });
            view! { <p class="muted placeholder">{t(&format!("consultations-placeholder-{}", state.key()))} {link}</p> }.into_any()
        }
    };
    let query = use_query_map();
    let marked = |mark: &str| query.read_untracked().get(mark).is_some_and(|id| id == c.id.to_string());
    let flag = (v.signed_in && !c.own && c.state == ItemState::Visible)
        .then(|| view! { <FlagForm kind=ItemKind::ConsultationComment item=c.id flagged=marked("flagged")/> });
    let delete = (c.own && c.channel == "web" && matches!(c.state, ItemState::Visible | ItemState::Hidden))
        .then(|| view! { <DeleteForm plan=v.plan.clone() code=v.code.clone() id=c.id/> });
    let moderate = v.can_moderate.then(|| view! { <ModerateForm kind=ItemKind::ConsultationComment item=c.id state=c.state open=marked("moderated")/> });
    // A refused flag, deletion or decision whose form is not on the page any more (the comment
    // changed meanwhile) says why here.
    let id = c.id.to_string();
    let (has_flag, has_delete, has_moderate) = (flag.is_some(), delete.is_some(), moderate.is_some() && c.state != ItemState::Deleted);
    let orphan = refused_form(|e: &FormEcho| {
        let about = (e.get("kind") == Some(ItemKind::ConsultationComment.key()) && e.get("item") == Some(id.as_str())) || (e.get("code").is_some() && e.get("id") == Some(id.as_str()));
        let shown = if e.get("decision").is_some() { has_moderate } else if e.get("reason").is_some() { has_flag } else { has_delete };
        about && !shown
    })
    .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> });
    view! { {body} {orphan} <div class="comment-actions">{flag} {delete} {moderate}</div> }
}

fn comment(v: &MeasureConsultationView, c: &CommentView, open: bool) -> impl IntoView + use<> {
    let locale = use_locale();
    let provenance = (c.channel != "web").then(|| view! { <p class="muted provenance">{t(&format!("consultations-provenance-{}", c.channel))}</p> });
    let part = Anchor::parse(&c.anchor).map(|a| view! { <p class="muted">{locale.t_args("consultations-about", &[("part", part_label(a).into())])}</p> });
    let older = (v.current_version.is_some_and(|current| current != c.version) && c.version > 0).then(|| {
        let href = format!("/plans/{}/versions/{}/{}", v.plan, c.version, v.code);
        view! { <p><a href=href>{use_locale().t_args("consultations-older-version", &[("number", c.version.into())])}</a></p> }
    });
    let affects = (c.affects_me && c.state == ItemState::Visible).then(|| view! { " " <span class="badge">{t("consultations-affects-me")}</span> });
    let replies = c.replies.iter().map(|r| reply(v, r)).collect_view();
    let reply_form = (open && v.signed_in && c.state == ItemState::Visible).then(|| view! { <ReplyForm view=v.clone() parent=c.id/> });
    view! {
        <li id=format!("comment-{}", c.id) class="card comment" tabindex="-1">
            <p class="comment-meta">{author(c)} {locale.date(c.on)} {affects}</p>
            {provenance}
            {part}
            {older}
            {comment_body(v, c)}
            <ol class="plain replies">{replies}</ol>
            {reply_form}
        </li>
    }
}

fn reply(v: &MeasureConsultationView, c: &CommentView) -> impl IntoView + use<> {
    let locale = use_locale();
    let provenance = (c.channel != "web").then(|| view! { <p class="muted provenance">{t(&format!("consultations-provenance-{}", c.channel))}</p> });
    view! {
        <li id=format!("comment-{}", c.id) class="reply" tabindex="-1">
            <p class="comment-meta">{author(c)} {locale.date(c.on)}</p>
            {provenance}
            {comment_body(v, c)}
        </li>
    }
}

/// "Delete my comment": its text goes; a placeholder keeps its place.
#[component]
fn DeleteForm(plan: String, code: String, id: i32) -> impl IntoView {
    let action = ServerAction::<api::DeleteComment>::new();
    let error = failure(move || action.value().get());
    view! {
        <details class="delete-form">
            <summary>{t("consultations-delete")}</summary>
            <ActionForm action=action attr:class="inline-form">
                <FieldError id=format!("delete-{id}-error") message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="code" value=code/>
                <input type="hidden" name="id" value=id.to_string()/>
                <p>{t("consultations-delete-confirm")}</p>
                <button type="submit" class="button">{t("consultations-delete-submit")}</button>
            </ActionForm>
        </details>
    }
}

/// The reader's languages to write in: the interface ones and content-only ones.
fn language_options(chosen: &str) -> impl IntoView + use<> {
    Locale::all()
        .chain(Locale::content_only())
        .map(|l| view! { <option value=l.tag() selected=l.tag() == chosen lang=l.tag()>{l.native_name()}</option> })
        .collect_view()
}

/// How the author appears: their name, or a resident of one of the plan's municipalities.
fn shown_as(prefix: &str, v: &MeasureConsultationView, echo: Option<&FormEcho>) -> impl IntoView + use<> {
    let chosen = echo.and_then(|e| e.get("shown_as")).unwrap_or("resident").to_owned();
    let town = echo.and_then(|e| e.get("municipality")).unwrap_or_default().to_owned();
    let towns = v
        .municipalities
        .iter()
        .map(|(slug, name)| view! { <option value=slug.clone() selected=*slug == town>{name.clone()}</option> })
        .collect_view();
    let (name_id, resident_id, town_id) = (format!("{prefix}-as-name"), format!("{prefix}-as-resident"), format!("{prefix}-municipality"));
    view! {
        <fieldset>
            <legend>{t("consultations-form-shown-as")}</legend>
            <p>
                <input id=name_id.clone() type="radio" name="shown_as" value="name" checked=chosen == "name"/>
                <label for=name_id>{t("consultations-form-as-name")}</label>
            </p>
            <p>
                <input id=resident_id.clone() type="radio" name="shown_as" value="resident" checked=chosen != "name"/>
                <label for=resident_id>{t("consultations-form-as-resident")}</label>
            </p>
            <label for=town_id.clone()>{t("consultations-form-municipality")}</label>
            <select id=town_id name="municipality">{towns}</select>
        </fieldset>
    }
}

#[component]
fn CommentForm(view: MeasureConsultationView) -> impl IntoView {
    let action = ServerAction::<api::PostComment>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("anchor").is_some() && e.get("parent").is_none_or(str::is_empty)).map(|(e, _)| e);
    let asked = use_query_map().read_untracked().get("comment_on").unwrap_or_default();
    let chosen = echo.as_ref().and_then(|e| e.get("anchor")).map(str::to_owned).unwrap_or(asked);
    let parts = view.parts;
    let anchors = std::iter::once(Anchor::Measure)
        .chain((1..=parts.paragraphs).map(Anchor::Paragraph))
        .chain((1..=parts.objectives).map(Anchor::Objective))
        .chain((1..=parts.indicators).flat_map(|n| [Anchor::Indicator(n), Anchor::Target(n)]))
        .map(|a| view! { <option value=a.key() selected=a.key() == chosen>{part_label(a)}</option> })
        .collect_view();
    let body = echo.as_ref().and_then(|e| e.get("body")).unwrap_or_default().to_owned();
    let lang = echo.as_ref().and_then(|e| e.get("lang")).map_or_else(|| use_locale().tag().to_owned(), str::to_owned);
    let affects = echo.as_ref().is_some_and(|e| e.get("affects_me").is_some());
    let hint = use_locale().t_args("consultations-form-body-hint", &[("max", COMMENT_MAX.into())]);
    view! {
        <section id="comment-form" aria-labelledby="comment-form-heading" tabindex="-1">
            <h3 id="comment-form-heading">{t("consultations-form-heading")}</h3>
            <ActionForm action=action attr:class="stack">
                <FieldError id="comment-error" message=error/>
                <input type="hidden" name="plan" value=view.plan.clone()/>
                <input type="hidden" name="code" value=view.code.clone()/>
                <input type="hidden" name="consultation" value=view.consultation.slug.clone()/>
                <crate::once::OnceField/>
                <label for="comment-anchor">{t("consultations-form-part")}</label>
                <select id="comment-anchor" name="anchor">{anchors}</select>
                <label for="comment-body">{t("consultations-form-body")}</label>
                <p class="hint" id="comment-body-hint">{hint}</p>
                <textarea id="comment-body" name="body" rows="6" maxlength=COMMENT_MAX.to_string() required dir="auto" aria-describedby="comment-body-hint">{rcdata(body)}</textarea>
                <label for="comment-lang">{t("consultations-form-lang")}</label>
                <select id="comment-lang" name="lang">{language_options(&lang)}</select>
                <p>
                    <input id="comment-affects" type="checkbox" name="affects_me" value="1" checked=affects/>
                    <label for="comment-affects">{t("consultations-form-affects")}</label>
                </p>
                {shown_as("comment", &view, echo.as_ref())}
                <button type="submit" class="button primary">{t("consultations-form-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn ReplyForm(view: MeasureConsultationView, parent: i32) -> impl IntoView {
    let action = ServerAction::<api::PostComment>::new();
    let error = failure(move || action.value().get());
    let mine = parent.to_string();
    let echo = refused_form(|e: &FormEcho| e.get("parent") == Some(mine.as_str())).map(|(e, _)| e);
    let body = echo.as_ref().and_then(|e| e.get("body")).unwrap_or_default().to_owned();
    let lang = echo.as_ref().and_then(|e| e.get("lang")).map_or_else(|| use_locale().tag().to_owned(), str::to_owned);
    let prefix = format!("reply-{parent}");
    let (body_id, lang_id) = (format!("{prefix}-body"), format!("{prefix}-lang"));
    let (refused, signed_as) = (echo.is_some(), shown_as(&prefix, &view, echo.as_ref()));
    view! {
        <details class="reply-form" open=refused>
            <summary>{t("consultations-reply")}</summary>
            <ActionForm action=action attr:class="stack">
                <FieldError id=format!("{prefix}-error") message=error/>
                <input type="hidden" name="plan" value=view.plan.clone()/>
                <input type="hidden" name="code" value=view.code.clone()/>
                <input type="hidden" name="consultation" value=view.consultation.slug.clone()/>
                <input type="hidden" name="anchor" value=""/>
                <input type="hidden" name="parent" value=parent.to_string()/>
                <crate::once::OnceField/>
                <label for=body_id.clone()>{t("consultations-reply-label")}</label>
                <textarea id=body_id name="body" rows="3" maxlength=COMMENT_MAX.to_string() required dir="auto">{rcdata(body)}</textarea>
                <label for=lang_id.clone()>{t("consultations-form-lang")}</label>
                <select id=lang_id name="lang">{language_options(&lang)}</select>
                {signed_as}
                <button type="submit" class="button">{t("consultations-reply-submit")}</button>
            </ActionForm>
        </details>
    }
}
