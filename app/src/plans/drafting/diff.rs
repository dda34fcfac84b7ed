//! Comparing two versions of a measure, field by field and word by word (the `similar` crate's
//! word diff), in the reader's language.

use similar::{ChangeTag, TextDiff};

use super::{
    doc::{Frozen, MeasureDoc},
    model::{Change, FieldDiff, Segment},
};
use crate::core::{Text, Translated};

/// The fields of a measure in the order pages show them (each named by `plans-diff-field-*`).
pub const FIELDS: [&str; 12] = [
    "code",
    "area",
    "level",
    "title",
    "summary",
    "description",
    "objectives",
    "indicators",
    "timeline",
    "dates",
    "responsible",
    "partners",
];

/// `old` → `new` as stretches of words kept, removed and added (runs of one kind joined).
pub fn words(old: &str, new: &str) -> Vec<Segment> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Segment> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => Change::Same,
            ChangeTag::Delete => Change::Removed,
            ChangeTag::Insert => Change::Added,
        };
        match out.last_mut() {
            Some(last) if last.change == kind => last.text.push_str(change.value()),
            _ => out.push(Segment { change: kind, text: change.value().to_owned() }),
        }
    }
    out
}

/// The fields whose stored value differs in any language (for the audit log).
pub fn changed_fields(a: &MeasureDoc, b: &MeasureDoc) -> Vec<&'static str> {
    let same = [
        a.code == b.code,
        a.area == b.area,
        a.level == b.level,
        a.title == b.title,
        a.summary == b.summary,
        a.description == b.description,
        a.objectives == b.objectives,
        a.indicators == b.indicators,
        a.timeline == b.timeline,
        (a.starts_on, a.ends_on) == (b.starts_on, b.ends_on),
        a.responsible == b.responsible,
        a.partners == b.partners,
    ];
    FIELDS.iter().zip(same).filter(|(_, s)| !s).map(|(f, _)| *f).collect()
}

/// One text of each version: the new one in the reader's language, the old one in the same
/// language where it has it.
fn pair(old: &Translated, new: &Translated, resolve: &dyn Fn(&Translated) -> Text) -> (String, String, String) {
    let n = resolve(new);
    let o = old.0.get(&n.lang).filter(|t| !t.trim().is_empty()).cloned().unwrap_or_else(|| resolve(old).text);
    (o, n.text, n.lang)
}

/// A list, one item per line, in the language of its first item.
fn lines(items: Vec<Text>) -> (String, String) {
    let lang = items.first().map(|t| t.lang.clone()).unwrap_or_default();
    (items.into_iter().map(|t| t.text).collect::<Vec<_>>().join("\n"), lang)
}

fn plain(text: String) -> (String, String) {
    (text, String::new())
}

/// The texts of a field that is one text per language, old and new.
fn texts<'a>(old: &'a Frozen, new: &'a Frozen, name: &str) -> Option<(&'a Translated, &'a Translated)> {
    let (o, n) = (&old.measure, &new.measure);
    match name {
        "area" => Some((&old.area_name, &new.area_name)),
        "title" => Some((&o.title, &n.title)),
        "summary" => Some((&o.summary, &n.summary)),
        "description" => Some((&o.description, &n.description)),
        "timeline" => Some((&o.timeline, &n.timeline)),
        _ => None,
    }
}

/// Any other field of a frozen measure as plain text (lists one item per line), with its
/// language where it is written text.
fn render(f: &Frozen, name: &str, resolve: &dyn Fn(&Translated) -> Text) -> (String, String) {
    let m = &f.measure;
    let entity = |slug: &String| resolve(&f.entities.get(slug).cloned().unwrap_or_default());
    match name {
        "code" => plain(m.code.clone()),
        "level" => plain(m.level.to_string()),
        "objectives" => lines(m.objectives.iter().map(resolve).collect()),
        "indicators" => lines(
            m.indicators
                .iter()
                .map(|i| {
                    let name = resolve(&i.name);
                    Text { text: format!("{}: {}", name.text, resolve(&i.target).text), ..name }
                })
                .collect(),
        ),
        "dates" => plain(match (m.starts_on, m.ends_on) {
            (None, None) => String::new(),
            (s, e) => format!("{} – {}", s.map(|d| d.to_string()).unwrap_or_default(), e.map(|d| d.to_string()).unwrap_or_default()),
        }),
        "responsible" => lines(m.responsible.iter().map(entity).collect()),
        _ => lines(m.partners.iter().map(entity).collect()),
    }
}

/// `old` → `new`: the fields that read differently (word by word), and the names of those that
/// read the same. Each field is compared as the first of `readers` that sees a difference reads
/// it (the reader's language, then the plan's own: a change not yet translated still shows).
pub fn compare(old: &Frozen, new: &Frozen, readers: &[&dyn Fn(&Translated) -> Text]) -> (Vec<FieldDiff>, Vec<String>) {
    let (mut changed, mut unchanged) = (Vec::new(), Vec::new());
    for name in FIELDS {
        let seen = readers.iter().find_map(|resolve| {
            let (was, is, lang) = match texts(old, new, name) {
                Some((o, n)) => pair(o, n, resolve),
                None => {
                    let (is, lang) = render(new, name, resolve);
                    (render(old, name, resolve).0, is, lang)
                }
            };
            (was != is).then(|| FieldDiff { field: name.to_owned(), lang, segments: words(&was, &is) })
        });
        match seen {
            Some(diff) => changed.push(diff),
            None => unchanged.push(name.to_owned()),
        }
    }
    (changed, unchanged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(segments: &[Segment], kind: Change) -> String {
        segments.iter().filter(|s| s.change == kind).map(|s| s.text.as_str()).collect::<Vec<_>>().join("|")
    }

    #[test]
    fn a_reworded_objective_shows_the_words_removed_and_added() {
        let s = words("Abrir 10 turmas de português", "Abrir 12 turmas de português em horário pós-laboral");
        assert_eq!(text(&s, Change::Removed), "10");
        assert_eq!(text(&s, Change::Added).trim(), "12| em horário pós-laboral".trim());
        let rebuilt: String = s.iter().filter(|x| x.change != Change::Removed).map(|x| x.text.as_str()).collect();
        assert_eq!(rebuilt, "Abrir 12 turmas de português em horário pós-laboral");
    }

    #[test]
    fn arabic_words_are_compared_as_words() {
        let s = words("تعلم اللغة البرتغالية", "تعلم اللغة البرتغالية مجانا");
        assert_eq!(text(&s, Change::Added).trim(), "مجانا");
        assert_eq!(text(&s, Change::Removed), "");
    }
}
