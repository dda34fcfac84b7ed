//! Numbers written the way each UI language writes them (CLDR, through ICU4X): digits (Bengali and
//! Nepali use their own), the grouping separator and its pattern (`12 345` in Portuguese,
//! `12,345` in English, `12,34,567` in Hindi), and the decimal separator.
//!
//! One formatter pair per UI language, built once; Fluent uses the same ones for every number a
//! message shows (`{ $count } respostas`), through the bundle's formatter hook, so counts in
//! sentences and counts in tables always agree.

use std::sync::LazyLock;

use fluent_templates::fluent_bundle::{FluentValue, memoizer::MemoizerKind};
use icu_decimal::{
    DecimalFormatter,
    input::Decimal,
    options::{DecimalFormatterOptions, GroupingStrategy},
};
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use super::LANGUAGES;

/// The two ways a language writes a number: grouped (counts) and plain (years, codes).
pub(super) struct Formatters {
    grouped: Option<DecimalFormatter>,
    plain: Option<DecimalFormatter>,
}

/// One entry per UI language, in the order of `LANGUAGES`.
static FORMATTERS: LazyLock<Vec<Formatters>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|l| {
            let locale = icu_locale_core::Locale::try_from_str(l.tag).ok();
            let make = |grouping: GroupingStrategy| {
                let mut options = DecimalFormatterOptions::default();
                options.grouping_strategy = Some(grouping);
                locale.as_ref().and_then(|locale| DecimalFormatter::try_new(locale.into(), options).ok())
            };
            Formatters { grouped: make(GroupingStrategy::Auto), plain: make(GroupingStrategy::Never) }
        })
        .collect()
});

/// `value` in the language at `index` of `LANGUAGES`, with at most `max_fraction` decimals
/// (trailing zeros dropped). Falls back to plain ASCII digits if the language has no data.
pub(super) fn format(index: usize, value: f64, grouping: bool, max_fraction: usize) -> String {
    let scale = max_fraction.min(6) as i16;
    let scaled = (value * 10f64.powi(i32::from(scale))).round();
    let decimal = (scaled.is_finite() && scaled.abs() < 9.0e15).then(|| {
        let mut d = Decimal::from(scaled as i64);
        d.multiply_pow10(-scale);
        d.absolute.trim_end();
        d
    });
    let formatter = FORMATTERS.get(index).and_then(|f| if grouping { f.grouped.as_ref() } else { f.plain.as_ref() });
    match (formatter, decimal) {
        (Some(formatter), Some(decimal)) => formatter.format_to_string(&decimal),
        _ => value.to_string(),
    }
}

/// Fluent's view of the same formatters: the bundle's memoizer builds one per bundle language.
struct BundleNumbers(usize);

impl Memoizable for BundleNumbers {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let tag = lang.to_string();
        LANGUAGES.iter().position(|l| l.tag == tag).map(BundleNumbers).ok_or(())
    }
}

/// The hook Fluent calls for every value it writes: numbers get the language's digits and
/// grouping (`NUMBER($n, useGrouping: "false")` turns grouping off); anything else is left to
/// Fluent.
pub(super) fn fluent_formatter<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let options = &number.options;
    let max_fraction = options.maximum_fraction_digits.or(options.minimum_fraction_digits).unwrap_or(2);
    memoizer
        .with_try_get_threadsafe::<BundleNumbers, _, _>((), |numbers| {
            format(numbers.0, number.value, options.use_grouping, max_fraction)
        })
        .ok()
}
