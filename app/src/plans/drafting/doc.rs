//! The measure document facilitators edit and versions freeze (DESIGN.md §1: code, area, level,
//! title, summary, description, objectives, indicators with targets, timeline, responsible and
//! partner entities), and the pure rules on it: codes, per-language edits, missing translations.
//! Compiles on both sides; the service stores it as JSON.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::{Invalid, Translated};

/// Longest measure code.
pub const CODE_MAX: usize = 40;
/// Longest title or indicator/target text, in characters.
pub const SHORT_MAX: usize = 300;
/// Longest summary, description or timeline text, in characters.
pub const LONG_MAX: usize = 8000;
/// Most objectives or indicators a measure holds.
pub const ITEMS_MAX: usize = 30;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorDoc {
    #[serde(default)]
    pub name: Translated,
    #[serde(default)]
    pub target: Translated,
}

/// A draft measure, every field; content fields hold one text per language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureDoc {
    pub code: String,
    /// The area's code in the plan.
    pub area: String,
    /// 1 (core, always guaranteed) or 2.
    pub level: i16,
    #[serde(default)]
    pub title: Translated,
    #[serde(default)]
    pub summary: Translated,
    #[serde(default)]
    pub description: Translated,
    #[serde(default)]
    pub objectives: Vec<Translated>,
    #[serde(default)]
    pub indicators: Vec<IndicatorDoc>,
    #[serde(default)]
    pub timeline: Translated,
    #[serde(default)]
    pub starts_on: Option<NaiveDate>,
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
    /// The responsible entity's slug in the plan's diagnosis.
    #[serde(default)]
    pub responsible: Option<String>,
    /// Partner entities' slugs.
    #[serde(default)]
    pub partners: Vec<String>,
}

/// A measure as a published version froze it: the document, and the names its area and entities
/// had then (so an old version reads as it was, whatever was renamed since).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frozen {
    pub measure: MeasureDoc,
    #[serde(default)]
    pub area_name: Translated,
    #[serde(default)]
    pub entities: BTreeMap<String, Translated>,
}

/// The texts of one language as the edit form sends them. Lists follow the document's order;
/// a new item is added when its text is not blank.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LangEdit {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub timeline: String,
    pub objectives: Vec<String>,
    pub objective_new: String,
    pub objectives_removed: Vec<usize>,
    pub indicators: Vec<(String, String)>,
    pub indicator_new: (String, String),
    pub indicators_removed: Vec<usize>,
}

/// The fields shared by every language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedEdit {
    pub code: String,
    pub area: String,
    pub level: i16,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub responsible: Option<String>,
    pub partners: Vec<String>,
}

/// A code as stored: trimmed and upper-case; `None` unless 1–40 letters, digits, `-` or `.`.
pub fn normal_code(raw: &str) -> Option<String> {
    let code = raw.trim().to_uppercase();
    let ok = !code.is_empty()
        && code.chars().count() <= CODE_MAX
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    ok.then_some(code)
}

/// The prefix a plan's codes start with: the one most of its codes share (`VL` in `VL-UH-05`),
/// else the initials of its address (`vale-do-lirio-2026` → `VL`).
pub fn code_prefix(plan_slug: &str, codes: &[&str]) -> String {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for code in codes {
        let parts: Vec<&str> = code.split('-').collect();
        if parts.len() >= 3 {
            *seen.entry(parts[0]).or_default() += 1;
        }
    }
    if let Some((prefix, _)) = seen.into_iter().max_by_key(|(p, n)| (*n, std::cmp::Reverse(*p))) {
        return prefix.to_owned();
    }
    const LINKS: [&str; 7] = ["de", "do", "da", "dos", "das", "e", "and"];
    plan_slug
        .split('-')
        .filter(|w| !w.is_empty() && !LINKS.contains(w) && !w.chars().all(|c| c.is_ascii_digit()))
        .filter_map(|w| w.chars().next())
        .take(4)
        .collect::<String>()
        .to_uppercase()
}

