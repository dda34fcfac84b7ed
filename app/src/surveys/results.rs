//! Counting answers and publishing the counts. A response adds one to a tally per (question,
//! answer key); results are built from those tallies alone, so a results page costs the same at
//! ten responses and at a million. Published results hide every group smaller than
//! [`MIN_GROUP`] (small-cell suppression), and one more cell where a single hidden one could be
//! worked out from the total.

use std::collections::{BTreeSet, HashMap};

use super::{
    answers::{Answer, Answers},
    definition::{Choice, QuestionKind, SurveyDefinition},
    model::{Cell, NumberSummary, QuestionResult, ResultBody, ResultRow},
};
use crate::{
    core::{Text, Translated},
    i18n::Locale,
};

/// Smallest group published results show.
pub const MIN_GROUP: u64 = 5;
/// Tally of every response (question id), with key [`ALL_KEY`].
pub const RESPONSES: &str = "_";
pub const ALL_KEY: &str = "_n";
/// Tally of every response by the month it was stored in (question id), with the month
/// ([`month_key`]) as key: the participation report counts responses over time from it.
pub const MONTHS: &str = "_month";
/// Tally key counting everyone who answered a question (prefer-not-to-say included).
pub const ANSWERED: &str = "_answered";
pub const OTHER_KEY: &str = "_other";
pub const PNTS_KEY: &str = "_pnts";
/// Number questions with more distinct values than this are shown in ranges.
const MAX_VALUE_ROWS: usize = 12;

/// The [`MONTHS`] tally key of a response stored on `day`: `2026-12`.
pub fn month_key(day: chrono::NaiveDate) -> String {
    day.format("%Y-%m").to_string()
}

/// The tallies one response adds to: (question id, answer key), each once (and, where it is
/// stored, one by month: [`MONTHS`]).
pub fn tally_keys(answers: &Answers) -> BTreeSet<(String, String)> {
    let mut keys = BTreeSet::new();
    keys.insert((RESPONSES.to_owned(), ALL_KEY.to_owned()));
    for (id, answer) in answers {
        let mut add = |key: String| {
            keys.insert((id.clone(), key));
        };
        add(ANSWERED.to_owned());
        match answer {
            Answer::Choice(key) => add(key.clone()),
            Answer::Choices { keys: chosen, other } => {
                chosen.iter().for_each(|k| add(k.clone()));
                if other.is_some() {
                    add(OTHER_KEY.to_owned());
                }
            }
            Answer::Scale(n) => add(n.to_string()),
            Answer::YesNo(yes) => add(if *yes { "yes" } else { "no" }.to_owned()),
            Answer::Text(_) => {}
            Answer::Number(n) => add(number_key(*n)),
            // By year: dates of arrival or birth span decades, and months would make the
            // tallies (and every results page) grow with them.
            Answer::Date(d) => add(d.format("%Y").to_string()),
            Answer::Ranking(order) => {
                order.iter().enumerate().for_each(|(i, k)| add(format!("{k}={}", i + 1)));
            }
            Answer::Matrix(rows) => rows.iter().for_each(|(row, col)| add(format!("{row}={col}"))),
            Answer::PreferNotToSay => add(PNTS_KEY.to_owned()),
        }
    }
    keys
}

fn number_key(n: f64) -> String {
    let key = if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { format!("{n:.2}") };
    key.chars().take(100).collect()
}

/// Counts by (question id, answer key), already summed over the filter.
pub type Tallies = HashMap<(String, String), u64>;

