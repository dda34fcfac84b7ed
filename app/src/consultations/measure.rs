//! What a measure page shows of the consultation on it: where it stands, reactions, comments
//! with their replies (or what stands in for a hidden, removed or deleted one), the forms to
//! comment, reply, react, flag, delete and moderate, a "comment on this part" link beside each
//! part of the measure, and for facilitators the form for comments received offline. Every
//! action is a form that works without JavaScript.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

use super::{
    Anchor, CommentView, ConsultationState, Disposition, MeasureConsultationView, Parts, PositionEntry, PositionView, api,
    domain::{COMMENT_MAX, DECISIONS, REACTIONS, REASON_MAX, STANCES},
    pages::{standing, state_badge},
};
use crate::{
    accounts::byline::{shown_as, signature, writing_languages},
    core::{AppError, FormEcho},
    i18n::{t, use_locale},
    moderation::{
        ItemKind, ItemState,
        components::{FlagForm, ModerateForm},
    },
    pending::watched,
    ui::{FieldError, Tx, failure, pager, rcdata, refused_form, refused_with, refused_with_of},
};

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
                let open = matches!(data.await, Ok(Some(v)) if v.open && anchor.exists_in(v.parts));
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
    let open = v.open;
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
    let offline = (!v.offline_channels.is_empty() && matches!(v.consultation.state, ConsultationState::Open | ConsultationState::Closed))
        .then(|| view! { <OfflineForm view=v.clone()/> });
    view! {
        <section id="consultation" class="consultation" aria-labelledby="consultation-heading" tabindex="-1">
            <h2 id="consultation-heading">{t("consultations-measure-heading")}</h2>
            <p class="notice">
                {state_badge(v.consultation.state)} " " <strong><Tx text=v.consultation.title.clone()/></strong> " · " {standing(&v.consultation)} " "
                <a href=about.clone()>{t("consultations-banner-link")}</a> " · "
                <a href=format!("{about}/inputs?measure={}", v.code)>{t("consultations-inputs-link")}</a>
            </p>
            <Reactions view=v.clone() open/>
            <Positions view=v.clone() open/>
            <h3 id="comments">{t("consultations-comments-heading")} " " <span class="muted">"(" {total} ")"</span></h3>
            {none}
            <ol class="plain stack comments">{comments}</ol>
            {pages}
            {form}
            {offline}
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
    signature(&c.author)
}

/// What stands in for a comment that is not visible, and what the reader may do with one: flag
/// it, delete it (their own), moderate it.
fn comment_body(v: &MeasureConsultationView, c: &CommentView) -> impl IntoView + use<> {
    let locale = use_locale();
    let body = match c.state {
        ItemState::Visible => view! { <div class="comment-body" lang=c.lang.clone() dir="auto" inner_html=c.body_html.clone()></div> }.into_any(),
        state => {
            let log = format!("/plans/{}/moderation", v.plan);
            let link = (state != ItemState::Deleted).then(|| view! { " " <a href=log>{locale.t("consultations-moderation-log")}</a> });
            view! { <p class="muted placeholder">{locale.t(&format!("consultations-placeholder-{}", state.key()))} {link}</p> }.into_any()
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
    .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{locale.t(error.message_id())}</p> });
    view! { {body} {orphan} <div class="comment-actions">{flag} {delete} {moderate}</div> }
}

fn comment(v: &MeasureConsultationView, c: &CommentView, open: bool) -> impl IntoView + use<> {
    let locale = use_locale();
    let provenance = (c.channel != "web").then(|| view! { <p class="muted provenance">{locale.t(&format!("consultations-provenance-{}", c.channel))}</p> });
    let part = Anchor::parse(&c.anchor).map(|a| view! { <p class="muted">{locale.t_args("consultations-about", &[("part", part_label(a).into())])}</p> });
    let older = (v.current_version.is_some_and(|current| current != c.version) && c.version > 0).then(|| {
        let href = format!("/plans/{}/versions/{}/{}", v.plan, c.version, v.code);
        view! { <p><a href=href>{use_locale().t_args("consultations-older-version", &[("number", c.version.into())])}</a></p> }
    });
    let affects = (c.affects_me && c.state == ItemState::Visible).then(|| view! { " " <span class="badge">{locale.t("consultations-affects-me")}</span> });
    let replies = c.replies.iter().map(|r| reply(v, r)).collect_view();
    let reply_form = (open && v.signed_in && c.state == ItemState::Visible).then(|| reply_form(v, c.id));
    let answer = c.disposition.as_ref().map(|d| answer_view(v, d));
    let answer_form = (v.answering.is_some() && c.state == ItemState::Visible).then(|| answer_form(v, "comment", c.id, c.disposition.as_ref()));
    view! {
        <li id=format!("comment-{}", c.id) class="card comment" tabindex="-1">
            <p class="comment-meta">{author(c)} {locale.date(c.on)} {affects}</p>
            {provenance}
            {part}
            {older}
            {comment_body(v, c)}
            {answer}
            {answer_form}
            <ol class="plain replies">{replies}</ol>
            {reply_form}
        </li>
    }
}

