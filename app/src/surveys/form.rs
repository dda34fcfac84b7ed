//! The answer form: one section of a survey as a plain HTML form that works without JavaScript
//! (the server pages, checks and applies conditions), enhanced by the browser's enhancement module
//! (`ponte-enhance`): answers are checked as they are typed and conditional questions appear and
//! disappear at once, with the same decoder the server uses (`ponte-rules`).

use leptos::prelude::*;

use super::{
    answers::{AnswerError, OTHER, PREFER_NOT_TO_SAY},
    definition::{Choice, Condition, Question, QuestionKind, Section},
    model::FormView,
};
use crate::{
    core::{Text, Translated},
    i18n::{Locale, t, use_locale},
    ui::{FieldError, Tx},
};

/// The id of the first control of a question: where the error summary's links lead.
pub fn first_control(q: &Question) -> String {
    let first = |options: &[Choice]| options.first().map(|o| o.key.clone()).unwrap_or_default();
    match &q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options, .. } | QuestionKind::Ranking { options } => {
            format!("f-{}-{}", q.id, first(options))
        }
        QuestionKind::Matrix { rows, scale } => format!("f-{}-{}-{}", q.id, first(rows), first(scale)),
        QuestionKind::Scale { min, .. } => format!("f-{}-{min}", q.id),
        QuestionKind::YesNo => format!("f-{}-yes", q.id),
        _ => format!("f-{}", q.id),
    }
}

/// A text of the form in the reader's language, or the one it falls back to (its `lang` says
/// which): the section notes the fallback once (`section_fallback`), so no text carries its own.
fn text_of(t: &Translated, locale: Locale, default_lang: &str) -> Text {
    Text { fallback: false, ..t.resolve(locale, default_lang) }
}

/// The form of one section. The page also carries the section's `LiveCheck` (JSON,
/// `#survey-check`) for the enhancement module, which re-runs it on every change.
#[component]
pub fn SurveyForm(view: FormView) -> impl IntoView {
    let locale = use_locale();
    let default_lang = view.default_lang.clone();
    let section = view.questions.clone();
    let initial = view.values.clone();
    let shown = view.check.run(&view.values).shown;
    let error_for = |id: &str| -> Signal<Option<String>> {
        Signal::stored(view.errors.iter().find(|e| e.question == id).map(|e| locale.t(e.code.message_id())))
    };
    let base = format!("/plans/{}/surveys/{}", view.plan.slug, view.survey.slug);
    let sections = view.survey.sections;
    let last = view.section + 1 >= sections;
    let progress = locale.t_args(
        "surveys-progress",
        &[("current", (view.section + 1).into()), ("total", sections.into())],
    );
    let summary = (!view.errors.is_empty()).then(|| error_summary(&section, &view.errors, locale, &default_lang));
    // One note for the section's untranslated texts, not one per question and choice.
    let fallback = section_fallback(&section, locale, &default_lang);
    let fallback_note = crate::ui::fallback_note_once(fallback.as_deref());
    // Without JavaScript, questions an answer revealed appear after "Next": the notice takes the
    // focus (unless errors do) and leads to the first of them.
    let more = view.more_questions.clone().map(|first| {
        let text = t("surveys-more-questions");
        let focus = view.errors.is_empty();
        let body = if first.is_empty() {
            text.into_any()
        } else {
            view! { <a href=format!("#q-{first}")>{text}</a> }.into_any()
        };
        view! { <p class="notice" role="status" id="more" tabindex="-1" autofocus=focus>{body}</p> }
    });
    let questions = section
        .questions
        .iter()
        .map(|q| {
            let hint = same_section_hint(q, &section, locale, &default_lang);
            let audio = view.audio.iter().find(|(id, _)| *id == q.id).map(|(_, clip)| {
                view! { <crate::media::components::Player clip=clip.clone()/> }
            });
            view! {
                <div class="question" id=format!("q-{}", q.id) hidden=!shown.contains(&q.id)>
                    {audio}
                    {question(q, &initial, error_for(&q.id), hint, locale, &default_lang)}
                </div>
            }
        })
        .collect_view();
    let shown_value = shown.join(" ");
    let section_title = text_of(&section.title, locale, &default_lang);
    let nav = if view.preview {
        preview_nav(&base, view.section, sections).into_any()
    } else {
        buttons(view.section, last, &view.languages, locale).into_any()
    };
    view! {
        <p class="progress">{progress}</p>
        {(!section_title.is_empty()).then(|| view! { <h2><Tx text=section_title/></h2> })}
        {fallback_note}
        {view.preview.then(|| view! { <p class="notice" role="status">{t("surveys-preview-note")}</p> })}
        {match (view.correcting, view.assisted) {
            (Some(id), _) => Some(view! {
                <p class="notice" role="status">{locale.t_args("surveys-correcting-note", &[("response", id.to_string().into())])}</p>
            }.into_any()),
            (None, Some(c)) => Some(view! {
                <p class="notice" role="status">{t("surveys-assisted-note")} " " <strong>{t(&format!("surveys-channel-{}", c.key()))}</strong></p>
            }.into_any()),
            (None, None) => None,
        }}
        {more}
        {summary}
        <script type="application/octet-stream" id="survey-check">{view.check.to_script_data()}</script>
        <form method="post" action=format!("{base}/respond") class="survey-form" novalidate>
            <input type="hidden" name="_section" value=view.section.to_string()/>
            <input type="hidden" name="_shown" value=shown_value/>
            {questions}
            {nav}
        </form>
    }
}