/// Builds what the results page shows. `suppress` hides small groups (published results).
pub fn build(
    definition: &SurveyDefinition,
    tallies: &Tallies,
    locale: Locale,
    default_lang: &str,
    suppress: bool,
) -> (Option<u64>, Vec<QuestionResult>) {
    let count = |q: &str, k: &str| tallies.get(&(q.to_owned(), k.to_owned())).copied().unwrap_or(0);
    let total = count(RESPONSES, ALL_KEY);
    if suppress && total < MIN_GROUP {
        return (None, Vec::new());
    }
    let resolve = |t: &Translated| t.resolve(locale, default_lang);
    let plain = |s: String| Text { text: s, lang: locale.tag().to_owned(), fallback: false };
    let questions = definition
        .questions()
        .map(|q| {
            let answered = count(&q.id, ANSWERED);
            let hide_all = suppress && answered < MIN_GROUP;
            let counts_of = |options: &[Choice]| -> Vec<(Text, u64)> {
                options.iter().map(|o| (resolve(&o.label), count(&q.id, &o.key))).collect()
            };
            let mut extras: Vec<(Text, u64)> = Vec::new();
            if q.prefer_not_to_say {
                extras.push((plain(locale.t("surveys-prefer-not-to-say")), count(&q.id, PNTS_KEY)));
            }
            let (rows, several): (Vec<(Text, u64)>, bool) = match &q.kind {
                QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } => (counts_of(options), false),
                QuestionKind::MultipleChoice { options, other, .. } => {
                    let mut rows = counts_of(options);
                    if *other {
                        rows.push((plain(locale.t("surveys-other")), count(&q.id, OTHER_KEY)));
                    }
                    (rows, true)
                }
                QuestionKind::YesNo => (
                    vec![(plain(locale.t("surveys-yes")), count(&q.id, "yes")), (plain(locale.t("surveys-no")), count(&q.id, "no"))],
                    false,
                ),
                QuestionKind::Scale { min, max, min_label, max_label } => {
                    let rows = super::definition::scale_points(*min, *max)
                        .map(|n| {
                            let edge = if n == *min { Some(min_label) } else if n == *max { Some(max_label) } else { None };
                            (super::form::scale_point_label(locale, n, edge.map(resolve)), count(&q.id, &n.to_string()))
                        })
                        .collect();
                    (rows, false)
                }
                QuestionKind::Number { .. } => (value_rows(tallies, &q.id, true).into_iter().map(|(l, n)| (plain(l), n)).collect(), false),
                QuestionKind::Date { .. } => (value_rows(tallies, &q.id, false).into_iter().map(|(l, n)| (plain(l), n)).collect(), false),
                QuestionKind::Ranking { options } => {
                    let columns = (1..=options.len()).map(|p| plain(p.to_string())).collect();
                    let rows = options
                        .iter()
                        .map(|o| {
                            let counts: Vec<u64> = (1..=options.len()).map(|p| count(&q.id, &format!("{}={p}", o.key))).collect();
                            (resolve(&o.label), counts)
                        })
                        .collect::<Vec<_>>();
                    // Every row and every column of a ranking adds up to those who answered.
                    let grid: Vec<Vec<u64>> = rows.iter().map(|(_, c)| c.clone()).collect();
                    let bases = vec![answered; grid.len()];
                    let hidden = grid_cells(&grid, &bases, suppress, hide_all, true);
                    let rows = rows.into_iter().zip(hidden).map(|((label, _), cells)| (label, cells)).collect();
                    return result(q, resolve(&q.text), answered, hide_all, ResultBody::Grid { columns, rows });
                }
                QuestionKind::Matrix { rows, scale } => {
                    let columns = scale.iter().map(|s| resolve(&s.label)).collect();
                    let grid: Vec<Vec<u64>> = rows
                        .iter()
                        .map(|r| scale.iter().map(|s| count(&q.id, &format!("{}={}", r.key, s.key))).collect())
                        .collect();
                    // Each row adds up to those who answered it (its percentages tell the total).
                    let bases: Vec<u64> = grid.iter().map(|r| r.iter().sum()).collect();
                    let small_rows = bases.iter().map(|b| suppress && *b < MIN_GROUP);
                    let hidden: Vec<Vec<Cell>> = grid_cells(&grid, &bases, suppress, hide_all, false)
                        .into_iter()
                        .zip(small_rows)
                        .map(|(cells, small)| if small { vec![Cell::Hidden; cells.len()] } else { cells })
                        .collect();
                    let rows = rows.iter().zip(hidden).map(|(r, cells)| (resolve(&r.label), cells)).collect();
                    return result(q, resolve(&q.text), answered, hide_all, ResultBody::Grid { columns, rows });
                }
                QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => {
                    return result(q, resolve(&q.text), answered, hide_all, ResultBody::Texts { answers: Vec::new(), more: false });
                }
            };
            let mut rows = rows;
            rows.extend(extras);
            let counts: Vec<u64> = rows.iter().map(|(_, n)| *n).collect();
            // Several answers per person: percentages of those who answered, not of the cells.
            let cells = if several {
                counts.iter().map(|n| cell(*n, answered, suppress, hide_all)).collect()
            } else {
                cells(&counts, answered, suppress, hide_all)
            };
            let rows = rows.into_iter().zip(cells).map(|((label, _), cell)| ResultRow { label, cell }).collect();
            let summary = match q.kind {
                QuestionKind::Number { .. } if !hide_all => number_summary(tallies, &q.id),
                _ => None,
            };
            QuestionResult { summary, ..result(q, resolve(&q.text), answered, hide_all, ResultBody::Bars { rows, several }) }
        })
        .collect();
    (Some(total), questions)
}

fn result(q: &super::definition::Question, text: Text, answered: u64, hide_all: bool, body: ResultBody) -> QuestionResult {
    QuestionResult { id: q.id.clone(), text, answered: (!hide_all).then_some(answered), body, summary: None }
}