fn reply(v: &MeasureConsultationView, c: &CommentView) -> impl IntoView + use<> {
    let locale = use_locale();
    let provenance = (c.channel != "web").then(|| view! { <p class="muted provenance">{locale.t(&format!("consultations-provenance-{}", c.channel))}</p> });
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
    let locale = use_locale();
    let error = refused_with::<api::DeleteComment>();
    view! {
        <details class="delete-form">
            <summary>{locale.t("consultations-delete")}</summary>
            <form action=api::DeleteComment::url() method="post" class="inline-form">
                <FieldError id=format!("delete-{id}-error") message=error/>
                <input type="hidden" name="plan" value=plan/>
                <input type="hidden" name="code" value=code/>
                <input type="hidden" name="id" value=id.to_string()/>
                <p>{locale.t("consultations-delete-confirm")}</p>
                <button type="submit" class="button">{locale.t("consultations-delete-submit")}</button>
            </form>
        </details>
    }
}

/// What every form about the measure sends: the plan, the measure and the consultation.
fn measure_fields(v: &MeasureConsultationView) -> impl IntoView + use<> {
    view! {
        <input type="hidden" name="plan" value=v.plan.clone()/>
        <input type="hidden" name="code" value=v.code.clone()/>
        <input type="hidden" name="consultation" value=v.consultation.slug.clone()/>
    }
}

/// The parts of a measure a comment can be about, `chosen` selected.
fn anchor_options(parts: Parts, chosen: &str) -> impl IntoView + use<> {
    std::iter::once(Anchor::Measure)
        .chain((1..=parts.paragraphs).map(Anchor::Paragraph))
        .chain((1..=parts.objectives).map(Anchor::Objective))
        .chain((1..=parts.indicators).flat_map(|n| [Anchor::Indicator(n), Anchor::Target(n)]))
        .map(|a| view! { <option value=a.key() selected=a.key() == chosen>{part_label(a)}</option> })
        .collect_view()
}

