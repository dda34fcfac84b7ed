//! The design system: page layout, language picker, multilingual text with its fallback note,
//! error and loading states. Components only; no data access.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

use crate::{
    core::{AppError, FormEcho, Text},
    i18n::{Locale, t, use_locale},
};

/// Skip link, header with the language picker, the page, and the footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <Meta name="description" content=t("core-footer-about")/>
        <LanguageAlternates/>
        // `target="_self"`: the client router leaves the link to the browser, which moves focus to `main`.
        <a class="skip-link" href="#main" target="_self">{t("core-skip-to-content")}</a>
        <header class="masthead">
            <div class="wrap header-row">
                <a class="brand" href="/">
                    <span class="brand-name">"Ponte"</span>
                    <span class="brand-tagline">{t("core-tagline")}</span>
                </a>
                <div class="header-tools">
                    <crate::accounts::pages::AccountLink/>
                    <LanguagePicker/>
                </div>
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">
            <ContentLanguageNote/>
            {children()}
        </main>
        <footer class="colophon">
            <div class="wrap">
                <nav aria-label=t("core-footer-nav")>
                    <ul class="inline-list">
                        <li><a href="/">{t("core-nav-plans")}</a></li>
                        <li><a href="/accessibility">{t("core-nav-accessibility")}</a></li>
                        <li><a href="/data">{t("core-nav-open-data")}</a></li>
                    </ul>
                </nav>
                <p class="muted">{t("core-footer-about")}</p>
            </div>
        </footer>
    }
}

/// `<link rel="alternate" hreflang>` for each language version of this page (and `x-default`,
/// the page without `?lang=`, which negotiates), so search engines offer people their language.
#[component]
fn LanguageAlternates() -> impl IntoView {
    let location = use_location();
    let (path, search) = (location.pathname.get_untracked(), location.search.get_untracked());
    view! {
        {Locale::all()
            .map(|l| view! { <Link rel="alternate" hreflang=l.tag() href=in_language(&path, &search, Some(l))/> })
            .collect_view()}
        <Link rel="alternate" hreflang="x-default" href=in_language(&path, &search, None)/>
    }
}

/// This page (`path`, query `search`) in `locale` (`?lang=`, the rest of the query kept), or
/// without `?lang=` (`None`: the language is negotiated).
fn in_language(path: &str, search: &str, locale: Option<Locale>) -> String {
    let mut query: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .map(str::to_owned)
        .collect();
    query.extend(locale.map(|l| format!("lang={}", l.tag())));
    if query.is_empty() { path.to_owned() } else { format!("{path}?{}", query.join("&")) }
}