/// The code a new measure of `area` gets unless the facilitator types one: the plan's prefix, the
/// area and the next number after the highest one in use (`VL-UH-11`).
pub fn suggest_code(prefix: &str, area: &str, codes: &[&str]) -> String {
    let highest = codes
        .iter()
        .filter_map(|c| c.rsplit('-').next()?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    let area = area.to_uppercase();
    let next = highest.saturating_add(1);
    if prefix.is_empty() { format!("{area}-{next:02}") } else { format!("{prefix}-{area}-{next:02}") }
}


fn too_long(value: &str, max: usize) -> bool {
    value.trim().chars().count() > max
}

fn blank(text: &Translated) -> bool {
    text.0.values().all(|v| v.trim().is_empty())
}

impl MeasureDoc {
    /// Puts one language's texts in; an item left blank in every language goes. The document
    /// is unchanged when the edit is refused.
    pub fn apply_lang(&mut self, edit: &LangEdit, own_lang: &str) -> Result<(), Invalid> {
        if edit.objectives.len() != self.objectives.len() || edit.indicators.len() != self.indicators.len() {
            return Err(Invalid::DraftChanged);
        }
        let shorts = [&edit.title, &edit.indicator_new.0, &edit.indicator_new.1];
        let longs = [&edit.summary, &edit.description, &edit.timeline, &edit.objective_new];
        let items_long = edit.objectives.iter().any(|o| too_long(o, LONG_MAX))
            || edit.indicators.iter().any(|(n, t)| too_long(n, SHORT_MAX) || too_long(t, SHORT_MAX));
        if shorts.iter().any(|s| too_long(s, SHORT_MAX)) || longs.iter().any(|s| too_long(s, LONG_MAX)) || items_long {
            return Err(Invalid::TooLong);
        }
        if edit.lang == own_lang && edit.title.trim().is_empty() {
            return Err(Invalid::TitleMissing);
        }
        let mut next = self.clone();
        next.title.put(&edit.lang, &edit.title);
        next.summary.put(&edit.lang, &edit.summary);
        next.description.put(&edit.lang, &edit.description);
        next.timeline.put(&edit.lang, &edit.timeline);
        for (item, text) in next.objectives.iter_mut().zip(&edit.objectives) {
            item.put(&edit.lang, text);
        }
        for (item, (name, target)) in next.indicators.iter_mut().zip(&edit.indicators) {
            item.name.put(&edit.lang, name);
            item.target.put(&edit.lang, target);
        }
        let keep = |i: usize, removed: &[usize]| !removed.contains(&i);
        next.objectives = next
            .objectives
            .into_iter()
            .enumerate()
            .filter(|(i, o)| keep(*i, &edit.objectives_removed) && !blank(o))
            .map(|(_, o)| o)
            .collect();
        next.indicators = next
            .indicators
            .into_iter()
            .enumerate()
            .filter(|(i, o)| keep(*i, &edit.indicators_removed) && !(blank(&o.name) && blank(&o.target)))
            .map(|(_, o)| o)
            .collect();
        if !edit.objective_new.trim().is_empty() {
            let mut item = Translated::default();
            item.put(&edit.lang, &edit.objective_new);
            next.objectives.push(item);
        }
        let (name, target) = &edit.indicator_new;
        if !name.trim().is_empty() || !target.trim().is_empty() {
            let mut item = IndicatorDoc::default();
            item.name.put(&edit.lang, name);
            item.target.put(&edit.lang, target);
            next.indicators.push(item);
        }
        if next.objectives.len() > ITEMS_MAX || next.indicators.len() > ITEMS_MAX {
            return Err(Invalid::TooLong);
        }
        *self = next;
        Ok(())
    }

    /// Puts the shared fields in (already checked against the plan by the service).
    pub fn apply_shared(&mut self, edit: SharedEdit) -> Result<(), Invalid> {
        let code = normal_code(&edit.code).ok_or(Invalid::MeasureCodeInvalid)?;
        if !matches!(edit.level, 1 | 2) {
            return Err(Invalid::FormInvalid);
        }
        if let (Some(start), Some(end)) = (edit.starts_on, edit.ends_on)
            && end < start
        {
            return Err(Invalid::DatesReversed);
        }
        let mut partners: Vec<String> = Vec::new();
        for p in edit.partners {
            if Some(&p) != edit.responsible.as_ref() && !partners.contains(&p) {
                partners.push(p);
            }
        }
        self.code = code;
        self.area = edit.area;
        self.level = edit.level;
        self.starts_on = edit.starts_on;
        self.ends_on = edit.ends_on;
        self.responsible = edit.responsible;
        self.partners = partners;
        Ok(())
    }

    /// Every content text of the measure, in order (title, summary, description, timeline,
    /// objectives, indicators and targets).
    fn texts(&self) -> Vec<&Translated> {
        let mut all = vec![&self.title, &self.summary, &self.description, &self.timeline];
        all.extend(self.objectives.iter());
        for i in &self.indicators {
            all.push(&i.name);
            all.push(&i.target);
        }
        all
    }

    /// How many texts written in `own` lack their `lang` version.
    pub fn missing(&self, own: &str, lang: &str) -> usize {
        let has = |t: &Translated, l: &str| t.0.get(l).is_some_and(|v| !v.trim().is_empty());
        self.texts().into_iter().filter(|t| has(t, own) && !has(t, lang)).count()
    }

    /// The languages any text is written in.
    pub fn languages(&self) -> Vec<String> {
        let mut all: Vec<String> = self.texts().into_iter().flat_map(|t| t.0.keys().cloned()).collect();
        all.sort();
        all.dedup();
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(pairs: &[(&str, &str)]) -> Translated {
        Translated(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
    }

    fn doc() -> MeasureDoc {
        MeasureDoc {
            code: "VL-LIN-03".into(),
            area: "LIN".into(),
            level: 2,
            title: tr(&[("pt-PT", "Aulas de português"), ("en", "Portuguese classes")]),
            objectives: vec![tr(&[("pt-PT", "Abrir turmas")]), tr(&[("pt-PT", "Horário pós-laboral")])],
            indicators: vec![IndicatorDoc { name: tr(&[("pt-PT", "Turmas")]), target: tr(&[("pt-PT", "12")]) }],
            ..MeasureDoc::default()
        }
    }

    fn edit_of(d: &MeasureDoc, lang: &str) -> LangEdit {
        let get = |t: &Translated| t.0.get(lang).cloned().unwrap_or_default();
        LangEdit {
            lang: lang.into(),
            title: get(&d.title),
            summary: get(&d.summary),
            description: get(&d.description),
            timeline: get(&d.timeline),
            objectives: d.objectives.iter().map(get).collect(),
            indicators: d.indicators.iter().map(|i| (get(&i.name), get(&i.target))).collect(),
            ..LangEdit::default()
        }
    }

    #[test]
    fn codes_are_suggested_from_the_plan_prefix_area_and_next_number() {
        let codes = ["VL-CA-01", "VL-UH-05", "VL-MED-10"];
        assert_eq!(code_prefix("vale-do-lirio-2026", &codes), "VL");
        assert_eq!(suggest_code("VL", "uh", &codes), "VL-UH-11");
        assert_eq!(code_prefix("vale-do-lirio-2026", &[]), "VL");
        assert_eq!(code_prefix("lisboa", &[]), "L");
        assert_eq!(suggest_code("L", "CA", &[]), "L-CA-01");
    }

    #[test]
    fn codes_are_normalised_or_refused() {
        assert_eq!(normal_code(" vl-uh-05 ").as_deref(), Some("VL-UH-05"));
        assert_eq!(normal_code("A.1"), Some("A.1".into()));
        assert_eq!(normal_code(""), None);
        assert_eq!(normal_code("VL UH"), None);
        assert_eq!(normal_code("<b>"), None);
        assert_eq!(normal_code(&"A".repeat(41)), None);
    }

    #[test]
    fn an_english_edit_adds_translations_and_keeps_portuguese() {
        let mut d = doc();
        let mut e = edit_of(&d, "en");
        e.objectives = vec!["Open classes".into(), String::new()];
        e.indicators = vec![("Classes".into(), "12".into())];
        d.apply_lang(&e, "pt-PT").unwrap();
        assert_eq!(d.objectives.len(), 2, "a blank translation keeps the Portuguese objective");
        assert_eq!(d.objectives[0].0.get("en").map(String::as_str), Some("Open classes"));
        assert_eq!(d.objectives[0].0.get("pt-PT").map(String::as_str), Some("Abrir turmas"));
        assert_eq!(d.missing("pt-PT", "en"), 1, "the second objective still lacks English");
    }

    #[test]
    fn items_are_added_removed_and_dropped_when_blank_everywhere() {
        let mut d = doc();
        let mut e = edit_of(&d, "pt-PT");
        e.objectives[1] = String::new();
        e.objective_new = "Nova turma em Serra Clara".into();
        e.indicators_removed = vec![0];
        e.indicator_new = ("Inscritos".into(), "300".into());
        d.apply_lang(&e, "pt-PT").unwrap();
        let pt: Vec<_> = d.objectives.iter().map(|o| o.0["pt-PT"].clone()).collect();
        assert_eq!(pt, ["Abrir turmas", "Nova turma em Serra Clara"]);
        assert_eq!(d.indicators.len(), 1);
        assert_eq!(d.indicators[0].name.0["pt-PT"], "Inscritos");
    }

    #[test]
    fn refused_edits_change_nothing() {
        let mut d = doc();
        let before = d.clone();
        let mut e = edit_of(&d, "pt-PT");
        e.title = String::new();
        assert_eq!(d.apply_lang(&e, "pt-PT"), Err(Invalid::TitleMissing));
        let mut e = edit_of(&d, "pt-PT");
        e.objectives.pop();
        assert_eq!(d.apply_lang(&e, "pt-PT"), Err(Invalid::DraftChanged), "a form from before another edit");
        let mut e = edit_of(&d, "pt-PT");
        e.summary = "x".repeat(LONG_MAX + 1);
        assert_eq!(d.apply_lang(&e, "pt-PT"), Err(Invalid::TooLong));
        let shared = SharedEdit { code: "VL 1".into(), area: "LIN".into(), level: 1, ..SharedEdit::default() };
        assert_eq!(d.apply_shared(shared), Err(Invalid::MeasureCodeInvalid));
        let day = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let shared = SharedEdit { code: "A-1".into(), area: "LIN".into(), level: 1, starts_on: day("2027-01-01"), ends_on: day("2026-01-01"), ..SharedEdit::default() };
        assert_eq!(d.apply_shared(shared), Err(Invalid::DatesReversed));
        assert_eq!(d, before);
    }

    #[test]
    fn the_responsible_entity_is_not_also_a_partner() {
        let mut d = doc();
        let shared = SharedEdit {
            code: "vl-lin-03".into(),
            area: "LIN".into(),
            level: 1,
            responsible: Some("camara".into()),
            partners: vec!["camara".into(), "claim".into(), "claim".into()],
            ..SharedEdit::default()
        };
        d.apply_shared(shared).unwrap();
        assert_eq!(d.partners, ["claim"]);
        assert_eq!(d.code, "VL-LIN-03");
    }
}