/// The language the section's texts fall back to when some are not translated into the reader's.
pub(super) fn section_fallback(section: &Section, locale: Locale, default_lang: &str) -> Option<String> {
    let one = super::definition::SurveyDefinition { sections: vec![section.clone()] };
    crate::surveys::builder::edit::texts(&one)
        .into_iter()
        .map(|t| t.resolve(locale, default_lang))
        .find(|t| t.fallback && !t.text.trim().is_empty())
        .map(|t| t.lang)
}

fn error_summary(section: &Section, errors: &[AnswerError], locale: Locale, default_lang: &str) -> impl IntoView + use<> {
    let items = errors
        .iter()
        .filter_map(|e| {
            let q = section.questions.iter().find(|q| q.id == e.question)?;
            let href = format!("#{}", first_control(q));
            let text = text_of(&q.text, locale, default_lang);
            let problem = locale.t(e.code.message_id());
            // target="_self": the router leaves the link to the browser, whose fragment
            // navigation moves the focus to the field (the router's would only scroll to it).
            Some(view! { <li><a href=href target="_self"><span lang=text.lang dir="auto">{text.text}</span> ": " {problem}</a></li> })
        })
        .collect_view();
    view! {
        // autofocus: without JavaScript the browser puts the focus here when the page loads (with
        // it, the enhancement module does after putting the page in place).
        <div class="error-summary" role="alert" tabindex="-1" id="problems" aria-labelledby="problems-title" autofocus>
            <h2 id="problems-title">{t("surveys-problems-title")}</h2>
            <ul>{items}</ul>
        </div>
    }
}

/// "Only if you answered “Yes” above": for a question whose condition looks at a question of the
/// same section (without JavaScript both are on the page at once).
fn same_section_hint(q: &Question, section: &Section, locale: Locale, default_lang: &str) -> Option<String> {
    let condition = q.condition.as_ref()?;
    let target = section.questions.iter().find(|t| t.id == condition.question())?;
    let label = |key: &str| -> String {
        match &target.kind {
            QuestionKind::YesNo => locale.t(if key == "yes" { "surveys-yes" } else { "surveys-no" }),
            kind => kind_options(kind)
                .iter()
                .find(|o| o.key == key)
                .map(|o| text_of(&o.label, locale, default_lang).text)
                .unwrap_or_else(|| key.to_owned()),
        }
    };
    Some(match condition {
        Condition::Equals { value, .. } => locale.t_args("surveys-only-if", &[("answer", label(value).into())]),
        Condition::AnyOf { values, .. } => {
            let labels: Vec<String> = values.iter().map(|v| label(v)).collect();
            locale.t_args("surveys-only-if", &[("answer", labels.join(" / ").into())])
        }
        Condition::NotEquals { value, .. } => locale.t_args("surveys-only-if-not", &[("answer", label(value).into())]),
        Condition::Answered { .. } => locale.t("surveys-only-if-answered"),
    })
}

fn kind_options(kind: &QuestionKind) -> &[Choice] {
    match kind {
        QuestionKind::SingleChoice { options }
        | QuestionKind::MultipleChoice { options, .. }
        | QuestionKind::Dropdown { options }
        | QuestionKind::Ranking { options } => options,
        _ => &[],
    }
}

fn has(values: &[(String, String)], name: &str, value: &str) -> bool {
    values.iter().any(|(k, v)| k == name && v == value)
}

