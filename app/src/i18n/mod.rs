//! User-interface languages and Fluent messages.
//!
//! Owns the language list (generated from `locales/languages.toml`), the negotiation of a request's
//! language (explicit choice, then `Accept-Language`, then the default) and message lookup. A
//! reader's language is a UI language, or a content-only one (Kabuverdianu…): the plan's texts in
//! it, the interface in its `interface` language. The
//! `.ftl` files are embedded at compile time. Numbers are written by [`numbers`].

mod numbers;

use std::{borrow::Cow, collections::HashMap, sync::LazyLock};

use fluent_templates::{LanguageIdentifier, fluent_bundle::FluentValue};
use leptos::prelude::*;

/// One UI language, as declared in `locales/languages.toml`.
#[derive(Debug)]
pub struct LanguageInfo {
    pub tag: &'static str,
    pub name: &'static str,
    pub rtl: bool,
    pub fallback: &'static [&'static str],
    /// The index of the UI language the interface is written in: itself for UI languages.
    pub interface: usize,
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

fluent_templates::static_loader! {
    static MESSAGES = {
        locales: "../locales",
        fallback_language: "pt-PT",
        // Placeables are plain text in our messages; isolation marks would leak into attributes.
        // Numbers get each language's digits and grouping.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(numbers::fluent_formatter));
        },
    };
}

static IDENTIFIERS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|l| l.tag.parse().unwrap_or_default())
        .collect()
});

/// Name of the cookie that remembers an explicit language choice.
pub const LANG_COOKIE: &str = "ponte_lang";

/// A reader's language: an index into the generated language table (a UI language, or a
/// content-only one after them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Locale(usize);

impl Default for Locale {
    fn default() -> Self {
        Locale(DEFAULT_INDEX)
    }
}

impl Locale {
    /// Every UI language, in the order of `languages.toml`.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..UI_COUNT).map(Locale)
    }

    /// The content-only languages (`kea`…), which a plan may publish its texts in.
    pub fn content_only() -> impl Iterator<Item = Locale> {
        (UI_COUNT..LANGUAGES.len()).map(Locale)
    }

    /// Whether Ponte's interface is not written in this language (only plan texts are).
    pub fn is_content_only(self) -> bool {
        self.0 >= UI_COUNT
    }

    /// The UI language the interface is written in for this reader: itself, or for a
    /// content-only language its `interface` (`kea` → `pt-PT`).
    pub fn interface(self) -> Locale {
        Locale(self.info().interface)
    }

    fn info(self) -> &'static LanguageInfo {
        &LANGUAGES[self.0.min(LANGUAGES.len() - 1)]
    }

    /// The exact tag (`pt-PT`, `ur`…); case-insensitive.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        LANGUAGES
            .iter()
            .position(|l| l.tag.eq_ignore_ascii_case(tag.trim()))
            .map(Locale)
    }

    /// Like [`Locale::from_tag`], but also maps a regional or bare tag onto a UI language with the
    /// same primary language (`pt-BR` and `pt` → `pt-PT`, `en-GB` → `en`).
    pub fn matching(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        if tag.is_empty() {
            return None;
        }
        // A script named on both sides must agree: `pa-Arab` (Shahmukhi) readers are not sent to
        // Gurmukhi, nor `zh-Hant` to simplified characters.
        let script = |t: &'static str| t.split('-').skip(1).find(|s| s.len() == 4);
        let asked_script = tag.split(['-', '_']).skip(1).find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()));
        Self::from_tag(tag).or_else(|| {
            let primary = tag.split(['-', '_']).next().unwrap_or(tag);
            LANGUAGES
                .iter()
                .position(|l| {
                    l.tag.split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(primary))
                        && match (asked_script, script(l.tag)) {
                            (Some(asked), Some(ours)) => asked.eq_ignore_ascii_case(ours),
                            _ => true,
                        }
                })
                .map(Locale)
        })
    }

    /// The reader's language tag (`kea` for a content-only reader): what they chose, what the
    /// cookie and links carry, and the first language tried for content.
    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    /// The language's own name, for the language picker.
    pub fn native_name(self) -> &'static str {
        self.info().name
    }

    pub fn is_rtl(self) -> bool {
        self.info().rtl
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// Languages to try, in order, for multilingual content: this one, then its fallbacks.
    pub fn content_chain(self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.tag()).chain(self.info().fallback.iter().copied())
    }

    /// The request's language: an explicit `?lang=`, then the cookie, then `Accept-Language`,
    /// then the default.
    pub fn negotiate(query: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
        query
            .and_then(Locale::from_tag)
            .or_else(|| cookie.and_then(Locale::from_tag))
            .or_else(|| accept_language.and_then(from_accept_language))
            .unwrap_or_default()
    }

    /// The message `key` in this reader's interface language.
    pub fn t(self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// The message `key` with named arguments.
    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        self.lookup(key, Some(&map))
    }

    /// The message in the interface language's own bundle, else in the fallback language's, else
    /// its key. Every interface language has a bundle of its own (the locale tests check that each
    /// holds every message), so no language negotiation is needed per message: a page looks up
    /// hundreds of them.
    fn lookup(self, key: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue>>) -> String {
        MESSAGES
            .lookup_single_language(&IDENTIFIERS[self.interface().0], key, args)
            .or_else(|_| MESSAGES.lookup_single_language(MESSAGES.fallback(), key, args))
            .unwrap_or_else(|_| key.to_owned())
    }

    /// A calendar date in words (`3 de março de 2026`, `3 March 2026`…), from Fluent.
    pub fn date(self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let month = self.t(&format!("core-month-{}", date.month()));
        let plain = |n: i32| numbers::format(self.interface().0, f64::from(n), false, 0);
        self.t_args(
            "core-date",
            &[
                ("day", FluentValue::from(plain(date.day() as i32))),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(plain(date.year()))),
            ],
        )
    }

    /// A count or measure written as this language writes numbers (`1 234`, `1,234`, `১,২৩৪`),
    /// with at most one decimal.
    pub fn number(self, value: impl Into<f64>) -> String {
        numbers::format(self.interface().0, value.into(), true, 1)
    }

    /// A whole percentage as this language writes it (`45%`, `45 %`, `৪৫%`).
    pub fn percent(self, value: f64) -> String {
        self.t_args("core-percent", &[("value", FluentValue::from(value.round()))])
    }
}

