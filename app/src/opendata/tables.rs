//! The CSV downloads of the open data API: each document as one table, a row per item (and per
//! language where the item's text has several), every typed cell neutralised so a spreadsheet
//! never runs it as a formula.

use super::model::*;
use crate::downloads::neutralize;

/// A CSV table: its header and rows.
pub struct Table {
    pub header: &'static [&'static str],
    pub rows: Vec<Vec<String>>,
}

/// One row per language a text is in (one row with empty language and text when it is in none).
fn per_language<'a>(texts: &'a Texts, row: impl Fn(&str, &str) -> Vec<String> + 'a) -> Vec<Vec<String>> {
    if texts.is_empty() {
        return vec![row("", "")];
    }
    texts.iter().map(|(lang, text)| row(lang, text)).collect()
}

/// Items of a list joined for one CSV cell.
fn joined(items: &[Texts], lang: &str) -> String {
    items.iter().filter_map(|t| t.get(lang)).cloned().collect::<Vec<_>>().join(" | ")
}

fn number<T: ToString>(n: Option<T>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// A one-language text's language and words (as the surveys' labels come).
fn first(texts: &Texts) -> (String, String) {
    texts.iter().next().map(|(l, t)| (l.clone(), t.clone())).unwrap_or_default()
}

pub fn plans(list: &PlanList) -> Table {
    let rows = list
        .plans
        .iter()
        .flat_map(|p| {
            let municipalities = p.municipalities.iter().map(|m| m.name.clone()).collect::<Vec<_>>().join("; ");
            let dicos = p.municipalities.iter().filter_map(|m| m.dico.clone()).collect::<Vec<_>>().join("; ");
            per_language(&p.title, move |lang, title| {
                vec![neutralize(&p.slug), p.kind.clone(), p.status.clone(), neutralize(lang), neutralize(title), p.period.start.to_string(), p.period.end.to_string(), neutralize(&municipalities), neutralize(&dicos)]
            })
        })
        .collect();
    Table { header: &["plan", "kind", "status", "language", "title", "period_start", "period_end", "municipalities", "dico"], rows }
}

pub fn measures(list: &Measures) -> Table {
    let version = number(list.version);
    let rows = list
        .measures
        .iter()
        .flat_map(|m| {
            let version = version.clone();
            per_language(&m.title, move |lang, title| {
                let text = |t: &Texts| neutralize(t.get(lang).map_or("", String::as_str));
                let indicators: Vec<Texts> = m.indicators.iter().map(|i| i.name.clone()).collect();
                vec![
                    version.clone(),
                    neutralize(&m.code),
                    neutralize(&m.area),
                    m.level.to_string(),
                    neutralize(lang),
                    neutralize(title),
                    text(&m.summary),
                    text(&m.description),
                    neutralize(&joined(&m.objectives, lang)),
                    neutralize(&joined(&indicators, lang)),
                    text(&m.timeline),
                    number(m.starts_on),
                    number(m.ends_on),
                    neutralize(m.responsible.as_deref().unwrap_or_default()),
                    neutralize(&m.partners.join("; ")),
                ]
            })
        })
        .collect();
    let header = &[
        "version", "code", "area", "level", "language", "title", "summary", "description", "objectives", "indicators", "timeline", "starts_on", "ends_on", "responsible", "partners",
    ];
    Table { header, rows }
}

pub fn evidence(list: &Evidence) -> Table {
    let rows = list
        .links
        .iter()
        .flat_map(|l| {
            per_language(&l.rationale, move |lang, rationale| {
                vec![neutralize(&l.measure), l.kind.clone(), neutralize(&l.outcome), l.stance.clone(), neutralize(lang), neutralize(rationale), l.linked_at.to_rfc3339()]
            })
        })
        .collect();
    Table { header: &["measure", "kind", "outcome", "stance", "language", "rationale", "linked_at"], rows }
}

pub fn entities(list: &Entities) -> Table {
    let rows = list
        .entities
        .iter()
        .flat_map(|e| {
            per_language(&e.name, move |lang, name| {
                let text = |t: &Texts| neutralize(t.get(lang).map_or("", String::as_str));
                let contact = |c: &Option<String>| neutralize(c.as_deref().unwrap_or_default());
                vec![
                    neutralize(&e.slug),
                    e.kind.clone(),
                    neutralize(lang),
                    neutralize(name),
                    text(&e.description),
                    neutralize(&joined(&e.services, lang)),
                    neutralize(&e.areas.join("; ")),
                    contact(&e.municipality),
                    contact(&e.website),
                    contact(&e.email),
                    contact(&e.phone),
                    contact(&e.address),
                ]
            })
        })
        .collect();
    Table { header: &["entity", "kind", "language", "name", "description", "services", "areas", "municipality", "website", "email", "phone", "address"], rows }
}

/// One row per published count: survey, question, option (and column), count (empty where
/// suppressed).
pub fn surveys(list: &SurveyResults) -> Table {
    let mut rows = Vec::new();
    for s in &list.surveys {
        for q in &s.questions {
            let (_, question) = first(&q.text);
            for c in &q.counts {
                let (lang, label) = first(&c.label);
                let column = c.column.as_ref().map(|c| first(c).1).unwrap_or_default();
                rows.push(vec![
                    neutralize(&s.slug),
                    number(s.responses),
                    neutralize(&q.id),
                    neutralize(&question),
                    number(q.answered),
                    neutralize(&lang),
                    neutralize(&label),
                    neutralize(&column),
                    number(c.count),
                ]);
            }
        }
    }
    Table { header: &["survey", "responses", "question", "question_text", "answered", "language", "option", "column", "count"], rows }
}

pub fn inputs(list: &Inputs) -> Table {
    let rows = list
        .inputs
        .iter()
        .map(|i| {
            vec![
                neutralize(&i.consultation),
                i.kind.clone(),
                i.id.to_string(),
                number(i.reply_to),
                neutralize(&i.measure),
                neutralize(&i.part),
                i.author_kind.clone(),
                neutralize(i.author.as_deref().unwrap_or_default()),
                i.channel.clone(),
                i.date.to_string(),
                neutralize(&i.language),
                i.affects_me.to_string(),
                i.stance.clone(),
                neutralize(&i.text),
                neutralize(&i.proposed_part),
                neutralize(&i.proposed_text),
                i.decision.clone(),
                neutralize(&i.reason),
                number(i.changed_in),
            ]
        })
        .collect();
    let header = &[
        "consultation", "kind", "id", "reply_to", "measure", "part", "author_kind", "author", "channel", "date", "language", "affects_me", "stance", "text", "proposed_part",
        "proposed_text", "decision", "reason", "changed_in",
    ];
    Table { header, rows }
}

pub fn findings(list: &Findings) -> Table {
    let rows = list
        .findings
        .iter()
        .flat_map(|f| {
            per_language(&f.statement, move |lang, statement| {
                vec![
                    f.id.to_string(),
                    neutralize(&f.focus_group),
                    neutralize(lang),
                    neutralize(f.topic.get(lang).map_or("", String::as_str)),
                    neutralize(statement),
                    neutralize(&f.areas.join("; ")),
                    neutralize(&f.measures.join("; ")),
                    f.published_at.to_rfc3339(),
                ]
            })
        })
        .collect();
    Table { header: &["finding", "focus_group", "language", "topic", "statement", "areas", "measures", "published_at"], rows }
}

/// One row per report (the measures' statuses are the latest report's).
pub fn progress(list: &Progress) -> Table {
    let rows = list
        .reports
        .iter()
        .map(|r| {
            vec![
                neutralize(&r.measure),
                r.status.clone(),
                r.reported_on.to_string(),
                number(r.indicator),
                number(r.value),
                neutralize(&r.language),
                neutralize(&r.note),
                neutralize(r.evidence.as_deref().unwrap_or_default()),
                neutralize(r.entity.as_deref().unwrap_or_default()),
            ]
        })
        .collect();
    Table { header: &["measure", "status", "reported_on", "indicator", "value", "language", "note", "evidence", "entity"], rows }
}