fn value_of(values: &[(String, String)], name: &str) -> String {
    values.iter().find(|(k, v)| k == name && v != PREFER_NOT_TO_SAY && v != OTHER).map(|(_, v)| v.clone()).unwrap_or_default()
}

/// The words above a question's answers: its text, "(required)", the plain-language version.
fn heading(q: &Question, locale: Locale, default_lang: &str) -> impl IntoView + use<> {
    let text = text_of(&q.text, locale, default_lang);
    let required = q.required.then(|| view! { " " <span class="required">{t("surveys-required")}</span> });
    view! { <Tx text/> {required} }
}

fn extra_lines(q: &Question, hint: Option<String>, locale: Locale, default_lang: &str) -> (impl IntoView + use<>, String) {
    let plain = text_of(&q.plain, locale, default_lang);
    let help = text_of(&q.help, locale, default_lang);
    let hint_id = format!("q-{}-hint", q.id);
    let mut described = Vec::new();
    let mut hint_parts = Vec::new();
    if let Some(h) = hint {
        hint_parts.push(h);
    }
    match &q.kind {
        QuestionKind::MultipleChoice { max_choices: Some(m), .. } => {
            hint_parts.push(locale.t_args("surveys-choose-up-to", &[("count", (*m).into())]))
        }
        QuestionKind::MultipleChoice { .. } => hint_parts.push(locale.t("surveys-choose-any")),
        QuestionKind::Ranking { .. } => hint_parts.push(locale.t("surveys-ranking-hint")),
        QuestionKind::Number { min: Some(a), max: Some(b) } => {
            hint_parts.push(locale.t_args("surveys-number-between", &[("min", (*a).into()), ("max", (*b).into())]))
        }
        QuestionKind::ShortText { max_len } | QuestionKind::LongText { max_len } => {
            hint_parts.push(locale.t_args("surveys-text-limit", &[("count", (*max_len).into())]))
        }
        QuestionKind::Date { .. } => hint_parts.push(locale.t("surveys-date-hint")),
        _ => {}
    }
    let has_hint = !plain.is_empty() || !help.is_empty() || !hint_parts.is_empty();
    if has_hint {
        described.push(hint_id.clone());
    }
    let view = has_hint.then(|| {
        view! {
            <div class="hint" id=hint_id>
                {(!plain.is_empty()).then(|| view! { <p class="plain" lang=plain.lang.clone() dir="auto">{plain.text.clone()}</p> })}
                {(!help.is_empty()).then(|| view! { <p lang=help.lang.clone() dir="auto">{help.text.clone()}</p> })}
                {hint_parts.into_iter().map(|h| view! { <p>{h}</p> }).collect_view()}
            </div>
        }
    });
    (view, described.join(" "))
}