/// The best UI language for an `Accept-Language` header, honouring q-values.
fn from_accept_language(header: &str) -> Option<Locale> {
    let mut ranges: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0 && tag != "*").then_some((q, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges.into_iter().find_map(|(_, tag)| Locale::matching(tag))
}

/// The current page's language (provided by the App at its root).
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The message `key` in the current page's language.
pub fn t(key: &str) -> String {
    use_locale().t(key)
}

/// A content language tag as typed or sent (`pt-PT`, `kea`, `uk`): a well-formed BCP 47 tag in
/// its canonical spelling, at most 35 characters; anything else (spaces, line breaks, other
/// characters) is refused before it can reach a stored text's key, a URL or a header.
pub fn content_tag(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 35 {
        return None;
    }
    let parsed: unic_langid::LanguageIdentifier = raw.parse().ok()?;
    let canonical = parsed.to_string();
    (canonical == raw && parsed.language.as_str() != "und").then_some(canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(l: Locale) -> &'static str {
        l.tag()
    }

    #[test]
    fn explicit_choice_beats_cookie_and_browser() {
        assert_eq!(tag(Locale::negotiate(Some("ar"), Some("uk"), Some("en"))), "ar");
        assert_eq!(tag(Locale::negotiate(None, Some("uk"), Some("en"))), "uk");
        assert_eq!(tag(Locale::negotiate(Some("xx"), Some("UK"), None)), "uk");
    }

    #[test]
    fn browser_language_is_matched_by_quality_and_primary_subtag() {
        assert_eq!(tag(Locale::negotiate(None, None, Some("de-DE, ne;q=0.9, en;q=0.8"))), "ne");
        assert_eq!(tag(Locale::negotiate(None, None, Some("fr-FR, ne;q=0.9"))), "fr");
        assert_eq!(tag(Locale::negotiate(None, None, Some("zh-CN,zh;q=0.9"))), "zh-Hans");
        assert_eq!(tag(Locale::negotiate(None, None, Some("pa-IN"))), "pa-Guru");
        assert_eq!(tag(Locale::negotiate(None, None, Some("ru-RU, uk;q=0.5"))), "ru");
        assert_eq!(tag(Locale::negotiate(None, None, Some("ro-MD"))), "ro");
        assert_eq!(tag(Locale::negotiate(None, None, Some("es-VE"))), "es");
        // A script named by the browser must be the one we write.
        assert_eq!(tag(Locale::negotiate(None, None, Some("pa-Arab-PK, ur;q=0.8"))), "ur");
        assert_eq!(tag(Locale::negotiate(None, None, Some("zh-Hant-TW, en;q=0.5"))), "en");
        assert_eq!(tag(Locale::negotiate(None, None, Some("en;q=0.2, bn-BD;q=0.7"))), "bn");
        assert_eq!(tag(Locale::negotiate(None, None, Some("pt-BR"))), "pt-PT");
        assert_eq!(tag(Locale::negotiate(None, None, Some("en-GB,en;q=0.9"))), "en");
    }

    #[test]
    fn unknown_or_garbage_falls_back_to_portuguese() {
        assert_eq!(tag(Locale::negotiate(None, None, None)), "pt-PT");
        assert_eq!(tag(Locale::negotiate(None, None, Some("zz, ;q=abc, *"))), "pt-PT");
        assert_eq!(tag(Locale::negotiate(Some(""), Some(""), Some(""))), "pt-PT");
    }

    #[test]
    fn urdu_and_arabic_are_right_to_left() {
        for l in Locale::all() {
            assert_eq!(l.is_rtl(), matches!(l.tag(), "ur" | "ar"), "{}", l.tag());
        }
    }

    #[test]
    fn dates_are_written_in_words() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
        assert_eq!(Locale::from_tag("pt-PT").unwrap_or_default().date(d), "2 de março de 2026");
        assert_eq!(Locale::from_tag("en").unwrap_or_default().date(d), "2 March 2026");
        let date = |tag: &str| Locale::from_tag(tag).map(|l| l.date(d)).unwrap_or_default();
        assert_eq!(date("zh-Hans"), "2026年3月2日");
        assert_eq!(date("ru"), "2 марта 2026 г.");
        assert_eq!(date("fr"), "2 mars 2026");
        assert_eq!(date("es"), "2 de marzo de 2026");
        assert_eq!(date("ro"), "2 martie 2026");
        assert_eq!(date("pa-Guru"), "2 ਮਾਰਚ 2026");
    }

    #[test]
    fn a_content_only_language_reads_its_texts_and_gets_the_interface_of_another() {
        let kea = Locale::negotiate(Some("kea"), None, None);
        assert_eq!(kea.tag(), "kea");
        assert!(kea.is_content_only());
        assert_eq!(kea.interface().tag(), "pt-PT");
        assert_eq!(kea.t("core-language-picker"), "Língua");
        assert_eq!(kea.content_chain().collect::<Vec<_>>(), ["kea", "pt-PT"]);
        assert!(Locale::all().all(|l| !l.is_content_only() && l.interface() == l));
        assert!(!Locale::all().any(|l| l.tag() == "kea"), "not offered as an interface language");
        // A browser asking for it gets it, too.
        assert_eq!(tag(Locale::negotiate(None, None, Some("kea-CV, pt;q=0.5"))), "kea");
    }

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        let number = |tag: &str, n: f64| Locale::from_tag(tag).map(|l| l.number(n)).unwrap_or_default();
        assert_eq!(number("pt-PT", 1234.0), "1234"); // CLDR: no grouping below 10 000 in Portuguese
        assert_eq!(number("pt-PT", 1234567.0), "1\u{a0}234\u{a0}567");
        assert_eq!(number("en", 1234567.0), "1,234,567");
        assert_eq!(number("hi", 1234567.0), "12,34,567");
        assert_eq!(number("bn", 1234567.0), "১২,৩৪,৫৬৭");
        assert_eq!(number("ne", 45.0), "४५");
        assert_eq!(number("es", 1234567.0), "1.234.567");
        assert_eq!(number("ru", 1234.0), "1\u{a0}234");
        assert_eq!(number("en", 2.5), "2.5");
        assert_eq!(number("pt-PT", 2.5), "2,5");
        let percent = |tag: &str| Locale::from_tag(tag).map(|l| l.percent(44.6)).unwrap_or_default();
        assert_eq!(percent("pt-PT"), "45%");
        assert_eq!(percent("fr"), "45\u{a0}%");
        assert_eq!(percent("bn"), "৪৫%");
        // The same digits inside sentences, and none of a year's grouping in dates.
        let en = Locale::from_tag("en").unwrap_or_default();
        assert!(en.t_args("surveys-results-total", &[("count", FluentValue::from(12345))]).contains("12,345"));
        let bn = Locale::from_tag("bn").unwrap_or_default();
        assert!(bn.t_args("surveys-results-total", &[("count", FluentValue::from(12))]).contains("১২"));
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
        assert_eq!(en.date(d), "2 March 2026");
    }

    #[test]
    fn plurals_follow_each_language_s_rules() {
        let count = |tag: &str, n: i64| {
            Locale::from_tag(tag)
                .map(|l| l.t_args("surveys-results-total", &[("count", FluentValue::from(n))]))
                .unwrap_or_default()
        };
        // Russian: one (1, 21), few (2–4, 22), many (5–20).
        assert_ne!(count("ru", 1), count("ru", 2).replace('2', "1"));
        assert_ne!(count("ru", 2), count("ru", 5).replace('5', "2"));
        assert_eq!(count("ru", 21).replace("21", "1"), count("ru", 1));
        // Romanian: few (2–19), other (20 and up: "20 de …").
        assert_ne!(count("ro", 2), count("ro", 20).replace("20", "2"));
    }
}
