//! The language links above an editor (each with "N texts still to translate") and the hint that
//! shows the plan's own text above a field being translated.

use leptos::prelude::*;

use super::LangMissing;
use crate::i18n::{Locale, t, use_locale};

/// A language's own name ("Português", "العربية"), or its tag when Ponte has no name for it.
pub fn native(tag: &str) -> String {
    Locale::from_tag(tag).map_or_else(|| tag.to_owned(), |l| l.native_name().to_owned())
}

/// The options of a picker of content languages (`languages`, such as a plan's), `chosen`
/// selected, each in its own name.
pub fn content_options(languages: &[String], chosen: &str) -> impl IntoView + use<> {
    languages.iter().map(|l| view! { <option value=l.clone() lang=l.clone() selected=l == chosen>{native(l)}</option> }).collect_view()
}

/// "Languages": a link per language the plan offers (`href` makes its address), the one being
/// edited marked current, each with how many texts it still lacks.
#[component]
pub fn LanguageLinks(
    languages: Vec<LangMissing>,
    current: String,
    href: impl Fn(&str) -> String,
    heading_id: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let links = languages
        .iter()
        .map(|l| {
            let missing = (l.missing > 0).then(|| view! { " " <span class="muted">{locale.t_args("plans-draft-missing", &[("count", l.missing.into())])}</span> });
            view! {
                <li>
                    <a href=href(&l.tag) lang=l.tag.clone() aria-current=(l.tag == current).then_some("page")>{native(&l.tag)}</a>
                    {missing}
                </li>
            }
        })
        .collect_view();
    view! {
        <nav aria-labelledby=heading_id>
            <h2 id=heading_id>{t("plans-edit-languages")}</h2>
            <ul class="inline-list">{links}</ul>
        </nav>
    }
}

/// "In Português: …" above a field: the plan's own text (in `lang`) to translate; nothing when
/// that text is empty.
pub fn source_hint(own: &str, lang: &str) -> Option<AnyView> {
    (!own.trim().is_empty()).then(|| {
        let label = use_locale().t_args("plans-draft-source", &[("language", native(lang).into())]);
        view! { <p class="hint source"><span class="muted">{label}</span> " " <span lang=lang.to_owned() dir="auto" class="pre-line">{own.to_owned()}</span></p> }.into_any()
    })
}