/// The mean and median of a number question's answers, from its tallies (one per value given).
pub fn number_summary(tallies: &Tallies, question: &str) -> Option<NumberSummary> {
    let mut values: Vec<(f64, u64)> = tallies
        .iter()
        .filter(|((q, key), n)| q == question && **n > 0 && !key.starts_with('_'))
        .filter_map(|((_, key), n)| key.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| (v, *n)))
        .collect();
    let total: u64 = values.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return None;
    }
    values.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mean = values.iter().map(|(v, n)| v * *n as f64).sum::<f64>() / total as f64;
    // The middle answer, or the mean of the two middle ones.
    let nth = |i: u64| {
        let mut seen = 0;
        values.iter().find(|(_, n)| {
            seen += n;
            seen > i
        })
        .map_or(0.0, |(v, _)| *v)
    };
    let median = if total % 2 == 1 { nth(total / 2) } else { (nth(total / 2 - 1) + nth(total / 2)) / 2.0 };
    Some(NumberSummary { mean, median })
}

fn cell(n: u64, base: u64, suppress: bool, hide: bool) -> Cell {
    if hide || (suppress && n > 0 && n < MIN_GROUP) {
        Cell::Hidden
    } else {
        Cell::Count { n, percent: if base == 0 { 0.0 } else { n as f64 * 100.0 / base as f64 } }
    }
}

/// Cells of one group whose counts add up to a published total: small ones hidden, and when only
/// one is hidden, the next smallest too, so that it cannot be worked out by subtraction.
pub fn cells(counts: &[u64], base: u64, suppress: bool, hide: bool) -> Vec<Cell> {
    grid_cells(&[counts.to_vec()], &[base], suppress, hide, false).pop().unwrap_or_default()
}

/// Cells of a table whose rows each add up to a published total (`bases`), and, with
/// `columns_add_up`, whose columns do too (a ranking: every option gets one place from each
/// person, every place one option). Small cells are hidden; then, until it holds everywhere,
/// any row or column with exactly one hidden cell gets its smallest other cell hidden too
/// ("complementary suppression"): no hidden count can be worked out by subtracting the others
/// from a total.
fn grid_cells(grid: &[Vec<u64>], bases: &[u64], suppress: bool, hide: bool, columns_add_up: bool) -> Vec<Vec<Cell>> {
    let mut out: Vec<Vec<Cell>> = grid
        .iter()
        .zip(bases)
        .map(|(row, base)| row.iter().map(|n| cell(*n, *base, suppress, hide)).collect())
        .collect();
    if !suppress || hide {
        return out;
    }
    let width = grid.iter().map(Vec::len).max().unwrap_or(0);
    let mut lines: Vec<Vec<(usize, usize)>> = (0..grid.len()).map(|r| (0..grid[r].len()).map(|c| (r, c)).collect()).collect();
    if columns_add_up {
        lines.extend((0..width).map(|c| (0..grid.len()).filter(|r| c < grid[*r].len()).map(|r| (r, c)).collect()));
    }
    loop {
        let mut changed = false;
        for line in &lines {
            if line.iter().filter(|(r, c)| out[*r][*c] == Cell::Hidden).count() != 1 {
                continue;
            }
            // The smallest shown count that is not zero, or else any shown cell.
            let next = line
                .iter()
                .filter(|(r, c)| out[*r][*c] != Cell::Hidden)
                .min_by_key(|(r, c)| (grid[*r][*c] == 0, grid[*r][*c]));
            if let Some((r, c)) = next {
                out[*r][*c] = Cell::Hidden;
                changed = true;
            }
        }
        if !changed {
            return out;
        }
    }
}

/// The values given to a number (or the years of a date) question, in order; many distinct
/// numbers are grouped in ten ranges.
fn value_rows(tallies: &Tallies, question: &str, numeric: bool) -> Vec<(String, u64)> {
    let mut values: Vec<(String, u64)> = tallies
        .iter()
        .filter(|((q, k), _)| q == question && !k.starts_with('_'))
        .map(|((_, k), n)| (k.clone(), *n))
        .collect();
    if !numeric {
        values.sort();
        return values;
    }
    let mut numbers: Vec<(f64, u64)> = values.iter().filter_map(|(k, n)| k.parse::<f64>().ok().map(|v| (v, *n))).collect();
    numbers.sort_by(|a, b| a.0.total_cmp(&b.0));
    if numbers.len() <= MAX_VALUE_ROWS {
        return numbers.into_iter().map(|(v, n)| (number_key(v), n)).collect();
    }
    let (lo, hi) = (numbers[0].0, numbers[numbers.len() - 1].0);
    let width = ((hi - lo) / 10.0).max(f64::MIN_POSITIVE);
    let mut bins = vec![0u64; 10];
    for (v, n) in &numbers {
        let i = (((v - lo) / width) as usize).min(9);
        bins[i] += n;
    }
    bins.into_iter()
        .enumerate()
        .map(|(i, n)| {
            let from = lo + width * i as f64;
            (format!("{}–{}", number_key(from), number_key(from + width)), n)
        })
        .collect()
}
