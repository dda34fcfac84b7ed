//! Creating a plan, what the form needs.

use serde::{Deserialize, Serialize};

/// The new-plan form: the interface languages (a plan's own language is one of them) and the
/// municipalities to pick from, by district.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewPlanView {
    pub languages: Vec<String>,
    /// (district, [(code, name)]) in code order.
    pub districts: Vec<(String, Vec<(String, String)>)>,
}