/// The same page in another language: `?lang=` links that work without JavaScript and keep the
/// rest of the query, behind a disclosure naming the current language. A full navigation, so the
/// whole page (and `<html lang dir>`) changes.
#[component]
fn LanguagePicker() -> impl IntoView {
    let current = use_locale();
    let location = use_location();
    let links = move |languages: Vec<Locale>| {
        let (path, search) = (location.pathname.get(), location.search.get());
        languages
            .into_iter()
            .map(|l| {
                let href = in_language(&path, &search, Some(l));
                let is_current = l == current;
                view! {
                    <li>
                        <a
                            href=href
                            lang=l.tag()
                            hreflang=l.tag()
                            dir=l.dir()
                            aria-current=is_current.then_some("true")
                        >
                            {l.native_name()}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    // A disclosure, so 14 languages take one line until asked for (a phone's header stays small);
    // `<details>` opens without JavaScript.
    view! {
        <nav class="language-picker" aria-label=t("core-language-picker")>
            <details>
                <summary>
                    <span class="picker-label">{t("core-language-picker")}</span>
                    " "
                    <span lang=current.tag() dir=current.dir()>{current.native_name()}</span>
                </summary>
                <ul class="language-list">{links(Locale::all().collect())}</ul>
                <p class="picker-group" id="content-languages">{t("core-content-languages")}</p>
                <ul class="language-list" aria-labelledby="content-languages">{links(Locale::content_only().collect())}</ul>
            </details>
        </nav>
    }
}

/// For a reader of a content-only language (Kabuverdianu…): which texts are in it and which
/// language the rest of the page is in.
#[component]
fn ContentLanguageNote() -> impl IntoView {
    let locale = use_locale();
    locale.is_content_only().then(|| {
        let note = locale.t_args(
            "core-content-only-note",
            &[("language", locale.native_name().into()), ("interface", locale.interface().native_name().into())],
        );
        view! { <p class="notice content-language-note">{note}</p> }
    })
}

/// Multilingual content: marked with its real language, and with a visible note when it is not
/// in the reader's language.
#[component]
pub fn Tx(text: Text) -> impl IntoView {
    let note = text.fallback.then(|| fallback_note(&text.lang));
    view! {
        <span lang=text.lang dir="auto">{text.text}</span>
        {note}
    }
}

/// A paragraph of multilingual content, with its fallback note.
#[component]
pub fn TxBlock(text: Text, #[prop(optional)] class: &'static str) -> impl IntoView {
    let note = text.fallback.then(|| fallback_note(&text.lang));
    view! {
        <p class=class lang=text.lang dir="auto">{text.text}</p>
        {note}
    }
}

/// The one note for a part of a page whose texts are not all translated (a survey section, a
/// results page), naming the language they fell back to; the texts themselves are then given
/// with `fallback: false`, keeping their own `lang` but no note each.
pub fn fallback_note_once(fallback_lang: Option<&str>) -> Option<impl IntoView + use<>> {
    let lang = fallback_lang?;
    Some(view! { <p class="fallback-note once">{fallback_message(lang)}</p> })
}

/// The fallback note of a text shown in pieces (a description's paragraphs): nothing if the text
/// is in the reader's language.
#[component]
pub fn FallbackNote(text: Text) -> impl IntoView {
    text.fallback.then(|| fallback_note(&text.lang))
}

fn fallback_note(lang: &str) -> impl IntoView + use<> {
    view! { <small class="fallback-note">" " {fallback_message(lang)}</small> }
}

/// "Not translated yet: shown in <language>", in the reader's language.
fn fallback_message(lang: &str) -> String {
    let language = Locale::from_tag(lang).map_or_else(|| lang.to_owned(), |l| l.native_name().to_owned());
    use_locale().t_args("core-fallback-note", &[("language", language.into())])
}

/// Sets the document title: "<page> · Ponte".
#[component]
pub fn PageTitle(text: String) -> impl IntoView {
    view! { <Title text=rcdata(format!("{text} · Ponte"))/> }
}

/// Text for the content of a `<title>` or `<textarea>`: the server writes it into the HTML as
/// is (Leptos does not escape these elements' text), so whatever anyone typed could close the
/// element there (`</title><meta http-equiv=refresh …>`). On the server `&` and `<` become
/// character references, which these elements decode back into the same text. Every title goes
/// through [`PageTitle`] and every textarea's text through here (a test in `app/tests/markup.rs`
/// checks the sources).
pub fn rcdata(text: impl Into<String>) -> String {
    let text = text.into();
    #[cfg(feature = "ssr")]
    {
        if text.contains(['&', '<']) {
            return text.replace('&', "&amp;").replace('<', "&lt;");
        }
    }
    text
}

/// A translated error, with the matching HTTP status when rendered on the server.
#[component]
pub fn ErrorView(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        // A load that sent the browser elsewhere (`state::redirect`) keeps its redirect.
        let redirecting = response.0.read().ok().and_then(|parts| parts.status).is_some_and(|s| s.is_redirection());
        if !redirecting {
            response.set_status(http::StatusCode::from_u16(error.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR));
        }
    }
    let title = t(&error.title_id());
    view! {
        <PageTitle text=title.clone()/>
        <section class="error-page" role="alert">
            <h1>{title}</h1>
            <p>{t(error.message_id())}</p>
            // Not signed in: the way in, rather than a dead end.
            {(error == AppError::Unauthenticated).then(|| view! { <p><a class="button primary" href="/sign-in">{t("accounts-sign-in-title")}</a></p> })}
            <p><a href="/">{t("core-back-home")}</a></p>
        </section>
    }
}

/// What a page shows while its data loads (never sent: pages render once their data is there).
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" aria-live="polite">{t("core-loading")}</p> }
}

/// "Level 1 — core measure" / "Level 2", as a badge.
#[component]
pub fn LevelBadge(level: i16) -> impl IntoView {
    let (class, key) = if level == 1 {
        ("badge badge-core", "plans-level-1-badge")
    } else {
        ("badge", "plans-level-2-badge")
    };
    view! { <span class=class>{t(key)}</span> }
}

/// One step of the breadcrumbs: an interface word (`(String, href)`) or a content text
/// (`(Text, href)`), which keeps its language (it may be a fallback in another).
#[derive(Clone, Debug)]
pub struct Crumb {
    label: String,
    href: String,
    lang: Option<String>,
}

impl From<(String, String)> for Crumb {
    fn from((label, href): (String, String)) -> Crumb {
        Crumb { label, href, lang: None }
    }
}

impl From<(Text, String)> for Crumb {
    fn from((text, href): (Text, String)) -> Crumb {
        Crumb { label: text.text, href, lang: Some(text.lang) }
    }
}

/// A breadcrumb trail: (label, href) pairs, the last one being the current page.
#[component]
pub fn Breadcrumbs(items: Vec<Crumb>) -> impl IntoView {
    let last = items.len().saturating_sub(1);
    view! {
        <nav class="breadcrumbs" aria-label=t("core-breadcrumbs")>
            <ol>
                {items
                    .into_iter()
                    .enumerate()
                    .map(|(i, Crumb { label, href, lang })| {
                        if i == last {
                            view! { <li><span aria-current="page" lang=lang dir="auto">{label}</span></li> }.into_any()
                        } else {
                            view! { <li><a href=href lang=lang dir="auto">{label}</a></li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// Renders a page's data once loaded: the page itself, or the translated error with its status.
pub fn loaded<T, V>(resource: Resource<Result<T, AppError>>, render: fn(T) -> V) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match resource.await {
                    Ok(data) => render(data).into_any(),
                    Err(error) => view! { <ErrorView error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// This page shown again for a refused form (`state::form_again`): what was sent and why it was
/// refused, if `is_mine` recognises the form by its fields (e.g. its `form` or `target` field).
pub fn refused_form(is_mine: impl Fn(&FormEcho) -> bool) -> Option<(FormEcho, AppError)> {
    #[cfg(feature = "ssr")]
    {
        crate::state::form_echo().filter(|(echo, _)| is_mine(echo))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = is_mine;
        None
    }
}

/// The translated message of a failed action, as a signal for [`FieldError`].
pub fn failure(value: impl Fn() -> Option<Result<(), AppError>> + Send + Sync + 'static) -> Signal<Option<String>> {
    let locale = use_locale();
    Signal::derive(move || value().and_then(|r| r.err()).map(|e| locale.t(e.message_id())))
}

/// [`failure`] for one of several forms of the same server function on a page (one per question,
/// per section…): the error shows on the form that was refused, recognised by `is_mine` from the
/// fields it sent, and on every one only when the fields did not come back.
pub fn failure_of(
    value: impl Fn() -> Option<Result<(), AppError>> + Send + Sync + 'static,
    is_mine: impl Fn(&FormEcho) -> bool,
) -> Signal<Option<String>> {
    let shown = refused_form(|_| true).is_none_or(|(echo, _)| is_mine(&echo));
    let message = failure(value);
    Signal::derive(move || if shown { message.get() } else { None })
}

/// The translated error a plain post to server function `F` was refused with, when this page is
/// shown again for it (the address's `__path` and `__err`, which is what `ServerAction` reads).
///
/// For the forms a page repeats once per item (flag, moderate, reply, delete…): no action and
/// no signals per form. Pages are rendered once on the server and never hydrated; the
/// enhancement module (`ponte-enhance`) sends forms in place and shows their errors itself.
pub fn refused_with<F: leptos::server_fn::ServerFn<Error = AppError>>() -> Option<String> {
    use leptos::{server::ServerActionError, server_fn::error::ServerFnUrlError};
    let error = with_context::<ServerActionError, _>(|e| {
        (e.path() == F::PATH).then(|| ServerFnUrlError::<AppError>::decode_err(e.err()))
    })??;
    Some(t(error.message_id()))
}

/// [`refused_with`] for one of several forms of `F` on a page: the error shows on the form that
/// was refused, recognised by `is_mine` from the fields it sent (as [`failure_of`]).
pub fn refused_with_of<F: leptos::server_fn::ServerFn<Error = AppError>>(is_mine: impl Fn(&FormEcho) -> bool) -> Option<String> {
    let shown = refused_form(|_| true).is_none_or(|(echo, _)| is_mine(&echo));
    if shown { refused_with::<F>() } else { None }
}

/// Markup that depends only on the interface language and on `variant` (say, which option is
/// selected), rendered once and kept: the option lists a page repeats in every item's form.
/// `key` names the markup; `render` makes it the first time.
pub fn once_per_language(key: &'static str, variant: usize, render: impl FnOnce() -> String) -> std::sync::Arc<str> {
    use std::{
        collections::HashMap,
        sync::{Arc, LazyLock, RwLock},
    };
    type Rendered = HashMap<(&'static str, usize, Locale), Arc<str>>;
    static RENDERED: LazyLock<RwLock<Rendered>> = LazyLock::new(RwLock::default);
    let id = (key, variant, use_locale().interface());
    if let Some(html) = RENDERED.read().ok().and_then(|kept| kept.get(&id).cloned()) {
        return html;
    }
    let html: Arc<str> = render().into();
    if let Ok(mut kept) = RENDERED.write() {
        kept.insert(id, html.clone());
    }
    html
}

/// An inline form error, announced to screen readers and tied to its field by `id`.
#[component]
pub fn FieldError(#[prop(into)] id: String, #[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    // Focusable and focused on load: a form shown again after a plain post opens at its error.
    move || message.get().map(|m| view! { <p id=id.clone() class="field-error" role="alert" tabindex="-1" autofocus>{m}</p> })
}

/// A labelled, required, left-to-right text input with a hint and its error: ids `<name>`,
/// `<name>-hint` and `<name>-error`, wired with `aria-describedby` and `aria-invalid`.
#[component]
pub fn TextField(
    name: &'static str,
    label: String,
    hint: String,
    error: Signal<Option<String>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    maxlength: u32,
    /// What was typed, when a refused form is shown again.
    #[prop(optional_no_strip)]
    value: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if error.get().is_some() { format!("{error_id} {hint_id}") } else { hint_id.clone() }
    };
    view! {
        <label for=name>{label}</label>
        <p class="hint" id=hint_id>{hint}</p>
        <FieldError id=error_id message=error/>
        <input
            id=name
            name=name
            type=kind
            inputmode=inputmode
            autocomplete=autocomplete
            dir="ltr"
            required
            maxlength=maxlength
            value=value
            aria-describedby=described_by
            aria-invalid=move || error.get().is_some().then_some("true")
        />
    }
}

/// A table of records: its caption (for screen readers), its column heads (`true`: a number
/// column), its rows — or `none` when there are no rows. It scrolls sideways inside itself
/// rather than widening a phone's page.
pub fn data_table(caption: String, heads: Vec<(String, bool)>, rows: AnyView, empty: bool, none: String) -> AnyView {
    if empty {
        return view! { <p>{none}</p> }.into_any();
    }
    let heads = heads
        .into_iter()
        .map(|(head, number)| view! { <th scope="col" class=number.then_some("num")>{head}</th> })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="data">
                <caption class="visually-hidden">{caption}</caption>
                <thead><tr>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// "Previous page · Page 2 of 5 · Next page" for a list shown a page at a time (`href(n)`: the
/// address of page `n`); nothing when there is one page.
pub fn pager(page: u64, pages: u64, label: String, href: impl Fn(u64) -> String) -> Option<AnyView> {
    let locale = use_locale();
    let link = |n: u64, key: &str| view! { <a href=href(n)>{t(key)}</a> };
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=label>
                {(page > 1).then(|| link(page - 1, "core-page-previous"))}
                " "
                <span>{locale.t_args("core-page-of", &[("page", page.into()), ("pages", pages.into())])}</span>
                " "
                {(page < pages).then(|| link(page + 1, "core-page-next"))}
            </nav>
        }
        .into_any()
    })
}

/// Whether the page's address carries `?name=…` (a form's "done" mark, such as `?answered=1`).
pub fn query_flag(name: &str) -> bool {
    leptos_router::hooks::use_query_map().read_untracked().get(name).is_some()
}