/// One question with its answers, hint and error.
fn question(
    q: &Question,
    values: &[(String, String)],
    error: Signal<Option<String>>,
    hint: Option<String>,
    locale: Locale,
    default_lang: &str,
) -> impl IntoView + use<> {
    let name = format!("q.{}", q.id);
    let error_id = format!("q-{}-error", q.id);
    let (extra, hint_ids) = extra_lines(q, hint, locale, default_lang);
    let described = {
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            if !hint_ids.is_empty() {
                ids.push(hint_ids.clone());
            }
            Some(ids.join(" ")).filter(|s| !s.is_empty())
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    let label = |c: &Choice| text_of(&c.label, locale, default_lang);
    let pnts_checked = has(values, &name, PREFER_NOT_TO_SAY);
    let pnts_box = |kind: &'static str| {
        q.prefer_not_to_say.then(|| {
            let id = format!("f-{}-pnts", q.id);
            view! {
                <div class="choice pnts">
                    <input type=kind id=id.clone() name=name.clone() value=PREFER_NOT_TO_SAY checked=pnts_checked/>
                    <label for=id>{t("surveys-prefer-not-to-say")}</label>
                </div>
            }
        })
    };
    let fieldset = |extra: AnyView, body: AnyView| {
        view! {
            <fieldset aria-describedby=described.clone() aria-invalid=invalid>
                <legend>{heading(q, locale, default_lang)}</legend>
                {extra}
                <FieldError id=error_id.clone() message=error/>
                {body}
            </fieldset>
        }
        .into_any()
    };
    let radios = |options: Vec<(String, Text)>, kind: &'static str| -> AnyView {
        options
            .into_iter()
            .map(|(key, text)| {
                let id = format!("f-{}-{key}", q.id);
                let checked = has(values, &name, &key);
                view! {
                    <div class="choice">
                        <input type=kind id=id.clone() name=name.clone() value=key checked=checked/>
                        <label for=id><Tx text/></label>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    match &q.kind {
        QuestionKind::SingleChoice { options } => {
            let opts = options.iter().map(|o| (o.key.clone(), label(o))).collect();
            fieldset(extra.into_any(), view! { {radios(opts, "radio")} {pnts_box("radio")} }.into_any())
        }
        QuestionKind::YesNo => {
            let opts = vec![
                ("yes".to_owned(), Text { text: locale.t("surveys-yes"), lang: locale.tag().to_owned(), fallback: false }),
                ("no".to_owned(), Text { text: locale.t("surveys-no"), lang: locale.tag().to_owned(), fallback: false }),
            ];
            fieldset(extra.into_any(), view! { <div class="inline-choices">{radios(opts, "radio")} {pnts_box("radio")}</div> }.into_any())
        }
        QuestionKind::Scale { min, max, min_label, max_label } => {
            let opts = super::definition::scale_points(*min, *max)
                .map(|n| {
                    let edge = if n == *min { Some(min_label) } else if n == *max { Some(max_label) } else { None };
                    (n.to_string(), scale_point_label(locale, n, edge.map(|l| text_of(l, locale, default_lang))))
                })
                .collect();
            fieldset(extra.into_any(), view! { <div class="scale">{radios(opts, "radio")}</div> {pnts_box("radio")} }.into_any())
        }
        QuestionKind::MultipleChoice { options, other, .. } => {
            let opts = options.iter().map(|o| (o.key.clone(), label(o))).collect();
            let other_box = other.then(|| {
                let id = format!("f-{}-other", q.id);
                let text_id = format!("f-{}-other-text", q.id);
                let checked = has(values, &name, OTHER);
                let written = value_of(values, &format!("{name}.other"));
                view! {
                    <div class="choice">
                        <input type="checkbox" id=id.clone() name=name.clone() value=OTHER checked=checked/>
                        <label for=id>{t("surveys-other")}</label>
                    </div>
                    <div class="other-text">
                        <label for=text_id.clone()>{t("surveys-other-write")}</label>
                        <input type="text" id=text_id name=format!("{name}.other") value=written maxlength="200" dir="auto"/>
                    </div>
                }
            });
            fieldset(extra.into_any(), view! { {radios(opts, "checkbox")} {other_box} {pnts_box("checkbox")} }.into_any())
        }
        QuestionKind::Ranking { options } => {
            let n = options.len();
            let rows = options
                .iter()
                .map(|o| {
                    let id = format!("f-{}-{}", q.id, o.key);
                    let field = format!("{name}.{}", o.key);
                    let current = value_of(values, &field);
                    let choices = (1..=n)
                        .map(|p| {
                            let selected = current == p.to_string();
                            view! { <option value=p.to_string() selected=selected>{locale.number(p as f64)}</option> }
                        })
                        .collect_view();
                    view! {
                        <div class="rank">
                            <select id=id.clone() name=field>
                                <option value="">"—"</option>
                                {choices}
                            </select>
                            <label for=id><Tx text=label(o)/></label>
                        </div>
                    }
                })
                .collect_view();
            fieldset(extra.into_any(), view! { {rows} {pnts_box("checkbox")} }.into_any())
        }
        QuestionKind::Matrix { rows, scale } => {
            let groups = rows
                .iter()
                .map(|r| {
                    let field = format!("{name}.{}", r.key);
                    let cells = scale
                        .iter()
                        .map(|s| {
                            let id = format!("f-{}-{}-{}", q.id, r.key, s.key);
                            let checked = has(values, &field, &s.key);
                            view! {
                                <div class="choice">
                                    <input type="radio" id=id.clone() name=field.clone() value=s.key.clone() checked=checked/>
                                    <label for=id><Tx text=label(s)/></label>
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset class="matrix-row">
                            <legend><Tx text=label(r)/></legend>
                            <div class="inline-choices">{cells}</div>
                        </fieldset>
                    }
                })
                .collect_view();
            fieldset(extra.into_any(), view! { {groups} {pnts_box("checkbox")} }.into_any())
        }
        kind => {
            let id = format!("f-{}", q.id);
            let current = value_of(values, &name);
            let control = match kind {
                QuestionKind::Dropdown { options } => {
                    let opts = options
                        .iter()
                        .map(|o| {
                            let text = label(o);
                            let selected = current == o.key;
                            view! { <option value=o.key.clone() lang=text.lang selected=selected>{text.text}</option> }
                        })
                        .collect_view();
                    let pnts = q.prefer_not_to_say.then(|| {
                        view! { <option value=PREFER_NOT_TO_SAY selected=pnts_checked>{t("surveys-prefer-not-to-say")}</option> }
                    });
                    view! {
                        <select id=id.clone() name=name.clone() aria-describedby=described.clone() aria-invalid=invalid>
                            <option value="">{t("surveys-choose")}</option>
                            {opts}
                            {pnts}
                        </select>
                    }
                    .into_any()
                }
                QuestionKind::LongText { max_len } => view! {
                    <textarea id=id.clone() name=name.clone() rows="5" maxlength=max_len.to_string() dir="auto"
                        aria-describedby=described.clone() aria-invalid=invalid>{crate::ui::rcdata(current)}</textarea>
                }
                .into_any(),
                QuestionKind::ShortText { max_len } => view! {
                    <input type="text" id=id.clone() name=name.clone() value=current maxlength=max_len.to_string() dir="auto"
                        aria-describedby=described.clone() aria-invalid=invalid/>
                }
                .into_any(),
                QuestionKind::Number { .. } => view! {
                    <input type="text" inputmode="decimal" id=id.clone() name=name.clone() value=current dir="ltr" class="short"
                        aria-describedby=described.clone() aria-invalid=invalid/>
                }
                .into_any(),
                QuestionKind::Date { min, max } => view! {
                    <input type="date" id=id.clone() name=name.clone() value=current dir="ltr"
                        min=min.map(|d| d.format("%Y-%m-%d").to_string()) max=max.map(|d| d.format("%Y-%m-%d").to_string())
                        aria-describedby=described.clone() aria-invalid=invalid/>
                }
                .into_any(),
                _ => ().into_any(),
            };
            let pnts = (!matches!(kind, QuestionKind::Dropdown { .. })).then(|| pnts_box("checkbox"));
            view! {
                <label for=id class="question-label">{heading(q, locale, default_lang)}</label>
                {extra}
                <FieldError id=error_id.clone() message=error/>
                {control}
                {pnts}
            }
            .into_any()
        }
    }
}

fn buttons(section: usize, last: bool, languages: &[String], locale: Locale) -> impl IntoView + use<> {
    let next = if last { "surveys-send" } else { "surveys-next" };
    let langs = languages
        .iter()
        .filter_map(|tag| Locale::from_tag(tag))
        .filter(|l| *l != locale)
        .map(|l| {
            view! {
                <button type="submit" name="_action" value=format!("lang:{}", l.tag()) class="link-button" lang=l.tag() dir=l.dir()>
                    {l.native_name()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="form-actions">
            <button type="submit" name="_action" value="next" class="button primary">{t(next)}</button>
            {(section > 0).then(|| view! { <button type="submit" name="_action" value="back" class="button">{t("surveys-back")}</button> })}
            <button type="submit" name="_action" value="save" class="button">{t("surveys-save")}</button>
        </div>
        <div class="form-languages" role="group" aria-labelledby="answer-in">
            <p id="answer-in">{t("surveys-answer-in")}</p>
            {langs}
        </div>
    }
}

fn preview_nav(base: &str, section: usize, sections: usize) -> impl IntoView + use<> {
    let link = |s: usize| format!("{base}/answer?preview=1&section={s}");
    view! {
        <nav class="form-actions" aria-label=t("surveys-preview-nav")>
            {(section > 0).then(|| view! { <a class="button" href=link(section - 1)>{t("surveys-back")}</a> })}
            {(section + 1 < sections).then(|| view! { <a class="button" href=link(section + 1)>{t("surveys-next")}</a> })}
            <a href=base.to_owned()>{t("surveys-preview-end")}</a>
        </nav>
    }
}

/// A scale point as shown in the form and in the results: the number in the reader's digits,
/// then the end's label if it has one (`1 · Nada`).
pub(super) fn scale_point_label(locale: Locale, n: i32, edge: Option<Text>) -> Text {
    match edge.filter(|t| !t.is_empty()) {
        Some(t) => Text { text: format!("{} · {}", locale.number(n), t.text), ..t },
        None => Text { text: locale.number(n), lang: locale.tag().to_owned(), fallback: false },
    }
}
