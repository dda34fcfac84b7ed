//! Representativeness: the reference population a plan's facilitators enter (foreign residents
//! of its municipalities by nationality or language group, from AIMA or INE figures, with source
//! and year), and each group's share of participation against its share of that population.
//!
//! A group counts as its participation the inputs written in its languages (the only thing
//! Ponte knows of everyone who takes part, anonymous or not); a language counts for one group at
//! most, and inputs in languages no group names (Portuguese, usually, which residents born here
//! write too) are left out of the shares. A group whose share of participation is half its share
//! of the population or less is marked, so facilitators know whom to reach next.
//!
//! `service` stores the groups (audited); `editor` is the facilitators' page
//! (`/plans/:plan/edit/population`); `crate::report::participation` computes the shares and the
//! participation report shows them.

pub mod api;
pub mod editor;
#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

use crate::{
    core::Text,
    plans::{
        editing::{FieldText, LangMissing},
        model::PlanRef,
    },
    surveys::model::Cell,
};

/// Most groups a plan's reference population holds.
pub const MAX_GROUPS: u64 = 40;

/// A group as the facilitators' page edits it (its name in the language being edited).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupRow {
    pub id: i32,
    pub name: FieldText,
    pub population: i64,
    /// Tags of the languages whose inputs count for it.
    pub languages: Vec<String>,
    pub source: String,
    pub year: i32,
}

/// The facilitators' page of a plan's reference population.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PopulationEditView {
    pub plan: PlanRef,
    /// The content language the names are edited in.
    pub lang: String,
    pub languages: Vec<LangMissing>,
    /// The languages a group may count: the plan's, then the interface's others.
    pub choices: Vec<String>,
    pub groups: Vec<GroupRow>,
}

/// One group of the representativeness table, as published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupShare {
    pub name: Text,
    pub population: i64,
    pub source: String,
    pub year: i32,
    pub languages: Vec<String>,
    /// Its share of the reference population, in percent.
    pub population_percent: f64,
    /// Its inputs, suppressed like every public count; the percent is its share of the inputs
    /// counted for any group.
    pub inputs: Cell,
    /// Its share of participation is half its share of the population or less.
    pub under: bool,
}

/// Shares of `(population, inputs)` pairs: each group's percent of the population, percent of
/// the inputs, and whether it is under-represented by half or more. With no inputs at all every
/// group with residents is.
pub fn shares(groups: &[(i64, u64)]) -> Vec<(f64, f64, bool)> {
    let people: i64 = groups.iter().map(|(p, _)| (*p).max(0)).sum();
    let inputs: u64 = groups.iter().map(|(_, n)| n).sum();
    let percent = |part: f64, whole: f64| if whole > 0.0 { part * 100.0 / whole } else { 0.0 };
    groups
        .iter()
        .map(|(p, n)| {
            let population = percent((*p).max(0) as f64, people as f64);
            let participation = percent(*n as f64, inputs as f64);
            (population, participation, population > 0.0 && participation <= population / 2.0)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::shares;

    #[test]
    fn a_group_with_half_its_population_share_or_less_is_marked() {
        // Population shares 50 %, 30 %, 20 %; participation 60 %, 30 %, 10 % (exactly half).
        let got = shares(&[(500, 60), (300, 30), (200, 10)]);
        let marks: Vec<bool> = got.iter().map(|g| g.2).collect();
        assert_eq!(marks, [false, false, true]);
        assert!((got[0].0 - 50.0).abs() < 1e-9 && (got[0].1 - 60.0).abs() < 1e-9);
        // Just above half is not marked.
        assert_eq!(shares(&[(100, 51), (100, 100)]).iter().map(|g| g.2).collect::<Vec<_>>(), [false, false]);
    }

    #[test]
    fn without_inputs_every_group_with_residents_is_under_represented() {
        assert_eq!(shares(&[(10, 0), (0, 0)]).iter().map(|g| g.2).collect::<Vec<_>>(), [true, false]);
        assert!(shares(&[]).is_empty());
    }
}