/// For the plan's facilitators: a comment received on paper, by email or at a session, entered
/// on the person's behalf with the day it was received and, if given, their name.
#[component]
fn OfflineForm(view: MeasureConsultationView) -> impl IntoView {
    let action = ServerAction::<api::EnterOfflineComment>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("received_on").is_some()).map(|(e, _)| e);
    let field = |name: &str| echo.as_ref().and_then(|e| e.get(name)).unwrap_or_default().to_owned();
    let (body, name, received, channel) = (field("body"), field("name"), field("received_on"), field("channel"));
    let anchor = echo.as_ref().and_then(|e| e.get("anchor")).unwrap_or("measure").to_owned();
    let lang = echo.as_ref().and_then(|e| e.get("lang")).map_or_else(|| "pt-PT".to_owned(), str::to_owned);
    let affects = echo.as_ref().is_some_and(|e| e.get("affects_me").is_some());
    let channels = view
        .offline_channels
        .iter()
        .map(|c| view! { <option value=c.clone() selected=*c == channel>{t(&format!("consultations-channel-{c}"))}</option> })
        .collect_view();
    let received = if received.is_empty() { view.today.to_string() } else { received };
    view! {
        <details id="offline-form" class="offline-form" open=echo.is_some()>
            <summary>{t("consultations-offline-heading")}</summary>
            <p class="hint">{t("consultations-offline-hint")}</p>
            <ActionForm action=action attr:class="stack">
                <FieldError id="offline-error" message=error/>
                {measure_fields(&view)}
                <crate::once::OnceField/>
                <label for="offline-channel">{t("consultations-offline-channel")}</label>
                <select id="offline-channel" name="channel">{channels}</select>
                <label for="offline-received">{t("consultations-offline-received")}</label>
                <input id="offline-received" type="date" name="received_on" value=received required dir="ltr"/>
                <label for="offline-name">{t("consultations-offline-name")}</label>
                <input id="offline-name" type="text" name="name" value=name maxlength="200" autocomplete="off" dir="auto"/>
                <label for="offline-anchor">{t("consultations-form-part")}</label>
                <select id="offline-anchor" name="anchor">{anchor_options(view.parts, &anchor)}</select>
                <label for="offline-body">{t("consultations-offline-body")}</label>
                <textarea id="offline-body" name="body" rows="6" maxlength=COMMENT_MAX.to_string() required dir="auto">{rcdata(body)}</textarea>
                <label for="offline-lang">{t("consultations-form-lang")}</label>
                <select id="offline-lang" name="lang" inner_html=writing_languages(&lang)></select>
                <p>
                    <input id="offline-affects" type="checkbox" name="affects_me" value="1" checked=affects/>
                    <label for="offline-affects">{t("consultations-offline-affects")}</label>
                </p>
                <button type="submit" class="button">{t("consultations-offline-submit")}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn CommentForm(view: MeasureConsultationView) -> impl IntoView {
    let action = ServerAction::<api::PostComment>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("anchor").is_some() && e.get("parent").is_none_or(str::is_empty) && e.get("received_on").is_none()).map(|(e, _)| e);
    let asked = use_query_map().read_untracked().get("comment_on").unwrap_or_default();
    let chosen = echo.as_ref().and_then(|e| e.get("anchor")).map(str::to_owned).unwrap_or(asked);
    let anchors = anchor_options(view.parts, &chosen);
    let body = echo.as_ref().and_then(|e| e.get("body")).unwrap_or_default().to_owned();
    let lang = echo.as_ref().and_then(|e| e.get("lang")).map_or_else(|| use_locale().tag().to_owned(), str::to_owned);
    let affects = echo.as_ref().is_some_and(|e| e.get("affects_me").is_some());
    let hint = use_locale().t_args("consultations-form-body-hint", &[("max", COMMENT_MAX.into())]);
    view! {
        <section id="comment-form" aria-labelledby="comment-form-heading" tabindex="-1">
            <h3 id="comment-form-heading">{t("consultations-form-heading")}</h3>
            <ActionForm action=action attr:class="stack">
                <FieldError id="comment-error" message=error/>
                {measure_fields(&view)}
                <crate::once::OnceField/>
                <label for="comment-anchor">{t("consultations-form-part")}</label>
                <select id="comment-anchor" name="anchor">{anchors}</select>
                <label for="comment-body">{t("consultations-form-body")}</label>
                <p class="hint" id="comment-body-hint">{hint}</p>
                <textarea id="comment-body" name="body" rows="6" maxlength=COMMENT_MAX.to_string() required dir="auto" aria-describedby="comment-body-hint">{rcdata(body)}</textarea>
                <label for="comment-lang">{t("consultations-form-lang")}</label>
                <select id="comment-lang" name="lang" inner_html=writing_languages(&lang)></select>
                <p>
                    <input id="comment-affects" type="checkbox" name="affects_me" value="1" checked=affects/>
                    <label for="comment-affects">{t("consultations-form-affects")}</label>
                </p>
                {shown_as("comment", &view.municipalities, echo.as_ref())}
                <button type="submit" class="button primary">{t("consultations-form-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// The reply form under a comment: a function of the page's view, not a component taking a copy
/// of it, since a page has one per comment.
fn reply_form(view: &MeasureConsultationView, parent: i32) -> impl IntoView + use<> {
    let locale = use_locale();
    let mine = parent.to_string();
    let is_mine = |e: &FormEcho| e.get("parent") == Some(mine.as_str());
    let echo = refused_form(is_mine).map(|(e, _)| e);
    let error = refused_with_of::<api::PostComment>(is_mine);
    let body = echo.as_ref().and_then(|e| e.get("body")).unwrap_or_default().to_owned();
    let lang = echo.as_ref().and_then(|e| e.get("lang")).map_or_else(|| use_locale().tag().to_owned(), str::to_owned);
    let prefix = format!("reply-{parent}");
    let (body_id, lang_id) = (format!("{prefix}-body"), format!("{prefix}-lang"));
    let (refused, signed_as) = (echo.is_some(), shown_as(&prefix, &view.municipalities, echo.as_ref()));
    view! {
        <details class="reply-form" open=refused>
            <summary>{locale.t("consultations-reply")}</summary>
            <form action=api::PostComment::url() method="post" class="stack">
                <FieldError id=format!("{prefix}-error") message=error/>
                {measure_fields(view)}
                <input type="hidden" name="anchor" value=""/>
                <input type="hidden" name="parent" value=parent.to_string()/>
                <crate::once::OnceField/>
                <label for=body_id.clone()>{locale.t("consultations-reply-label")}</label>
                <textarea id=body_id name="body" rows="3" maxlength=COMMENT_MAX.to_string() required dir="auto">{rcdata(body)}</textarea>
                <label for=lang_id.clone()>{locale.t("consultations-form-lang")}</label>
                <select id=lang_id name="lang" inner_html=writing_languages(&lang)></select>
                {signed_as}
                <button type="submit" class="button">{locale.t("consultations-reply-submit")}</button>
            </form>
        </details>
    }
}

/// One filing of a position: the stance, the statement and any wording proposed.
fn position_entry(entry: &PositionEntry) -> impl IntoView + use<> {
    let locale = use_locale();
    let proposed = entry.proposed.clone().map(|(key, text)| {
        let part = Anchor::parse(&key).map(part_label).unwrap_or_default();
        view! {
            <p class="muted">{use_locale().t_args("consultations-position-proposed", &[("part", part.into())])}</p>
            <blockquote lang=entry.lang.clone() dir="auto" class="pre-line">{text}</blockquote>
        }
    });
    view! {
        <p class="comment-meta">
            <span class=format!("badge stance-{}", entry.stance)>{t(&format!("consultations-stance-{}", entry.stance))}</span>
            " · " {locale.date(entry.on)}
        </p>
        <div class="comment-body" lang=entry.lang.clone() dir="auto" inner_html=entry.statement_html.clone()></div>
        {proposed}
    }
}

fn position(v: &MeasureConsultationView, p: &PositionView) -> impl IntoView + use<> {
    let history = (!p.history.is_empty()).then(|| {
        let earlier = p.history.iter().map(|e| view! { <li class="reply">{position_entry(e)}</li> }).collect_view();
        let label = use_locale().t_args("consultations-position-history", &[("count", p.history.len().into())]);
        view! {
            <details class="position-history">
                <summary>{label}</summary>
                <ol class="plain">{earlier}</ol>
            </details>
        }
    });
    view! {
        <li id=format!("position-{}", p.entity) class="card position" tabindex="-1">
            <h4><Tx text=p.entity_name.clone()/></h4>
            {position_entry(&p.current)}
            {p.disposition.as_ref().map(|d| answer_view(v, d))}
            {history}
            {v.answering.is_some().then(|| answer_form(v, "position", p.current_id, p.disposition.as_ref()))}
        </li>
    }
}

/// Formal positions of the plan's entities on the measure, apart from comments; the form for
/// those who represent one, while the consultation is open.
#[component]
fn Positions(view: MeasureConsultationView, open: bool) -> impl IntoView {
    let list = view.positions.iter().map(|p| position(&view, p)).collect_view();
    let none = view.positions.is_empty().then(|| view! { <p class="muted">{t("consultations-positions-none")}</p> });
    let form = (open && !view.representing.is_empty()).then(|| view! { <PositionForm view=view.clone()/> });
    // A position refused where there is no form to show it again (sent by someone who represents
    // no entity) says why here; once closed, the consultation's notice says it.
    let refused = (open && form.is_none())
        .then(|| refused_form(|e: &FormEcho| e.get("stance").is_some()))
        .flatten()
        .map(|(_, error)| view! { <p class="field-error" role="alert" tabindex="-1" autofocus>{t(error.message_id())}</p> });
    view! {
        <div id="positions" tabindex="-1">
            <h3>{t("consultations-positions-heading")}</h3>
            {refused}
            {none}
            <ul class="plain stack">{list}</ul>
            {form}
        </div>
    }
}

/// A representative's form: which entity, its stance, the statement and optional wording for a
/// part of the measure; filled with the entity's current position, if it has one.
#[component]
fn PositionForm(view: MeasureConsultationView) -> impl IntoView {
    let action = ServerAction::<api::FilePosition>::new();
    let error = failure(move || action.value().get());
    let echo = refused_form(|e: &FormEcho| e.get("stance").is_some()).map(|(e, _)| e);
    let first = view.representing.first().map(|(slug, _)| slug.clone()).unwrap_or_default();
    let entity = echo.as_ref().and_then(|e| e.get("entity")).map_or(first, str::to_owned);
    let current = view.positions.iter().find(|p| p.entity == entity).map(|p| p.current.clone());
    let field = |name: &str| echo.as_ref().and_then(|e| e.get(name)).map(str::to_owned);
    let stance = field("stance").or_else(|| current.as_ref().map(|c| c.stance.clone())).unwrap_or_default();
    let statement = field("statement").unwrap_or_default();
    let lang = field("lang").or_else(|| current.as_ref().map(|c| c.lang.clone())).unwrap_or_else(|| use_locale().tag().to_owned());
    let proposed_part = field("proposed_part").or_else(|| current.as_ref().and_then(|c| c.proposed.clone()).map(|(p, _)| p)).unwrap_or_default();
    let proposed_text = field("proposed_text").or_else(|| current.as_ref().and_then(|c| c.proposed.clone()).map(|(_, t)| t)).unwrap_or_default();
    let entities = view
        .representing
        .iter()
        .map(|(slug, name)| view! { <option value=slug.clone() selected=*slug == entity>{name.text.clone()}</option> })
        .collect_view();
    let stances = STANCES
        .iter()
        .map(|s| {
            let id = format!("position-stance-{s}");
            view! {
                <p>
                    <input id=id.clone() type="radio" name="stance" value=*s checked=*s == stance required/>
                    <label for=id>{t(&format!("consultations-stance-{s}"))}</label>
                </p>
            }
        })
        .collect_view();
    let heading = if current.is_some() { t("consultations-position-change") } else { t("consultations-position-file") };
    view! {
        <section id="position-form" aria-labelledby="position-form-heading" tabindex="-1">
            <h4 id="position-form-heading">{heading}</h4>
            <p class="hint">{t("consultations-position-hint")}</p>
            <ActionForm action=action attr:class="stack">
                <FieldError id="position-error" message=error/>
                {measure_fields(&view)}
                <crate::once::OnceField/>
                <label for="position-entity">{t("consultations-position-entity")}</label>
                <select id="position-entity" name="entity">{entities}</select>
                <fieldset>
                    <legend>{t("consultations-position-stance")}</legend>
                    {stances}
                </fieldset>
                <label for="position-statement">{t("consultations-position-statement")}</label>
                <textarea id="position-statement" name="statement" rows="6" maxlength=COMMENT_MAX.to_string() required dir="auto">{rcdata(statement)}</textarea>
                <label for="position-lang">{t("consultations-form-lang")}</label>
                <select id="position-lang" name="lang" inner_html=writing_languages(&lang)></select>
                <label for="position-part">{t("consultations-position-part")}</label>
                <select id="position-part" name="proposed_part">
                    <option value="">{t("consultations-position-no-proposal")}</option>
                    {anchor_options(view.parts, &proposed_part)}
                </select>
                <label for="position-text">{t("consultations-position-text")}</label>
                <textarea id="position-text" name="proposed_text" rows="4" maxlength=COMMENT_MAX.to_string() dir="auto">{rcdata(proposed_text)}</textarea>
                <button type="submit" class="button primary">{t("consultations-position-submit")}</button>
            </ActionForm>
        </section>
    }
}

fn answer_view(v: &MeasureConsultationView, d: &Disposition) -> impl IntoView + use<> {
    answer_block(&v.plan, &v.code, v.consultation.version, d)
}

/// The facilitators' answer to an input on measure `code`: decision, reason, and the change it
/// caused (the measure's diff from the version consulted).
pub(super) fn answer_block(plan: &str, code: &str, consulted: i32, d: &Disposition) -> impl IntoView + use<> {
    let locale = use_locale();
    let changed = d.changed_in.map(|n| {
        let href = format!("/plans/{plan}/measures/{code}/changes?from={consulted}&to={n}");
        view! { <p><a href=href>{use_locale().t_args("consultations-answer-changed", &[("number", n.into())])}</a></p> }
    });
    view! {
        <div class=format!("disposition decision-{}", d.decision)>
            <p class="comment-meta">
                <strong>{t("consultations-answer-heading")}</strong> " "
                <span class="badge">{t(&format!("consultations-decision-{}", d.decision))}</span>
                " · " {locale.date(d.on)}
            </p>
            <p class="pre-line"><Tx text=d.reason.clone()/></p>
            {changed}
        </div>
    }
}

/// For the plan's facilitators: answer an input (or change the answer), with a decision, the
/// reason and the later version that carries the change.
fn answer_form(v: &MeasureConsultationView, kind: &'static str, id: i32, current: Option<&Disposition>) -> impl IntoView + use<> {
    let locale = use_locale();
    let key = id.to_string();
    let mine = |e: &FormEcho| e.get("kind") == Some(kind) && e.get("id") == Some(key.as_str()) && e.get("reason").is_some();
    let echo = refused_form(mine).map(|(e, _)| e);
    let error = refused_with_of::<api::AnswerInput>(mine);
    let prefix = format!("answer-{kind}-{id}");
    let decision = echo.as_ref().and_then(|e| e.get("decision")).map(str::to_owned).or_else(|| current.map(|d| d.decision.clone())).unwrap_or_default();
    let reason = echo.as_ref().and_then(|e| e.get("reason")).map(str::to_owned).or_else(|| current.map(|d| d.reason.text.clone())).unwrap_or_default();
    let changed = echo.as_ref().and_then(|e| e.get("changed_in")).map(str::to_owned).or_else(|| current.and_then(|d| d.changed_in).map(|n| n.to_string())).unwrap_or_default();
    // Rendered once per language and decision: a facilitator's page has a form per input.
    let decisions = crate::ui::once_per_language("decision options", DECISIONS.iter().position(|d| *d == decision).unwrap_or(usize::MAX), || {
        DECISIONS
            .iter()
            .map(|d| view! { <option value=*d selected=*d == decision>{locale.t(&format!("consultations-decision-{d}"))}</option> })
            .collect_view()
            .to_html()
    });
    let versions = v
        .answering
        .iter()
        .flatten()
        .map(|n| {
            let label = use_locale().t_args("consultations-answer-version", &[("number", (*n).into())]);
            view! { <option value=n.to_string() selected=n.to_string() == changed>{label}</option> }
        })
        .collect_view();
    let summary = if current.is_some() { locale.t("consultations-answer-change") } else { locale.t("consultations-answer") };
    view! {
        <details class="answer-form" open=echo.is_some()>
            <summary>{summary}</summary>
            <form action=api::AnswerInput::url() method="post" class="stack">
                <FieldError id=format!("{prefix}-error") message=error/>
                <input type="hidden" name="plan" value=v.plan.clone()/>
                <input type="hidden" name="consultation" value=v.consultation.slug.clone()/>
                <input type="hidden" name="kind" value=kind/>
                <input type="hidden" name="id" value=id.to_string()/>
                <label for=format!("{prefix}-decision")>{locale.t("consultations-answer-decision")}</label>
                <select id=format!("{prefix}-decision") name="decision" inner_html=decisions></select>
                <label for=format!("{prefix}-reason")>{locale.t("consultations-answer-reason")}</label>
                <textarea id=format!("{prefix}-reason") name="reason" rows="3" maxlength=REASON_MAX.to_string() required dir="auto">{rcdata(reason)}</textarea>
                <label for=format!("{prefix}-changed")>{locale.t("consultations-answer-changed-in")}</label>
                <select id=format!("{prefix}-changed") name="changed_in">
                    <option value="">{locale.t("consultations-answer-no-change")}</option>
                    {versions}
                </select>
                <button type="submit" class="button">{locale.t("consultations-answer-submit")}</button>
            </form>
        </details>
    }
}
